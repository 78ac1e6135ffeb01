/**
 * Hostile-input suite: every endpoint of test/hostile/endpoints.ts crossed with every payload of
 * test/hostile/payloads.ts that applies to it. Whatever arrives, the server must answer below 500,
 * with `{code, message}` from the closed set of error codes when it refuses, without a stack trace
 * or a file path, without polluting Object.prototype, and without changing stored data.
 *
 * Half of each endpoint's cases are signed in with an administrator's session cookie (and our own
 * Origin), the other half are anonymous; at a session endpoint, field values and uploads are always
 * signed in (test/hostile/cases.ts says why). Requests that may end their session, or change their
 * account's password, are signed with a throwaway session of a spare account instead, whose password
 * is put back after each case. The rows that examples name are created first, and those that an
 * entry's example changes or deletes are put back after each of its cases (test/hostile/fixtures.ts). The app's write rate limit is lifted, so that hundreds of signed-in
 * writes reach their handlers instead of a 429.
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteExpiry, LOGIN_WINDOW_MS } from '../domain/access/session-policy.js';
import { ERROR_CODES } from '../domain/errors.js';
import { verifyAudit } from '../modules/audit/service.js';
import { createAuthRepo } from '../modules/auth/repo.js';
import { hashSecret, newSecret } from '../modules/auth/secrets.js';
import type { Clock } from '../services.js';
import { openTestApp } from '../../test/helpers.js';
import { buildCases, credentialOf, exampleDraft, render, SAME_ORIGIN, SESSION_COOKIE, type HostileCase } from '../../test/hostile/cases.js';
import { ENDPOINTS, endpointLabel, HOSTILE_ADMIN, HOSTILE_SPARE, type EndpointSpec } from '../../test/hostile/endpoints.js';
import { createFixtures, restoreFixtures } from '../../test/hostile/fixtures.js';
import { fingerprint, fingerprintChanges, selectTables, type Fingerprint } from '../../test/hostile/fingerprint.js';

const CASES = buildCases(ENDPOINTS);
/** [endpoint label, its cases]; '%s' titles, because `$name` titles are cut short. */
const GROUPS = ENDPOINTS.map((endpoint) => [endpointLabel(endpoint), CASES.filter((c) => c.endpoint === endpoint)] as const);

/**
 * Tables that may change but never shrink below where they started: sessions (the suite opens
 * throwaway ones that cases may end; use touches them), audit rows and rate counters. Every other
 * table must stay byte-for-byte the same, except what an endpoint declares in `writes`.
 */
const ALWAYS_GROWING: ReadonlySet<string> = new Set(['sessions', 'audit_log', 'rate_counters']);
const isAlwaysGrowing = (table: string) => ALWAYS_GROWING.has(table);
/**
 * Reference data that no endpoint writes. The gazetteer's 90,000 rows were most of the time of the
 * check after each endpoint, so that check leaves these tables out; the check after every case
 * (against the start) covers them.
 */
const REFERENCE_TABLES: ReadonlySet<string> = new Set(['regions', 'elections', 'election_stages', 'contests', 'agencies', 'reference_loads']);
const checkedPerEndpoint = (table: string) => !REFERENCE_TABLES.has(table);
/** Tables the database itself keeps from another (triggers): whoever may write the source may change them. */
const DERIVED_FROM: Readonly<Record<string, string>> = { incident_open_counts: 'incidents', incident_hour_counts: 'incidents' };
const withDerived = (tables: readonly string[]) => [...tables, ...Object.entries(DERIVED_FROM).filter(([, source]) => tables.includes(source)).map(([derived]) => derived)];
const growingFor = (endpoints: readonly EndpointSpec[]) => new Set<string>([...ALWAYS_GROWING, ...withDerived(endpoints.flatMap((e) => e.writes ?? []))]);

/** What must never appear in a response: stack frames, dependency paths, the server's own folders. */
const LEAKS: readonly RegExp[] = [/at .*\.(ts|js):\d+/, /node_modules/, /\/work\//, new RegExp(escapeRegExp(process.cwd())), /"stack"\s*:/];
const ERROR_CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);
const PROBE_KEYS = ['admin', 'polluted', 'isAdmin', 'role', 'prototype'] as const;
const OBJECT_PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** The server's clock: real time, moved on to a fresh login-throttling window before each case of a throttled endpoint. */
let clockOffsetMs = 0;
const clock = { now: () => new Date(Date.now() + clockOffsetMs) };

