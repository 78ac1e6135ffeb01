import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, fixedClock, openTestApp, signInAll } from '../../../test/helpers.js';
import { HAS_PDFTOTEXT, IN_CI, pdfText } from '../../../test/pdf-text.js';
import { insertCampaign, insertTargets, type FixtureTarget } from '../../../test/pact-compliance-fixtures.js';

// Bali is WITA (UTC+8). Created 1 Dec 04:00 local; deadline 3 Dec 23:59 local; now 5 Dec 10:00 local.
const NOW = '2026-12-05T02:00:00Z';
const TITLE = 'Pakta Integritas Netralitas ASN Pilkada Bali 2026';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let sessions: Record<'admin' | 'bali' | 'ntb' | 'viewer', string>;
const ids = { bali: 0, bare: 0, empty: 0, ntb: 0 };
let reviewer = '';

/** Hand-counted in the expectations below: A and E verified, B late and waiting, C never sent, D rejected. */
const BALI_TARGETS = (reviewedBy: string): FixtureTarget[] => [
  { name: 'Dinas Kominfo Kota Denpasar', kind: 'perangkat_daerah', regionCode: '51.71', state: 'diverifikasi', submittedAt: '2026-12-01T03:00:00Z', reviewedAt: '2026-12-02T01:00:00Z', reviewedBy, contactName: 'Ketut Arsa' },
  { name: 'Kecamatan Denpasar Selatan', kind: 'kecamatan', regionCode: '51.71.01', state: 'terkirim', submittedAt: '2026-12-03T16:30:00Z', contactEmail: 'densel@example.id' },
  { name: 'Kecamatan Bangli', kind: 'kecamatan', regionCode: '51.06.01', contactName: 'Made Sari', contactPhone: '+62 812-3456-7890' },
  { name: 'Desa Uji Bangli', kind: 'desa', regionCode: '51.06.01.2001', state: 'ditolak', submittedAt: '2026-12-02T10:00:00Z', reviewedAt: '2026-12-02T12:00:00Z', reviewedBy, rejectReason: 'tanda tangan tidak terbaca', contactName: '=HYPERLINK("http://x")' },
  { name: 'Badan Kepegawaian Daerah Provinsi Bali', kind: 'perangkat_daerah', regionCode: '51', state: 'diverifikasi', submittedAt: '2026-12-03T15:00:00Z', reviewedAt: '2026-12-04T17:00:00Z', reviewedBy },
];

beforeAll(async () => {
  ctx = await openTestApp(fixedClock(NOW));
  const unit = await createTestUnit(ctx.database, 'BAWASLU', '51', 'Bawaslu Provinsi Bali');
  await ctx.database.db.execute(sql`
    insert into unit_letterheads (unit_id, lines, address) values (${unit}, array['BADAN PENGAWAS PEMILIHAN UMUM', 'PROVINSI BALI']::text[], 'Jl. Tjok Agung Tresna No. 1, Denpasar')`);
  const password = 'pact compliance password';
  sessions = await signInAll(ctx.app, ctx.database, {
    admin: { email: 'admin@pc.id', password, role: 'admin', scopeRegionCode: null },
    bali: { email: 'bali@pc.id', password, role: 'coordinator', scopeRegionCode: '51', unitId: unit },
    ntb: { email: 'ntb@pc.id', password, role: 'coordinator', scopeRegionCode: '52' },
    viewer: { email: 'viewer@pc.id', password, role: 'viewer', scopeRegionCode: '51.06' },
  });
  const creator = String((await ctx.database.db.execute(sql`select id from users where email = 'bali@pc.id'`)).rows[0]!.id);
  reviewer = 'reviewer@pc.id';
  const reviewerId = await createTestUser(ctx.database, { email: reviewer, password, role: 'coordinator', scopeRegionCode: '51' });
  ids.bali = await insertCampaign(ctx.database, { title: TITLE, legalBasis: 'UU 10/2016', regionCode: '51', deadline: '2026-12-03T15:59:00Z', createdAt: '2026-11-30T20:00:00Z', createdBy: creator });
  await insertTargets(ctx.database, ids.bali, BALI_TARGETS(reviewerId));
  ids.bare = await insertCampaign(ctx.database, { title: 'Pakta tanpa kop', regionCode: '51.06', deadline: '2026-12-20T15:59:00Z', createdAt: '2026-12-01T00:00:00Z' });
  ids.empty = await insertCampaign(ctx.database, { title: 'Pakta kosong', regionCode: '51.06', deadline: '2026-12-10T15:59:00Z', createdAt: '2026-12-01T00:00:00Z' });
  ids.ntb = await insertCampaign(ctx.database, { title: 'Pakta NTB', regionCode: '52', deadline: '2026-12-01T15:59:00Z', createdAt: '2026-11-20T00:00:00Z' });
  await insertTargets(ctx.database, ids.ntb, [
    { name: 'Kecamatan Gerung', kind: 'kecamatan', regionCode: '52.01.01', state: 'diverifikasi', submittedAt: '2026-11-25T00:00:00Z', reviewedAt: '2026-11-26T00:00:00Z' },
    { name: 'Kecamatan Kediri', kind: 'kecamatan', regionCode: '52.01.02' },
  ]);
  await insertTargets(ctx.database, ids.bare, [{ name: 'Kecamatan Susut', kind: 'kecamatan', regionCode: '51.06.02', contactName: 'Wayan' }]);
});
afterAll(async () => ctx?.close());

