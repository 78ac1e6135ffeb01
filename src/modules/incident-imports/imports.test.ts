import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, multipartBody } from '../../../test/helpers.js';
import { mapImportColumns } from '../../domain/incidents/import-rows.js';
import { readSpreadsheet } from '../units/import-file.js';
import { MAX_INCIDENT_IMPORT_ROWS } from './limits.js';
import { APUAN, openIncidentDesk, type Who } from '../incidents/test-desk.js';

/**
 * Importing reports from CSV/XLSX (issue 7) through HTTP: 202 at once, the rows checked in the
 * background through the incidents' own checks, then all written in one transaction or none (unless
 * keepValid), a dry run writing nothing, a second import of the same rows writing nothing again.
 */
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;

beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock('2024-11-20T04:00:00Z'));
});
afterAll(async () => desk?.close());

const HEADER = 'Kategori;Uraian;Wilayah;Waktu kejadian;Rezim;Tingkat;TPS';
let serial = 0;
/** A valid row, different from every other (its description carries a serial number). */
const goodRow = (region = APUAN, when = '19/11/2024 20:00') => `politik uang;Pembagian amplop nomor ${++serial} di banjar;${region};${when};pilkada;;TPS 003`;
const csv = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

async function upload(who: Who, content: Buffer | string, fields: Record<string, string> = {}, filename = 'laporan.csv', lang = 'id') {
  const { payload, contentType } = multipartBody({ content, filename }, fields);
  return desk.call(who, 'POST', '/incidents/imports', payload, { 'content-type': contentType, 'accept-language': lang });
}

/** Starts an import, waits for the background work, and answers the import as its creator reads it. */
async function imported(who: Who, content: Buffer | string, fields: Record<string, string> = {}, lang = 'id') {
  const started = await upload(who, content, fields, 'laporan.csv', lang);
  expect(started.statusCode, started.body).toBe(202);
  await desk.services.incidentImports.settled();
  const read = await desk.call(who, 'GET', `/incidents/imports/${started.json().id}`, undefined, { 'accept-language': lang });
  expect(read.statusCode, read.body).toBe(200);
  return read.json();
}

const imports = () => desk.count('incidents', sql`channel = 'import'`);