/**
 * The whole HTTP app over a private copy of the test database, without the write rate limit.
 * HOSTILE_LOG=1 prints the server's error log, to see what lies behind a 500; HOSTILE_TRACE=<file>
 * writes each case's status there, to see which cases reach a handler.
 */
function openHostileApp(clock: Clock) {
  const logger = process.env.HOSTILE_LOG ? { level: 'error' } : false;
  // A live stream that answers 200 ends at once, so that inject() (which waits for the end) returns.
  return openTestApp(clock, { writesPerMinute: Number.MAX_SAFE_INTEGER, logger, live: { lifetimeMs: 20 } });
}

let ctx: Awaited<ReturnType<typeof openHostileApp>>;
let sharedSession = '';
/** The spare account, and its password hash as created (put back after cases that change it). */
let spare = { id: '', passwordHash: '' };
let baseline: Fingerprint;
/** The fingerprint after the previous endpoint's cases. */
let checkpoint: Fingerprint;

beforeAll(async () => {
  ctx = await openHostileApp(clock);
  const admin = await ctx.services.users.createAdmin(HOSTILE_ADMIN, 'hostile suite');
  const spareUser = await ctx.services.users.createAdmin(HOSTILE_SPARE, 'hostile suite');
  const stored = await ctx.database.db.execute<{ hash: string }>(sql`select password_hash as hash from users where id = ${spareUser.id}`);
  spare = { id: spareUser.id, passwordHash: String(stored.rows[0]?.hash) };
  await createFixtures(ctx.database.db, ctx.services, admin.id);
  const login = await ctx.app.inject({
    method: 'POST', url: '/api/v1/auth/login', payload: { email: HOSTILE_ADMIN.email, password: HOSTILE_ADMIN.password }, headers: { origin: SAME_ORIGIN },
  });
  sharedSession = login.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value ?? '';
  if (!sharedSession) throw new Error(`could not sign in: ${login.statusCode} ${login.body}`);
  baseline = await fingerprint(ctx.database.db);
  checkpoint = selectTables(baseline, checkedPerEndpoint);
});

afterAll(async () => ctx?.close());

/**
 * Moves past the current throttling window. Using the shared session keeps it from going idle; should
 * the moves ever pass its absolute end, a new one replaces it.
 */
async function freshThrottlingWindow(): Promise<void> {
  clockOffsetMs += LOGIN_WINDOW_MS;
  if (await ctx.services.auth.actorForSession(sharedSession)) return;
  sharedSession = (await ctx.services.auth.login(HOSTILE_ADMIN.email, HOSTILE_ADMIN.password, { ip: null, client: 'hostile suite' })).token;
}

/**
 * The session a case is signed with: none, the shared one, or a fresh one of the spare account when
 * the request may end it (stored directly: a sign-in per case would spend its time hashing).
 */
async function sessionFor(hostile: HostileCase): Promise<string | null> {
  if (hostile.variant === 'anonymous') return null;
  if (!hostile.endpoint.endsSession) return sharedSession;
  const token = newSecret('ses');
  const now = clock.now();
  await createAuthRepo(ctx.database.db).insertSession(hashSecret(token), spare.id, now, absoluteExpiry(now), null, 'hostile suite');
  return token;
}

/** Gives the spare account back the password it was created with, should a case have changed it. */
async function restoreSparePassword(): Promise<void> {
  await ctx.database.db.execute(sql`update users set password_hash = ${spare.passwordHash} where id = ${spare.id} and password_hash <> ${spare.passwordHash}`);
}

/** Properties that hostile input may have planted on the prototypes every object shares. */
function pollution(): string[] {
  const found: string[] = [];
  const object: Record<string, unknown> = {};
  const array = [] as unknown as Record<string, unknown>;
  for (const key of PROBE_KEYS) {
    if (object[key] !== undefined) found.push(`({}).${key} = ${String(object[key])}`);
    if (array[key] !== undefined) found.push(`[].${key} = ${String(array[key])}`);
  }
  const names = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  if (names !== OBJECT_PROTOTYPE_NAMES) found.push(`Object.prototype now has ${names}`);
  return found;
}

