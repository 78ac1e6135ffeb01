import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp } from '../../../test/helpers.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../domain/access/session-policy.js';

// A clock the tests move, to cross idle and absolute session limits.
let nowMs = Date.parse('2024-09-30T02:00:00Z');
const clock = { now: () => new Date(nowMs) };
const ORIGIN = 'http://localhost:80';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  ctx = await openTestApp(clock);
  await ctx.services.users.createAdmin({ email: 'Admin@Desk.go.id', displayName: 'Admin Desk', password: 'correct horse battery' }, 'test');
});
afterAll(async () => ctx?.close());

async function login(email: string, password: string, ip = '10.0.0.1') {
  return ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip, headers: { origin: ORIGIN } });
}

function sessionCookie(response: Awaited<ReturnType<typeof login>>): string {
  const cookie = response.cookies.find((c) => c.name === 'sinergi_session');
  if (!cookie) throw new Error('no session cookie');
  return cookie.value;
}

const me = (cookie: string) => ctx.app.inject({ url: '/api/v1/auth/me', cookies: { sinergi_session: cookie } });

describe('signing in', () => {
  it('accepts the right password whatever the email’s case, with a strict httpOnly cookie', async () => {
    const response = await login('admin@desk.go.id', 'correct horse battery');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email: 'admin@desk.go.id', role: 'admin', scopeRegionCode: null, displayName: 'Admin Desk' });
    const cookie = response.cookies.find((c) => c.name === 'sinergi_session');
    // Max-Age, counted by the browser's clock: a pinned server clock (SINERGI_CLOCK) must not send an expired cookie.
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 7 * 24 * 60 * 60 });
    expect((await me(sessionCookie(response))).json().email).toBe('admin@desk.go.id');
  });

  it.each([
    ['admin@desk.go.id', 'wrong password!'],
    ['nobody@desk.go.id', 'correct horse battery'],
  ])('refuses %s with the same message either way', async (email, password) => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: '10.0.0.2', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ code: 'login_failed', message: 'Wrong email or password.' });
    expect(response.cookies).toHaveLength(0);
  });

  it('stores sessions hashed, never the cookie value', async () => {
    const cookie = sessionCookie(await login('admin@desk.go.id', 'correct horse battery'));
    const rows = await ctx.database.db.execute<{ token_hash: string }>(sql`select token_hash from sessions`);
    expect(rows.rows.map((r) => r.token_hash)).not.toContain(cookie);
    expect(rows.rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('rotates the session at login: the previous cookie stops working', async () => {
    const first = sessionCookie(await login('admin@desk.go.id', 'correct horse battery'));
    const again = await ctx.app.inject({
      method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@desk.go.id', password: 'correct horse battery' },
      cookies: { sinergi_session: first }, headers: { origin: ORIGIN },
    });
    expect(sessionCookie(again)).not.toBe(first);
    expect((await me(first)).statusCode).toBe(401);
  });

  it.each([
    [{ email: 'admin@desk.go.id' }],
    [{ email: 'not-an-email', password: 'x' }],
    [{ email: 'admin@desk.go.id', password: 'x'.repeat(300) }],
    [{ email: 'admin@desk.go.id', password: 'x', role: 'admin' }],
  ])('answers the malformed body %j with 400', async (payload) => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
    expect(response.statusCode).toBe(400);
  });
});

describe('throttling', () => {
  it('locks an account after five failures in a window, counted in the database', async () => {
    await ctx.services.users.createAdmin({ email: 'target@desk.go.id', displayName: 'T', password: 'a long enough secret' }, 'test');
    for (let i = 0; i < 5; i += 1) expect((await login('target@desk.go.id', 'nope', `10.1.0.${i}`)).statusCode).toBe(401);
    const locked = await login('target@desk.go.id', 'a long enough secret', '10.1.0.99');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('login_throttled');
    nowMs += 16 * 60_000;
    expect((await login('target@desk.go.id', 'a long enough secret', '10.1.0.99')).statusCode).toBe(200);
  });
});