describe('importing reports', () => {
  it('imports a clean CSV: every row a report on channel import, times in the region zone, progress at the total', async () => {
    const before = await imports();
    const result = await imported('bali', csv(goodRow(), goodRow('51.06', '2024-11-19 08:30'), goodRow('Bangli', '19 Nov 2024 07.00')));
    expect(result).toMatchObject({ status: 'selesai', totalRows: 3, processedRows: 3, acceptedRows: 3, rejectedRows: 0, skippedRows: 0, dryRun: false });
    expect(result.incidents.map((i: { row: number }) => i.row)).toEqual([2, 3, 4]);
    expect(await imports()).toBe(before + 3);
    const first = await desk.call('bali', 'GET', `/incidents/${result.incidents[0].id}`);
    // 20:00 WITA (Bali) is 12:00 UTC; the severity is the category's default.
    expect(first.json()).toMatchObject({ channel: 'import', occurredAt: '2024-11-19T12:00:00.000Z', region: { code: APUAN }, tps: 'TPS 003', severity: 'tinggi' });
    expect((await desk.call('bali', 'GET', `/incidents/${result.incidents[2].id}`)).json().region.code).toBe('51.06');
    expect((await desk.auditRows('incident.create')).filter((row) => result.incidents.some((i: { id: number }) => String(i.id) === row.entity_id))).toHaveLength(3);
  });

  it('imports an XLSX with English headers, Excel date cells and a region by name', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Reports');
    sheet.addRow(['Category', 'Description', 'Region', 'Occurred at', 'Regime', 'Latitude', 'Longitude']);
    sheet.addRow(['intimidasi', 'Warga diancam agar memilih calon tertentu', 'Kabupaten Bangli', new Date(Date.UTC(2024, 10, 18, 21, 15)), 'Pilkada', -8.43, 115.36]);
    const result = await imported('bali', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(result).toMatchObject({ status: 'selesai', acceptedRows: 1, problems: [] });
    const report = (await desk.call('bali', 'GET', `/incidents/${result.incidents[0].id}`)).json();
    // The cell's wall clock 21:15 is read in Bali's zone (WITA, UTC+8).
    expect(report).toMatchObject({ category: { code: 'intimidasi' }, occurredAt: '2024-11-18T13:15:00.000Z', region: { code: '51.06' }, latitude: -8.43 });
  });

  it('refuses the whole file when one row fails, writing nothing, and says which row, column and why (en)', async () => {
    const before = await desk.count('incidents');
    const result = await imported('bali', csv(goodRow(), 'cuaca;Hujan deras;51.06;kemarin;pilkada;;', goodRow()), {}, 'en');
    expect(result).toMatchObject({ status: 'ditolak', acceptedRows: 0, rejectedRows: 1, processedRows: 3, incidents: [] });
    expect(result.problems).toEqual([
      { row: 3, column: 'category', code: 'category_unknown', message: expect.stringContaining('category not recognised'), value: 'cuaca' },
      { row: 3, column: 'occurredAt', code: 'time_invalid', message: expect.stringContaining('time not readable'), value: 'kemarin' },
    ]);
    expect(result.summary).toContain('No report was written');
    expect(await desk.count('incidents')).toBe(before);
  });

  it('reports the incidents own refusals against the row, in Indonesian by default', async () => {
    const result = await imported('bali', csv(goodRow(APUAN, '19/11/2025 20:00')));
    expect(result.status).toBe('ditolak');
    expect(result.problems).toEqual([{ row: 2, column: 'occurredAt', code: 'rejected', message: expect.stringContaining('masa depan'), value: null }]);
  });

  it('with keepValid writes the valid rows and reports the others', async () => {
    const before = await imports();
    const result = await imported('bali', csv(goodRow(), `politik uang;Tanpa wilayah;;19/11/2024 20:00;pilkada;;`, goodRow()), { keepValid: 'true' });
    expect(result).toMatchObject({ status: 'selesai', keepValid: true, acceptedRows: 2, rejectedRows: 1, processedRows: 3 });
    expect(result.problems).toMatchObject([{ row: 3, column: 'region', code: 'required' }]);
    expect(result.incidents.map((i: { row: number }) => i.row)).toEqual([2, 4]);
    expect(await imports()).toBe(before + 2);
  });

  it('a dry run checks every row and writes nothing', async () => {
    const before = await desk.count('incidents');
    const result = await imported('bali', csv(goodRow(), goodRow()), { dryRun: 'true' });
    expect(result).toMatchObject({ status: 'selesai', dryRun: true, acceptedRows: 2, processedRows: 2, incidents: [] });
    expect(await desk.count('incidents')).toBe(before);
  });

  it('does not double the reports when the same file is imported again', async () => {
    const file = csv(goodRow(), goodRow());
    const first = await imported('bali', file);
    expect(first.acceptedRows).toBe(2);
    const before = await desk.count('incidents');
    const again = await imported('bali', file, {}, 'en');
    expect(again).toMatchObject({ status: 'selesai', acceptedRows: 0, skippedRows: 2, sameFileAs: first.id });
    expect(again.skipped.map((s: { row: number; incidentId: number }) => [s.row, s.incidentId])).toEqual(first.incidents.map((i: { row: number; id: number }) => [i.row, i.id]));
    expect(again.summary).toContain('were imported before');
    expect(await desk.count('incidents')).toBe(before);
  });

  it('finds the same report twice in one file', async () => {
    const row = goodRow();
    const result = await imported('bali', csv(row, row));
    expect(result).toMatchObject({ status: 'ditolak', problems: [{ row: 3, code: 'duplicate_in_file', value: '2' }] });
  });

  it('refuses rows outside the importer scope: a coordinator of 51 cannot import rows for 32', async () => {
    const before = await desk.count('incidents');
    const result = await imported('bali', csv(goodRow(), goodRow('32.73', '19/11/2024 20:00')));
    expect(result.status).toBe('ditolak');
    expect(result.problems).toMatchObject([{ row: 3, column: 'region', code: 'outside_scope' }]);
    expect(await desk.count('incidents')).toBe(before);
  });

  it('refuses a file that is no spreadsheet, in another encoding, without the columns, or too long', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x01]);
    expect((await upload('bali', png, {}, 'foto.png')).statusCode).toBe(415);
    expect((await upload('bali', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), {}, 'rusak.xlsx')).statusCode).toBe(415);
    // Windows-1252 "é" (0xE9) is no UTF-8.
    expect((await upload('bali', Buffer.concat([Buffer.from(`${HEADER}\npolitik uang;Caf`), Buffer.from([0xe9]), Buffer.from(';51.06;19/11/2024;pilkada;;\n')]))).statusCode).toBe(415);
    const noColumns = await upload('bali', 'nama;alamat\nBudi;Bangli\n', {}, 'x.csv', 'en');
    expect(noColumns.statusCode).toBe(400);
    expect(noColumns.json().message).toContain('required columns not found');
    expect((await upload('bali', `${HEADER}\n`)).statusCode).toBe(400);
    expect((await upload('bali', csv(goodRow()), { keepValid: 'ya' })).statusCode).toBe(400);
    // One row over the cap (MAX_INCIDENT_IMPORT_ROWS): refused while the request waits, before any import exists.
    const importCount = async () => Number((await desk.database.db.execute<{ n: number }>(sql`select count(*)::int as n from incident_imports`)).rows[0]!.n);
    const importsBefore = await importCount();
    const tooMany = `${HEADER}\n${`${goodRow()}\n`.repeat(MAX_INCIDENT_IMPORT_ROWS + 1)}`;
    const refused = await upload('bali', tooMany, {}, 'laporan.csv', 'en');
    expect(refused.statusCode).toBe(413);
    expect(refused.json().message).toContain('at most 100,000 report rows');
    expect(await importCount()).toBe(importsBefore);
  });

  it('lets the creator and admins/coordinators over its scope read an import, nobody else', async () => {
    const started = await upload('officer', csv(goodRow()), { dryRun: 'true' });
    expect(started.statusCode, started.body).toBe(202);
    await desk.services.incidentImports.settled();
    const url = `/incidents/imports/${started.json().id}`;
    expect((await desk.call('officer', 'GET', url)).statusCode).toBe(200);
    expect((await desk.call('bali', 'GET', url)).statusCode).toBe(200);
    expect((await desk.call('admin', 'GET', url)).statusCode).toBe(200);
    expect((await desk.call('ntb', 'GET', url)).statusCode).toBe(404);
    expect((await desk.call('viewer', 'GET', url)).statusCode).toBe(404);
    expect((await desk.call('viewer', 'POST', '/incidents/imports', multipartBody({ content: csv(goodRow()), filename: 'x.csv' }).payload, { 'content-type': multipartBody(null).contentType })).statusCode).toBe(403);
    expect((await upload('reporter', csv(goodRow()))).statusCode).toBe(403);
    const mine = (await desk.call('officer', 'GET', '/incidents/imports')).json().items;
    expect(mine.map((item: { id: number }) => item.id)).toEqual([started.json().id]);
    expect((await desk.call('ntb', 'GET', '/incidents/imports')).json().items).toEqual([]);
  });

  it('marks an import left running by a process that is gone as failed when it is read', async () => {
    const rows = await desk.database.db.execute<{ id: number }>(sql`
      insert into incident_imports (status, file_name, total_rows, created_by, scope_region_code, created_at)
      select 'berjalan', 'hilang.csv', 10, id, '51', '2024-11-20T02:00:00Z' from users where email = 'bali@ins.id' returning id`);
    const read = await desk.call('bali', 'GET', `/incidents/imports/${rows.rows[0]!.id}`, undefined, { 'accept-language': 'en' });
    expect(read.json()).toMatchObject({ status: 'gagal', failure: expect.stringContaining('stopped before it finished') });
  });

  it('serves empty templates whose headers the import reads', async () => {
    for (const name of ['template.xlsx', 'template.csv']) {
      const response = await desk.call('viewer', 'GET', `/incidents/imports/${name}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain('templat-impor-laporan');
      const [header = [], ...rows] = await readSpreadsheet(response.rawPayload);
      expect(rows).toEqual([]);
      expect(mapImportColumns(header).missing).toEqual([]);
      expect(Object.values(mapImportColumns(header).columns).every((index) => index !== null)).toBe(true);
    }
    expect((await desk.call(null, 'GET', '/incidents/imports/template.csv')).statusCode).toBe(401);
  });
});