describe.each(GROUPS)('%s', (label, cases) => {
  const endpoint = cases[0]?.endpoint;
  it.each(cases.map((hostile) => [hostile.name, hostile] as const))('%s', async (_name, hostile) => {
    if (hostile.endpoint.throttled) await freshThrottlingWindow();
    const session = await sessionFor(hostile);
    const request = render(hostile.endpoint, hostile.payload.apply(exampleDraft(hostile.endpoint, session), session), hostile.remoteAddress);
    const response = await ctx.app.inject(request);
    if (hostile.endpoint.changesPassword) await restoreSparePassword();
    if (hostile.endpoint.restores) await restoreFixtures(ctx.database.db, hostile.endpoint.restores);
    const status = response.statusCode;
    const body = response.body;
    const seen = `${request.method} ${request.url.slice(0, 300)} → ${status} ${body.slice(0, 500)}`;
    if (process.env.HOSTILE_TRACE) fs.appendFileSync(process.env.HOSTILE_TRACE, `${status} ${hostile.name} ${body.slice(0, 160).replaceAll('\n', ' ')}\n`);

    expect(status, seen).toBeGreaterThanOrEqual(100);
    expect(status, seen).toBeLessThan(500);
    for (const leak of LEAKS) expect(body, seen).not.toMatch(leak);

    if (request.method !== 'HEAD' && body.length > 0) {
      const expected = status < 400 ? (hostile.endpoint.produces ?? 'application/json') : 'application/json';
      expect(String(response.headers['content-type']), seen).toMatch(new RegExp(`^${escapeRegExp(expected)}\\b`));
    }
    if (status >= 400 && request.method !== 'HEAD') {
      const error = parseJson(body);
      // Only a stale save says more than code and message: what changed, and the record as it is now.
      const { details, ...plain } = error as { details?: unknown };
      expect(plain, seen).toEqual({ code: expect.any(String), message: expect.any(String) });
      if (details !== undefined) expect((error as { code: string }).code, seen).toBe('stale_version');
      const { code, message } = error as { code: string; message: string };
      expect(ERROR_CODE_SET.has(code), `${seen}: code ${code} is not in ERROR_CODES`).toBe(true);
      expect(message.length, seen).toBeGreaterThan(0);
    }
    if (hostile.endpoint.auth === 'session' && credentialOf(hostile, session) === 'none') {
      expect(status, `${seen}: succeeded without a session`).toBeGreaterThanOrEqual(400);
    }
    if (hostile.payload.mustFail?.(hostile.endpoint, session)) {
      expect(status, `${seen}: must be refused`).toBeGreaterThanOrEqual(400);
    }
    if (hostile.payload.mustSucceed) {
      expect(status, `${seen}: the example must succeed`).toBeGreaterThanOrEqual(200);
      expect(status, `${seen}: the example must succeed`).toBeLessThan(300);
    }
    expect(pollution(), seen).toEqual([]);
  });

  it(`changed no stored data but what it may write (${label})`, async () => {
    const now = await fingerprint(ctx.database.db, checkedPerEndpoint);
    const others = (table: string) => !isAlwaysGrowing(table);
    const changes = [
      // Since the previous endpoint's cases: nothing changed but what this endpoint may write, which never shrank.
      ...fingerprintChanges(selectTables(checkpoint, others), selectTables(now, others), growingFor(endpoint ? [endpoint] : [])),
      // Since the start: sessions, audit rows and counters never shrank (sessions the suite opened may end).
      ...fingerprintChanges(selectTables(baseline, isAlwaysGrowing), selectTables(now, isAlwaysGrowing), ALWAYS_GROWING),
    ];
    checkpoint = now;
    expect(changes.join('\n'), `stored data changed during the ${label} cases`).toBe('');
  });
});

describe('after every hostile case', () => {
  it(`ran at least 200 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it('stored data did not change: reference tables, users and tokens identical; sessions, audit and counters never shrank', async () => {
    expect(fingerprintChanges(baseline, await fingerprint(ctx.database.db), growingFor(ENDPOINTS)).join('\n')).toBe('');
  });

  it('Object.prototype was not polluted', () => {
    expect(pollution()).toEqual([]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('the spare account still signs in with its password', async () => {
    clockOffsetMs += LOGIN_WINDOW_MS;
    const session = await ctx.services.auth.login(HOSTILE_SPARE.email, HOSTILE_SPARE.password, { ip: null, client: 'hostile suite' });
    expect(session.actor.userId).toBe(spare.id);
  });

  it('the shared session is still signed in', async () => {
    const me = await ctx.app.inject({ url: '/api/v1/auth/me', cookies: { [SESSION_COOKIE]: sharedSession } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: HOSTILE_ADMIN.email, role: 'admin' });
  });

  it('the audit chain is intact', async () => {
    expect(await verifyAudit(ctx.database.db)).toMatchObject({ ok: true });
  });
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return `<not JSON> ${text.slice(0, 200)}`;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
