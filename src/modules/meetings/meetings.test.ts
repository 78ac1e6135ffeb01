import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOverdue } from '../../domain/meetings/action-items.js';
import { timeZoneOfRegion } from '../../domain/regions/timezones.js';
import { createTestUnit, createTestUser, openTestApp, requestAs, signIn } from '../../../test/helpers.js';

let at = Date.parse('2024-08-01T02:00:00Z');
const clock = { now: () => new Date(at) };
let ctx: Awaited<ReturnType<typeof openTestApp>>;
const password = 'meeting desk password';
const session: Record<'coordinator' | 'officer' | 'ntb' | 'viewer', string> = { coordinator: '', officer: '', ntb: '', viewer: '' };
const unit: Record<string, number> = {};

beforeAll(async () => {
  ctx = await openTestApp(clock);
  const db = ctx.database;
  unit.kesbangpol = await createTestUnit(db, 'KESBANGPOL', '51', 'Badan Kesbangpol Provinsi Bali');
  unit.pemda = await createTestUnit(db, 'PEMDA', '51', 'Pemerintah Provinsi Bali');
  unit.dprd = await createTestUnit(db, 'DPRD', '51', 'DPRD Provinsi Bali');
  unit.polda = await createTestUnit(db, 'POLRI', '51', 'Polda Bali');
  unit.kejati = await createTestUnit(db, 'KEJAKSAAN', '51', 'Kejati Bali');
  unit.bawasluBangli = await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  unit.kpuJayapura = await createTestUnit(db, 'KPU', '91.03', 'KPU Kabupaten Jayapura');
  unit.ntb = await createTestUnit(db, 'KESBANGPOL', '52', 'Bakesbangpol NTB');
  await createTestUser(db, { email: 'coord@m.id', password, role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(db, { email: 'officer@m.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: unit.bawasluBangli });
  await createTestUser(db, { email: 'ntb@m.id', password, role: 'coordinator', scopeRegionCode: '52' });
  await createTestUser(db, { email: 'viewer@m.id', password, role: 'viewer', scopeRegionCode: '51' });
  await signInAll();
});

/** Sessions expire after hours idle: when the test clock jumps days ahead, everyone signs in again. */
async function signInAll() {
  for (const who of Object.keys(session) as (keyof typeof session)[]) session[who] = await signIn(ctx.app, `${who === 'coordinator' ? 'coord' : who}@m.id`, password);
}

async function travelTo(instant: string) {
  at = Date.parse(instant);
  await signInAll();
}
afterAll(async () => ctx?.close());

function call(who: keyof typeof session, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  return requestAs(ctx.app, session[who], method, url, payload);
}

const readiness = () => ({
  kind: 'rakor', title: 'Rapat Kesiapan Pilkada Serentak di Bali', organiserUnitId: unit.kesbangpol, regionCodes: ['51', '51.06'],
  electionId: 'pilkada-2024', startsAt: '2024-07-30T09:00:00+08:00', endsAt: '2024-07-30T13:00:00+08:00', venue: 'Gedung Kertha Sabha',
  mode: 'luring', legalBasis: ['Undang-Undang Nomor 10 Tahun 2016', 'permendagri no. 61 tahun 2011'], agenda: 'Kesiapan logistik dan keamanan',
});

describe('meetings', () => {
  let meetingId = 0;

  it('records a meeting in its region’s zone with legal bases normalised, and audits it', async () => {
    const response = await call('coordinator', 'POST', '/meetings', readiness());
    expect(response.statusCode).toBe(201);
    const meeting = response.json();
    meetingId = meeting.id;
    expect(meeting).toMatchObject({
      timeZone: 'WITA', level: 'provinsi', startsAt: '2024-07-30T01:00:00.000Z', legalBasis: ['UU 10/2016', 'PERMENDAGRI 61/2011'], version: 1,
      organiser: { unitId: unit.kesbangpol, agencyCode: 'KESBANGPOL', regionCode: '51' },
      regions: [{ code: '51', name: 'Bali' }, { code: '51.06', name: 'Kabupaten Bangli' }],
    });
    const audit = await ctx.database.db.execute(sql`select action from audit_log where entity_type = 'meeting' and entity_id = ${String(meetingId)}`);
    expect(audit.rows.map((r) => r.action)).toEqual(['meeting.create']);
  });

  it('refuses what it cannot check: an unknown legal basis, a region outside scope, an end before the start', async () => {
    expect((await call('coordinator', 'POST', '/meetings', { ...readiness(), legalBasis: ['Peraturan Rahasia'] })).statusCode).toBe(400);
    expect((await call('coordinator', 'POST', '/meetings', { ...readiness(), regionCodes: ['51', '52'] })).statusCode).toBe(403);
    expect((await call('coordinator', 'POST', '/meetings', { ...readiness(), endsAt: '2024-07-29T09:00:00+08:00' })).statusCode).toBe(400);
    expect((await call('ntb', 'POST', '/meetings', readiness())).statusCode).toBe(400);
    expect((await call('viewer', 'POST', '/meetings', readiness())).statusCode).toBe(403);
  });

  it('is visible inside its regions and to invited units only', async () => {
    expect((await call('viewer', 'GET', `/meetings/${meetingId}`)).statusCode).toBe(200);
    expect((await call('ntb', 'GET', `/meetings/${meetingId}`)).statusCode).toBe(404);
    expect((await call('ntb', 'GET', '/meetings')).json().total).toBe(0);
    expect((await call('officer', 'GET', '/meetings')).json().items.map((m: { id: number }) => m.id)).toContain(meetingId);
  });

  it('refuses a stale save with 409 naming what changed, and never overwrites', async () => {
    const first = await call('coordinator', 'PATCH', `/meetings/${meetingId}`, { version: 1, venue: 'Wiswa Sabha' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await call('coordinator', 'PATCH', `/meetings/${meetingId}`, { version: 1, title: 'Judul lain' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version', details: { changed: ['venue'], current: { venue: 'Wiswa Sabha', version: 2 } } });
    expect((await call('coordinator', 'GET', `/meetings/${meetingId}`)).json().title).toBe(readiness().title);
  });

  it('invites Forkopimda from the template, names the agencies without a unit, and takes attendance', async () => {
    const invited = await call('coordinator', 'POST', `/meetings/${meetingId}/invitations`, { template: 'forkopimda', templateRegion: '51', unitIds: [unit.bawasluBangli] });
    expect(invited.statusCode).toBe(200);
    expect(invited.json()).toMatchObject({ added: 5, missingAgencies: ['TNI'] });
    const again = await call('coordinator', 'POST', `/meetings/${meetingId}/invitations`, { template: 'forkopimda' });
    expect(again.json().added).toBe(0);
    const polda = invited.json().invitations.find((i: { unitId: number }) => i.unitId === unit.polda);
    at = Date.parse('2024-07-30T00:55:00Z');
    const arrived = await call('coordinator', 'PATCH', `/meetings/${meetingId}/invitations/${polda.id}`, { attended: true, representative: 'Wakapolda Bali' });
    expect(arrived.json()).toMatchObject({ attendedAt: '2024-07-30T00:55:00.000Z', representative: 'Wakapolda Bali' });
    // An invited unit's officer answers its own RSVP, but does not take attendance.
    const own = invited.json().invitations.find((i: { unitId: number }) => i.unitId === unit.bawasluBangli);
    expect((await call('officer', 'PATCH', `/meetings/${meetingId}/invitations/${own.id}`, { rsvp: 'accepted' })).json().rsvp).toBe('accepted');
    expect((await call('officer', 'PATCH', `/meetings/${meetingId}/invitations/${own.id}`, { attended: true })).statusCode).toBe(403);
    expect((await call('officer', 'PATCH', `/meetings/${meetingId}/invitations/${polda.id}`, { rsvp: 'declined' })).statusCode).toBe(403);
  });

  it('records findings, strategies and action items, and the officer marks its own item done', async () => {
    const finding = (await call('coordinator', 'POST', `/meetings/${meetingId}/findings`, { problem: 'Distribusi logistik ke pulau terpencil terlambat', domain: 'logistik', regionCode: '51.06', severity: 'tinggi' })).json();
    const strategy = await call('coordinator', 'POST', `/meetings/${meetingId}/strategies`, { text: 'Percepat distribusi dengan dukungan Polda', findingIds: [finding.id] });
    expect(strategy.json()).toMatchObject({ findingIds: [finding.id] });
    const item = await call('coordinator', 'POST', `/meetings/${meetingId}/action-items`, {
      title: 'Laporkan progres distribusi logistik', ownerUnitId: unit.bawasluBangli, dueDate: '2024-08-05', findingId: finding.id, strategyId: strategy.json().id,
    });
    expect(item.statusCode).toBe(201);
    const id = item.json().id;
    // The officer may move its own unit's item on, but not reassign it.
    expect((await call('officer', 'PATCH', `/action-items/${id}`, { version: 1, dueDate: '2024-09-01' })).statusCode).toBe(403);
    const started = await call('officer', 'PATCH', `/action-items/${id}`, { version: 1, status: 'in_progress', note: 'Sudah dikoordinasikan' });
    expect(started.json()).toMatchObject({ status: 'in_progress', version: 2 });
    const stale = await call('officer', 'PATCH', `/action-items/${id}`, { version: 1, status: 'done' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().details.changed).toEqual(['note', 'status']);
    const done = await call('officer', 'PATCH', `/action-items/${id}`, { version: 2, status: 'done', note: 'Semua TPS menerima logistik' });
    expect(done.json().history.map((e: { toStatus: string | null }) => e.toStatus)).toEqual(['open', 'in_progress', 'done']);
    expect((await call('officer', 'PATCH', `/action-items/${id}`, { version: 3, status: 'cancelled' })).statusCode).toBe(400);
    const detail = (await call('viewer', 'GET', `/meetings/${meetingId}`)).json();
    expect(detail).toMatchObject({ canEdit: false, findings: [{ id: finding.id }], strategies: [{ findingIds: [finding.id] }], actionItems: [{ id, status: 'done' }] });
  });

  it('computes overdue in the owner’s zone, as the domain rule does', async () => {
    const papua = (await call('coordinator', 'POST', '/meetings', { ...readiness(), title: 'Rapat lintas zona', regionCodes: ['51'] })).json();
    // Coordinators of Bali cannot own items in Papua: the owner must be visible to them.
    expect((await call('coordinator', 'POST', `/meetings/${papua.id}/action-items`, { title: 'x', ownerUnitId: unit.kpuJayapura, dueDate: '2024-08-10' })).statusCode).toBe(400);
    const item = (await call('coordinator', 'POST', `/meetings/${papua.id}/action-items`, { title: 'Rekap kesiapan TPS', ownerUnitId: unit.pemda, dueDate: '2024-08-10' })).json();
    for (const instant of ['2024-08-10T15:59:59.999Z', '2024-08-10T16:00:00.000Z']) {
      await travelTo(instant);
      const listed = (await call('coordinator', 'GET', `/action-items?overdue=true`)).json().items.map((i: { id: number }) => i.id);
      const expected = isOverdue({ status: 'open', dueDate: '2024-08-10' }, timeZoneOfRegion('51'), new Date(at));
      expect(listed.includes(item.id)).toBe(expected);
      expect((await call('coordinator', 'GET', `/action-items/${item.id}`)).json().overdue).toBe(expected);
    }
  });

  it('shows a later meeting the pending items of earlier ones on its regions, and carries them forward', async () => {
    await travelTo('2024-08-20T02:00:00Z');
    const later = (await call('coordinator', 'POST', '/meetings', { ...readiness(), title: 'Rapat evaluasi', kind: 'monev', startsAt: '2024-08-20T09:00:00+08:00', endsAt: null })).json();
    const earlier = (await call('coordinator', 'GET', `/meetings/${later.id}/earlier-action-items`)).json().items;
    expect(earlier.map((i: { title: string }) => i.title)).toEqual(['Rekap kesiapan TPS']);
    expect(earlier[0].overdue).toBe(true);
    expect((await call('coordinator', 'POST', `/meetings/${later.id}/carry-forward`, { actionItemIds: [earlier[0].id] })).json()).toEqual({ carried: 1 });
    const detail = (await call('coordinator', 'GET', `/meetings/${later.id}`)).json();
    expect(detail.carriedItems.map((i: { id: number; meetingId: number }) => [i.id, i.meetingId])).toEqual([[earlier[0].id, earlier[0].meetingId]]);
    expect((await call('coordinator', 'GET', `/meetings/${later.id}/earlier-action-items`)).json().items).toEqual([]);
    expect((await call('coordinator', 'GET', `/action-items/${earlier[0].id}`)).json().carriedTo.map((m: { meetingId: number }) => m.meetingId)).toEqual([later.id]);
  });

  it('finds meetings, findings and action items by Indonesian full text, within scope only', async () => {
    const hits = (await call('coordinator', 'GET', '/meetings/search?q=distribusi%20logistik')).json().items;
    // Every word must match: the strategy says "distribusi" but not "logistik".
    expect(hits.map((h: { type: string }) => h.type).sort()).toEqual(['action_item', 'finding']);
    const wider = (await call('coordinator', 'GET', '/meetings/search?q=distribusi')).json().items;
    expect(wider.map((h: { type: string }) => h.type).sort()).toEqual(['action_item', 'finding', 'strategy']);
    // Indonesian stemming: "kesiapannya" finds meetings titled "Kesiapan"; the list filter uses the same index.
    expect((await call('coordinator', 'GET', '/meetings?q=kesiapannya')).json().total).toBeGreaterThan(0);
    expect((await call('ntb', 'GET', '/meetings/search?q=distribusi')).json().items).toEqual([]);
  });

  it('records a declaration and its signatures', async () => {
    const declaration = (await call('coordinator', 'POST', `/meetings/${meetingId}/declarations`, {
      title: 'Deklarasi Pilkada Damai', text: 'Kami bersepakat menjaga Pilkada yang damai.',
      signatories: [{ unitId: unit.polda, name: 'Kapolda Bali', position: 'Kepala Kepolisian Daerah' }, { name: 'Tokoh adat' }],
    })).json();
    const first = declaration.signatories[0].id;
    const signed = await call('coordinator', 'PUT', `/meetings/${meetingId}/declarations/${declaration.id}/signatories/${first}`, { signed: true });
    expect(signed.json().signatories.map((s: { signedAt: string | null }) => s.signedAt !== null)).toEqual([true, false]);
    expect((await call('coordinator', 'PUT', `/meetings/${meetingId}/declarations/${declaration.id}/signatories/999999`, { signed: true })).statusCode).toBe(404);
  });
});
