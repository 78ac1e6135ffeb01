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
