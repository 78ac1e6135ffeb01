import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../test/helpers.js';

/**
 * The authorization matrix of the SMS/WhatsApp gateway's webhook (issue 7): every kind of API token
 * (and a coordinator's session) × a message naming a kabupaten inside Bali (Bangli, 51.06) and one
 * outside (Lombok Barat, 52.01). The rules (src/modules/gateway): whoever may submit reports may
 * deliver messages; the region is looked for inside the sender's scope only, so a region outside it
 * is not found and the message waits in triage instead of making a report there. Viewers get 403,
 * callers without a token 401.
 */
type Who = 'admin' | 'coordinator' | 'officer' | 'reporter' | 'viewer' | 'coordinatorSession' | 'anonymous';
const WHO: Who[] = ['admin', 'coordinator', 'officer', 'reporter', 'viewer', 'coordinatorSession', 'anonymous'];
type Where = 'inside' | 'outside';
const MESSAGE: Record<Where, string> = {
  inside: 'LAPOR#Bangli#politik uang#amplop dibagikan di banjar',
  outside: 'LAPOR#Lombok Barat#politik uang#amplop dibagikan di dusun',
};

/** [status, outcome] per target: incident (a report in that region), triage, or none. */
const EXPECTED: Record<Who, [[number, string], [number, string]]> = {
  admin: [[201, 'incident'], [201, 'incident']],
  coordinator: [[201, 'incident'], [201, 'triage']],
  officer: [[201, 'incident'], [201, 'triage']],
  reporter: [[201, 'incident'], [201, 'triage']],
  viewer: [[403, 'none'], [403, 'none']],
  coordinatorSession: [[201, 'incident'], [201, 'triage']],
  anonymous: [[401, 'none'], [401, 'none']],
};

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let sessions: Record<'admin' | 'coordinator', string>;
const tokens: Partial<Record<Who, string>> = {};

beforeAll(async () => {
  ctx = await openTestApp();
  const bangli = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  const password = 'gateway matrix password';
  const users: Record<'admin' | 'coordinator', TestUser> = {
    admin: { email: 'admin@gwm.id', password, role: 'admin', scopeRegionCode: null },
    coordinator: { email: 'coordinator@gwm.id', password, role: 'coordinator', scopeRegionCode: '51' },
  };
  sessions = await signInAll(ctx.app, ctx.database, users);
  const grants: Partial<Record<Who, Record<string, unknown>>> = {
    admin: { role: 'admin', scopeRegionCode: null },
    coordinator: { role: 'coordinator', scopeRegionCode: '51' },
    officer: { role: 'officer', scopeRegionCode: '51.06', unitId: bangli },
    reporter: { role: 'reporter', scopeRegionCode: '51' },
    viewer: { role: 'viewer', scopeRegionCode: '51' },
  };
  for (const [who, grant] of Object.entries(grants) as [Who, Record<string, unknown>][]) {
    const response = await requestAs(ctx.app, sessions.admin, 'POST', '/tokens', { name: `Gateway ${who}`, ...grant });
    expect(response.statusCode, response.body).toBe(201);
    tokens[who] = response.json().token;
  }
});
afterAll(async () => ctx?.close());

