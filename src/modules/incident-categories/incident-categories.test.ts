import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client.js';
import { createServices } from '../../services.js';
import { fixedClock, requestAs } from '../../../test/helpers.js';
import { openIncidentDesk, report, type Who } from '../incidents/test-desk.js';

/** Wednesday 20 November 2024, 12:00 WITA: an hour after the desk's sample report became known. */
const clock = fixedClock('2024-11-20T04:00:00Z');
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let gatewayToken = '';

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
  const token = await desk.call('bali', 'POST', '/tokens', { name: 'Gateway SMS Bali', role: 'reporter', scopeRegionCode: '51' });
  gatewayToken = token.json().token as string;
});
afterAll(async () => {
  await desk?.close();
});

const put = (who: Who, code: string, body: unknown, lang = 'id') => requestAs(desk.app, desk.sessions[who], 'PUT', `/incident-categories/${code}`, body, { 'accept-language': lang });
const remove = (who: Who, code: string, version: number) => requestAs(desk.app, desk.sessions[who], 'DELETE', `/incident-categories/${code}?version=${version}`);

interface CategoryBody {
  code: string; version: number; active: boolean; isDefault: boolean; overridden: boolean; keywords: string[]; name: { id: string; en: string };
  defaultSeverity: string; referralAgency: string; alsoConcerns: string[];
  clocks: { code: string; pemilu: { amount: number; unit: string; configured: boolean } | null; pilkada: { amount: number; unit: string; configured: boolean; law: { amount: number; unit: string } } | null }[];
}

async function catalogue(who: Who = 'reporter'): Promise<CategoryBody[]> {
  const response = await desk.call(who, 'GET', '/incidents/categories');
  expect(response.statusCode).toBe(200);
  return response.json() as CategoryBody[];
}
const categoryIn = async (code: string) => (await catalogue()).find((category) => category.code === code);

/** The editor's body for a category as the catalogue shows it, with changes. */
function settingOf(category: CategoryBody, changes: Record<string, unknown> = {}) {
  return {
    name: category.name, keywords: category.keywords, defaultSeverity: category.defaultSeverity, referralAgency: category.referralAgency,
    alsoConcerns: category.alsoConcerns, clocks: category.clocks.map((clock) => clock.code), clockRules: {}, active: category.active,
    version: category.version, ...changes,
  };
}

const pelaporanOf = (incident: { deadlines: { clock: string; dueDate: string; amount: number; unit: string; configured: boolean }[] }) =>
  incident.deadlines.find((deadline) => deadline.clock === 'pelaporan');

function sms(text: string, messageId: string) {
  return desk.app.inject({ method: 'POST', url: '/api/v1/gateway/sms', payload: { messageId, from: '0812-3456-7890', text }, headers: { authorization: `Bearer ${gatewayToken}` } });
}

describe('the effective catalogue', () => {
  it('without settings lists the defaults, each active and not overridden, with the law’s clocks', async () => {
    const politikUang = (await categoryIn('politik_uang'))!;
    expect(politikUang).toMatchObject({ isDefault: true, overridden: false, active: true, version: 0 });
    expect(politikUang.clocks.find((clock) => clock.code === 'pelaporan')?.pilkada).toMatchObject({ amount: 7, unit: 'calendar_days', configured: false });
  });
});

