import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client.js';
import { createServices } from '../../services.js';
import { createMediaFeeds } from './wiring.js';
import { openFeedDesk, rssFeed, startFeedServer, type FeedServer } from './test-feeds.js';

const T0 = new Date('2024-11-20T02:00:00Z');
let now = T0;
const clock = { now: () => new Date(now) };
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
let desk: Awaited<ReturnType<typeof openFeedDesk>>;
let feeds: FeedServer;

beforeAll(async () => {
  feeds = await startFeedServer();
  desk = await openFeedDesk(clock);
});
afterAll(async () => {
  await desk?.close();
  await feeds?.close();
});

const worker = () => desk.services.mediaFeeds.worker();

async function follow(path: string, pollMinutes: number, enabled = true): Promise<number> {
  const response = await desk.call('admin', 'POST', '/media/feeds', { name: `Jadwal ${path}`, url: feeds.url(path), pollMinutes, enabled });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function nextPollOf(id: number): Promise<string> {
  const [row] = (await desk.database.db.execute(sql`select next_poll_at, leased_until from media_feeds where id = ${id}`)).rows;
  expect(row!.leased_until).toBeNull();
  const next = row!.next_poll_at;
  return (next instanceof Date ? next : new Date(String(next))).toISOString();
}

/** Feeds left from an earlier test are pushed far away, so each test sees only its own. */
async function onlyThese(ids: number[]) {
  await desk.database.db.execute(sql`update media_feeds set next_poll_at = '2100-01-01T00:00:00Z' where not (id = any(${`{${ids.join(',')}}`}::int[]))`);
}

describe('the feed worker', () => {
  it('polls the feeds that are due and enabled, and moves each one’s next poll by its interval', async () => {
    now = T0;
    for (const path of ['/w/a.xml', '/w/b.xml', '/w/c.xml']) feeds.answers.set(path, { body: rssFeed(`${feeds.base}${path}`, `${path}`) });
    const a = await follow('/w/a.xml', 30);
    const b = await follow('/w/b.xml', 60);
    const off = await follow('/w/c.xml', 30, false);
    await onlyThese([a, b, off]);
    expect(await worker().runOnce()).toEqual({ polled: 2, failed: 0, created: 6 });
    expect([feeds.hits('/w/a.xml'), feeds.hits('/w/b.xml'), feeds.hits('/w/c.xml')]).toEqual([1, 1, 0]);
    expect(await nextPollOf(a)).toBe(at(30).toISOString());
    expect(await nextPollOf(b)).toBe(at(60).toISOString());

    expect(await worker().runOnce()).toEqual({ polled: 0, failed: 0, created: 0 });
    now = at(31);
    expect(await worker().runOnce()).toMatchObject({ polled: 1, created: 0 });
    expect([feeds.hits('/w/a.xml'), feeds.hits('/w/b.xml')]).toEqual([2, 1]);
    expect(await nextPollOf(a)).toBe(at(61).toISOString());
  });

  it('leaves a feed another process holds until its lease runs out', async () => {
    now = T0;
    feeds.answers.set('/w/held.xml', { body: rssFeed(`${feeds.base}/w/held.xml`, `/w/held.xml`) });
    const held = await follow('/w/held.xml', 30);
    await onlyThese([held]);
    expect(await desk.services.mediaFeeds.service.repo.lease(held, clock.now(), 10 * 60_000)).not.toBeNull();
    now = at(5);
    expect(await worker().runOnce()).toMatchObject({ polled: 0 });
    expect(feeds.hits('/w/held.xml')).toBe(0);
    now = at(11);
    expect(await worker().runOnce()).toMatchObject({ polled: 1, created: 3 });
    expect(await nextPollOf(held)).toBe(at(41).toISOString());
  });

  it('backs off from a failing feed, doubling the wait, and returns to its interval once it answers', async () => {
    now = T0;
    feeds.answers.set('/w/down.xml', { status: 503, body: 'sedang pemeliharaan' });
    const down = await follow('/w/down.xml', 10);
    await onlyThese([down]);
    expect(await worker().runOnce()).toEqual({ polled: 1, failed: 1, created: 0 });
    expect(await nextPollOf(down)).toBe(at(10).toISOString());
    now = at(10);
    await worker().runOnce();
    expect(await nextPollOf(down)).toBe(at(30).toISOString());
    now = at(30);
    await worker().runOnce();
    expect(await nextPollOf(down)).toBe(at(70).toISOString());
    const feed = (await desk.call('admin', 'GET', '/media/feeds')).json().items.find((item: { id: number }) => item.id === down);
    expect(feed).toMatchObject({ lastStatus: 'http_error', lastError: 'HTTP 503 Service Unavailable', lastNewArticles: 0 });
    feeds.answers.set('/w/down.xml', { body: rssFeed(`${feeds.base}/w/down.xml`, `/w/down.xml`) });
    now = at(70);
    expect(await worker().runOnce()).toMatchObject({ polled: 1, failed: 0, created: 3 });
    expect(await nextPollOf(down)).toBe(at(80).toISOString());
  });

  it('starts and stops with the server without a pass left running', async () => {
    now = T0;
    feeds.answers.set('/w/start.xml', { body: rssFeed(`${feeds.base}/w/start.xml`, `/w/start.xml`) });
    const started = await follow('/w/start.xml', 30);
    await onlyThese([started]);
    const own = createMediaFeeds(desk.database.db, clock, desk.services.media.ingest, undefined);
    own.worker().start();
    await expect.poll(() => feeds.hits('/w/start.xml'), { timeout: 5_000 }).toBe(1);
    await own.stopWorker();
    await expect.poll(async () => nextPollOf(started), { timeout: 5_000 }).toBe(at(30).toISOString());
  });
});

describe('two workers on one database', () => {
  it('never poll one feed twice at once', async () => {
    now = T0;
    const ids: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      feeds.answers.set(`/w/both-${i}.xml`, { body: rssFeed(`${feeds.base}/w/both-${i}.xml`, `/w/both-${i}.xml`) });
      ids.push(await follow(`/w/both-${i}.xml`, 30));
    }
    await onlyThese(ids);
    // On PostgreSQL the second worker has its own connection, as a second server process would;
    // PGlite has one connection, so there the two interleave on it.
    const second = desk.databaseUrl ? await openDb({ dataDir: '', databaseUrl: desk.databaseUrl }) : null;
    const otherServices = second ? createServices(second, clock) : null;
    try {
      const other = otherServices ? otherServices.mediaFeeds.worker() : createMediaFeeds(desk.database.db, clock, desk.services.media.ingest).worker();
      const counts = await Promise.all([worker().runOnce(), other.runOnce(), worker().runOnce(), other.runOnce()]);
      expect(counts.reduce((sum, count) => sum + count.polled, 0)).toBe(10);
    } finally {
      await otherServices?.live.close();
      await second?.close();
    }
    for (let i = 0; i < 10; i += 1) expect(feeds.hits(`/w/both-${i}.xml`), `feed ${i}`).toBe(1);
  });
});
