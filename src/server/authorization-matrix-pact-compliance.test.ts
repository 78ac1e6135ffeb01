import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, fixedClock, openTestApp, requestAs, signInAll, type TestUser } from '../../test/helpers.js';
import { insertCampaign, insertTargets } from '../../test/pact-compliance-fixtures.js';

/**
 * The authorization matrix of integrity-pact compliance (issue 8): every role × a campaign inside
 * Bali (Bangli, 51.06) and one outside (Lombok Barat, 52.01). Whoever reads in the campaign's region
 * reads its figures, reminders and recaps (officers and viewers included); a campaign outside the
 * caller's scope is 404, as is any campaign for a reporter, who reads nothing (the overview: 403);
 * callers without a session get 401.
 */
type Who = 'admin' | 'coordinator' | 'ntb' | 'officer' | 'viewer' | 'reporter' | 'anonymous';
const WHO: Who[] = ['admin', 'coordinator', 'ntb', 'officer', 'viewer', 'reporter', 'anonymous'];
type Where = 'inside' | 'outside';
const WHERE: Where[] = ['inside', 'outside'];
const REGION: Record<Where, string> = { inside: '51.06', outside: '52.01' };

/** Per role: [inside, outside] status of each request; in the overview column 0 means answered (200) but not listed. */
const EXPECTED: Record<Who, Record<'read' | 'overview', [number, number]>> = {
  admin: { read: [200, 200], overview: [200, 200] },
  coordinator: { read: [200, 404], overview: [200, 0] },
  ntb: { read: [404, 200], overview: [0, 200] },
  officer: { read: [200, 404], overview: [200, 0] },
  viewer: { read: [200, 404], overview: [200, 0] },
  reporter: { read: [404, 404], overview: [403, 403] },
  anonymous: { read: [401, 401], overview: [401, 401] },
};
const READS = ['compliance', 'reminders', 'reminders?format=csv', 'reminders?format=xlsx', 'recap.xlsx', 'recap.pdf'];

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let sessions: Partial<Record<Who, string>> = {};
const campaigns: Partial<Record<Where, number>> = {};

beforeAll(async () => {
  ctx = await openTestApp(fixedClock('2026-12-05T02:00:00Z'));
  const unit = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  const password = 'pact compliance matrix password';
  const users: Record<Exclude<Who, 'anonymous'>, TestUser> = {
    admin: { email: 'admin@pcm.id', password, role: 'admin', scopeRegionCode: null },
    coordinator: { email: 'coordinator@pcm.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@pcm.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@pcm.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: unit },
    viewer: { email: 'viewer@pcm.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@pcm.id', password, role: 'reporter', scopeRegionCode: '51' },
  };
  sessions = await signInAll(ctx.app, ctx.database, users);
  for (const where of WHERE) {
    const id = await insertCampaign(ctx.database, { title: `Pakta ${where}`, regionCode: REGION[where], deadline: '2026-12-03T15:59:00Z', createdAt: '2026-12-01T00:00:00Z' });
    await insertTargets(ctx.database, id, [{ name: `Kecamatan ${where}`, kind: 'kecamatan', regionCode: `${REGION[where]}.01` }]);
    campaigns[where] = id;
  }
});
afterAll(async () => ctx?.close());

describe('pact compliance authorization matrix', () => {
  it.each(WHO)('GET /pact-campaigns/:id/{compliance,reminders,recap} as %s', async (who) => {
    for (const [i, where] of WHERE.entries()) {
      for (const read of READS) {
        const response = await requestAs(ctx.app, sessions[who], 'GET', `/pact-campaigns/${campaigns[where]}/${read}`);
        expect(response.statusCode, `${where} ${read}: ${response.statusCode === 200 ? '' : response.body}`).toBe(EXPECTED[who].read[i]);
      }
    }
  });

  it.each(WHO)('GET /pact-compliance as %s', async (who) => {
    const response = await requestAs(ctx.app, sessions[who], 'GET', '/pact-compliance');
    const [inside, outside] = EXPECTED[who].overview;
    const status = inside === 0 || outside === 0 ? 200 : inside;
    expect(response.statusCode).toBe(status);
    if (status !== 200) return;
    const seen = (response.json() as { campaignId: number }[]).map((c) => c.campaignId);
    expect(seen.includes(campaigns.inside!), 'inside').toBe(inside === 200);
    expect(seen.includes(campaigns.outside!), 'outside').toBe(outside === 200);
  });
});