describe('sessions end', () => {
  it('after the idle limit', async () => {
    const cookie = sessionCookie(await login('admin@desk.go.id', 'correct horse battery'));
    nowMs += SESSION_IDLE_MS - 60_000;
    expect((await me(cookie)).statusCode).toBe(200);
    nowMs += SESSION_IDLE_MS + 1;
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('at the absolute limit even when in use', async () => {
    const cookie = sessionCookie(await login('admin@desk.go.id', 'correct horse battery'));
    const end = nowMs + SESSION_ABSOLUTE_MS;
    while (nowMs + SESSION_IDLE_MS / 2 < end) {
      nowMs += SESSION_IDLE_MS / 2;
      expect((await me(cookie)).statusCode).toBe(200);
    }
    nowMs = end;
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('at logout, and everywhere at logout-everywhere', async () => {
    const a = sessionCookie(await login('admin@desk.go.id', 'correct horse battery'));
    const b = sessionCookie(await login('admin@desk.go.id', 'correct horse battery', '10.9.9.9'));
    const out = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { sinergi_session: a }, headers: { origin: ORIGIN } });
    expect(out.statusCode).toBe(204);
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(200);
    const c = sessionCookie(await login('admin@desk.go.id', 'correct horse battery'));
    const all = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere', cookies: { sinergi_session: c }, headers: { origin: ORIGIN } });
    expect(all.statusCode).toBe(200);
    expect(all.json().ended).toBeGreaterThanOrEqual(2);
    expect((await me(b)).statusCode).toBe(401);
    expect((await me(c)).statusCode).toBe(401);
  });
});

describe('cross-site requests', () => {
  it.each([
    [{}, 403],
    [{ origin: 'https://evil.example' }, 403],
    [{ referer: 'https://evil.example/page' }, 403],
    [{ origin: ORIGIN }, 200],
  ])('a cookie-authenticated write with %j → %i', async (headers, status) => {
    const cookie = sessionCookie(await login('admin@desk.go.id', 'correct horse battery'));
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere', cookies: { sinergi_session: cookie }, headers });
    expect(response.statusCode).toBe(status);
  });

  it('ignores a forged or oversized cookie', async () => {
    expect((await me('ses_forged')).statusCode).toBe(401);
    expect((await me('x'.repeat(5000))).statusCode).toBe(401);
  });
});

describe('the audit trail', () => {
  it('records logins with who, from where and with which client', async () => {
    await ctx.app.inject({
      method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@desk.go.id', password: 'correct horse battery' },
      remoteAddress: '10.7.7.7', headers: { 'user-agent': 'audit-probe/1.0' },
    });
    const rows = await ctx.database.db.execute(sql`select actor_label, action, ip, client from audit_log where client = 'audit-probe/1.0'`);
    expect(rows.rows).toEqual([{ actor_label: 'admin@desk.go.id', action: 'auth.login', ip: '10.7.7.7', client: 'audit-probe/1.0' }]);
  });
});

describe('profile', () => {
  it('changes the language, and the password with the current one, ending other sessions', async () => {
    await ctx.services.users.createAdmin({ email: 'profile@desk.go.id', displayName: 'P', password: 'first password 1' }, 'test');
    const mine = sessionCookie(await login('profile@desk.go.id', 'first password 1', '10.5.0.1'));
    const other = sessionCookie(await login('profile@desk.go.id', 'first password 1', '10.5.0.2'));
    const patch = await ctx.app.inject({ method: 'PATCH', url: '/api/v1/auth/me', payload: { language: 'en' }, cookies: { sinergi_session: mine }, headers: { origin: ORIGIN } });
    expect(patch.json().language).toBe('en');
    expect((await me(mine)).json().language).toBe('en');
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'nope', newPassword: 'second password 2' }, cookies: { sinergi_session: mine }, headers: { origin: ORIGIN } });
    expect(wrong.statusCode).toBe(401);
    const weak = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'first password 1', newPassword: 'short' }, cookies: { sinergi_session: mine }, headers: { origin: ORIGIN } });
    expect(weak.statusCode).toBe(400);
    const changed = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'first password 1', newPassword: 'second password 2' }, cookies: { sinergi_session: mine }, headers: { origin: ORIGIN } });
    expect(changed.statusCode).toBe(204);
    expect((await me(mine)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await login('profile@desk.go.id', 'second password 2', '10.5.0.3')).statusCode).toBe(200);
  });
});

describe('sign-out in the audit trail', () => {
  it('names the account and its region', async () => {
    await ctx.services.users.createAdmin({ email: 'leaver@desk.go.id', displayName: 'L', password: 'leaving password' }, 'test');
    const cookie = sessionCookie(await login('leaver@desk.go.id', 'leaving password', '10.6.0.1'));
    await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { sinergi_session: cookie }, headers: { origin: ORIGIN } });
    const rows = await ctx.database.db.execute(sql`select actor_label from audit_log where action = 'auth.logout' order by id desc limit 1`);
    expect(rows.rows[0]).toEqual({ actor_label: 'leaver@desk.go.id' });
  });
});
