import type { Clock } from '../../services.js';
import { periodicPasses } from '../scheduling/periodic-passes.js';
import type { PollOutcome } from './poll.js';
import { POLL_LEASE_MS } from './poll.js';
import type { FeedRecord, MediaFeedRepo } from './repo.js';

/** Feeds one claim takes at most, polled side by side (the fetches are what takes time). */
const BATCH = 4;
/** How often a server looks for feeds that are due; a feed's own interval is 5 minutes at least. */
export const FEED_WORKER_INTERVAL_MS = 60_000;

export interface FeedWorkerLog {
  warn(details: object, message: string): void;
}

/**
 * Polls the feeds that are due. Safe with several server processes on one database: each claim
 * takes its feeds with FOR UPDATE SKIP LOCKED and leases them (repo.claimDue), so a feed is polled
 * by one process at a time; passes never overlap within a process. Started with the server (start),
 * stopped on close (stop); tests call runOnce.
 */
export function createFeedWorker(repo: MediaFeedRepo, clock: Clock, poll: (feed: FeedRecord) => Promise<PollOutcome>, options: { intervalMs?: number; log?: FeedWorkerLog } = {}) {
  const passes = periodicPasses(() => runOnce(), options.intervalMs ?? FEED_WORKER_INTERVAL_MS, (error: unknown) => options.log?.warn({ err: error }, 'feed poll pass failed; will try again'));

  async function pollOne(feed: FeedRecord): Promise<PollOutcome | null> {
    try {
      return await poll(feed);
    } catch (error) {
      options.log?.warn({ err: error, feedId: feed.id }, 'feed poll broke off; the feed is tried again on the next pass');
      return null;
    }
  }

  /** One pass: claims what is due and polls it, until nothing is due. Counts the feeds polled and the articles they brought. */
  async function runOnce(): Promise<{ polled: number; failed: number; created: number }> {
    const counts = { polled: 0, failed: 0, created: 0 };
    for (;;) {
      if (passes.halting) return counts;
      const claimed = await repo.claimDue(clock.now(), POLL_LEASE_MS, BATCH);
      const outcomes = await Promise.all(claimed.map(pollOne));
      for (const outcome of outcomes) {
        counts.polled += 1;
        if (outcome === null || (outcome.status !== 'ok' && outcome.status !== 'not_modified')) counts.failed += 1;
        counts.created += outcome?.created ?? 0;
      }
      if (claimed.length < BATCH) return counts;
    }
  }

  return {
    runOnce,
    start: () => passes.start(),
    /** Stops the timer and waits for a pass in progress, so the database can close after it. */
    stop: () => passes.stop(),
  };
}

export type FeedWorker = ReturnType<typeof createFeedWorker>;
