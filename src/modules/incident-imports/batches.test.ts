import { createHash } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../../test/helpers.js';
import type { Actor } from '../auth/actor.js';
import { UPLOAD_DIR } from '../../server/upload-file.js';
import { APUAN, openIncidentDesk } from '../incidents/test-desk.js';
import { MAX_INCIDENT_IMPORT_BYTES } from './limits.js';
import { createIncidentImportService, STALE_AFTER_MS, type ImportOptions } from './service.js';

/**
 * Imports of many rows (issue 11), with batches of 7 rows so that 30 rows cross four batch
 * boundaries: checked and parked batch by batch, written batch by batch once every row is checked,
 * progress moving with each batch, the report's row numbers right across batches.
 */
let now = new Date('2024-11-20T04:00:00Z');
const clock = { now: () => now };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let actor: Actor;
/** Progress as the import record showed it each time a row was checked or a batch written. */
let seen: { checked: number[]; written: { processed: number; accepted: number }[] } = { checked: [], written: [] };
let service: ReturnType<typeof createIncidentImportService>;
const BATCH = 7;

const progress = async () => {
  const rows = await desk.database.db.execute<{ processed_rows: number; accepted_rows: number }>(sql`
    select processed_rows, accepted_rows from incident_imports where status = 'berjalan' order by id desc limit 1`);
  return { processed: Number(rows.rows[0]?.processed_rows ?? -1), accepted: Number(rows.rows[0]?.accepted_rows ?? -1) };
};

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
  actor = (await desk.services.auth.actorForSession(desk.sessions.bali))!;
  const incidents = desk.services.incidents;
  // The incidents service as the import sees it, noting the import's progress at each call.
  const watched = {
    ...incidents,
    check: async (...args: Parameters<typeof incidents.check>) => {
      seen.checked.push((await progress()).processed);
      return incidents.check(...args);
    },
    submitAll: async (...args: Parameters<typeof incidents.submitAll>) => {
      seen.written.push(await progress());
      return incidents.submitAll(...args);
    },
  };
  service = createIncidentImportService(desk.database.db, clock, watched, () => {}, { batchRows: BATCH });
});
afterAll(async () => desk?.close());

const HEADER = 'Kategori;Uraian;Wilayah;Waktu kejadian;Rezim';
let serial = 0;
const good = () => `politik uang;Amplop dibagikan nomor ${++serial} di balai banjar;${APUAN};19/11/2024 20:00;pilkada`;
const bad = () => `cuaca;Hujan deras nomor ${++serial};${APUAN};19/11/2024 20:00;pilkada`;

/** 30 rows (rows 2..31 of the sheet): unknown categories on rows 5, 14 and 27, row 20 the same report as row 3. */
function thirtyRows(): string[] {
  const rows = Array.from({ length: 30 }, (_, i) => ([5, 14, 27].includes(i + 2) ? bad() : good()));
  rows[20 - 2] = rows[3 - 2]!;
  return rows;
}

let files = 0;
async function imported(content: string | Buffer, options: Partial<ImportOptions> = {}) {
  const path = join(tmpdir(), `sinergi-batch-test-${process.pid}-${++files}`);
  await writeFile(path, content);
  seen = { checked: [], written: [] };
  const sha256 = createHash('sha256').update(content).digest('hex');
  const started = await service.start(actor, { path, name: 'banyak.csv', sha256 }, { keepValid: false, dryRun: false, ...options }, { ip: null, client: null });
  await service.settled();
  // The import removes its file when it ends.
  await expect(readdir(tmpdir())).resolves.not.toContain(`sinergi-batch-test-${process.pid}-${files}`);
  return service.detail(actor, started.id, 'en');
}

