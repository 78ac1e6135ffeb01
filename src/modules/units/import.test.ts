import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, multipartBody, openTestApp, signIn, TEST_ORIGIN } from '../../../test/helpers.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let coordinator: string;
let admin: string;

beforeAll(async () => {
  ctx = await openTestApp();
  await createTestUser(ctx.database, { email: 'bali@i.id', password: 'import password', role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(ctx.database, { email: 'admin@i.id', password: 'import password', role: 'admin', scopeRegionCode: null });
  coordinator = await signIn(ctx.app, 'bali@i.id', 'import password');
  admin = await signIn(ctx.app, 'admin@i.id', 'import password');
});
afterAll(async () => ctx?.close());

async function upload(cookie: string, content: Buffer | string, { dryRun = false, lang = 'en', filename = 'units.csv' } = {}) {
  const { payload, contentType } = multipartBody({ content, filename });
  return ctx.app.inject({
    method: 'POST', url: `/api/v1/units/import?dryRun=${dryRun}`, payload,
    cookies: { sinergi_session: cookie }, headers: { origin: TEST_ORIGIN, 'content-type': contentType, 'accept-language': lang },
  });
}

const unitCount = async () => Number((await ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from units`)).rows[0]?.n);

describe('importing units', () => {
  it('imports a clean CSV and audits each unit', async () => {
    const response = await upload(coordinator, 'instansi,kode_wilayah,nama\nBawaslu,51.06,Bawaslu Kabupaten Bangli\nPolres,51.06,Polres Bangli\n');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ rows: 2, created: 2, dryRun: false, errors: [] });
    const audit = await ctx.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'unit.import'`);
    expect(audit.rows[0]).toEqual({ n: 2 });
  });

  it('reads semicolon CSV with a byte-order mark', async () => {
    const response = await upload(coordinator, '\uFEFFagency;region;name\nKPU;51.71;KPU Kota Denpasar\n');
    expect(response.json()).toMatchObject({ created: 1, errors: [] });
  });

  it('reads XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Units');
    sheet.addRow(['Agency', 'Region', 'Name']);
    sheet.addRow(['KEJAKSAAN', '51', 'Kejaksaan Tinggi Bali']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(coordinator, bytes, { filename: 'units.xlsx' });
    expect(response.json()).toMatchObject({ rows: 1, created: 1, errors: [] });
  });

  it('reports every bad row, in the caller’s language, and creates nothing', async () => {
    const before = await unitCount();
    const csv = 'agency,region,name\nNASA,51.06,X\nKPU,52.01,KPU Lombok Barat\nKPU,51.6,Y\nKPU,51.06,KPU Kabupaten Bangli\n';
    const response = await upload(coordinator, csv, { lang: 'id' });
    const report = response.json();
    expect(report.created).toBe(0);
    expect(report.errors.map((e: { row: number; problem: string }) => [e.row, e.problem])).toEqual([[2, 'agency_unknown'], [3, 'outside_scope'], [4, 'region_invalid']]);
    expect(report.errors[1].message).toBe('Wilayah di luar cakupan Anda');
    expect(await unitCount()).toBe(before);
  });

  it('checks without writing on a dry run', async () => {
    const before = await unitCount();
    const response = await upload(coordinator, 'agency,region,name\nDPRD,51.06,DPRD Kabupaten Bangli\n', { dryRun: true });
    expect(response.json()).toEqual({ rows: 1, created: 0, dryRun: true, errors: [] });
    expect(await unitCount()).toBe(before);
  });

  it.each([
    ['a binary file', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]), 415],
    ['a zip that is no workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 415],
    ['missing columns', 'agency,name\nKPU,x\n', 400],
    ['an empty file', '', 400],
    ['a file over 5 MiB', Buffer.alloc(6 * 1024 * 1024, 'a'), 413],
  ])('refuses %s (%i)', async (_label, content, status) => {
    const response = await upload(admin, content);
    expect(response.statusCode).toBe(status);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'message']);
  });

  it('refuses a request that is not multipart', async () => {
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/v1/units/import', payload: { file: 'x' }, cookies: { sinergi_session: admin }, headers: { origin: TEST_ORIGIN },
    });
    expect(response.statusCode).toBe(415);
  });
});
