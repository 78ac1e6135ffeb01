import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, openTestApp, requestAs, signInAll } from '../../test/helpers.js';

/**
 * The authorization matrix of readiness checklists (issue 6): every actor × every endpoint, with a
 * target inside Bali (Bangli, 51.06) and one outside (Lombok Barat, 52.01). The rules
 * (src/modules/readiness/service.ts): an assessment is read by whoever reads its region (404 to
 * others, as for anything outside a scope) and written with `write` there (an officer for its own
 * unit's assessments, or those no unit answers for); lists and the map's scores show only readable regions.
 */
type Who = 'admin' | 'national' | 'coordinator' | 'ntb' | 'officer' | 'viewer' | 'reporter' | 'anonymous';
const WHO: Who[] = ['admin', 'national', 'coordinator', 'ntb', 'officer', 'viewer', 'reporter', 'anonymous'];
type Where = 'inside' | 'outside';
type Method = 'GET' | 'POST' | 'PATCH';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
const cookies: Partial<Record<Who, string>> = {};
const region: Record<Where, string> = { inside: '51.06', outside: '52.01' };
const assessment: Record<Where, number> = { inside: 0, outside: 0 };
let templateId = 0;

function request(who: Who, method: Method, url: string, payload?: Record<string, unknown>) {
  return requestAs(ctx.app, cookies[who], method, url, payload);
}

beforeAll(async () => {
  ctx = await openTestApp();
  const bangli = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  const password = 'readiness matrix password';
  const users: Record<Exclude<Who, 'anonymous'>, Parameters<typeof createTestUser>[1]> = {
    admin: { email: 'admin@rm.id', password, role: 'admin', scopeRegionCode: null },
    national: { email: 'national@rm.id', password, role: 'coordinator', scopeRegionCode: null },
    coordinator: { email: 'coordinator@rm.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@rm.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@rm.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: bangli },
    viewer: { email: 'viewer@rm.id', password, role: 'viewer', scopeRegionCode: '51.06' },
    reporter: { email: 'reporter@rm.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  Object.assign(cookies, await signInAll(ctx.app, ctx.database, users));
  templateId = (await request('admin', 'GET', '/readiness/templates')).json()[0].id;
  for (const where of ['inside', 'outside'] as const) {
    const created = await request('admin', 'POST', '/readiness/assessments', { templateId, regionCode: region[where], assessedOn: '2024-08-01' });
    assessment[where] = created.json().id;
  }
});
afterAll(async () => ctx?.close());

/** A day of its own for each actor's attempt, so that a refusal is never a duplicate-day 409. */
const dayOf = (who: Who) => `2024-09-${String(WHO.indexOf(who) + 10)}`;

async function patch(who: Who, where: Where) {
  const { version } = (await request('admin', 'GET', `/readiness/assessments/${assessment[where]}`)).json();
  return request(who, 'PATCH', `/readiness/assessments/${assessment[where]}`, { version, note: `Dicek oleh ${who}`, items: [{ code: 'hibah-apbd', status: 'siap' }] });
}

interface Family {
  name: string;
  call: (who: Who, where: Where) => ReturnType<typeof request>;
  expected: Record<Who, [number, number]>;
  /** For the list: whether the target's assessment is among those listed. */
  sees?: Partial<Record<Who, [boolean, boolean]>>;
}

const READ_IN_SCOPE: Family['expected'] = {
  admin: [200, 200], national: [200, 200], coordinator: [200, 404], ntb: [404, 200], officer: [200, 404], viewer: [200, 404],
  reporter: [404, 404], anonymous: [401, 401],
};

const families: Family[] = [
  {
    name: 'POST /readiness/assessments',
    call: (who, where) => request(who, 'POST', '/readiness/assessments', { templateId, regionCode: region[where], assessedOn: dayOf(who) }),
    expected: {
      admin: [201, 201], national: [201, 201], coordinator: [201, 403], ntb: [403, 201], officer: [201, 403], viewer: [403, 403],
      reporter: [403, 403], anonymous: [401, 401],
    },
  },
  {
    name: 'PATCH /readiness/assessments/:id',
    call: patch,
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 404], ntb: [404, 200], officer: [200, 404], viewer: [403, 404],
      reporter: [404, 404], anonymous: [401, 401],
    },
  },
  { name: 'GET /readiness/assessments/:id', call: (who, where) => request(who, 'GET', `/readiness/assessments/${assessment[where]}`), expected: READ_IN_SCOPE },
  { name: 'GET /readiness/regions/:code', call: (who, where) => request(who, 'GET', `/readiness/regions/${region[where]}`), expected: READ_IN_SCOPE },
  {
    name: 'GET /readiness/assessments',
    call: (who, where) => request(who, 'GET', `/readiness/assessments?region=${region[where]}`),
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 200], ntb: [200, 200], officer: [200, 200], viewer: [200, 200],
      reporter: [403, 403], anonymous: [401, 401],
    },
    // Every reader may ask about any region; only what lies in its scope comes back.
    sees: {
      admin: [true, true], national: [true, true], coordinator: [true, false], ntb: [false, true], officer: [true, false], viewer: [true, false],
    },
  },
  {
    name: 'GET /readiness/scores',
    call: (who, where) => request(who, 'GET', `/readiness/scores?parent=${region[where].split('.')[0]}`),
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 200], ntb: [200, 200], officer: [200, 200], viewer: [200, 200],
      reporter: [403, 403], anonymous: [401, 401],
    },
    // Like the list: any province may be asked for; only the kabupaten/kota in scope come back.
    sees: {
      admin: [true, true], national: [true, true], coordinator: [true, false], ntb: [false, true], officer: [true, false], viewer: [true, false],
    },
  },
];

describe.each(families)('$name', (family) => {
  it.each(WHO)('%s: inside and outside', async (who) => {
    const [inside, outside] = family.expected[who];
    for (const [where, status] of [['inside', inside], ['outside', outside]] as const) {
      const response = await family.call(who, where);
      expect(response.statusCode, where).toBe(status);
      const sees = family.sees?.[who]?.[where === 'inside' ? 0 : 1];
      if (sees !== undefined) {
        const body = response.json() as { items?: { id: number }[]; rows?: { code: string }[] };
        // The list names assessments; the map's scores name regions.
        const listed = body.items ? body.items.some((a) => a.id === assessment[where]) : body.rows!.some((row) => row.code === region[where]);
        expect(listed, `${where}: listed`).toBe(sees);
      }
    }
  });
});