const get = (who: keyof typeof sessions, url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, cookies: { sinergi_session: sessions[who] }, headers });

async function workbook(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}
const sheetRows = (book: ExcelJS.Workbook, name: string) => {
  const sheet = book.getWorksheet(name);
  expect(sheet, name).toBeDefined();
  const rows: unknown[][] = [];
  sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('GET /pact-campaigns/:id/compliance', () => {
  it('gives the hand-counted totals, regions, kinds, progress and lists', async () => {
    const response = await get('bali', `/pact-campaigns/${ids.bali}/compliance`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ campaignId: ids.bali, title: TITLE, regionCode: '51', deadline: '2026-12-03T15:59:00.000Z', timeZone: 'Asia/Makassar' });
    expect(body.totals).toEqual({ targets: 5, submitted: 3, verified: 2, rejected: 1, late: 1, missing: 2, percentVerified: 40, percentSubmitted: 60 });
    const names = new Map((await ctx.database.db.execute(sql`select code, name from regions where code in ('51', '51.06', '51.71')`)).rows.map((r) => [r.code, r.name]));
    expect(body.byRegion).toEqual([
      { regionCode: '51', regionName: names.get('51'), targets: 1, submitted: 1, verified: 1, percentVerified: 100 },
      { regionCode: '51.06', regionName: names.get('51.06'), targets: 2, submitted: 0, verified: 0, percentVerified: 0 },
      { regionCode: '51.71', regionName: names.get('51.71'), targets: 2, submitted: 2, verified: 1, percentVerified: 50 },
    ]);
    expect(body.byKind).toEqual([
      { kind: 'perangkat_daerah', targets: 2, submitted: 2, verified: 2, percentVerified: 100 },
      { kind: 'kecamatan', targets: 2, submitted: 1, verified: 0, percentVerified: 0 },
      { kind: 'desa', targets: 1, submitted: 0, verified: 0, percentVerified: 0 },
    ]);
    expect(body.progress).toEqual([
      { date: '2026-12-01', submitted: 1, verified: 0 },
      { date: '2026-12-02', submitted: 1, verified: 1 },
      { date: '2026-12-03', submitted: 2, verified: 1 },
      { date: '2026-12-04', submitted: 3, verified: 1 },
      { date: '2026-12-05', submitted: 3, verified: 2 },
    ]);
    expect(body.late).toHaveLength(1);
    expect(body.late[0]).toMatchObject({ name: 'Kecamatan Denpasar Selatan', status: 'terkirim', late: true, submittedAt: '2026-12-03T16:30:00.000Z', contactEmail: 'densel@example.id' });
    expect(body.missing.map((t: { name: string; status: string }) => [t.name, t.status])).toEqual([
      ['Kecamatan Bangli', 'terlambat'], ['Desa Uji Bangli', 'terlambat'],
    ]);
    expect(body.missing[1]).toMatchObject({ state: 'ditolak', reviewerName: reviewer, rejectReason: 'tanda tangan tidak terbaca', late: false });
  });

  it('answers 404 for a campaign out of reach or unknown, 400 for a bad id', async () => {
    expect((await get('ntb', `/pact-campaigns/${ids.bali}/compliance`)).statusCode).toBe(404);
    expect((await get('viewer', `/pact-campaigns/${ids.bali}/compliance`)).statusCode).toBe(404);
    const unknown = await get('admin', '/pact-campaigns/999999/compliance');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('Kampanye pakta integritas tidak ditemukan.');
    expect((await get('admin', '/pact-campaigns/999999/compliance', { 'accept-language': 'en' })).json().message).toBe('Integrity-pact campaign not found.');
    expect((await get('admin', '/pact-campaigns/abc/compliance')).statusCode).toBe(400);
  });

  it('lets a viewer read a campaign of the region in scope', async () => {
    const response = await get('viewer', `/pact-campaigns/${ids.bare}/compliance`);
    expect(response.statusCode).toBe(200);
    expect(response.json().totals).toMatchObject({ targets: 1, missing: 1, verified: 0 });
  });
});

