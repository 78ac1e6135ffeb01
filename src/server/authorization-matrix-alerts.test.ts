import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../test/helpers.js';

/**
 * The authorization matrix of early-warning rules and alerts (issue 7): every role × a rule or alert
 * inside Bali (Bangli, 51.06) and one outside (Lombok Barat, 52.01). The rules (src/modules/alerts):
 * rules are written by administrators and coordinators inside their scope and read by everyone who
 * reads their region; alerts are read by the same and acknowledged, assigned and closed by those who
 * write in their region (officers included, viewers not). What lies outside the caller's scope is
 * 404; reporters read neither; callers without a session get 401.
 */
type Who = 'admin' | 'coordinator' | 'ntb' | 'officer' | 'viewer' | 'reporter' | 'anonymous';
const WHO: Who[] = ['admin', 'coordinator', 'ntb', 'officer', 'viewer', 'reporter', 'anonymous'];
type Where = 'inside' | 'outside';
const WHERE: Where[] = ['inside', 'outside'];
const REGION: Record<Where, string> = { inside: '51.06', outside: '52.01' };

/** Per role: [inside, outside] status of each request. */
const EXPECTED: Record<Who, Record<'listRules' | 'createRule' | 'readRule' | 'updateRule' | 'listAlerts' | 'readAlert' | 'handleAlert', [number, number]>> = {
  admin: { listRules: [200, 200], createRule: [201, 201], readRule: [200, 200], updateRule: [200, 200], listAlerts: [200, 200], readAlert: [200, 200], handleAlert: [200, 200] },
  coordinator: { listRules: [200, 0], createRule: [201, 403], readRule: [200, 404], updateRule: [200, 404], listAlerts: [200, 0], readAlert: [200, 404], handleAlert: [200, 404] },
  ntb: { listRules: [0, 200], createRule: [403, 201], readRule: [404, 200], updateRule: [404, 200], listAlerts: [0, 200], readAlert: [404, 200], handleAlert: [404, 200] },
  officer: { listRules: [200, 0], createRule: [403, 403], readRule: [200, 404], updateRule: [403, 404], listAlerts: [200, 0], readAlert: [200, 404], handleAlert: [200, 404] },
  viewer: { listRules: [200, 0], createRule: [403, 403], readRule: [200, 404], updateRule: [403, 404], listAlerts: [200, 0], readAlert: [200, 404], handleAlert: [403, 404] },
  reporter: { listRules: [403, 403], createRule: [403, 403], readRule: [404, 404], updateRule: [404, 404], listAlerts: [403, 403], readAlert: [404, 404], handleAlert: [404, 404] },
  anonymous: { listRules: [401, 401], createRule: [401, 401], readRule: [401, 401], updateRule: [401, 401], listAlerts: [401, 401], readAlert: [401, 401], handleAlert: [401, 401] },
};
/** In the list columns, 200 means listed and 0 means answered (200) but not listed. */
const listed = (status: number) => status === 200;

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let sessions: Partial<Record<Who, string>> = {};
const units: Partial<Record<Where, number>> = {};

