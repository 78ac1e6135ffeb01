import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIncidentDesk, report, type Who } from './test-desk.js';

/** The clock moves as the case goes on; it starts Wednesday 20 November 2024, 11:00 WITA. */
let now = '2024-11-20T03:00:00Z';
const clock = { now: () => new Date(now) };

/** Moves the clock; sessions idle for more than 8 hours have ended, so everyone signs in again. */
async function moveClock(to: string) {
  now = to;
  await desk.signInAgain();
}
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
});
afterAll(async () => desk?.close());

async function submit(change: Record<string, unknown> = {}): Promise<number> {
  const response = await desk.call('reporter', 'POST', '/incidents', report(change));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function move(who: Who, id: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const { version } = (await desk.call('admin', 'GET', `/incidents/${id}`)).json();
  return desk.call(who, 'POST', `/incidents/${id}/transitions`, { version, ...body }, headers);
}

describe('a report from intake to closing', () => {
  it('is verified, referred to Bawaslu, followed up and closed, each step with its reason, actor, audit row and clock', async () => {
    const id = await submit();
    await moveClock('2024-11-20T05:00:00Z');
    const verified = await move('officer', id, { action: 'verifikasi', reason: 'Dikonfirmasi Panwaslu Kelurahan Apuan' });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'terverifikasi', version: 2, actions: ['teruskan'] });

    await moveClock('2024-11-21T01:00:00Z'); // Thursday 09:00 WITA
    const referred = await move('officer', id, { action: 'teruskan', reason: 'Dugaan pelanggaran, ranah Bawaslu', unitId: desk.units.bawasluBangli });
    expect(referred.statusCode, referred.body).toBe(200);
    const body = referred.json();
    expect(body).toMatchObject({ status: 'diteruskan', version: 3, referredUnit: { id: desk.units.bawasluBangli, agencyCode: 'BAWASLU', regionCode: '51.06' } });
    const clocks = Object.fromEntries(body.deadlines.map((d: { clock: string }) => [d.clock, d]));
    expect(clocks.pelaporan).toMatchObject({ state: 'met', metAt: '2024-11-21T01:00:00.000Z' });
    // Pilkada: Bawaslu has 3 calendar days from Thursday 21 → Sunday 24, 23:59:59.999 WITA.
    expect(clocks.kajian_bawaslu).toMatchObject({ state: 'running', startedAt: '2024-11-21T01:00:00.000Z', dueDate: '2024-11-24', dueAt: '2024-11-24T15:59:59.999Z' });
    expect(clocks.penyidikan).toMatchObject({ state: 'not_started' });

    await moveClock('2024-11-25T00:00:00Z');
    const late = (await desk.call('bali', 'GET', `/incidents/${id}`)).json();
    expect(late.deadlines[1]).toMatchObject({ clock: 'kajian_bawaslu', state: 'overdue', overdue: true });

    const followed = await move('officer', id, { action: 'tindak_lanjuti', reason: 'Kajian awal selesai, diregistrasi' });
    expect(followed.statusCode, followed.body).toBe(200);
    expect(followed.json().deadlines[1]).toMatchObject({ state: 'met_late', overdue: false });
    const closed = await move('bali', id, { action: 'selesaikan', reason: 'Rekomendasi diteruskan ke KPU' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'selesai', version: 5, actions: [] });

    const story = closed.json().transitions.map((t: Record<string, unknown>) => [t.action, t.fromStatus, t.toStatus, t.actorLabel]);
    expect(story).toEqual([
      ['verifikasi', 'baru', 'terverifikasi', 'officer@ins.id'],
      ['teruskan', 'terverifikasi', 'diteruskan', 'officer@ins.id'],
      ['tindak_lanjuti', 'diteruskan', 'ditindaklanjuti', 'officer@ins.id'],
      ['selesaikan', 'ditindaklanjuti', 'selesai', 'bali@ins.id'],
    ]);
    expect(closed.json().transitions[1]).toMatchObject({ unit: { id: desk.units.bawasluBangli, name: 'Bawaslu Kabupaten Bangli' }, reason: 'Dugaan pelanggaran, ranah Bawaslu' });
    const [audit] = await desk.auditRows('incident.teruskan', String(id));
    expect(audit?.changes).toEqual({
      status: ['terverifikasi', 'diteruskan'], referredUnitId: [null, desk.units.bawasluBangli], reason: [null, 'Dugaan pelanggaran, ranah Bawaslu'], version: [2, 3],
    });
    expect(audit?.region_code).toBe('51.06.01.2001');
    expect((await desk.auditRows('incident.selesaikan', String(id)))).toHaveLength(1);
  });
});