describe('GET /pact-campaigns/:id/reminders', () => {
  it('lists every target not yet verified with a polite Indonesian message (json)', async () => {
    const response = await get('bali', `/pact-campaigns/${ids.bali}/reminders`, { 'accept-language': 'en' });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as { name: string; status: string; message: string; contactPhone: string | null }[];
    expect(items.map((i) => [i.name, i.status])).toEqual([
      ['Kecamatan Bangli', 'terlambat'], ['Desa Uji Bangli', 'terlambat'], ['Kecamatan Denpasar Selatan', 'terkirim'],
    ]);
    const bangli = items[0]!;
    expect(bangli.contactPhone).toBe('+62 812-3456-7890');
    expect(bangli.message).toContain('Yth. Bapak/Ibu Made Sari\nKecamatan Bangli');
    expect(bangli.message).toContain(`“${TITLE}”`);
    expect(bangli.message).toContain('telah berakhir pada Kamis, 3 Desember 2026 pukul 23.59 WITA');
    expect(items[1]!.message).toContain('(catatan: tanda tangan tidak terbaca)');
    expect(items[2]!.message).toContain('telah kami terima pada Jumat, 4 Desember 2026 pukul 00.30 WITA');
  });

  it('gives a CSV with translated headers and formula-like cells defused', async () => {
    const response = await get('bali', `/pact-campaigns/${ids.bali}/reminders?format=csv`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain(`pengingat-pakta-integritas-${ids.bali}.csv`);
    const text = response.body.replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toBe('id,Nama sasaran,Jenis,Kode wilayah,Wilayah,Status,Narahubung,Email,Telepon,Pesan pengingat');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("'+62 812-3456-7890");
    const english = await get('bali', `/pact-campaigns/${ids.bali}/reminders?format=csv&lang=en`);
    expect(english.body.replace(/^\uFEFF/, '').split('\n')[0]).toBe('id,Target,Kind,Region code,Region,Status,Contact,Email,Phone,Reminder message');
  });

  it('gives an XLSX sheet of the same list', async () => {
    const response = await get('bali', `/pact-campaigns/${ids.bali}/reminders?format=xlsx`);
    expect(response.statusCode).toBe(200);
    const rows = sheetRows(await workbook(response.rawPayload), 'Pengingat');
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, 4)).toEqual(['Kecamatan Bangli', 'Kecamatan', expect.any(String), 'Terlambat']);
    expect(String(rows[1]![7])).toContain('Kecamatan Bangli');
  });

  it('refuses an unknown format with 400', async () => {
    expect((await get('bali', `/pact-campaigns/${ids.bali}/reminders?format=pdf`)).statusCode).toBe(400);
  });
});

