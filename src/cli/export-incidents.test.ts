import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../db/client.js';
import { prepareCliTarget, type CliTarget } from '../../test/helpers.js';
import { runCli } from '../../test/cli.js';

const N = 300;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-export-incidents-'));
let target: CliTarget;

const run = (args: string[]) => runCli(['export-incidents', ...args, ...target.args], { env: target.env });

/** The references of the stored reports the list order would show (`where` on incidents i), read after the CLI let go of the database. */
async function references(where = 'true'): Promise<string[]> {
  const database = await openDb({ databaseUrl: target.env.DATABASE_URL, dataDir: target.args[1] ?? '' });
  try {
    let rows: { reference: string }[] = [];
    await database.transactionRaw(async (client) => {
      rows = await client.query<{ reference: string }>(`select reference from incidents i where ${where} order by occurred_at desc, id desc`);
    });
    return rows.map((row) => row.reference);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  target = await prepareCliTarget(path.join(tmp, 'db'));
  const made = await runCli(['demo-data', '--incidents', String(N), '--meetings', '20', ...target.args], { env: target.env });
  expect(made.code, made.stderr).toBe(0);
}, 240_000);
afterAll(async () => {
  await target?.cleanup();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('sinergi export-incidents', () => {
  it('writes every report as CSV, newest event first, and says rows, seconds, rows/s and peak memory', async () => {
    const file = path.join(tmp, 'all.csv');
    const result = await run([file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^300 rows written to .*all\.csv in [\d.]+ s \([\d,]+ rows\/s\); peak memory \(maxRSS\) [\d,]+ MB\.\n$/);
    const [header, ...rows] = parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as string[][];
    expect(header![0]).toBe('Reference');
    expect(rows.map((row) => row[0])).toEqual(await references());
  }, 120_000);

  it('writes XLSX (from the file name) with a region filter, headers in Bahasa Indonesia with --lang id', async () => {
    const file = path.join(tmp, 'bali.xlsx');
    const result = await run([file, '--region', '51', '--lang', 'id']);
    expect(result.code, result.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Nomor laporan');
    const exported: string[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) exported.push(String(row.getCell(1).value));
    });
    expect(exported).toEqual(await references(`(region_code = '51' or region_code like '51.%')`));
  }, 120_000);

  it('refuses to overwrite a file without --force, and bad options with exit 2', async () => {
    const file = path.join(tmp, 'exists.csv');
    fs.writeFileSync(file, 'keep me');
    const refused = await run([file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
    expect((await run([file, '--force', '--status', 'open'])).code).toBe(0);
    // Usage errors end before the database opens: run side by side.
    const bad = [['--format', 'pdf'], ['--status', 'lost'], ['--from', 'yesterday'], ['--region', 'Bali']];
    const results = await Promise.all(bad.map((flags) => run([path.join(tmp, 'bad.csv'), ...flags])));
    for (const [i, result] of results.entries()) expect(result.code, bad[i]!.join(' ')).toBe(2);
    expect(fs.existsSync(path.join(tmp, 'bad.csv'))).toBe(false);
  }, 240_000);
});
