/**
 * The media feeds the hostile suite's feed entries name (test/hostile/media-feed-endpoints.ts),
 * created with exactly these ids before the first case and put back after the cases that change
 * them. Their addresses name port 9, which fetch refuses to use, so a poll fails at once (and
 * answers 200 with its reason) without a connection.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';

const FIXED_AT = '2024-09-01T00:00:00.000Z';
export const MEDIA_FEED_FIXTURES = {
  feed: { id: 900_001, name: 'Warta Bangli (hostile suite)', url: 'http://127.0.0.1:9/hostile/warta-bangli.xml', source: 'Warta Bangli' },
  doomedFeed: { id: 900_002, name: 'Umpan keliru (hostile suite)', url: 'http://127.0.0.1:9/hostile/umpan-keliru.xml' },
  /** The address the create example follows, forgotten again after each case. */
  createdUrl: 'http://127.0.0.1:9/hostile/umpan-baru.xml',
} as const;
const { feed, doomedFeed, createdUrl } = MEDIA_FEED_FIXTURES;

function resetFeed(id: number, name: string, url: string, source: string | null): SQL {
  return sql`
    insert into media_feeds (id, name, url, source, enabled, poll_minutes, next_poll_at, created_at, version)
    values (${id}, ${name}, ${url}, ${source}, true, 30, '2100-01-01T00:00:00Z', ${FIXED_AT}, 1)
    on conflict (id) do update set name = excluded.name, url = excluded.url, source = excluded.source, enabled = true, poll_minutes = 30,
      next_poll_at = excluded.next_poll_at, leased_until = null, last_polled_at = null, last_status = null, last_error = null, last_new_articles = null,
      etag = null, last_modified = null, version = 1
    where media_feeds.version <> 1 or media_feeds.last_polled_at is not null or media_feeds.url <> excluded.url`;
}

export async function createMediaFeedFixtures(db: Db): Promise<void> {
  await db.execute(resetFeed(feed.id, feed.name, feed.url, feed.source));
  await db.execute(resetFeed(doomedFeed.id, doomedFeed.name, doomedFeed.url, null));
  // Feeds the cases add get ids far above any a hostile path value spells ("0007", "1e3"): a delete never meets one by accident.
  await db.execute(sql`select setval(pg_get_serial_sequence('media_feeds', 'id'), 1000000)`);
}

export const MEDIA_FEED_RESTORE = {
  mediaFeed: () => resetFeed(feed.id, feed.name, feed.url, feed.source),
  mediaDoomedFeed: () => resetFeed(doomedFeed.id, doomedFeed.name, doomedFeed.url, null),
  mediaCreatedFeed: () => sql`delete from media_feeds where url = ${createdUrl}`,
} as const;
export type MediaFeedRestore = keyof typeof MEDIA_FEED_RESTORE;