describe('GET /pact-campaigns/:id/recap.xlsx', () => {
  it('has Ringkasan, Per wilayah, Per jenis and Daftar sasaran with the figures', async () => {
    const response = await get('bali', `/pact-campaigns/${ids.bali}/recap.xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain(`rekap-pakta-integritas-${ids.bali}.xlsx`);
    const book = await workbook(response.rawPayload);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Per wilayah', 'Per jenis', 'Daftar sasaran']);
    const summary = new Map(sheetRows(book, 'Ringkasan').map(([k, v]) => [k, v]));
    expect(summary.get('Kampanye')).toBe(TITLE);
    expect(summary.get('Batas waktu (WITA)')).toBe('2026-12-03 23:59');
    expect(summary.get('Jumlah sasaran')).toBe(5);
    expect(summary.get('Terverifikasi')).toBe(2);
    expect(summary.get('Menyampaikan terlambat')).toBe(1);
    expect(summary.get('Belum menyampaikan')).toBe(2);
    expect(summary.get('Terverifikasi (%)')).toBe(40);
    const regions = sheetRows(book, 'Per wilayah');
    expect(regions.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([['51', 1, 1, 1, 1], ['51.06', 2, 0, 0, 0], ['51.71', 2, 2, 1, 0.5]]);
    const kinds = sheetRows(book, 'Per jenis');
    expect(kinds.slice(1).map((r) => r.slice(0, 4))).toEqual([['Perangkat daerah', 2, 2, 2], ['Kecamatan', 2, 1, 0], ['Desa', 1, 0, 0]]);
    const list = sheetRows(book, 'Daftar sasaran');
    expect(list[0]!.slice(4, 8)).toEqual(['Status', 'Disampaikan (WITA)', 'Terlambat', 'Pemeriksa']);
    expect(list).toHaveLength(6);
    const late = list.find((r) => r[0] === 'Kecamatan Denpasar Selatan')!;
    expect(late.slice(4, 7)).toEqual(['Terkirim', '2026-12-04 00:30', 'ya']);
    const verified = list.find((r) => r[0] === 'Dinas Kominfo Kota Denpasar')!;
    expect(verified.slice(4, 8)).toEqual(['Diverifikasi', '2026-12-01 11:00', 'tidak', reviewer]);
  });

  it('translates sheet names and headers with lang=en', async () => {
    const book = await workbook((await get('bali', `/pact-campaigns/${ids.bali}/recap.xlsx?lang=en`)).rawPayload);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'By region', 'By kind', 'Targets']);
    expect(sheetRows(book, 'Targets')[0]![5]).toBe('Submitted at (WITA)');
  });
});

describe.skipIf(!HAS_PDFTOTEXT && !IN_CI)('GET /pact-campaigns/:id/recap.pdf', () => {
  it('prints the creator unit’s letterhead, the figures and every target', async () => {
    const response = await get('bali', `/pact-campaigns/${ids.bali}/recap.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('BADAN PENGAWAS PEMILIHAN UMUM');
    expect(text).toContain('Jl. Tjok Agung Tresna No. 1, Denpasar');
    expect(text).toContain('REKAPITULASI PAKTA INTEGRITAS');
    expect(text).toContain(TITLE);
    expect(text).toMatch(/Batas waktu \(WITA\)\s+:\s+2026-12-03 23:59/);
    expect(text).toMatch(/Belum menyampaikan\s+:\s+2/);
    for (const target of BALI_TARGETS('')) expect(text).toContain(target.name);
    expect(text).toMatch(/Kecamatan Denpasar Selatan.*Terkirim.*2026-12-04 00:30.*ya/);
  });

  it('falls back to a plain header without a letterhead, in English on request', async () => {
    const response = await get('viewer', `/pact-campaigns/${ids.bare}/recap.pdf`, { 'accept-language': 'en' });
    expect(response.statusCode).toBe(200);
    const text = pdfText(response.rawPayload);
    expect(text).not.toContain('BADAN PENGAWAS');
    expect(text).toContain('INTEGRITY PACT RECAP');
    expect(text).toContain('Kecamatan Susut');
    expect(text).toMatch(/Kecamatan Susut.*Not yet/);
  });
});

describe('GET /pact-compliance', () => {
  type Item = { campaignId: number; targets: number; verified: number; percentVerified: number; late: number; missing: number; timeZone: string };
  const byId = (items: Item[]) => new Map(items.map((i) => [i.campaignId, i]));

  it('gives each campaign in scope with its headline figures', async () => {
    const response = await get('bali', '/pact-compliance');
    expect(response.statusCode, response.body).toBe(200);
    const items = byId(response.json());
    expect([...items.keys()].sort()).toEqual([ids.bali, ids.bare, ids.empty].sort());
    expect(items.get(ids.bali)).toMatchObject({ targets: 5, verified: 2, percentVerified: 40, late: 1, missing: 2, timeZone: 'Asia/Makassar' });
    expect(items.get(ids.empty)).toMatchObject({ targets: 0, verified: 0, percentVerified: 0, late: 0, missing: 0 });
  });

  it('narrows to a region, and shows everything to a national admin', async () => {
    const narrowed = byId((await get('admin', '/pact-compliance?regionCode=51.06')).json());
    expect([...narrowed.keys()].sort()).toEqual([ids.bare, ids.empty].sort());
    const all = byId((await get('admin', '/pact-compliance')).json());
    expect(all.get(ids.ntb)).toMatchObject({ targets: 2, verified: 1, percentVerified: 50, late: 0, missing: 1 });
    expect(all.has(ids.bali)).toBe(true);
    const ntb = byId((await get('ntb', '/pact-compliance?regionCode=51')).json());
    expect(ntb.size).toBe(0);
  });

  it('refuses a malformed region code with 400', async () => {
    expect((await get('admin', '/pact-compliance?regionCode=bali')).statusCode).toBe(400);
  });
});

// Reporters and anonymous callers: the authorization matrix (src/server/authorization-matrix-pact-compliance.test.ts).
