import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, openTestApp, requestAs, signIn } from '../../../test/helpers.js';

const clock = { now: () => new Date('2024-09-02T02:00:00Z') };
let ctx: Awaited<ReturnType<typeof openTestApp>>;
const password = 'meeting rules password';
const session: Record<'bali' | 'bangli' | 'papua' | 'officer', string> = { bali: '', bangli: '', papua: '', officer: '' };
const unit: Record<string, number> = {};
const meeting: Record<string, number> = {};

beforeAll(async () => {
  ctx = await openTestApp(clock);
  const db = ctx.database;
  unit.kesbangpolBali = await createTestUnit(db, 'KESBANGPOL', '51', 'Badan Kesbangpol Provinsi Bali');
  unit.kesbangpolBangli = await createTestUnit(db, 'KESBANGPOL', '51.06', 'Kesbangpol Kabupaten Bangli');
  unit.pemdaBangli = await createTestUnit(db, 'PEMDA', '51.06', 'Pemerintah Kabupaten Bangli');
  unit.polresBangli = await createTestUnit(db, 'POLRI', '51.06', 'Polres Bangli');
  unit.kpuBangli = await createTestUnit(db, 'KPU', '51.06', 'KPU Kabupaten Bangli');
  unit.bawasluBangli = await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  unit.kpuBali = await createTestUnit(db, 'KPU', '51', 'KPU Provinsi Bali');
  unit.kesbangpolPapua = await createTestUnit(db, 'KESBANGPOL', '91', 'Kesbangpol Provinsi Papua');
  await createTestUser(db, { email: 'bali@r.id', password, role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(db, { email: 'bangli@r.id', password, role: 'coordinator', scopeRegionCode: '51.06' });
  await createTestUser(db, { email: 'papua@r.id', password, role: 'coordinator', scopeRegionCode: '91' });
  await createTestUser(db, { email: 'officer@r.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: unit.kpuBangli });
  for (const who of Object.keys(session) as (keyof typeof session)[]) session[who] = await signIn(ctx.app, `${who}@r.id`, password);

  const base = { mode: 'luring', endsAt: null };
  meeting.provincial = (await call('bali', 'POST', '/meetings', { ...base, kind: 'rakor', title: 'Rakor kesiapan pengamanan', organiserUnitId: unit.kesbangpolBali, regionCodes: ['51'], startsAt: '2024-08-05T09:00:00+08:00' })).json().id;
  meeting.bangli = (await call('bangli', 'POST', '/meetings', { ...base, kind: 'sosialisasi', title: 'Sosialisasi netralitas ASN', organiserUnitId: unit.kesbangpolBangli, regionCodes: ['51.06'], startsAt: '2024-08-20T09:00:00+08:00' })).json().id;
  meeting.declaration = (await call('bali', 'POST', '/meetings', { ...base, kind: 'apel_deklarasi', title: 'Apel deklarasi damai', organiserUnitId: unit.kpuBali, regionCodes: ['51.06'], startsAt: '2024-09-01T08:00:00+08:00' })).json().id;
  meeting.papua = (await call('papua', 'POST', '/meetings', { ...base, kind: 'rakor', title: 'Rakor kesiapan Papua', organiserUnitId: unit.kesbangpolPapua, regionCodes: ['91'], startsAt: '2024-08-06T10:00:00+09:00' })).json().id;
});
afterAll(async () => ctx?.close());

function call(who: keyof typeof session, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  return requestAs(ctx.app, session[who], method, url, payload);
}
const ids = async (who: keyof typeof session, query: string) => (await call(who, 'GET', `/meetings?${query}`)).json().items.map((m: { id: number }) => m.id);

describe('meeting list filters', () => {
  it('lists newest first, each in its own zone', async () => {
    expect(await ids('bali', '')).toEqual([meeting.declaration, meeting.bangli, meeting.provincial]);
    const papua = (await call('papua', 'GET', `/meetings/${meeting.papua}`)).json();
    expect(papua).toMatchObject({ timeZone: 'WIT', level: 'provinsi' });
  });

  it('filters by covered region (with its subtree), kind and time range', async () => {
    expect(await ids('bali', 'region=51.06')).toEqual([meeting.declaration, meeting.bangli]);
    expect(await ids('bali', 'kind=sosialisasi')).toEqual([meeting.bangli]);
    expect(await ids('bali', `from=${encodeURIComponent('2024-08-10T00:00:00+08:00')}&to=${encodeURIComponent('2024-08-31T23:59:59+08:00')}`)).toEqual([meeting.bangli]);
  });

  it('filters by agency, as organiser or as invited unit', async () => {
    expect(await ids('bali', 'agency=KPU')).toEqual([meeting.declaration]);
    await call('bangli', 'POST', `/meetings/${meeting.bangli}/invitations`, { unitIds: [unit.kpuBangli] });
    expect(await ids('bali', 'agency=KPU')).toEqual([meeting.declaration, meeting.bangli]);
  });

  it('never shows another province’s meetings, whatever the filter asks', async () => {
    expect(await ids('papua', 'region=51')).toEqual([]);
    expect(await ids('bali', 'region=91')).toEqual([]);
    expect((await call('bali', 'GET', '/meetings?region=99.99')).statusCode).toBe(200);
    expect((await call('bali', 'GET', '/meetings?kind=pesta')).statusCode).toBe(400);
  });
});

describe('meeting rules', () => {
  it('resolves a kabupaten template to the units of that kabupaten and names the missing agencies', async () => {
    const invited = await call('bangli', 'POST', `/meetings/${meeting.bangli}/invitations`, { template: 'forkopimda_penyelenggara', templateRegion: '51.06' });
    expect(invited.statusCode).toBe(200);
    // KPU Bangli was invited already: only the other four units present in Bangli are added.
    expect(invited.json().added).toBe(4);
    expect(invited.json().missingAgencies.sort()).toEqual(['DPRD', 'KEJAKSAAN', 'TNI']);
    const unitIds = invited.json().invitations.map((i: { unitId: number }) => i.unitId).sort((a: number, b: number) => a - b);
    expect(unitIds).toEqual([unit.kesbangpolBangli, unit.pemdaBangli, unit.polresBangli, unit.kpuBangli, unit.bawasluBangli].sort((a, b) => a! - b!));
  });

  it('refuses a template for a region outside the meeting’s scope of visibility', async () => {
    const response = await call('bangli', 'POST', `/meetings/${meeting.bangli}/invitations`, { template: 'forkopimda', templateRegion: '91' });
    expect([400, 403]).toContain(response.statusCode);
  });

  it('refuses a stale finding save with 409 and keeps the first', async () => {
    const finding = (await call('bangli', 'POST', `/meetings/${meeting.bangli}/findings`, { problem: 'Hoaks di grup percakapan', domain: 'hoaks', regionCode: '51.06', severity: 'sedang' })).json();
    expect((await call('bangli', 'PATCH', `/meetings/${meeting.bangli}/findings/${finding.id}`, { version: finding.version, severity: 'tinggi' })).statusCode).toBe(200);
    const stale = await call('bangli', 'PATCH', `/meetings/${meeting.bangli}/findings/${finding.id}`, { version: finding.version, problem: 'Lain' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().details.changed).toEqual(['severity']);
    const kept = (await call('bangli', 'GET', `/meetings/${meeting.bangli}`)).json().findings.find((f: { id: number }) => f.id === finding.id);
    expect(kept).toMatchObject({ problem: 'Hoaks di grup percakapan', severity: 'tinggi' });
  });

  it('lets an invited officer read the meeting but not record or remove its parts', async () => {
    const detail = await call('officer', 'GET', `/meetings/${meeting.bangli}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().canEdit).toBe(false);
    expect((await call('officer', 'POST', `/meetings/${meeting.bangli}/decisions`, { text: 'Keputusan' })).statusCode).toBe(403);
    const finding = detail.json().findings[0];
    expect((await call('officer', 'DELETE', `/meetings/${meeting.bangli}/findings/${finding.id}`)).statusCode).toBe(403);
    expect((await call('bangli', 'DELETE', `/meetings/${meeting.bangli}/findings/${finding.id}`)).statusCode).toBe(204);
    expect((await call('bangli', 'DELETE', `/meetings/${meeting.bangli}/findings/${finding.id}`)).statusCode).toBe(404);
  });

  it('records who chairs and who takes the minutes, and clears a name with null', async () => {
    const named = await call('bangli', 'PATCH', `/meetings/${meeting.bangli}`, { version: 1, chairName: 'I Wayan Sukadana', chairPosition: 'Sekretaris Daerah', minuteTakerName: 'Ni Kadek Ayu' });
    expect(named.statusCode).toBe(200);
    expect(named.json()).toMatchObject({ chairName: 'I Wayan Sukadana', chairPosition: 'Sekretaris Daerah', minuteTakerName: 'Ni Kadek Ayu', minuteTakerPosition: null, version: 2 });
    const cleared = await call('bangli', 'PATCH', `/meetings/${meeting.bangli}`, { version: 2, minuteTakerName: null });
    expect(cleared.json()).toMatchObject({ chairName: 'I Wayan Sukadana', minuteTakerName: null, version: 3 });
    expect((await call('bangli', 'PATCH', `/meetings/${meeting.bangli}`, { version: 3, chairName: 'x'.repeat(201) })).statusCode).toBe(400);
  });

  it('lets a kabupaten coordinator read but not change a provincial meeting that covers its kabupaten', async () => {
    const detail = await call('bangli', 'GET', `/meetings/${meeting.declaration}`);
    expect(detail.statusCode).toBe(200);
    expect((await call('bangli', 'GET', `/meetings/${meeting.provincial}`)).statusCode).toBe(404);
    const patch = await call('bangli', 'PATCH', `/meetings/${meeting.declaration}`, { version: 1, venue: 'Lapangan' });
    expect(patch.statusCode).toBe(403);
  });
});
