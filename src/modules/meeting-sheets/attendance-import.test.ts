import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, multipartBody, openTestApp, requestAs, signIn, TEST_ORIGIN } from '../../../test/helpers.js';

const clock = { now: () => new Date('2024-08-01T02:00:00Z') };
let ctx: Awaited<ReturnType<typeof openTestApp>>;
const password = 'attendance desk password';
const session: Record<'coordinator' | 'ntb' | 'viewer' | 'officer', string> = { coordinator: '', ntb: '', viewer: '', officer: '' };
const unit: Record<string, number> = {};
let meetingId = 0;

beforeAll(async () => {
  ctx = await openTestApp(clock);
  const db = ctx.database;
  unit.kesbangpol = await createTestUnit(db, 'KESBANGPOL', '51', 'Badan Kesbangpol Provinsi Bali');
  unit.polda = await createTestUnit(db, 'POLRI', '51', 'Polda Bali');
  unit.kejati = await createTestUnit(db, 'KEJAKSAAN', '51', 'Kejati Bali');
  unit.bawaslu = await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  unit.dprd = await createTestUnit(db, 'DPRD', '51', 'DPRD Provinsi Bali');
  unit.jayapura = await createTestUnit(db, 'KPU', '91.03', 'KPU Kabupaten Jayapura');
  unit.ntb = await createTestUnit(db, 'KESBANGPOL', '52', 'Bakesbangpol NTB');
  const made = Number((await db.db.execute<{ id: number }>(sql`
    insert into people (full_name, position, unit_id) values ('I Made Sudarma', 'Ketua', ${unit.bawaslu}) returning id`)).rows[0]!.id);
  await createTestUser(db, { email: 'coord@a.id', password, role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(db, { email: 'ntb@a.id', password, role: 'coordinator', scopeRegionCode: '52' });
  await createTestUser(db, { email: 'viewer@a.id', password, role: 'viewer', scopeRegionCode: '51' });
  await createTestUser(db, { email: 'officer@a.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: unit.bawaslu });
  for (const who of Object.keys(session) as (keyof typeof session)[]) session[who] = await signIn(ctx.app, `${who === 'coordinator' ? 'coord' : who}@a.id`, password);
  const meeting = await call('coordinator', 'POST', '/meetings', {
    kind: 'rakor', title: 'Rapat kesiapan Pilkada Bali', organiserUnitId: unit.kesbangpol, regionCodes: ['51', '51.06'],
    startsAt: '2024-07-30T09:00:00+08:00', endsAt: '2024-07-30T13:00:00+08:00',
  });
  meetingId = meeting.json().id;
  const invited = await call('coordinator', 'POST', `/meetings/${meetingId}/invitations`, { unitIds: [unit.polda, unit.kejati, unit.bawaslu], personIds: [made] });
  expect(invited.json().added).toBe(4);
});
afterAll(async () => ctx?.close());

/** Every test starts from the invitations as sent: nobody present yet, only the four invited. */
beforeEach(async () => {
  await ctx.database.db.execute(sql`delete from meeting_invitations where meeting_id = ${meetingId} and unit_id = ${unit.dprd ?? 0}`);
  await ctx.database.db.execute(sql`update meeting_invitations set attended_at = null, representative = null where meeting_id = ${meetingId}`);
});

function call(who: keyof typeof session | null, method: 'GET' | 'POST', url: string, payload?: unknown) {
  return requestAs(ctx.app, who ? session[who] : undefined, method, url, payload);
}

function upload(content: Buffer | string, { who = 'coordinator' as keyof typeof session | null, query = '', filename = 'hadir.csv', lang = 'id', id = meetingId } = {}) {
  const { payload, contentType } = multipartBody({ content, filename });
  return ctx.app.inject({
    method: 'POST', url: `/api/v1/meetings/${id}/attendance/import${query}`, payload,
    headers: { origin: TEST_ORIGIN, 'content-type': contentType, 'accept-language': lang },
    ...(who ? { cookies: { sinergi_session: session[who] } } : {}),
  });
}

/** Attendance as stored: unit or person name → arrival instant (null when absent). */
async function attendance(): Promise<Record<string, string | null>> {
  const rows = await ctx.database.db.execute<{ who: string; attended_at: unknown }>(sql`
    select coalesce(p.full_name, u.name) as who, i.attended_at from meeting_invitations i
    left join units u on u.id = i.unit_id left join people p on p.id = i.person_id where i.meeting_id = ${meetingId}`);
  return Object.fromEntries(rows.rows.map((row) => [row.who, row.attended_at == null ? null : new Date(String(row.attended_at)).toISOString()]));
}

const nobody = { 'Polda Bali': null, 'Kejati Bali': null, 'Bawaslu Kabupaten Bangli': null, 'I Made Sudarma': null };
const CLEAN = 'unit;nama;hadir;jam datang\nPolda Bali;;ya;08:55\n;I Made Sudarma;✓;9.05\nKejati Bali;;tidak;\n';
const BAD = 'unit,hadir,jam\nPolda Bali,ya,08:55\nPolres Antah,ya,09:00\nKejati Bali,mungkin,09:00\nBawaslu Kabupaten Bangli,ya,jam sembilan\n';

describe('attendance import', () => {
  it('checks without writing on a dry run', async () => {
    const response = await upload(CLEAN, { query: '?dryRun=true' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: 3, updated: 2, invited: 0, unchanged: 1, dryRun: true, applied: false, errors: [] });
    expect(await attendance()).toEqual(nobody);
  });

  it('takes attendance from a clean CSV, arrival times in the meeting’s zone (WITA), each change audited', async () => {
    const auditBefore = await auditCount();
    const response = await upload(CLEAN);
    expect(response.json()).toMatchObject({ updated: 2, unchanged: 1, applied: true, errors: [] });
    expect(await attendance()).toEqual({ ...nobody, 'Polda Bali': '2024-07-30T00:55:00.000Z', 'I Made Sudarma': '2024-07-30T01:05:00.000Z' });
    expect(await auditCount()).toBe(auditBefore + 2);
    // The same file again changes nothing.
    expect((await upload(CLEAN)).json()).toMatchObject({ updated: 0, unchanged: 3, applied: false });
  });

  it('reads XLSX with real time cells and numbers for yes/no', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Absensi');
    sheet.addRow(['Unit ID', 'Kehadiran', 'Jam hadir']);
    sheet.addRow([unit.kejati, 1, new Date(Date.UTC(1899, 11, 30, 9, 10))]).getCell(3).numFmt = 'hh:mm';
    sheet.addRow(['Polda Bali', 'y', new Date(Date.UTC(2024, 6, 30, 8, 40))]).getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(bytes, { filename: 'absensi.xlsx' });
    expect(response.json()).toMatchObject({ updated: 2, applied: true, errors: [] });
    expect(await attendance()).toMatchObject({ 'Kejati Bali': '2024-07-30T01:10:00.000Z', 'Polda Bali': '2024-07-30T00:40:00.000Z' });
  });

  it('reports every bad row in the caller’s language and writes nothing', async () => {
    const english = (await upload(BAD, { lang: 'en' })).json();
    expect(english).toMatchObject({ rows: 4, updated: 1, applied: false });
    expect(english.errors).toEqual([
      { row: 3, column: 'unit', problem: 'unit_unknown', value: 'Polres Antah', message: 'Unknown unit (neither invited to this meeting nor a unit of its regions)' },
      { row: 4, column: 'present', problem: 'present_invalid', value: 'mungkin', message: 'Write yes/no in the present column (or hadir, 1/0, ✓)' },
      { row: 5, column: 'arrival', problem: 'arrival_invalid', value: 'jam sembilan', message: 'Arrival time not understood (e.g. 09:30 or 2024-07-30 09:30)' },
    ]);
    const indonesian = (await upload(BAD, { query: '?dryRun=false' })).json();
    expect(indonesian.errors[2].message).toBe('Jam datang tidak terbaca (contoh 09:30 atau 2024-07-30 09:30)');
    // The lang parameter wins over Accept-Language.
    expect((await upload(BAD, { query: '?lang=en', lang: 'id' })).json().errors[0].message).toMatch(/^Unknown unit/);
    expect(await attendance()).toEqual(nobody);
  });

  it('applies the valid rows of a file with problems when asked to keep them', async () => {
    const response = (await upload(BAD, { query: '?keepValid=true' })).json();
    expect(response).toMatchObject({ updated: 1, applied: true });
    expect(response.errors).toHaveLength(3);
    expect(await attendance()).toEqual({ ...nobody, 'Polda Bali': '2024-07-30T00:55:00.000Z' });
  });

  it('invites a known unit of the meeting’s regions only when asked, never one outside them', async () => {
    const csv = `unit,hadir,jam\nDPRD Provinsi Bali,ya,09:20\n${unit.jayapura},ya,09:00\n`;
    const refused = (await upload(csv, { lang: 'en' })).json();
    expect(refused.errors.map((e: { row: number; problem: string }) => [e.row, e.problem])).toEqual([[2, 'not_invited'], [3, 'unit_unknown']]);
    const invited = (await upload(csv, { query: '?invite=true&keepValid=true' })).json();
    expect(invited).toMatchObject({ invited: 1, applied: true, changes: [{ row: 2, unitId: unit.dprd, invitationId: expect.any(Number), attendedAt: '2024-07-30T01:20:00.000Z' }] });
    expect(invited.errors.map((e: { problem: string }) => e.problem)).toEqual(['unit_unknown']);
    expect((await attendance())['DPRD Provinsi Bali']).toBe('2024-07-30T01:20:00.000Z');
  });

  it('round-trips the attendance export: download, tick, send back', async () => {
    const exported = await call('coordinator', 'GET', `/meetings/${meetingId}/attendance.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    sheet.eachRow((row, number) => {
      if (row.getCell(1).text === 'Kejati Bali') {
        row.getCell(6).value = 'ya';
        row.getCell(7).value = '09:15';
        row.getCell(8).value = 'Aspidum Kejati Bali';
      }
      expect(number).toBeGreaterThan(0);
    });
    const response = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), { filename: 'kehadiran.xlsx' });
    expect(response.json()).toMatchObject({ rows: 4, updated: 1, unchanged: 3, errors: [] });
    expect((await attendance())['Kejati Bali']).toBe('2024-07-30T01:15:00.000Z');
    const representative = await ctx.database.db.execute(sql`select representative from meeting_invitations where meeting_id = ${meetingId} and unit_id = ${unit.kejati}`);
    expect(representative.rows[0]).toEqual({ representative: 'Aspidum Kejati Bali' });
  });

  it.each([
    ['a binary file', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]), 415],
    ['a zip that is no workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 415],
    ['no unit or name column', 'instansi,hadir\nPolda,ya\n', 400],
    ['no present or arrival column', 'unit,catatan\nPolda Bali,x\n', 400],
    ['an empty file', '', 400],
  ])('refuses %s (%i)', async (_label, content, status) => {
    const response = await upload(content);
    expect(response.statusCode).toBe(status);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'message']);
  });

  it('refuses a workbook whose cells spell a NUL (_x0000_), which no text column can hold', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('a').addRows([['unit', 'hadir'], ['Polda_x0000_Bali', 'ya']]);
    const response = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), { filename: 'nul.xlsx' });
    expect(response.statusCode).toBe(400);
  });

  it('refuses a request that is not multipart', async () => {
    const response = await call('coordinator', 'POST', `/meetings/${meetingId}/attendance/import`, { file: 'x' });
    expect(response.statusCode).toBe(415);
  });

  it('lets only those who take attendance import: 403 for invited officers and viewers, 404 outside scope', async () => {
    expect((await upload(CLEAN, { who: 'officer' })).statusCode).toBe(403);
    expect((await upload(CLEAN, { who: 'viewer' })).statusCode).toBe(403);
    expect((await upload(CLEAN, { who: 'ntb' })).statusCode).toBe(404);
    // Outside scope the file is never looked at: a broken one is still a 404.
    expect((await upload(Buffer.from([0, 1, 2]), { who: 'ntb' })).statusCode).toBe(404);
    expect((await upload(CLEAN, { id: 999_999 })).statusCode).toBe(404);
    expect((await upload(CLEAN, { who: null })).statusCode).toBe(401);
    expect(await attendance()).toEqual(nobody);
  });
});

async function auditCount(): Promise<number> {
  const rows = await ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'meeting.attendance.import'`);
  return Number(rows.rows[0]!.n);
}
