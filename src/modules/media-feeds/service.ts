import type { MediaFeed, MediaFeedCreate, MediaFeedPollResult, MediaFeedUpdate } from '../../contracts/media-feeds.js';
import type { Db } from '../../db/client.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { describePollFailure } from '../../i18n/media-feeds.js';
import type { Language } from '../../i18n/messages.js';
import type { Clock } from '../../services.js';
import { appendAudit, fieldsChangedSince, type DbTransaction } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { FetchLimits } from './fetch.js';
import { createFeedPoller, POLL_LEASE_MS, type ArticleIngest } from './poll.js';
import { createMediaFeedRepo, isUniqueViolation, type FeedFields, type FeedRecord } from './repo.js';

const notFound = () => new AppError('not_found', 404, { what: 'media_feed' });
const urlTaken = () => new AppError('conflict', 409, { detail: 'media_feed.url_taken' });

/** The feed as the API shows it (validators and lease stay inside). */
export function feedView(feed: FeedRecord): MediaFeed {
  return {
    id: feed.id, name: feed.name, url: feed.url, source: feed.source, enabled: feed.enabled, pollMinutes: feed.pollMinutes,
    nextPollAt: feed.nextPollAt.toISOString(), lastPolledAt: feed.lastPolledAt?.toISOString() ?? null, lastStatus: feed.lastStatus,
    lastError: feed.lastError, lastNewArticles: feed.lastNewArticles, createdAt: feed.createdAt.toISOString(), version: feed.version,
  };
}

const fieldsOf = (feed: FeedRecord): FeedFields & Record<string, unknown> => ({ name: feed.name, url: feed.url, source: feed.source, enabled: feed.enabled, pollMinutes: feed.pollMinutes });

/**
 * The RSS/Atom feeds the desk follows (issue 9). News is shared across the desk network, so feeds
 * are national objects: administrators and coordinators configure them and poll them by hand; the
 * worker (worker.ts) polls them on schedule through the same poller.
 */
export function createMediaFeedService(db: Db, clock: Clock, ingest: ArticleIngest, limits?: FetchLimits) {
  const repo = createMediaFeedRepo(db);
  const poll = createFeedPoller(repo, clock, ingest, limits);

  function mayConfigure(actor: Actor): void {
    if (actor.principal.role !== 'admin' && actor.principal.role !== 'coordinator') throw new AppError('forbidden', 403);
  }

  async function existing(id: number): Promise<FeedRecord> {
    const feed = await repo.get(id);
    if (!feed) throw notFound();
    return feed;
  }

  async function audit(tx: DbTransaction, actor: Actor, context: RequestContext, action: string, id: number, changes: ReturnType<typeof changedFields>) {
    await appendAudit(tx, {
      actor: { type: actor.type, id: actor.userId, label: actor.label }, action, entityType: 'media_feed', entityId: String(id), regionCode: null,
      ip: context.ip, client: context.client, at: clock.now(), changes,
    });
  }

  return {
    async list(actor: Actor): Promise<{ items: MediaFeed[] }> {
      mayConfigure(actor);
      return { items: (await repo.list()).map(feedView) };
    },

    async create(actor: Actor, input: MediaFeedCreate, context: RequestContext): Promise<MediaFeed> {
      mayConfigure(actor);
      const fields: FeedFields = { name: input.name, url: input.url, source: input.source ?? null, enabled: input.enabled, pollMinutes: input.pollMinutes };
      const id = await db.transaction(async (tx) => {
        const created = await createMediaFeedRepo(tx).insert(fields, actor.userId, clock.now());
        if (created === null) throw urlTaken();
        await audit(tx, actor, context, 'media_feed.create', created, changedFields(null, { ...fields, version: 1 }));
        return created;
      });
      return feedView(await existing(id));
    },

    async update(actor: Actor, id: number, input: MediaFeedUpdate, context: RequestContext): Promise<MediaFeed> {
      mayConfigure(actor);
      const before = await existing(id);
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'media_feed', String(id), input.version), feedView(await existing(id)));
      if (input.version !== before.version) throw await stale();
      const old = fieldsOf(before);
      const fields: FeedFields & Record<string, unknown> = {
        name: input.name ?? old.name, url: input.url ?? old.url, source: input.source === undefined ? old.source : input.source,
        enabled: input.enabled ?? old.enabled, pollMinutes: input.pollMinutes ?? old.pollMinutes,
      };
      if (fields.url !== old.url && (await repo.idByUrl(fields.url)) !== null) throw urlTaken();
      const now = clock.now();
      // A new address, or a feed switched back on, is read at once; a new interval counts from the last poll.
      const next = fields.url !== old.url || (fields.enabled && !old.enabled) ? now
        : fields.pollMinutes !== old.pollMinutes ? new Date((before.lastPolledAt ?? now).getTime() + fields.pollMinutes * 60_000)
          : before.nextPollAt;
      let saved: boolean;
      try {
        saved = await db.transaction(async (tx) => {
          if (!(await createMediaFeedRepo(tx).update(id, input.version, fields, next))) return false;
          await audit(tx, actor, context, 'media_feed.update', id, { ...changedFields(old, fields), version: [input.version, input.version + 1] });
          return true;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw urlTaken();
        throw error;
      }
      if (!saved) throw await stale();
      return feedView(await existing(id));
    },

    /**
     * Deletes a feed no article came from. A feed with articles stays, disabled: its articles keep
     * their feed (media_articles.feed_id must name a feed while their origin is 'feed').
     */
    async remove(actor: Actor, id: number, context: RequestContext): Promise<{ deleted: true } | { disabled: true; feed: MediaFeed }> {
      mayConfigure(actor);
      const kept = await db.transaction(async (tx) => {
        const txRepo = createMediaFeedRepo(tx);
        const locked = await txRepo.lockWithArticles(id);
        if (!locked) throw notFound();
        const before = { ...fieldsOf(locked.feed), version: locked.feed.version };
        if (locked.hasArticles) {
          if (locked.feed.enabled) {
            await txRepo.disable(id);
            await audit(tx, actor, context, 'media_feed.disable', id, { enabled: [true, false], version: [before.version, before.version + 1] });
          }
          return true;
        }
        await txRepo.delete(id);
        await audit(tx, actor, context, 'media_feed.delete', id, changedFields(before, null));
        return false;
      });
      return kept ? { disabled: true, feed: feedView(await existing(id)) } : { deleted: true };
    },

    /** Polls one feed now, for the person who asked: the outcome with a failure in `language` (never a 5xx for a bad feed). */
    async pollNow(actor: Actor, id: number, context: RequestContext, language: Language): Promise<MediaFeedPollResult> {
      mayConfigure(actor);
      await existing(id);
      const leased = await repo.lease(id, clock.now(), POLL_LEASE_MS);
      if (!leased) throw new AppError('conflict', 409, { detail: 'media_feed.polling' });
      const outcome = await poll(leased, { actor, context });
      await db.transaction((tx) => audit(tx, actor, context, 'media_feed.poll', id, {
        lastStatus: [leased.lastStatus, outcome.status], lastNewArticles: [leased.lastNewArticles, outcome.created],
      }));
      return {
        status: outcome.status, fetched: outcome.fetched, created: outcome.created, duplicates: outcome.duplicates, skipped: outcome.skipped,
        ...(outcome.error !== null ? { error: describePollFailure(language, outcome.status, outcome.error) } : {}),
        feed: feedView(await existing(id)),
      };
    },

    /** For the worker: the poller over this service's repository. */
    poller: poll,
    repo,
  };
}

export type MediaFeedService = ReturnType<typeof createMediaFeedService>;