describe('refusals', () => {
  it('the list gives each report on a page its own transitions: only the referred one has a running Bawaslu clock', async () => {
    const referred = await submit();
    const untouched = await submit();
    expect((await move('officer', referred, { action: 'verifikasi', reason: 'Dikonfirmasi' })).statusCode).toBe(200);
    expect((await move('officer', referred, { action: 'teruskan', reason: 'Ranah Bawaslu', unitId: desk.units.bawasluBangli })).statusCode).toBe(200);
    const listed = await desk.call('admin', 'GET', '/incidents?limit=500');
    expect(listed.statusCode, listed.body).toBe(200);
    type Listed = { id: number; deadlines: Array<{ clock: string; state: string }> };
    const byId = new Map((listed.json().items as Listed[]).map((item) => [item.id, item]));
    const clockState = (id: number) => byId.get(id)!.deadlines.find((d) => d.clock === 'kajian_bawaslu')?.state;
    expect(clockState(referred)).toBe('running');
    expect(clockState(untouched)).toBe('not_started');
  });

  it('an action its status does not allow is 409 conflict, and says which status it is in', async () => {
    const id = await submit();
    const response = await move('bali', id, { action: 'selesaikan', reason: 'Sudah beres' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ code: 'conflict', message: expect.stringContaining('“selesaikan” tidak dapat dilakukan pada laporan berstatus baru') });
    expect((await move('bali', id, { action: 'selesaikan', reason: 'Done' }, { 'accept-language': 'en' })).json().message).toContain('“close” is not possible on a report that is new');
  });

  it('a stale version is 409 stale_version naming what changed, and nothing moves', async () => {
    const id = await submit();
    expect((await move('bali', id, { action: 'verifikasi', reason: 'Benar' })).statusCode).toBe(200);
    const stale = await desk.call('bali', 'POST', `/incidents/${id}/transitions`, { action: 'tolak', reason: 'Tidak benar', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version', details: { current: { status: 'terverifikasi', version: 2 } } });
    expect([...stale.json().details.changed].sort()).toEqual(['reason', 'status']);
    expect((await desk.call('bali', 'GET', `/incidents/${id}`)).json()).toMatchObject({ status: 'terverifikasi', version: 2 });
  });

  it('two people deciding at once: one wins, the other gets 409, one transition is stored', async () => {
    const id = await submit();
    const [a, b] = await Promise.all([
      desk.call('bali', 'POST', `/incidents/${id}/transitions`, { action: 'verifikasi', reason: 'Benar', version: 1 }),
      desk.call('officer', 'POST', `/incidents/${id}/transitions`, { action: 'tolak', reason: 'Keliru', version: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(await desk.count('incident_transitions', sqlIncident(id))).toBe(1);
  });

  it.each([
    ['a blank reason', { action: 'verifikasi', reason: '  ' }, 'reason'],
    ['a referral without a unit', { action: 'teruskan', reason: 'Ke Bawaslu' }, 'unitId wajib diisi'],
    ['a unit where none belongs', { action: 'tolak', reason: 'Bukan pelanggaran', unitId: 1 }, 'unitId hanya diisi'],
    ['a duplicate without the report it repeats', { action: 'tandai_duplikat', reason: 'Sama' }, 'duplicateOf wajib diisi'],
  ])('%s is 400', async (_name, body, words) => {
    const id = await submit();
    if (body.action === 'teruskan') expect((await move('bali', id, { action: 'verifikasi', reason: 'Benar' })).statusCode).toBe(200);
    const response = await move('bali', id, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().message).toContain(words);
  });

  it('refers only to a unit the caller reaches, or one above the incident (escalation)', async () => {
    const id = await submit();
    await move('bali', id, { action: 'verifikasi', reason: 'Benar' });
    const lombok = await move('bali', id, { action: 'teruskan', reason: 'Salah alamat', unitId: desk.units.kpuLombok });
    expect(lombok.statusCode).toBe(400);
    expect(lombok.json().message).toContain('unitId: unit tidak dikenal');
    expect((await move('bali', id, { action: 'teruskan', reason: 'Ke unit yang tidak ada', unitId: 2_000_000 })).statusCode).toBe(400);
    // An officer of Bangli reaches the provincial Gakkumdu above the incident's region.
    expect((await move('officer', id, { action: 'teruskan', reason: 'Dugaan tindak pidana', unitId: desk.units.gakkumduBali })).statusCode).toBe(200);
  });

  it('a duplicate names an earlier report the caller sees, not itself, not another duplicate', async () => {
    const original = await submit();
    const copy = await submit();
    const third = await submit();
    expect((await move('bali', copy, { action: 'tandai_duplikat', reason: 'Sama', duplicateOf: copy })).json().message).toContain('dirinya sendiri');
    expect((await move('bali', copy, { action: 'tandai_duplikat', reason: 'Sama', duplicateOf: 2_000_000 })).statusCode).toBe(400);
    const marked = await move('bali', copy, { action: 'tandai_duplikat', reason: 'Laporan yang sama dari warga lain', duplicateOf: original });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ status: 'duplikat', duplicateOf: { id: original }, actions: [] });
    expect(marked.json().deadlines[0]).toMatchObject({ clock: 'pelaporan', state: 'stopped' });
    const chained = await move('bali', third, { action: 'tandai_duplikat', reason: 'Sama', duplicateOf: copy });
    expect(chained.statusCode).toBe(400);
    expect(chained.json().message).toContain('tunjuk laporan aslinya');
  });
});

describe('who may move a report', () => {
  it('viewers and reporters may not (403); others outside the region do not see it (404)', async () => {
    const id = await submit();
    expect((await move('viewer', id, { action: 'verifikasi', reason: 'Benar' })).statusCode).toBe(403);
    expect((await move('reporter', id, { action: 'verifikasi', reason: 'Benar' })).statusCode).toBe(403);
    expect((await move('ntb', id, { action: 'verifikasi', reason: 'Benar' })).statusCode).toBe(404);
    expect((await move('reporter2', id, { action: 'verifikasi', reason: 'Benar' })).statusCode).toBe(404);
    expect(await desk.count('incident_transitions', sqlIncident(id))).toBe(0);
  });

  it('once referred, the receiving unit acts on it even from another province and reads the contact; the officer who triaged it no longer may', async () => {
    const id = await submit();
    await move('officer', id, { action: 'verifikasi', reason: 'Benar' });
    // Only an administrator reaches Polda NTB from a Bali report.
    expect((await move('admin', id, { action: 'teruskan', reason: 'Pelaku lari ke Lombok', unitId: desk.units.poldaNtb })).statusCode).toBe(200);
    const seen = (await desk.call('poldaNtb', 'GET', `/incidents/${id}`)).json();
    expect(seen).toMatchObject({ status: 'diteruskan', actions: ['teruskan', 'tindak_lanjuti'], reporter: { contact: '+62 812-3456-7890', hidden: false } });
    expect((await desk.call('poldaNtb', 'GET', '/incidents')).json().items.map((i: { id: number }) => i.id)).toEqual([id]);
    expect((await desk.call('ntb', 'GET', `/incidents/${id}`)).statusCode).toBe(404);
    expect((await move('officer', id, { action: 'tindak_lanjuti', reason: 'Saya tindak lanjuti' })).statusCode).toBe(403);
    const followed = await move('poldaNtb', id, { action: 'tindak_lanjuti', reason: 'Pelaku diperiksa Polres Lombok Barat' });
    expect(followed.statusCode, followed.body).toBe(200);
    expect(followed.json().transitions.at(-1)).toMatchObject({ actorLabel: 'polda@ins.id', toStatus: 'ditindaklanjuti' });
  });
});

function sqlIncident(id: number) {
  return sql`incident_id = ${id}`;
}
