import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client.js';
import { buildApp } from '../../server/app.js';
import { createServices } from '../../services.js';
import { createTestUnit, openTestApp, signInAll } from '../../../test/helpers.js';
import { openLiveStream } from '../../../test/live-stream.js';

type Who = 'national' | 'bali' | 'reporter';
let ctx: Awaited<ReturnType<typeof openTestApp>>;
let base = '';
let as: Record<Who, string>;

beforeAll(async () => {
  ctx = await openTestApp(undefined, { live: { heartbeatMs: 200, lifetimeMs: 60_000 } });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const unitId = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  const password = 'live feed password';
  as = await signInAll(ctx.app, ctx.database, {
    national: { email: 'national@live.id', password, role: 'viewer', scopeRegionCode: null },
    bali: { email: 'bali@live.id', password, role: 'officer', scopeRegionCode: '51', unitId },
    reporter: { email: 'reporter@live.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  });
});
afterAll(async () => {
  // Node's fetch opens spare sockets it never sends a request on; a server waits for those until they
  // time out (a minute), so the test closes them rather than wait.
  ctx?.app.server.closeAllConnections();
  await ctx?.close();
});

/** An open event stream of this test's server (or another's, at `url`). */
const openStream = (cookie: string | undefined, query = '', url = base) => openLiveStream(url, cookie, query);

const publish = (regionCode: string | null, id: string, type = 'incident.created') => ctx.services.live.publish(ctx.database.db, { type, id, regionCode });

describe('GET /live/events', () => {
  it('sends each reader the events of its scope only, as they are published', async () => {
    const national = await openStream(as.national);
    const bali = await openStream(as.bali);
    expect(national.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(national.response.headers.get('cache-control')).toBe('no-store');
    await publish('51.06', 'a');
    await publish('52.01', 'b');
    await publish(null, 'c', 'alert.raised');
    await national.waitFor(3);
    await bali.waitFor(1);
    // Give a wrongly delivered event the time to arrive before asserting it did not.
    await publish('51.71', 'd');
    await bali.waitFor(2);
    expect(national.received.map((r) => r.data.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(bali.received.map((r) => [r.event, r.data.id, r.data.regionCode])).toEqual([['incident.created', 'a', '51.06'], ['incident.created', 'd', '51.71']]);
    national.close();
    bali.close();
  });

  it('sends nothing of a transaction that rolls back, and the event of one that commits when it commits', async () => {
    const stream = await openStream(as.national);
    await ctx.database.db.transaction(async (tx) => {
      await ctx.services.live.publish(tx, { type: 'incident.created', id: 'rolled-back', regionCode: '51.06' });
      tx.rollback();
    }).catch(() => undefined);
    await ctx.database.db.transaction(async (tx) => {
      await ctx.services.live.publish(tx, { type: 'incident.created', id: 'committed', regionCode: '51.06' });
    });
    await stream.waitFor(1);
    expect(stream.received.map((r) => r.data.id)).toEqual(['committed']);
    stream.close();
  });

  it('filters by type and keeps a quiet stream alive with comments', async () => {
    const alerts = await openStream(as.national, '?types=alert');
    await publish('51.06', 'incident-1');
    await publish('51.06', 'alert-1', 'alert.raised');
    await alerts.waitFor(1);
    expect(alerts.received.map((r) => r.data.id)).toEqual(['alert-1']);
    await expect.poll(() => alerts.comments.filter((c) => c === 'ping').length, { timeout: 5_000 }).toBeGreaterThan(0);
    alerts.close();
  });

  it('refuses the signed out, accounts that may not read, bad filters and a sixth stream of one account', async () => {
    expect((await openStream(undefined)).response.status).toBe(401);
    expect((await openStream(as.reporter)).response.status).toBe(403);
    expect((await openStream(as.national, '?types=Incident;drop')).response.status).toBe(400);
    const five = await Promise.all(Array.from({ length: 5 }, () => openStream(as.bali)));
    const sixth = await openStream(as.bali);
    expect(sixth.response.status).toBe(429);
    for (const stream of five) stream.close();
    // A closed stream frees its place.
    await expect.poll(async () => {
      const again = await openStream(as.bali);
      again.close();
      return again.response.status;
    }, { timeout: 5_000 }).toBe(200);
  });

  it.runIf(process.env.DATABASE_URL)('carries an event published by another server process on the same PostgreSQL database', async () => {
    const other = await openDb({ dataDir: '', databaseUrl: ctx.databaseUrl! });
    const otherServices = createServices(other);
    const otherApp = await buildApp(otherServices, { webDist: '/nonexistent' });
    try {
      const otherBase = await otherApp.listen({ port: 0, host: '127.0.0.1' });
      const here = await openStream(as.bali);
      const there = await openStream(as.bali, '', otherBase);
      await otherServices.live.publish(other.db, { type: 'incident.created', id: 'from-the-other-process', regionCode: '51.06' });
      await ctx.services.live.publish(ctx.database.db, { type: 'incident.created', id: 'from-this-process', regionCode: '51.06' });
      await here.waitFor(2);
      await there.waitFor(2);
      expect(here.received.map((r) => r.data.id).sort()).toEqual(['from-the-other-process', 'from-this-process']);
      expect(there.received.map((r) => r.data.id).sort()).toEqual(['from-the-other-process', 'from-this-process']);
      here.close();
      there.close();
    } finally {
      await otherApp.close();
      await other.close();
    }
  });
});
