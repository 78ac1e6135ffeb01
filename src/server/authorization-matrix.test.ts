import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWithin } from '../domain/regions/codes.js';
import { createTestUnit, createTestUser, openTestApp, signIn, TEST_ORIGIN } from '../../test/helpers.js';

/**
 * Every role (and nobody) × every endpoint family × a target inside and one outside the role's
 * scope, with the exact status expected. Scope: Bali (51) for the coordinator, Kabupaten Bangli
 * (51.06) for the officer, viewer and reporter; the outside targets lie in NTB (52).
 */
type Who = 'admin' | 'coordinator' | 'officer' | 'viewer' | 'reporter' | 'anonymous';
const WHO: Who[] = ['admin', 'coordinator', 'officer', 'viewer', 'reporter', 'anonymous'];

let ctx: Awaited<ReturnType<typeof openTestApp>>;
const cookies: Partial<Record<Who, string>> = {};
const ids = { unitBangli: 0, unitBali: 0, unitNtb: 0, userBangli: '', userNtb: '', viewerBangli: '', personBangli: 0, personNtb: 0 };
const scopeOf: Record<Who, string | null> = { admin: null, coordinator: '51', officer: '51.06', viewer: '51.06', reporter: '51.06', anonymous: null };

beforeAll(async () => {
  ctx = await openTestApp();
  const db = ctx.database;
  ids.unitBangli = await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  ids.unitBali = await createTestUnit(db, 'POLRI', '51', 'Polda Bali');
  ids.unitNtb = await createTestUnit(db, 'KPU', '52.01', 'KPU Kabupaten Lombok Barat');
  const password = 'matrix password';
  await createTestUser(db, { email: 'admin@m.id', password, role: 'admin', scopeRegionCode: null });
  await createTestUser(db, { email: 'coordinator@m.id', password, role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(db, { email: 'officer@m.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: ids.unitBangli });
  await createTestUser(db, { email: 'viewer@m.id', password, role: 'viewer', scopeRegionCode: '51.06' });
  ids.userBangli = await createTestUser(db, { email: 'reporter@m.id', password, role: 'reporter', scopeRegionCode: '51.06' });
  ids.userNtb = await createTestUser(db, { email: 'ntb@m.id', password, role: 'coordinator', scopeRegionCode: '52' });
  // Changed by the PATCH and password families; never signs in here.
  ids.viewerBangli = await createTestUser(db, { email: 'target@m.id', password, role: 'viewer', scopeRegionCode: '51.06' });
  for (const who of WHO) if (who !== 'anonymous') cookies[who] = await signIn(ctx.app, `${who}@m.id`, password);
  const person = async (unitId: number, name: string) =>
    Number((await db.db.execute<{ id: number }>(sql`insert into people (full_name, unit_id) values (${name}, ${unitId}) returning id`)).rows[0]!.id);
  ids.personBangli = await person(ids.unitBangli, 'Ketua Bawaslu Bangli');
  ids.personNtb = await person(ids.unitNtb, 'Ketua KPU Lombok Barat');
});
afterAll(async () => ctx?.close());

let serial = 0;
function request(who: Who, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>) {
  const cookie = cookies[who];
  return ctx.app.inject({ method, url, payload, headers: { origin: TEST_ORIGIN }, ...(cookie ? { cookies: { sinergi_session: cookie } } : {}) });
}

interface Family {
  name: string;
  call: (who: Who, where: 'inside' | 'outside') => ReturnType<typeof request>;
  expected: Record<Who, [number, number]>;
}

const families: Family[] = [
  {
    name: 'GET /units/:id',
    call: (who, where) => request(who, 'GET', `/api/v1/units/${where === 'inside' ? ids.unitBangli : ids.unitNtb}`),
    expected: { admin: [200, 200], coordinator: [200, 404], officer: [200, 404], viewer: [200, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'POST /units',
    call: (who, where) => request(who, 'POST', '/api/v1/units', { agencyCode: 'KESBANGPOL', regionCode: where === 'inside' ? '51.06' : '52.01', name: `Kesbangpol ${(serial += 1)}` }),
    expected: { admin: [201, 201], coordinator: [201, 403], officer: [403, 403], viewer: [403, 403], reporter: [403, 403], anonymous: [401, 401] },
  },
  {
    name: 'GET /users/:id',
    call: (who, where) => request(who, 'GET', `/api/v1/users/${where === 'inside' ? ids.userBangli : ids.userNtb}`),
    // The inside account is the reporter's own: everyone may read their own account.
    expected: { admin: [200, 200], coordinator: [200, 404], officer: [404, 404], viewer: [404, 404], reporter: [200, 404], anonymous: [401, 401] },
  },
  {
    name: 'POST /users',
    call: (who, where) => request(who, 'POST', '/api/v1/users', {
      email: `new${(serial += 1)}@m.id`, displayName: 'New', password: 'a long password', role: 'viewer', scopeRegionCode: where === 'inside' ? '51.06' : '52',
    }),
    expected: { admin: [201, 201], coordinator: [201, 403], officer: [403, 403], viewer: [403, 403], reporter: [403, 403], anonymous: [401, 401] },
  },
  {
    name: 'POST /tokens',
    call: (who, where) => request(who, 'POST', '/api/v1/tokens', { name: `t${(serial += 1)}`, role: 'reporter', scopeRegionCode: where === 'inside' ? '51.06' : '52' }),
    expected: { admin: [201, 201], coordinator: [201, 403], officer: [403, 403], viewer: [403, 403], reporter: [403, 403], anonymous: [401, 401] },
  },
  {
    name: 'GET /people/:id',
    call: (who, where) => request(who, 'GET', `/api/v1/people/${where === 'inside' ? ids.personBangli : ids.personNtb}`),
    expected: { admin: [200, 200], coordinator: [200, 404], officer: [200, 404], viewer: [200, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'POST /people',
    // A unit outside scope is answered like an unknown unit (400), so units cannot be enumerated.
    call: (who, where) => request(who, 'POST', '/api/v1/people', { fullName: `Orang ${(serial += 1)}`, unitId: where === 'inside' ? ids.unitBangli : ids.unitNtb }),
    expected: { admin: [201, 201], coordinator: [201, 400], officer: [201, 400], viewer: [403, 400], reporter: [400, 400], anonymous: [401, 401] },
  },
  {
    name: 'PATCH /users/:id',
    call: (who, where) => request(who, 'PATCH', `/api/v1/users/${where === 'inside' ? ids.viewerBangli : ids.userNtb}`, { displayName: `Renamed ${(serial += 1)}` }),
    // Accounts one may not manage do not exist for one (as for GET), so nothing can be enumerated.
    expected: { admin: [200, 200], coordinator: [200, 404], officer: [404, 404], viewer: [404, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'POST /users/:id/password',
    call: (who, where) => request(who, 'POST', `/api/v1/users/${where === 'inside' ? ids.viewerBangli : ids.userNtb}/password`, { newPassword: 'matrix password' }),
    expected: { admin: [204, 204], coordinator: [204, 404], officer: [404, 404], viewer: [404, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'PATCH /units/:id',
    call: (who, where) => request(who, 'PATCH', `/api/v1/units/${where === 'inside' ? ids.unitBangli : ids.unitNtb}`, { name: `Unit ${(serial += 1)}` }),
    expected: { admin: [200, 200], coordinator: [200, 404], officer: [403, 404], viewer: [403, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'PATCH /people/:id',
    call: (who, where) => request(who, 'PATCH', `/api/v1/people/${where === 'inside' ? ids.personBangli : ids.personNtb}`, { position: `Anggota ${(serial += 1)}` }),
    expected: { admin: [200, 200], coordinator: [200, 404], officer: [200, 404], viewer: [403, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'GET /agencies',
    // Reference data, the same for everyone signed in: inside and outside ask the same question.
    call: (who) => request(who, 'GET', '/api/v1/agencies'),
    expected: { admin: [200, 200], coordinator: [200, 200], officer: [200, 200], viewer: [200, 200], reporter: [200, 200], anonymous: [401, 401] },
  },
];

describe.each(families)('$name', (family) => {
  it.each(WHO)('%s: inside and outside scope', async (who) => {
    const [inside, outside] = family.expected[who];
    expect((await family.call(who, 'inside')).statusCode, 'inside').toBe(inside);
    expect((await family.call(who, 'outside')).statusCode, 'outside').toBe(outside);
  });
});

describe('lists are filtered by scope', () => {
  const visible = (who: Who, region: string | null) => scopeOf[who] === null || (region !== null && isWithin(region, scopeOf[who]!));

  it.each<[Who, number]>([['admin', 200], ['coordinator', 200], ['officer', 200], ['viewer', 200], ['reporter', 403], ['anonymous', 401]])(
    'GET /units as %s → %i, nothing outside scope',
    async (who, status) => {
      const response = await request(who, 'GET', '/api/v1/units?limit=500');
      expect(response.statusCode).toBe(status);
      if (status !== 200) return;
      const regions: string[] = response.json().items.map((u: { regionCode: string }) => u.regionCode);
      expect(regions.length).toBeGreaterThan(0);
      expect(regions.every((r) => visible(who, r))).toBe(true);
      if (who === 'admin') expect(regions).toContain('52.01');
    },
  );

  it.each<[Who, number]>([['admin', 200], ['coordinator', 200], ['officer', 403], ['viewer', 403], ['reporter', 403], ['anonymous', 401]])(
    'GET /users as %s → %i, nothing outside scope',
    async (who, status) => {
      const response = await request(who, 'GET', '/api/v1/users?limit=500');
      expect(response.statusCode).toBe(status);
      if (status !== 200) return;
      const scopes: (string | null)[] = response.json().items.map((u: { scopeRegionCode: string | null }) => u.scopeRegionCode);
      expect(scopes.every((s) => visible(who, s))).toBe(true);
      if (who === 'coordinator') expect(scopes).not.toContain('52');
    },
  );
});

describe('people lists are filtered by scope', () => {
  it.each<[Who, number]>([['admin', 200], ['coordinator', 200], ['officer', 200], ['viewer', 200], ['reporter', 403], ['anonymous', 401]])(
    'GET /people as %s → %i, nothing outside scope',
    async (who, status) => {
      const response = await request(who, 'GET', '/api/v1/people?limit=500');
      expect(response.statusCode).toBe(status);
      if (status !== 200) return;
      const regions: string[] = response.json().items.map((p: { regionCode: string }) => p.regionCode);
      expect(regions.length).toBeGreaterThan(0);
      expect(regions.every((r) => scopeOf[who] === null || isWithin(r, scopeOf[who]!))).toBe(true);
    },
  );
});

describe('granting', () => {
  it.each([
    ['coordinator cannot create an admin in its region', 'coordinator', { role: 'admin', scopeRegionCode: '51' }, 403],
    ['coordinator cannot create a national account', 'coordinator', { role: 'viewer', scopeRegionCode: null }, 403],
    ['an officer needs a unit inside its region', 'admin', { role: 'officer', scopeRegionCode: '51.06', unitId: null }, 400],
    ['an officer’s unit must lie inside its region', 'admin', { role: 'officer', scopeRegionCode: '51.06', unitId: -1 }, 400],
    ['coordinator creates an officer for Bawaslu Bangli', 'coordinator', { role: 'officer', scopeRegionCode: '51.06', unitId: 0 }, 201],
  ] as const)('%s', async (_label, who, grant, status) => {
    const unitId = 'unitId' in grant ? (grant.unitId === 0 ? ids.unitBangli : grant.unitId === -1 ? ids.unitNtb : null) : null;
    const response = await request(who, 'POST', '/api/v1/users', {
      email: `grant${(serial += 1)}@m.id`, displayName: 'G', password: 'a long password', ...grant, unitId,
    });
    expect(response.statusCode).toBe(status);
  });
});