describe('a clock set for a category', () => {
  it('applies to a new report and to one made before (the desk’s rule as it is now): Pilkada reporting 7 calendar → 5 working days, over the Pilkada holiday', async () => {
    const before = await desk.call('reporter', 'POST', '/incidents', report());
    expect(before.statusCode).toBe(201);
    expect(pelaporanOf(before.json())).toMatchObject({ dueDate: '2024-11-27', amount: 7, unit: 'calendar_days', configured: false });

    const category = (await categoryIn('politik_uang'))!;
    const saved = await put('admin', 'politik_uang', settingOf(category, { clockRules: { pelaporan: { pilkada: { amount: 5, unit: 'working_days' } } } }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ code: 'politik_uang', isDefault: true, overridden: true, version: 1 });
    expect(saved.json().clocks.find((clock: { code: string }) => clock.code === 'pelaporan').pilkada).toMatchObject({
      amount: 5, unit: 'working_days', configured: true, law: { amount: 7, unit: 'calendar_days' },
    });

    // Known Wednesday 20 November at 11:00 WITA: Thu 21, Fri 22, Mon 25, Tue 26, (27: Pilkada voting day, a holiday), Thu 28.
    const fresh = await desk.call('reporter', 'POST', '/incidents', report({ description: 'Amplop dibagikan lagi di banjar sebelah.' }));
    expect(pelaporanOf(fresh.json())).toMatchObject({ dueDate: '2024-11-28', amount: 5, unit: 'working_days', configured: true });
    const again = await desk.call('bali', 'GET', `/incidents/${before.json().id}`);
    expect(pelaporanOf(again.json())).toMatchObject({ dueDate: '2024-11-28', configured: true });
    // A Pemilu report of the same category keeps the law's 7 working days.
    const pemilu = await desk.call('reporter', 'POST', '/incidents', report({ regime: 'pemilu', description: 'Serangan fajar di dusun.' }));
    expect(pelaporanOf(pemilu.json())).toMatchObject({ amount: 7, unit: 'working_days', configured: false });

    const [audit] = await desk.auditRows('incident_category.create', 'politik_uang');
    expect(audit?.region_code).toBeNull();
    expect(audit?.changes.clockRules?.[1]).toEqual({ pelaporan: { pilkada: { amount: 5, unit: 'working_days' } } });
  });

  it('a save on an old version is 409 stale_version, naming what changed', async () => {
    const category = (await categoryIn('politik_uang'))!;
    const stale = await put('admin', 'politik_uang', settingOf(category, { version: 0 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    expect(stale.json().details.current).toEqual({ version: 1 });
  });
});

describe('checks of a setting', () => {
  it('a keyword another category has is refused naming both, at its field, in the caller’s language', async () => {
    const hoaks = (await categoryIn('hoaks'))!;
    const response = await put('admin', 'hoaks', settingOf(hoaks, { keywords: [...hoaks.keywords, 'amplop'] }), 'en');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('“amplop” for category hoaks is already used by category politik_uang');
    expect(response.json().message).toBe(`Invalid request: keywords/${hoaks.keywords.length}: the keyword “amplop” for category hoaks is already used by category politik_uang: a keyword belongs to one category only`);
  });

  it('bad shapes are 400 with the field named; nothing is saved', async () => {
    const hoaks = (await categoryIn('hoaks'))!;
    for (const changes of [
      { keywords: ['Hoaks Besar'] }, { name: { id: '', en: 'Hoaxes' } }, { referralAgency: 'FBI' }, { clocks: ['besok'] },
      { clockRules: { pelaporan: { pemilu: { amount: 0, unit: 'working_days' } } } }, { clockRules: { pelaporan: { pemilu: { amount: 9999, unit: 'calendar_days' } } } },
      { clockRules: { kajian_bawaslu: { pemilu: { amount: 3, unit: 'calendar_days' } } }, clocks: ['pelaporan'] },
    ]) {
      const response = await put('admin', 'hoaks', settingOf(hoaks, changes));
      expect(response.statusCode, JSON.stringify(changes)).toBe(400);
    }
    expect(await categoryIn('hoaks')).toMatchObject({ overridden: false, version: 0 });
    const badCode = await put('admin', 'Pungli-TPS', settingOf(hoaks, { keywords: ['pungli'] }));
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().message).toMatch(/^Permintaan tidak valid: code: kode “Pungli-TPS” tidak valid/);
  });
});

describe('switching a category off', () => {
  it('refuses new reports of it with a clear message; a report made before keeps working', async () => {
    const earlier = await desk.call('reporter', 'POST', '/incidents', report({ category: 'golput', description: 'Ajakan golput di media sosial.' }));
    expect(earlier.statusCode).toBe(201);
    const golput = (await categoryIn('golput'))!;
    expect((await put('admin', 'golput', settingOf(golput, { active: false }))).statusCode).toBe(200);

    const refused = await desk.call('reporter', 'POST', '/incidents', report({ category: 'golput', description: 'Ajakan golput lagi.' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('dinonaktifkan');
    const unknown = await desk.call('reporter', 'POST', '/incidents', report({ category: 'tidak_ada' }), { 'accept-language': 'en' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('unknown category');

    const kept = await desk.call('bali', 'GET', `/incidents/${earlier.json().id}`);
    expect(kept.statusCode).toBe(200);
    expect(kept.json().category).toEqual({ code: 'golput', name: golput.name });
    const verified = await desk.call('bali', 'POST', `/incidents/${earlier.json().id}/transitions`, { action: 'verifikasi', reason: 'Dicek di lapangan', version: 1 });
    expect(verified.statusCode).toBe(200);
    const listed = await desk.call('bali', 'GET', '/incidents?category=golput');
    expect(listed.json().total).toBe(1);
    // Its keywords no longer guess it from an SMS.
    const message = await sms('LAPOR#Bangli#golput#ada ajakan golput', 'SM-golput-1');
    expect(message.json().outcome).toBe('triage');
  });
});

describe('a category the desk adds', () => {
  const pungli = {
    name: { id: 'Pungutan liar di TPS', en: 'Illegal levies at polling stations' }, keywords: ['pungli', 'pungutan liar'], defaultSeverity: 'sedang',
    referralAgency: 'BAWASLU', alsoConcerns: ['POLRI'], clocks: ['pelaporan'], clockRules: {}, active: true, version: 0,
  };

  it('its keyword is recognised by the SMS gateway as soon as it is saved', async () => {
    const before = await sms('LAPOR#Bangli#pungli#petugas minta uang 20rb', 'SM-pungli-1');
    expect(before.json().outcome).toBe('triage');
    const saved = await put('admin', 'pungli_tps', pungli);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ code: 'pungli_tps', isDefault: false, overridden: true, version: 1, active: true });
    const after = await sms('LAPOR#Bangli#pungli#petugas minta uang 20rb lagi', 'SM-pungli-2');
    expect(after.json()).toMatchObject({ outcome: 'incident', recognised: { category: 'pungli_tps' } });
    expect(after.json().reply).toContain('Pungutan liar di TPS');
    const incident = await desk.call('bali', 'GET', `/incidents/${after.json().incidentId}`);
    expect(incident.json()).toMatchObject({ category: { code: 'pungli_tps' }, severity: 'sedang' });
  });

  it('used by a report it cannot be removed, only switched off (409); an unused one goes (204)', async () => {
    const used = await remove('admin', 'pungli_tps', 1);
    expect(used.statusCode).toBe(409);
    expect(used.json().message).toContain('nonaktifkan');
    const spare = await put('admin', 'kampanye_hitam', { ...pungli, name: { id: 'Kampanye hitam', en: 'Smear campaign' }, keywords: ['kampanye hitam'] });
    expect(spare.statusCode).toBe(200);
    expect((await remove('admin', 'kampanye_hitam', 1)).statusCode).toBe(204);
    expect(await categoryIn('kampanye_hitam')).toBeUndefined();
    expect((await remove('admin', 'kampanye_hitam', 1)).statusCode).toBe(404);
  });

  it('removing a default’s setting brings the default back', async () => {
    const politikUang = (await categoryIn('politik_uang'))!;
    expect((await remove('admin', 'politik_uang', 99)).statusCode).toBe(409);
    const restored = await remove('admin', 'politik_uang', politikUang.version);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ overridden: false, version: 0 });
    expect(restored.json().clocks.find((clock: { code: string }) => clock.code === 'pelaporan').pilkada).toMatchObject({ amount: 7, unit: 'calendar_days', configured: false });
    expect((await remove('admin', 'politik_uang', 1)).statusCode).toBe(409);
    expect((await desk.auditRows('incident_category.remove', 'politik_uang'))).toHaveLength(1);
  });
});

describe('across server processes', () => {
  it.runIf(process.env.DATABASE_URL)('a save in one process is seen by another on the same PostgreSQL database', async () => {
    const other = await openDb({ dataDir: '', databaseUrl: desk.databaseUrl! });
    const otherServices = createServices(other, clock);
    try {
      // The other process reads (and keeps) the catalogue first.
      const hoaksThere = async () => (await otherServices.incidents.categories()).find((category) => category.code === 'hoaks')!;
      expect((await hoaksThere()).name.id).toBe('Hoaks dan disinformasi');
      const hoaks = (await categoryIn('hoaks'))!;
      expect((await put('admin', 'hoaks', settingOf(hoaks, { name: { id: 'Hoaks pemilu', en: 'Election hoaxes' } }))).statusCode).toBe(200);
      await expect.poll(async () => (await hoaksThere()).name.id, { timeout: 5_000 }).toBe('Hoaks pemilu');
    } finally {
      await otherServices.live.close();
      await other.close();
    }
  });
});
