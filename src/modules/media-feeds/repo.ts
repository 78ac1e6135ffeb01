import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { FeedPollStatus } from '../../domain/media/feed-poll.js';

type Executor = Pick<Db, 'execute'>;
type Row = Record<string, unknown>;

export interface FeedFields {
  name: string;
  url: string;
  source: string | null;
  enabled: boolean;
  pollMinutes: number;
}

export interface FeedRecord extends FeedFields {
  id: number;
  nextPollAt: Date;
  leasedUntil: Date | null;
  lastPolledAt: Date | null;
  lastStatus: FeedPollStatus | null;
  lastError: string | null;
  lastNewArticles: number | null;
  etag: string | null;
  lastModified: string | null;
  createdAt: Date;
  version: number;
}

/** What one poll leaves on the feed: how it ended, the validators for the next, and when that is. */
export interface PollRecord {
  polledAt: Date;
  status: FeedPollStatus;
  error: string | null;
  newArticles: number | null;
  /** undefined keeps the stored validators (an unchanged or failed poll). */
  etag?: string | null;
  lastModified?: string | null;
  nextPollAt: Date;
}

const instant = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const instantOrNull = (value: unknown): Date | null => (value == null ? null : instant(value));
const textOrNull = (value: unknown): string | null => (value == null ? null : String(value));

const toFeed = (row: Row): FeedRecord => ({
  id: Number(row.id), name: String(row.name), url: String(row.url), source: textOrNull(row.source), enabled: Boolean(row.enabled),
  pollMinutes: Number(row.poll_minutes), nextPollAt: instant(row.next_poll_at), leasedUntil: instantOrNull(row.leased_until),
  lastPolledAt: instantOrNull(row.last_polled_at), lastStatus: textOrNull(row.last_status) as FeedPollStatus | null, lastError: textOrNull(row.last_error),
  lastNewArticles: row.last_new_articles == null ? null : Number(row.last_new_articles), etag: textOrNull(row.etag),
  lastModified: textOrNull(row.last_modified), createdAt: instant(row.created_at), version: Number(row.version),
});

/** True for PostgreSQL's unique_violation, as either driver reports it (drizzle keeps the driver's error as `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ('code' in current && current.code === '23505') return true;
  }
  return false;
}

export function createMediaFeedRepo(db: Executor) {
  return {
    async list(): Promise<FeedRecord[]> {
      const rows = await db.execute(sql`select * from media_feeds order by lower(name), id`);
      return rows.rows.map(toFeed);
    },

    async get(id: number): Promise<FeedRecord | null> {
      const rows = await db.execute(sql`select * from media_feeds where id = ${id}`);
      return rows.rows[0] ? toFeed(rows.rows[0]) : null;
    },

    async idByUrl(url: string): Promise<number | null> {
      const rows = await db.execute(sql`select id from media_feeds where url = ${url}`);
      return rows.rows[0] ? Number(rows.rows[0].id) : null;
    },

    /** The new feed's id, or null when a feed of this address exists (the unique index decides). */
    async insert(fields: FeedFields, createdBy: string | null, now: Date): Promise<number | null> {
      const rows = await db.execute(sql`
        insert into media_feeds (name, url, source, enabled, poll_minutes, next_poll_at, created_by, created_at)
        values (${fields.name}, ${fields.url}, ${fields.source}, ${fields.enabled}, ${fields.pollMinutes}, ${now.toISOString()}, ${createdBy}, ${now.toISOString()})
        on conflict (url) do nothing returning id`);
      return rows.rows[0] ? Number(rows.rows[0].id) : null;
    },

    /** Saves the desk's fields at `version`; a new address forgets the old one's validators. False when the version moved on. */
    async update(id: number, version: number, fields: FeedFields, nextPollAt: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update media_feeds set name = ${fields.name}, source = ${fields.source}, enabled = ${fields.enabled}, poll_minutes = ${fields.pollMinutes},
          next_poll_at = ${nextPollAt.toISOString()},
          etag = case when url = ${fields.url} then etag end, last_modified = case when url = ${fields.url} then last_modified end,
          url = ${fields.url}, version = version + 1
        where id = ${id} and version = ${version} returning id`);
      return rows.rows.length > 0;
    },

    /** Locks the feed for a delete in this transaction; tells whether any article came from it. */
    async lockWithArticles(id: number): Promise<{ feed: FeedRecord; hasArticles: boolean } | null> {
      const rows = await db.execute(sql`select * from media_feeds where id = ${id} for update`);
      if (!rows.rows[0]) return null;
      const articles = await db.execute(sql`select exists (select 1 from media_articles where feed_id = ${id}) as found`);
      return { feed: toFeed(rows.rows[0]), hasArticles: Boolean(articles.rows[0]?.found) };
    },

    async delete(id: number): Promise<void> {
      await db.execute(sql`delete from media_feeds where id = ${id}`);
    },

    async disable(id: number): Promise<void> {
      await db.execute(sql`update media_feeds set enabled = false, version = version + 1 where id = ${id}`);
    },

    /**
     * Takes one feed for a poll (the desk's "poll now") unless another poll holds it: the lease is
     * set in the same statement that checks it, so two processes never both get it.
     */
    async lease(id: number, now: Date, leaseMs: number): Promise<FeedRecord | null> {
      const rows = await db.execute(sql`
        update media_feeds set leased_until = ${new Date(now.getTime() + leaseMs).toISOString()}
        where id = ${id} and (leased_until is null or leased_until <= ${now.toISOString()}) returning *`);
      return rows.rows[0] ? toFeed(rows.rows[0]) : null;
    },

    /**
     * Claims up to `limit` enabled feeds that are due and not held by another poll. Rows another
     * process is claiming at this moment are skipped (SKIP LOCKED) rather than waited for; the
     * lease then keeps them this process's until the poll records its outcome or the lease runs out.
     */
    async claimDue(now: Date, leaseMs: number, limit: number): Promise<FeedRecord[]> {
      const rows = await db.execute(sql`
        with due as (
          select id from media_feeds
          where enabled and next_poll_at <= ${now.toISOString()} and (leased_until is null or leased_until <= ${now.toISOString()})
          order by next_poll_at, id limit ${limit} for update skip locked
        )
        update media_feeds f set leased_until = ${new Date(now.getTime() + leaseMs).toISOString()}
        from due where f.id = due.id returning f.*`);
      return rows.rows.map(toFeed).sort((a, b) => a.nextPollAt.getTime() - b.nextPollAt.getTime() || a.id - b.id);
    },

    /** Lets go of a feed whose poll broke off without an outcome (the database failed under it). */
    async release(id: number): Promise<void> {
      await db.execute(sql`update media_feeds set leased_until = null where id = ${id}`);
    },

    /** Records a poll's outcome and lets go of the feed. */
    async recordPoll(id: number, poll: PollRecord): Promise<void> {
      const keepValidators = poll.etag === undefined;
      await db.execute(sql`
        update media_feeds set last_polled_at = ${poll.polledAt.toISOString()}, last_status = ${poll.status}, last_error = ${poll.error},
          last_new_articles = ${poll.newArticles}, next_poll_at = ${poll.nextPollAt.toISOString()}, leased_until = null,
          etag = ${keepValidators ? sql`etag` : sql`${poll.etag ?? null}`},
          last_modified = ${keepValidators ? sql`last_modified` : sql`${poll.lastModified ?? null}`}
        where id = ${id}`);
    },
  };
}

export type MediaFeedRepo = ReturnType<typeof createMediaFeedRepo>;
