import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLiveStream } from '../test/live-stream';
import { runCli, startServer, type RunningServer } from './server';

/**
 * Issue 11, several processes: two real `sinergi serve` processes on one PostgreSQL database behave as
 * one server. Sessions, the write budget, idempotency keys, scheduled reports, the incident catalogue
 * and the live feed (incidents and alerts) all go through the database, so whichever process a
 * request reaches gives the same answer. Both run as they would behind a reverse proxy on this host
 * (SINERGI_TRUST_PROXY=127.0.0.1), which the first test also checks.
 *
 * PostgreSQL only: the embedded database is one process's folder by design (a lock refuses a second).
 */
const SERVER_URL = process.env.DATABASE_URL;
if (!SERVER_URL) console.warn('[e2e] skipping several server processes on one database: needs PostgreSQL (DATABASE_URL); the embedded database serves one process');

const ADMIN = { email: 'admin@multiproc.go.id', password: 'admin passphrase for two processes' };
const COORDINATOR = { email: 'koordinator@multiproc.go.id', displayName: 'Koordinator Bali', password: 'coordinator passphrase for two processes' };
const APUAN = '51.06.01.2001';
/** Regions whose daily report is due when the servers start: each must be made once, by one of them. */
const SCHEDULED = ['11', '31', '32', '51', '52', '53'];
const WRITES_PER_MINUTE = 120;

interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** One JSON request to `base` with a session cookie; writes carry that server's own Origin, as a browser's would. */
async function call<T = Record<string, unknown>>(base: string, cookie: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      origin: base, 'accept-language': 'en', ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(cookie ? { cookie: `sinergi_session=${cookie}` } : {}), ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

/** Signs in on `base`; the session token and the Set-Cookie line it came in. */
async function signIn(base: string, who: { email: string; password: string }, headers: Record<string, string> = {}) {
  const reply = await call(base, null, 'POST', '/auth/login', { email: who.email, password: who.password }, headers);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  const setCookie = reply.headers.getSetCookie().find((line) => line.startsWith('sinergi_session='))!;
  return { token: /^sinergi_session=([^;]+)/.exec(setCookie)![1]!, setCookie };
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const report = (overrides: Record<string, unknown> = {}) => ({
  category: 'politik_uang', regime: 'pilkada', description: 'Tim sukses membagikan amplop berisi uang kepada warga di banjar.',
  occurredAt: hoursAgo(2), knownAt: hoursAgo(1), regionCode: APUAN, latitude: -8.43, longitude: 115.36, ...overrides,
});

describe.skipIf(!SERVER_URL)('two sinergi serve processes on one PostgreSQL database', () => {
  const name = `sinergi_test_mp_${process.pid}`;
  let a: RunningServer | undefined;
  let b: RunningServer | undefined;
  let db: pg.Client | undefined;
  let admin = '';

  async function onServer(statement: string) {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await onServer(`drop database if exists ${name} with (force)`);
    await onServer(`create database ${name}`);
    const own = new URL(SERVER_URL!);
    own.pathname = `/${name}`;
    // The real clock: schedules fall due by it.
    const env = { ...process.env, DATABASE_URL: own.toString(), SINERGI_CLOCK: '' };
    await runCli(['seed'], env);
    await runCli(['admin', 'create', '--email', ADMIN.email, '--name', 'Admin Desk', '--password-stdin'], env, `${ADMIN.password}\n`);
    db = new pg.Client({ connectionString: own.toString() });
    await db.connect();
    // Due an hour ago: the first pass of each server (at start) finds them.
    for (const code of SCHEDULED) {
      await db.query(`insert into situation_report_schedules (region_code, local_hour, next_run_at) values ($1, 6, now() - interval '1 hour')`, [code]);
    }
    const serverEnv = { DATABASE_URL: env.DATABASE_URL, SINERGI_TRUST_PROXY: '127.0.0.1', SINERGI_CLOCK: '' };
    [a, b] = await Promise.all([startServer(serverEnv), startServer(serverEnv)]);
    admin = (await signIn(a.baseUrl, ADMIN)).token;
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.end();
    await onServer(`drop database if exists ${name} with (force)`);
  });

  it('a session made on A (through a TLS proxy) works on B; signing out on A ends it on B', async () => {
    const proxied = { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'desk.example', origin: 'https://desk.example' };
    const session = await signIn(a!.baseUrl, ADMIN, proxied);
    // Behind TLS the cookie is Secure, and the client's address (not the proxy's) is what the session records.
    expect(session.setCookie).toMatch(/;\s*Secure/i);
    expect((await db!.query(`select ip from sessions order by created_at desc limit 1`)).rows[0]).toEqual({ ip: '203.0.113.7' });

    const me = await call<{ email: string }>(b!.baseUrl, session.token, 'GET', '/auth/me');
    expect([me.status, me.body.email]).toEqual([200, ADMIN.email]);
    // The browser's https:// Origin matches the proxied scheme and host on B too; without them it would not.
    const write = await call(b!.baseUrl, session.token, 'PATCH', '/auth/me', { displayName: 'Admin Desk Bali' }, proxied);
    expect(write.status, JSON.stringify(write.body)).toBe(200);
    const unproxied = await call(b!.baseUrl, session.token, 'PATCH', '/auth/me', { displayName: 'Admin Desk' }, { origin: 'https://desk.example' });
    expect(unproxied.status).toBe(403);

    expect((await call(a!.baseUrl, session.token, 'POST', '/auth/logout')).status).toBe(204);
    expect((await call(b!.baseUrl, session.token, 'GET', '/auth/me')).status).toBe(401);
    expect((await call(a!.baseUrl, session.token, 'GET', '/auth/me')).status).toBe(401);
  });

  it('counts one write budget across both: writes split between A and B are refused together past the limit', async () => {
    const created = await call(a!.baseUrl, admin, 'POST', '/users', { ...COORDINATOR, role: 'coordinator', scopeRegionCode: '51' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const coordinator = (await signIn(b!.baseUrl, COORDINATOR)).token;
    // The budget is per clock minute: start early in one, so all the writes fall in the same window.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    for (let i = 0; i < WRITES_PER_MINUTE; i += 1) {
      // An empty report is refused (400) but still a write the budget counts.
      const reply = await call(i % 2 === 0 ? a!.baseUrl : b!.baseUrl, coordinator, 'POST', '/incidents', {});
      expect(reply.status, `write ${i + 1}`).toBe(400);
    }
    for (const base of [a!.baseUrl, b!.baseUrl]) {
      const refused = await call<{ code: string }>(base, coordinator, 'POST', '/incidents', report());
      expect([refused.status, refused.body.code]).toEqual([429, 'rate_limited']);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Another account's budget is its own.
    expect((await call(b!.baseUrl, admin, 'POST', '/incidents', {})).status).toBe(400);
  });

  it('stores one report for one idempotency key, whichever process each try reaches, and both answer alike', async () => {
    const body = report({ description: 'Amplop dibagikan di banjar Apuan, dilaporkan ulang oleh aplikasi.' });
    const first = await call<{ id: number; reference: string }>(a!.baseUrl, admin, 'POST', '/incidents', body, { 'idempotency-key': 'mp-retry-1' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const retry = await call<{ id: number; reference: string }>(b!.baseUrl, admin, 'POST', '/incidents', body, { 'idempotency-key': 'mp-retry-1' });
    expect([retry.status, retry.headers.get('idempotent-replayed'), retry.body]).toEqual([201, 'true', first.body]);

    // Two tries at the same moment, one on each process.
    const racing = report({ description: 'Dua percobaan serentak dengan kunci yang sama, satu di tiap proses.' });
    const both = await Promise.all([a!, b!].map((server) =>
      call<{ id: number }>(server.baseUrl, admin, 'POST', '/incidents', racing, { 'idempotency-key': 'mp-race-1' })));
    expect(both.map((reply) => reply.status)).toEqual([201, 201]);
    expect(both[0]!.body.id).toBe(both[1]!.body.id);

    const stored = await db!.query(`select description, count(*)::int as n from incidents where description in ($1, $2) group by 1 order by 1`, [body.description, racing.description]);
    expect(stored.rows.map((row) => row.n)).toEqual([1, 1]);
    // The same key with another body is refused on the other process too.
    const changed = await call(b!.baseUrl, admin, 'POST', '/incidents', { ...body, description: 'Isi lain dengan kunci yang sama.' }, { 'idempotency-key': 'mp-retry-1' });
    expect(changed.status).toBe(422);
  });

  it('makes each due situation report once, though both processes run the schedule worker', async () => {
    await expect.poll(async () => (await db!.query(`
      select count(*)::int as n from situation_report_schedules where leased_until is null and next_run_at > now()`)).rows[0].n,
    { timeout: 60_000, interval: 500 }).toBe(SCHEDULED.length);
    const made = await db!.query(`select region_code, trigger, count(*)::int as n from situation_reports group by 1, 2 order by 1`);
    expect(made.rows).toEqual(SCHEDULED.map((code) => ({ region_code: code, trigger: 'schedule', n: 1 })));
  });

  it('sees a category added on A at once on B, whose catalogue was already read', async () => {
    const before = await call(b!.baseUrl, admin, 'POST', '/incidents', report({ category: 'perusakan_apk' }));
    expect(before.status).toBe(400);
    const saved = await call(a!.baseUrl, admin, 'PUT', '/incident-categories/perusakan_apk', {
      name: { id: 'Perusakan APK', en: 'Campaign props vandalised' }, keywords: ['baliho dirusak'], defaultSeverity: 'sedang',
      referralAgency: 'BAWASLU', alsoConcerns: [], clocks: [], clockRules: {}, active: true, version: 0,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300);
    await expect.poll(async () => (await call(b!.baseUrl, admin, 'POST', '/incidents', report({ category: 'perusakan_apk', description: 'Baliho calon dirusak orang tak dikenal.' }))).status,
      { timeout: 5_000 }).toBe(201);
  });

  it('tells a live-feed reader on B of a report made on A, and of the alert it raised; B lists the alert', async () => {
    const rule = await call(a!.baseUrl, admin, 'POST', '/alert-rules', {
      name: 'Kekerasan kritis', kind: 'severity', regionCode: '51', category: 'kekerasan', params: { minSeverity: 'kritis' },
    });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    const stream = await openLiveStream(b!.baseUrl, admin, '?types=incident,alert');
    try {
      const created = await call<{ id: number }>(a!.baseUrl, admin, 'POST', '/incidents', report({
        category: 'kekerasan', severity: 'kritis', description: 'Bentrokan antarpendukung di depan posko pemenangan, dua orang luka.',
      }));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      await expect.poll(() => stream.received.map((event) => event.event), { timeout: 10_000 }).toEqual(['incident.created', 'alert.raised']);
      expect(stream.received[0]!.data).toMatchObject({ id: String(created.body.id), regionCode: APUAN });
      const alertId = Number(stream.received[1]!.data.id);

      const alerts = await call<{ items: { id: number; incidentIds?: number[] }[] }>(b!.baseUrl, admin, 'GET', '/alerts?region=51');
      expect(alerts.status).toBe(200);
      expect(alerts.body.items.map((alert) => alert.id)).toEqual([alertId]);
      const detail = await call<{ incidents: { id: number }[] }>(b!.baseUrl, admin, 'GET', `/alerts/${alertId}`);
      expect(detail.body.incidents.map((incident) => incident.id)).toEqual([created.body.id]);
    } finally {
      stream.close();
    }
  });
});
