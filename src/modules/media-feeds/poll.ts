import { articleCreateSchema, type ArticleCreate } from '../../contracts/media.js';
import { nextPollAt, pollFailed, type FeedPollStatus } from '../../domain/media/feed-poll.js';
import { AppError } from '../../domain/errors.js';
import type { Clock } from '../../services.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { DEFAULT_FETCH_LIMITS, FeedFetchFailure, fetchFeed, type FetchLimits } from './fetch.js';
import { readFeed, type FeedEntry } from './parse.js';
import type { FeedRecord, MediaFeedRepo } from './repo.js';

/**
 * How long a poll holds its feed: far longer than a fetch may take (its timeout) plus reading the
 * items, so no other process polls the feed meanwhile; a process that dies lets go when it runs out.
 */
export const POLL_LEASE_MS = 10 * 60_000;

/**
 * The articles service's door for feeds (services.media.ingest): same duplicate rules as a paste,
 * origin 'feed'; actor null is the schedule itself.
 */
export type ArticleIngest = (actor: Actor | null, input: ArticleCreate, origin: 'feed', feedId: number, context?: RequestContext) => Promise<{ duplicate?: 'url' | 'text' | undefined }>;

/** Who asked for a poll: a person through "poll now", or null for the schedule. */
export type PollCaller = { actor: Actor; context: RequestContext } | null;

export interface PollOutcome {
  status: FeedPollStatus;
  fetched: number;
  created: number;
  duplicates: number;
  skipped: number;
  /** The server's or network's words when the poll failed. */
  error: string | null;
}

/** The article an entry becomes, or null when it has nothing to read: no text and no link, or no words at all. */
export function entryArticle(entry: FeedEntry, source: string): ArticleCreate | null {
  if (!entry.text && !entry.url) return null;
  // A headline-only item (the link leads to the story) is kept with its headline as its text.
  const body = entry.text ?? entry.title;
  if (!body) return null;
  const parsed = articleCreateSchema.safeParse({
    title: entry.title?.slice(0, 500) ?? null, body, url: entry.url, source: source.slice(0, 200), publishedAt: entry.publishedAt,
  });
  if (parsed.success) return parsed.data;
  // A link or date the articles service would refuse does not cost the item its text.
  const bare = articleCreateSchema.safeParse({ title: entry.title?.slice(0, 500) ?? null, body, source: source.slice(0, 200) });
  return bare.success ? bare.data : null;
}

/**
 * One poll of one feed the caller has leased: fetch (conditional, bounded), read the items, hand each
 * to the articles service, then record the outcome and the next poll (backing off while it fails)
 * and let go of the lease. A failed fetch or a document that is not a feed is an outcome, not an error.
 */
export function createFeedPoller(repo: MediaFeedRepo, clock: Clock, ingest: ArticleIngest, limits: FetchLimits = DEFAULT_FETCH_LIMITS) {
  return async function poll(feed: FeedRecord, caller: PollCaller): Promise<PollOutcome> {
    const outcome: PollOutcome = { status: 'ok', fetched: 0, created: 0, duplicates: 0, skipped: 0, error: null };
    let validators: { etag: string | null; lastModified: string | null } | undefined;
    try {
      const fetched = await fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified }, limits);
      if (fetched.kind === 'not_modified') {
        outcome.status = 'not_modified';
      } else {
        const entries = readFeed(fetched.text);
        outcome.fetched = entries.length;
        // Oldest first, so the desk's list shows the feed's own order.
        for (const entry of [...entries].reverse()) {
          const article = entryArticle(entry, feed.source ?? feed.name);
          if (!article) {
            outcome.skipped += 1;
            continue;
          }
          try {
            const result = await ingest(caller?.actor ?? null, article, 'feed', feed.id, caller?.context);
            if (result.duplicate) outcome.duplicates += 1;
            else outcome.created += 1;
          } catch (error) {
            // One item the articles service refuses is skipped; anything else (the database) ends the poll.
            if (error instanceof AppError && error.status < 500) outcome.skipped += 1;
            else throw error;
          }
        }
        validators = { etag: fetched.etag, lastModified: fetched.lastModified };
      }
    } catch (error) {
      if (!(error instanceof FeedFetchFailure)) {
        await repo.release(feed.id);
        throw error;
      }
      outcome.status = error.status;
      outcome.error = error.detail.slice(0, 1000);
    }
    const now = clock.now();
    const waited = feed.lastPolledAt ? Math.round((feed.nextPollAt.getTime() - feed.lastPolledAt.getTime()) / 60_000) : null;
    await repo.recordPoll(feed.id, {
      polledAt: now, status: outcome.status, error: outcome.error, newArticles: outcome.created,
      ...(validators ?? {}),
      nextPollAt: nextPollAt(now, feed.pollMinutes, outcome.status, { failed: feed.lastStatus !== null && pollFailed(feed.lastStatus), waitedMinutes: waited }),
    });
    return outcome;
  };
}

export type FeedPoller = ReturnType<typeof createFeedPoller>;