beforeAll(async () => {
  ctx = await openTestApp();
  units.inside = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  units.outside = await createTestUnit(ctx.database, 'BAWASLU', '52.01', 'Bawaslu Kabupaten Lombok Barat');
  const password = 'alert matrix password';
  const users: Record<Exclude<Who, 'anonymous'>, TestUser> = {
    admin: { email: 'admin@alm.id', password, role: 'admin', scopeRegionCode: null },
    coordinator: { email: 'coordinator@alm.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@alm.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@alm.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: units.inside },
    viewer: { email: 'viewer@alm.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@alm.id', password, role: 'reporter', scopeRegionCode: '51' },
  };
  sessions = await signInAll(ctx.app, ctx.database, users);
});
afterAll(async () => ctx?.close());

const call = (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => requestAs(ctx.app, sessions[who], method, url, payload);
const ruleBody = (where: Where, name = `Lonjakan ${where}`) => ({
  name, kind: 'spike', regionCode: REGION[where], category: null, params: { hours: 6, factor: 3, baselineDays: 7, minCount: 100_000 }, active: false,
});

let sequence = 0;
/** A rule at version 1, written directly (the matrix tests the doors, not the writer). */
async function freshRule(where: Where): Promise<number> {
  const rows = await ctx.database.db.execute<{ id: number }>(sql`
    insert into alert_rules (name, kind, region_code, params, active) values (${`Aturan ${++sequence}`}, 'spike', ${REGION[where]},
      ${JSON.stringify(ruleBody(where).params)}::jsonb, false) returning id`);
  return Number(rows.rows[0]!.id);
}
/** A new alert (baru, version 1) of a rule there. */
async function freshAlert(where: Where): Promise<number> {
  const rule = await freshRule(where);
  const rows = await ctx.database.db.execute<{ id: number }>(sql`
    insert into alerts (rule_id, fingerprint, region_code, details, triggered_at) values (${rule}, ${`matrix-${++sequence}`}, ${REGION[where]}, '{}'::jsonb, now())
    returning id`);
  return Number(rows.rows[0]!.id);
}

describe('alert rules authorization matrix', () => {
  it.each(WHO)('GET /alert-rules as %s', async (who) => {
    const ids = { inside: await freshRule('inside'), outside: await freshRule('outside') };
    const response = await call(who, 'GET', '/alert-rules');
    const [inside, outside] = EXPECTED[who].listRules;
    const status = inside === 0 || outside === 0 ? 200 : inside;
    expect(response.statusCode).toBe(status);
    if (status !== 200) return;
    const seen = (response.json().items as { id: number }[]).map((r) => r.id);
    expect(seen.includes(ids.inside), 'inside').toBe(listed(inside));
    expect(seen.includes(ids.outside), 'outside').toBe(listed(outside));
  });

  it.each(WHO)('POST /alert-rules as %s', async (who) => {
    for (const [i, where] of WHERE.entries()) {
      const response = await call(who, 'POST', '/alert-rules', ruleBody(where));
      expect(response.statusCode, `${where}: ${response.body}`).toBe(EXPECTED[who].createRule[i]);
    }
  });

  it.each(WHO)('GET and PUT /alert-rules/:id as %s', async (who) => {
    for (const [i, where] of WHERE.entries()) {
      const id = await freshRule(where);
      expect((await call(who, 'GET', `/alert-rules/${id}`)).statusCode, where).toBe(EXPECTED[who].readRule[i]);
      const updated = await call(who, 'PUT', `/alert-rules/${id}`, { ...ruleBody(where, 'Diubah'), version: 1 });
      expect(updated.statusCode, `${where}: ${updated.body}`).toBe(EXPECTED[who].updateRule[i]);
    }
  });
});

describe('alerts authorization matrix', () => {
  it.each(WHO)('GET /alerts and /alerts/:id as %s', async (who) => {
    const ids = { inside: await freshAlert('inside'), outside: await freshAlert('outside') };
    const response = await call(who, 'GET', '/alerts?limit=500');
    const [inside, outside] = EXPECTED[who].listAlerts;
    const status = inside === 0 || outside === 0 ? 200 : inside;
    expect(response.statusCode).toBe(status);
    if (status === 200) {
      const seen = (response.json().items as { id: number }[]).map((a) => a.id);
      expect(seen.includes(ids.inside), 'inside').toBe(listed(inside));
      expect(seen.includes(ids.outside), 'outside').toBe(listed(outside));
    }
    for (const [i, where] of WHERE.entries()) {
      expect((await call(who, 'GET', `/alerts/${ids[where]}`)).statusCode, where).toBe(EXPECTED[who].readAlert[i]);
    }
  });

  it.each(WHO)('POST /alerts/:id/acknowledge, /assign and /close as %s', async (who) => {
    for (const [i, where] of WHERE.entries()) {
      const expected = EXPECTED[who].handleAlert[i];
      const acknowledged = await call(who, 'POST', `/alerts/${await freshAlert(where)}/acknowledge`, { version: 1 });
      expect(acknowledged.statusCode, `acknowledge ${where}: ${acknowledged.body}`).toBe(expected);
      const assigned = await call(who, 'POST', `/alerts/${await freshAlert(where)}/assign`, { version: 1, unitId: units[where] });
      expect(assigned.statusCode, `assign ${where}: ${assigned.body}`).toBe(expected);
      const closed = await call(who, 'POST', `/alerts/${await freshAlert(where)}/close`, { version: 1, note: 'Uji matriks' });
      expect(closed.statusCode, `close ${where}: ${closed.body}`).toBe(expected);
    }
  });
});
