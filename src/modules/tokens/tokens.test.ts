import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, openTestApp, signIn, TEST_ORIGIN } from '../../../test/helpers.js';

let nowMs = Date.parse('2024-09-30T02:00:00Z');
const clock = { now: () => new Date(nowMs) };
let ctx: Awaited<ReturnType<typeof openTestApp>>;
let admin: string;
let coordinator: string;
let officer: string;
let unitId: number;

beforeAll(async () => {
  ctx = await openTestApp(clock);
  unitId = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  await createTestUser(ctx.database, { email: 'admin@desk.go.id', password: 'admin password 1', role: 'admin', scopeRegionCode: null });
  await createTestUser(ctx.database, { email: 'koord@bali.go.id', password: 'coordinator pass', role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(ctx.database, { email: 'officer@bangli.go.id', password: 'officer password', role: 'officer', scopeRegionCode: '51.06', unitId });
  admin = await signIn(ctx.app, 'admin@desk.go.id', 'admin password 1');
  coordinator = await signIn(ctx.app, 'koord@bali.go.id', 'coordinator pass');
  officer = await signIn(ctx.app, 'officer@bangli.go.id', 'officer password');
});
afterAll(async () => ctx?.close());

const create = (cookie: string, payload: Record<string, unknown>) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/tokens', payload, cookies: { sinergi_session: cookie }, headers: { origin: TEST_ORIGIN } });
const meWith = (token: string) => ctx.app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });

describe('creating tokens', () => {
  it.each<[string, () => string, Record<string, unknown>, number]>([
    ['coordinator: reporter token for Bangli', () => coordinator, { name: 'SMS gateway', role: 'reporter', scopeRegionCode: '51.06' }, 201],
    ['coordinator: viewer token for its own region by default', () => coordinator, { name: 'dashboard', role: 'viewer' }, 201],
    ['coordinator: officer token with its unit', () => coordinator, { name: 'unit script', role: 'officer', scopeRegionCode: '51.06', unitId: 0 }, 201],
    ['coordinator: no admin token', () => coordinator, { name: 'x', role: 'admin' }, 403],
    ['coordinator: nothing outside Bali', () => coordinator, { name: 'x', role: 'viewer', scopeRegionCode: '52' }, 403],
    ['coordinator: not national', () => coordinator, { name: 'x', role: 'viewer', scopeRegionCode: null }, 403],
    ['officer: no tokens at all', () => officer, { name: 'x', role: 'reporter', scopeRegionCode: '51.06' }, 403],
    ['admin: national admin token', () => admin, { name: 'ops', role: 'admin', scopeRegionCode: null, expiresInDays: 30 }, 201],
    ['admin: officer token needs a unit', () => admin, { name: 'x', role: 'officer', scopeRegionCode: '51.06' }, 400],
    ['too long a life', () => admin, { name: 'x', role: 'viewer', expiresInDays: 366 }, 400],
    ['unknown field', () => admin, { name: 'x', role: 'viewer', owner: 'someone' }, 400],
  ])('%s → %i', async (_label, cookie, payload, status) => {
    const body = { ...payload, ...(payload.unitId === 0 ? { unitId } : {}) };
    expect((await create(cookie(), body)).statusCode).toBe(status);
  });

  it('shows the secret once and stores only its hash', async () => {
    const response = await create(coordinator, { name: 'once', role: 'reporter', scopeRegionCode: '51.06' });
    const { token, id } = response.json();
    expect(token).toMatch(/^sng_[A-Za-z0-9_-]{40,}$/);
    const list = await ctx.app.inject({ url: '/api/v1/tokens', cookies: { sinergi_session: coordinator } });
    expect(JSON.stringify(list.json())).not.toContain(token);
    expect(list.json().items.map((t: { id: number }) => t.id)).toContain(id);
    const stored = await ctx.database.db.execute<{ token_hash: string }>(sql`select token_hash from api_tokens where id = ${id}`);
    expect(stored.rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]?.token_hash).not.toBe(token);
  });
});

describe('using tokens', () => {
  it('acts with the token’s scope, records its last use, and stops when revoked', async () => {
    const { token, id } = (await create(coordinator, { name: 'gateway', role: 'reporter', scopeRegionCode: '51.06' })).json();
    const me = await meWith(token);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'koord@bali.go.id', role: 'reporter', scopeRegionCode: '51.06' });
    const used = await ctx.database.db.execute<{ last_used_at: string | null }>(sql`select last_used_at from api_tokens where id = ${id}`);
    expect(used.rows[0]?.last_used_at).not.toBeNull();
    const revoke = await ctx.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, cookies: { sinergi_session: coordinator }, headers: { origin: TEST_ORIGIN } });
    expect(revoke.statusCode).toBe(204);
    expect((await meWith(token)).statusCode).toBe(401);
  });

  it('expires', async () => {
    const { token } = (await create(admin, { name: 'short', role: 'viewer', expiresInDays: 1 })).json();
    expect((await meWith(token)).statusCode).toBe(200);
    nowMs += 86_400_000;
    expect((await meWith(token)).statusCode).toBe(401);
  });

  it('cannot be revoked by someone else (404, not 403)', async () => {
    // The clock moved past the sessions' idle limit above: sign in again.
    admin = await signIn(ctx.app, 'admin@desk.go.id', 'admin password 1');
    coordinator = await signIn(ctx.app, 'koord@bali.go.id', 'coordinator pass');
    const { id } = (await create(admin, { name: 'admins', role: 'viewer' })).json();
    const response = await ctx.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, cookies: { sinergi_session: coordinator }, headers: { origin: TEST_ORIGIN } });
    expect(response.statusCode).toBe(404);
  });

  it.each(['Bearer', 'Bearer ', 'Bearer sng_forgedforgedforgedforgedforged', 'Basic dXNlcjpwYXNz', `Bearer ${'x'.repeat(5000)}`])(
    'refuses the header %j with 401',
    async (header) => {
      const response = await ctx.app.inject({ url: '/api/v1/auth/me', headers: { authorization: header } });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('unauthenticated');
    },
  );
});
