import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, requestAs, signInAll } from '../../test/helpers.js';
import { openIncidentDesk, type Who } from '../modules/incidents/test-desk.js';

/**
 * The authorization matrix of the incident category catalogue (issue 7): every role of the incident
 * desk, a regional administrator and an anonymous caller × reading the catalogue, saving a setting and
 * removing it. The rules (src/modules/incident-categories): everyone signed in reads the catalogue
 * (reporters pick a category too); the catalogue is the whole desk's, so only a national
 * administrator changes it: a regional administrator would change what every other region sees (403).
 */
type Caller = Who | 'regionalAdmin' | 'anonymous';
const CALLERS: Caller[] = ['admin', 'regionalAdmin', 'bali', 'ntb', 'officer', 'poldaNtb', 'viewer', 'reporter', 'reporter2', 'anonymous'];

/** [GET /incidents/categories, PUT /incident-categories/golput, DELETE /incident-categories/golput]. */
const EXPECTED: Record<Caller, [number, number, number]> = {
  admin: [200, 200, 200],
  regionalAdmin: [200, 403, 403],
  bali: [200, 403, 403],
  ntb: [200, 403, 403],
  officer: [200, 403, 403],
  poldaNtb: [200, 403, 403],
  viewer: [200, 403, 403],
  reporter: [200, 403, 403],
  reporter2: [200, 403, 403],
  anonymous: [401, 401, 401],
};

let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let regionalAdmin = '';

beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock('2024-11-20T04:00:00Z'));
  const signed = await signInAll(desk.app, desk.database, {
    regionalAdmin: { email: 'admin-bali@ins.id', password: 'regional admin password', role: 'admin', scopeRegionCode: '51' },
  });
  regionalAdmin = signed.regionalAdmin;
});
afterAll(async () => desk?.close());

const cookieOf = (caller: Caller) => (caller === 'anonymous' ? undefined : caller === 'regionalAdmin' ? regionalAdmin : desk.sessions[caller]);

const SETTING = {
  name: { id: 'Ajakan golput', en: 'Calls to abstain' }, keywords: ['golput', 'ajakan golput'], defaultSeverity: 'sedang', referralAgency: 'KPU',
  alsoConcerns: ['BAWASLU'], clocks: [], clockRules: {}, active: true,
};

async function golputVersion(): Promise<number> {
  const response = await requestAs(desk.app, desk.sessions.admin, 'GET', '/incidents/categories');
  return (response.json() as { code: string; version: number }[]).find((category) => category.code === 'golput')!.version;
}

describe('incident category authorization matrix', () => {
  it.each(CALLERS)('as %s', async (caller) => {
    const [read, save, remove] = EXPECTED[caller];
    const cookie = cookieOf(caller);
    const listed = await requestAs(desk.app, cookie, 'GET', '/incidents/categories');
    expect(listed.statusCode, listed.body).toBe(read);

    const saved = await requestAs(desk.app, cookie, 'PUT', '/incident-categories/golput', { ...SETTING, version: await golputVersion() });
    expect(saved.statusCode, saved.body).toBe(save);
    if (save !== 200) expect(await golputVersion()).toBe(0);

    // Something to remove: the administrator's own setting when the caller could not make one.
    if (save !== 200) expect((await requestAs(desk.app, desk.sessions.admin, 'PUT', '/incident-categories/golput', { ...SETTING, version: 0 })).statusCode).toBe(200);
    const removed = await requestAs(desk.app, cookie, 'DELETE', `/incident-categories/golput?version=${await golputVersion()}`);
    expect(removed.statusCode, removed.body).toBe(remove);
    if (remove !== 200) {
      expect(await golputVersion()).toBe(1);
      expect((await requestAs(desk.app, desk.sessions.admin, 'DELETE', '/incident-categories/golput?version=1')).statusCode).toBe(200);
    }
    expect(await golputVersion()).toBe(0);
  });
});
