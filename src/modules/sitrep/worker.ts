import { localDate } from '../../domain/regions/timezones.js';
import { latestSlot, nextSlot } from '../../domain/sitrep/days.js';
import type { Clock } from '../../services.js';
import { periodicPasses } from '../scheduling/periodic-passes.js';
import type { ScheduleRecord, SitrepRepo } from './repo.js';
import { zoneOf, type GenerateInput, type SitrepRequester } from './service.js';

/** How long one claim holds a schedule: far longer than a report takes, short enough to recover from a dead process. */
export const SITREP_LEASE_MS = 10 * 60_000;
/** A failed run is tried again after this long (its error stays in last_error meanwhile). */
export const SITREP_RETRY_MS = 15 * 60_000;
export const SITREP_WORKER_INTERVAL_MS = 60_000;
const BATCH = 4;

export interface SitrepWorkerLog {
  warn(details: object, message: string): void;
}

type Generate = (requester: SitrepRequester, input: GenerateInput) => Promise<unknown>;

/** The schedule acts inside its own region only, as its administrator would, and is audited as the system. */
function scheduleRequester(schedule: ScheduleRecord): SitrepRequester {
  return { principal: { role: 'admin', regionCode: schedule.regionCode, unitId: null }, audit: { type: 'system', id: null, label: 'situation report schedule' } };
}

/**
 * Makes each enabled region's report for its local day once its local hour has come. Safe with
 * several server processes on one database: a claim leases the due schedules (FOR UPDATE SKIP
 * LOCKED), and a run moves next_run_at to the next local day's hour, so a day gets one report
 * whichever process makes it. After a stop of several days only the latest day is made.
 */
export function createSitrepWorker(repo: SitrepRepo, clock: Clock, generate: Generate, options: { intervalMs?: number; log?: SitrepWorkerLog } = {}) {
  const passes = periodicPasses(() => runOnce(), options.intervalMs ?? SITREP_WORKER_INTERVAL_MS, (error: unknown) => options.log?.warn({ err: error }, 'situation report pass failed; will try again'));

  async function runSchedule(schedule: ScheduleRecord): Promise<boolean> {
    const zone = zoneOf(schedule.regionCode);
    const now = clock.now();
    const slot = latestSlot(now, schedule.localHour, zone);
    try {
      await generate(scheduleRequester(schedule), { regionCode: schedule.regionCode, date: localDate(slot, zone) });
      await repo.finishRun(schedule.id, { at: now, nextRunAt: nextSlot(now, schedule.localHour, zone), error: null });
      return true;
    } catch (error) {
      options.log?.warn({ err: error, regionCode: schedule.regionCode }, 'situation report schedule failed; tried again later');
      const message = error instanceof Error ? error.message : String(error);
      await repo.finishRun(schedule.id, { at: now, nextRunAt: new Date(now.getTime() + SITREP_RETRY_MS), error: message.slice(0, 2000) });
      return false;
    }
  }

  /** One pass: claims what is due and makes it, until nothing is due. */
  async function runOnce(): Promise<{ made: number; failed: number }> {
    const counts = { made: 0, failed: 0 };
    for (;;) {
      if (passes.halting) return counts;
      const claimed = await repo.claimDue(clock.now(), SITREP_LEASE_MS, BATCH);
      for (const schedule of claimed) {
        if (await runSchedule(schedule)) counts.made += 1;
        else counts.failed += 1;
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

export type SitrepWorker = ReturnType<typeof createSitrepWorker>;
