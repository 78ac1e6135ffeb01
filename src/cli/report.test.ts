import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCliTarget, type CliTarget } from '../../test/helpers.js';
import { HAS_PDFTOTEXT, IN_CI, pdfText } from '../../test/pdf-text.js';
import { runCli } from '../../test/cli.js';


const run = (args: string[], env: NodeJS.ProcessEnv) => runCli(args, { env });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-sitrep-cli-'));
let target: CliTarget;
beforeAll(async () => {
  target = await prepareCliTarget(path.join(tmp, 'seeded'));
});
afterAll(async () => {
  await target?.cleanup();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('sinergi report sitrep', () => {
  it('stores the report and writes the PDF and the XLSX', async () => {
    const pdf = path.join(tmp, 'bali.pdf');
    const xlsx = path.join(tmp, 'bali.xlsx');
    const { code, stdout, stderr } = await run(['report', 'sitrep', '--region', '51', '--date', '2024-11-26', '--pdf', pdf, '--xlsx', xlsx, '--lang', 'en', ...target.args], target.env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Situation report of Bali for 2024-11-26 stored \(number \d+\)/);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Summary', 'By category', 'Trend']));
    expect(book.getWorksheet('DAILY SITUATION REPORT')!.getRow(2).values).toEqual([undefined, 'Region', 'Bali (51)']);
    if (HAS_PDFTOTEXT || IN_CI) {
      const text = pdfText(fs.readFileSync(pdf));
      expect(text).toContain('DAILY SITUATION REPORT');
      expect(text).toMatch(/Region\s+:\s+Bali \(51\)/);
      expect(text).toMatch(/Date\s+:\s+26 November 2024/);
      expect(text).toMatch(/Open incidents\s+\d+/);
    }
  });

  it('makes the national report without --region, in Indonesian by default', async () => {
    const pdf = path.join(tmp, 'nasional.pdf');
    const { code, stdout } = await run(['report', 'sitrep', '--date', '2024-11-26', '--pdf', pdf, ...target.args], { ...target.env, SINERGI_LANG: 'id' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Laporan situasi Nasional tanggal 2024-11-26 disimpan/);
    expect(fs.existsSync(pdf)).toBe(true);
  });

  it.each([
    [['--region', '5x', '--date', '2024-11-26'], /Not a region code: 5x/],
    [['--region', '51', '--date', '2024-02-30'], /Not a date: 2024-02-30/],
    [['--region', '51', '--date', '2024-11-26', '--lang', 'fr'], /Unknown language: fr/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const { code, stderr } = await run(['report', 'sitrep', ...args, '--pdf', path.join(tmp, 'never.pdf'), ...target.args], target.env);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(fs.existsSync(path.join(tmp, 'never.pdf'))).toBe(false);
  });

  it('says which output cannot be written and exits 1', async () => {
    const missing = path.join(tmp, 'no-such-folder', 'out.pdf');
    const { code, stderr } = await run(['report', 'sitrep', '--region', '51', '--date', '2024-11-26', '--pdf', missing, ...target.args], target.env);
    expect(code).toBe(1);
    expect(stderr).toContain(`Cannot write the output file ${missing}`);
    const { code: dirCode, stderr: dirError } = await run(['report', 'sitrep', '--region', '51', '--date', '2024-11-26', '--pdf', path.join(tmp, 'x.pdf'), '--xlsx', tmp, ...target.args], target.env);
    expect(dirCode).toBe(1);
    expect(dirError).toContain(`Cannot write the output file ${tmp}`);
  });

  it('a region not in the gazetteer fails with the translated message', async () => {
    const { code, stderr } = await run(['report', 'sitrep', '--region', '51.99', '--date', '2024-11-26', '--pdf', path.join(tmp, 'gone.pdf'), ...target.args], target.env);
    expect(code).toBe(1);
    expect(stderr).toBe('sinergi: Region not found.\n');
  });
});