const count = (table: string, where = sql`true`) => desk.database.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`).then((r) => Number(r.rows[0]!.n));
const importedReports = () => count('incidents', sql`channel = 'import'`);
const problemRows = (result: { problems: { row: number; code: string; value: string | null }[] }) => result.problems.map((p) => [p.row, p.code, p.value]);
const expectedProblems = [[5, 'category_unknown', 'cuaca'], [14, 'category_unknown', 'cuaca'], [20, 'duplicate_in_file', '3'], [27, 'category_unknown', 'cuaca']];

describe('imports in batches', () => {
  it('all or nothing: with invalid rows in several batches writes nothing and names every row', async () => {
    const before = await importedReports();
    const result = await imported(`${HEADER}\n${thirtyRows().join('\n')}\n`);
    expect(result).toMatchObject({ status: 'ditolak', totalRows: 30, processedRows: 30, acceptedRows: 0, rejectedRows: 4, incidents: [] });
    expect(problemRows(result)).toEqual(expectedProblems);
    expect(await importedReports()).toBe(before);
    // Checked batch by batch, progress written after each batch of 7.
    expect([...new Set(seen.checked)]).toEqual([0, 7, 14, 21, 28]);
    expect(seen.written).toEqual([]);
    expect(await count('incident_import_rows')).toBe(0);
  });

  it('keepValid writes exactly the valid rows, batch by batch, after every row was checked', async () => {
    const before = await importedReports();
    const keysBefore = await count('incident_idempotency');
    const rows = thirtyRows();
    const result = await imported(`${HEADER}\n${rows.join('\n')}\n`, { keepValid: true });
    expect(result).toMatchObject({ status: 'selesai', processedRows: 30, acceptedRows: 26, rejectedRows: 4, skippedRows: 0 });
    expect(problemRows(result)).toEqual(expectedProblems);
    const validRows = Array.from({ length: 30 }, (_, i) => i + 2).filter((row) => ![5, 14, 20, 27].includes(row));
    expect(result.incidents.map((incident) => incident.row)).toEqual(validRows);
    expect(await importedReports()).toBe(before + 26);
    expect(await count('incident_idempotency')).toBe(keysBefore + 26);
    // Written in batches of 7 once all 30 rows were checked, the written count moving with each.
    expect(seen.written).toEqual([0, 7, 14, 21].map((accepted) => ({ processed: 30, accepted })));
    // What row 2 holds is what was written for it.
    const first = (await desk.call('bali', 'GET', `/incidents/${result.incidents[0]!.id}`)).json();
    expect(first.description).toBe(rows[0]!.split(';')[1]);
    expect(await count('incident_import_rows')).toBe(0);
  });

  it('a dry run checks every batch and writes nothing', async () => {
    const before = await importedReports();
    const result = await imported(`${HEADER}\n${thirtyRows().join('\n')}\n`, { keepValid: true, dryRun: true });
    expect(result).toMatchObject({ status: 'selesai', dryRun: true, processedRows: 30, acceptedRows: 26, rejectedRows: 4, incidents: [] });
    expect(await importedReports()).toBe(before);
    expect(seen.written).toEqual([]);
  });

  it('reads a comma CSV with a BOM and a semicolon CSV alike', async () => {
    const rows = Array.from({ length: 9 }, () => good());
    const comma = `\uFEFF${HEADER.replaceAll(';', ',')}\n${rows.map((row) => row.replaceAll(';', ',')).join('\r\n')}\r\n`;
    expect(await imported(comma, { dryRun: true })).toMatchObject({ status: 'selesai', processedRows: 9, acceptedRows: 9, problems: [] });
    expect(await imported(`${HEADER}\n${rows.join('\n')}\n`, { dryRun: true })).toMatchObject({ status: 'selesai', processedRows: 9, acceptedRows: 9, problems: [] });
  });

  it('reads an XLSX as a stream, with date cells and row numbers across batches', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Laporan');
    sheet.addRow(['Kategori', 'Uraian', 'Wilayah', 'Waktu kejadian', 'Rezim']);
    for (let i = 0; i < 16; i += 1) {
      sheet.addRow([i === 10 ? 'cuaca' : 'intimidasi', `Warga diancam nomor ${++serial}`, 'Kabupaten Bangli', new Date(Date.UTC(2024, 10, 18, 21, 15)), 'Pilkada']);
    }
    const result = await imported(Buffer.from(await workbook.xlsx.writeBuffer()), { keepValid: true });
    expect(result).toMatchObject({ status: 'selesai', totalRows: 16, processedRows: 16, acceptedRows: 15, rejectedRows: 1 });
    expect(problemRows(result)).toEqual([[12, 'category_unknown', 'cuaca']]);
    const report = (await desk.call('bali', 'GET', `/incidents/${result.incidents[14]!.id}`)).json();
    // The cell's wall clock 21:15 is read in Bali's zone (WITA, UTC+8).
    expect(report).toMatchObject({ occurredAt: '2024-11-18T13:15:00.000Z', region: { code: '51.06' } });
  });

  it('a failure while writing keeps the batches written before it; the same file again writes the rest', async () => {
    await desk.database.db.execute(sql.raw(`
      create function refuse_batch_marker() returns trigger language plpgsql as $$
      begin if new.description like '%GAGAL%' then raise exception 'refused by test'; end if; return new; end $$`));
    await desk.database.db.execute(sql.raw(`
      create constraint trigger refuse_batch_marker after insert on incidents deferrable initially deferred for each row execute function refuse_batch_marker()`));
    const rows = Array.from({ length: 16 }, () => good());
    rows[9] = rows[9]!.replace('Amplop', 'GAGAL amplop');
    const file = `${HEADER}\n${rows.join('\n')}\n`;
    const before = await importedReports();
    try {
      const failed = await imported(file);
      expect(failed).toMatchObject({ status: 'gagal', acceptedRows: 7, processedRows: 16, failure: expect.stringContaining('server error') });
      expect(failed.summary).toContain('after 7 reports were written');
      expect(await importedReports()).toBe(before + 7);
    } finally {
      await desk.database.db.execute(sql.raw('drop trigger refuse_batch_marker on incidents'));
      await desk.database.db.execute(sql.raw('drop function refuse_batch_marker()'));
    }
    const again = await imported(file);
    expect(again).toMatchObject({ status: 'selesai', acceptedRows: 9, skippedRows: 7 });
    expect(await importedReports()).toBe(before + 16);
    expect(await count('incident_import_rows')).toBe(0);
  });

  it('marks an import stale only after no activity for the threshold, however old it is', async () => {
    const created = new Date(now.getTime() - 3 * STALE_AFTER_MS);
    const rows = await desk.database.db.execute<{ id: number }>(sql`
      insert into incident_imports (status, file_name, total_rows, created_by, scope_region_code, created_at, progress_at)
      select 'berjalan', 'lama.csv', 100000, id, '51', ${created.toISOString()}, ${new Date(now.getTime() - 60_000).toISOString()} from users where email = 'bali@ins.id' returning id`);
    const id = Number(rows.rows[0]!.id);
    // Created 90 minutes ago but moved a minute ago: still running.
    expect(await service.detail(actor, id, 'en')).toMatchObject({ status: 'berjalan' });
    const start = now;
    try {
      now = new Date(start.getTime() + STALE_AFTER_MS - 120_000);
      expect((await service.detail(actor, id, 'en')).status).toBe('berjalan');
      now = new Date(start.getTime() + STALE_AFTER_MS);
      expect(await service.detail(actor, id, 'en')).toMatchObject({ status: 'gagal', failure: expect.stringContaining('stopped before it finished') });
    } finally {
      now = start;
    }
  });

  it('refuses an upload over the byte cap with 413 while it streams: no import, no file left', async () => {
    const importsBefore = await count('incident_imports');
    const mine = async () => (await readdir(UPLOAD_DIR).catch(() => [] as string[])).filter((name) => name.startsWith(`${process.pid}-`));
    const huge = Buffer.alloc(MAX_INCIDENT_IMPORT_BYTES + 1, 'a');
    huge.write(`${HEADER}\n`);
    const { payload, contentType } = multipartBody({ content: huge, filename: 'besar.csv' });
    const response = await desk.call('bali', 'POST', '/incidents/imports', payload, { 'content-type': contentType, 'accept-language': 'en' });
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toContain('at most 64 MB');
    expect(await count('incident_imports')).toBe(importsBefore);
    expect(await mine()).toEqual([]);
  });
});
