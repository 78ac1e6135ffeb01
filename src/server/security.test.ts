import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, fixedClock, openTestDatabase, TEST_ORIGIN, type TestDatabase } from '../../test/helpers.js';
import { createServices } from '../services.js';
import { buildApp } from './app.js';

let testDb: TestDatabase;
let logs = '';
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await createTestUser(testDb.database, { email: 'sec@desk.go.id', password: 'secret password 77', role: 'admin', scopeRegionCode: null });
  const stream = new Writable({ write(chunk, _encoding, done) { logs += String(chunk); done(); } });
  // A fixed clock: a run that crosses a minute boundary would reset the write budget mid-test, and the
  // login throttle (a longer window) would answer first.
  app = await buildApp(createServices(testDb.database, fixedClock('2024-06-01T10:00:30Z')), { webDist: '/nonexistent', logger: { level: 'debug', stream }, writesPerMinute: 5 });
});
afterAll(async () => {
  await app?.close();
  await testDb?.cleanup();
});

describe('logs', () => {
  it('never contain passwords, session tokens or API tokens', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'sec@desk.go.id', password: 'secret password 77' } });
    const session = login.cookies.find((c) => c.name === 'sinergi_session')!.value;
    const token = (await app.inject({
      method: 'POST', url: '/api/v1/tokens', payload: { name: 'log probe', role: 'viewer' }, cookies: { sinergi_session: session }, headers: { origin: TEST_ORIGIN },
    })).json().token as string;
    await app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(logs.length).toBeGreaterThan(100);
    for (const secret of ['secret password 77', session, token]) expect(logs).not.toContain(secret);
  });
});

describe('write rate limit', () => {
  it('refuses writes past the per-minute budget with 429 and Retry-After, counting in the database', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@x.id', password: 'x' }, remoteAddress: '10.20.30.40' });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.json().code).toBe('rate_limited');
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    // Reads are not counted.
    expect((await app.inject({ url: '/api/v1/health', remoteAddress: '10.20.30.40' })).statusCode).toBe(200);
  });
});
