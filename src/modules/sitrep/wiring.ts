import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { createSitrepService } from './service.js';
import type { SitrepDashboard } from './source.js';
import { createSitrepWorker, type SitrepWorkerLog } from './worker.js';

/**
 * Situation reports for createServices: the service behind the routes and the CLI, and this
 * process's schedule worker (built on first use, so a CLI command never runs schedules).
 */
export function createSitrep(db: Db, clock: Clock, dashboard: () => SitrepDashboard) {
  const service = createSitrepService(db, clock, dashboard);
  let worker: ReturnType<typeof createSitrepWorker> | null = null;
  return {
    service,
    worker(log?: SitrepWorkerLog) {
      worker ??= createSitrepWorker(service.repo, clock, (requester, input) => service.generate(requester, input, 'schedule'), { log });
      return worker;
    },
    async stopWorker(): Promise<void> {
      await worker?.stop();
    },
  };
}

export type Sitrep = ReturnType<typeof createSitrep>;
