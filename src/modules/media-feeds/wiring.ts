import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import type { FetchLimits } from './fetch.js';
import type { ArticleIngest } from './poll.js';
import { createMediaFeedService } from './service.js';
import { createFeedWorker, type FeedWorkerLog } from './worker.js';

/**
 * Everything of media feeds for createServices: the service behind the routes and this process's
 * poll worker (built on first use, so a CLI command never polls), started and stopped by serve.
 */
export function createMediaFeeds(db: Db, clock: Clock, ingest: ArticleIngest, limits?: FetchLimits) {
  const service = createMediaFeedService(db, clock, ingest, limits);
  let worker: ReturnType<typeof createFeedWorker> | null = null;
  return {
    service,
    /** This process's worker; `log` is taken the first time. */
    worker(log?: FeedWorkerLog) {
      worker ??= createFeedWorker(service.repo, clock, (feed) => service.poller(feed, null), { log });
      return worker;
    },
    /** Stops the worker if this process started one (the server's close). */
    async stopWorker(): Promise<void> {
      await worker?.stop();
    },
  };
}

export type MediaFeeds = ReturnType<typeof createMediaFeeds>;
