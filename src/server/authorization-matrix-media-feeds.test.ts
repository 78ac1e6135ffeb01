import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFeedDesk, rssFeed, startFeedServer, type FeedServer, type FeedWho } from '../modules/media-feeds/test-feeds.js';

/**
 * The authorization matrix of media feeds (issue 9). Feeds are the whole desk's (news is shared
 * across the network), so scope plays no part: administrators and coordinators (here of Bali) list,
 * follow, change, poll and stop following them; officers, viewers and reporters are refused with
 * 403 everywhere; without a session 401.
 */
type Caller = FeedWho | 'anonymous';
const CALLERS: Caller[] = ['admin', 'bali', 'officer', 'viewer', 'reporter', 'anonymous'];

interface Row { list: number; create: number; update: number; poll: number; remove: number }
const manager: Row = { list: 200, create: 201, update: 200, poll: 200, remove: 204 };
const refused: Row = { list: 403, create: 403, update: 403, poll: 403, remove: 403 };
const EXPECTED: Record<Caller, Row> = {
  admin: manager,
  bali: manager,
  officer: refused,
  viewer: refused,
  reporter: refused,
  anonymous: { list: 401, create: 401, update: 401, poll: 401, remove: 401 },
};

let desk: Awaited<ReturnType<typeof openFeedDesk>>;
let feeds: FeedServer;
let serial = 0;

beforeAll(async () => {
  feeds = await startFeedServer();
  desk = await openFeedDesk({ now: () => new Date('2024-11-20T02:00:00Z') });
});
afterAll(async () => {
  await desk?.close();
  await feeds?.close();
});

async function adminFollows(): Promise<{ id: number; version: number }> {
  const path = `/matrix-${++serial}.xml`;
  feeds.answers.set(path, { body: rssFeed(`${feeds.base}${path}`, path) });
  const response = await desk.call('admin', 'POST', '/media/feeds', { name: `Matriks ${serial}`, url: feeds.url(path), pollMinutes: 30 });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('media feeds authorization matrix', () => {
  it.each(CALLERS)('as %s', async (who) => {
    const as = who === 'anonymous' ? null : who;
    const feed = await adminFollows();
    const empty = await adminFollows();
    const seen: Row = {
      list: (await desk.call(as, 'GET', '/media/feeds')).statusCode,
      create: (await desk.call(as, 'POST', '/media/feeds', { name: `Baru ${who}`, url: feeds.url(`/baru-${who}.xml`), pollMinutes: 60 })).statusCode,
      update: (await desk.call(as, 'PUT', `/media/feeds/${feed.id}`, { version: feed.version, name: `Diubah oleh ${who}` })).statusCode,
      poll: (await desk.call(as, 'POST', `/media/feeds/${feed.id}/poll`)).statusCode,
      remove: (await desk.call(as, 'DELETE', `/media/feeds/${empty.id}`)).statusCode,
    };
    expect(seen).toEqual(EXPECTED[who]);
  });
});