let sequence = 0;
function deliver(who: Who, text: string) {
  const payload = { messageId: `SM-matrix-${++sequence}`, from: '081234567890', text };
  if (who === 'coordinatorSession') return requestAs(ctx.app, sessions.coordinator, 'POST', '/gateway/sms', payload);
  const token = tokens[who];
  return ctx.app.inject({ method: 'POST', url: '/api/v1/gateway/sms', payload, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('gateway authorization matrix', () => {
  it.each(WHO)('POST /gateway/sms as %s', async (who) => {
    for (const [i, where] of (['inside', 'outside'] as const).entries()) {
      const response = await deliver(who, MESSAGE[where]);
      const [status, outcome] = EXPECTED[who][i]!;
      expect(response.statusCode, `${where}: ${response.body}`).toBe(status);
      if (status === 201) {
        expect(response.json().outcome, where).toBe(outcome);
        if (outcome === 'incident') expect(response.json().recognised.region.code, where).toBe(where === 'inside' ? '51.06' : '52.01');
      }
    }
  });
});

/**
 * The triage queue (src/modules/gateway/triage-service.ts): listed, made into reports and set aside
 * by those who write in the message's region (its recognised region, else the sending token's
 * scope); a message one cannot read answers 404, one read but not handled (a viewer) 403.
 */
type Desk = 'admin' | 'coordinator' | 'ntb' | 'officer' | 'viewer' | 'reporter' | 'anonymous';
const DESK: Desk[] = ['admin', 'coordinator', 'ntb', 'officer', 'viewer', 'reporter', 'anonymous'];
const WAITING: Record<Where, string> = { inside: 'LAPOR#Bangli#ada sesuatu yang aneh', outside: 'LAPOR#Lombok Barat#ada sesuatu yang aneh' };
const TARGET: Record<Where, string> = { inside: '51.06', outside: '52.01' };

/** [list status, listed inside, listed outside], then per target the status of making a report and of setting aside. */
const TRIAGE: Record<Desk, { list: [number, boolean, boolean]; handle: [number, number] }> = {
  admin: { list: [200, true, true], handle: [201, 201] },
  coordinator: { list: [200, true, false], handle: [201, 404] },
  ntb: { list: [200, false, true], handle: [404, 201] },
  officer: { list: [200, true, false], handle: [201, 404] },
  viewer: { list: [403, false, false], handle: [403, 404] },
  reporter: { list: [403, false, false], handle: [404, 404] },
  anonymous: { list: [401, false, false], handle: [401, 401] },
};

const deskSessions: Partial<Record<Desk, string>> = {};

beforeAll(async () => {
  const password = 'triage matrix password';
  const bangli = await createTestUnit(ctx.database, 'KPU', '51.06', 'KPU Kabupaten Bangli');
  const users: Record<Exclude<Desk, 'anonymous'>, TestUser> = {
    admin: { email: 'admin@trm.id', password, role: 'admin', scopeRegionCode: null },
    coordinator: { email: 'coordinator@trm.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@trm.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@trm.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: bangli },
    viewer: { email: 'viewer@trm.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@trm.id', password, role: 'reporter', scopeRegionCode: '51' },
  };
  Object.assign(deskSessions, await signInAll(ctx.app, ctx.database, users));
});

/** A message waiting in triage at the target (delivered with the national admin token). */
async function waiting(where: Where): Promise<number> {
  const response = await deliver('admin', WAITING[where]);
  expect(response.json().outcome, response.body).toBe('triage');
  return response.json().triageId;
}

describe('triage authorization matrix', () => {
  it.each(DESK)('GET /incident-triage as %s', async (who) => {
    const inside = await waiting('inside');
    const outside = await waiting('outside');
    const response = await requestAs(ctx.app, deskSessions[who], 'GET', '/incident-triage?limit=500');
    const [status, seesInside, seesOutside] = TRIAGE[who].list;
    expect(response.statusCode).toBe(status);
    if (status === 200) {
      const listed = response.json().items.map((item: { id: number }) => item.id);
      expect(listed.includes(inside), 'inside').toBe(seesInside);
      expect(listed.includes(outside), 'outside').toBe(seesOutside);
    }
  });

  it.each(DESK)('POST /incident-triage/:id/incident and /dismiss as %s', async (who) => {
    for (const [i, where] of (['inside', 'outside'] as const).entries()) {
      const status = TRIAGE[who].handle[i]!;
      const made = await requestAs(ctx.app, deskSessions[who], 'POST', `/incident-triage/${await waiting(where)}/incident`, { category: 'hoaks', regionCode: TARGET[where] });
      expect(made.statusCode, `${where}: ${made.body}`).toBe(status);
      const dismissed = await requestAs(ctx.app, deskSessions[who], 'POST', `/incident-triage/${await waiting(where)}/dismiss`, { reason: 'Uji matriks' });
      expect(dismissed.statusCode, `${where}: ${dismissed.body}`).toBe(status === 201 ? 200 : status);
    }
  });
});
