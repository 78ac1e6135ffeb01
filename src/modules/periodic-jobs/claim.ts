import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/**
 * Claims this interval's run of the job `name` (schema/periodic-jobs.ts): true for the one process
 * that finds it due and not leased, which then runs it and calls `releasePeriodicRun`; false for
 * every other. The next run is due `intervalMs` after this one started; a run that outlasts `leaseMs`
 * (its process died) may be started again by another process.
 */
export async function claimPeriodicRun(db: Pick<Db, 'execute'>, name: string, intervalMs: number, leaseMs: number): Promise<boolean> {
  await db.execute(sql`insert into periodic_jobs (name, next_run_at) values (${name}, clock_timestamp()) on conflict (name) do nothing`);
  const claimed = await db.execute(sql`
    update periodic_jobs set next_run_at = clock_timestamp() + ${intervalMs} * interval '1 millisecond', leased_until = clock_timestamp() + ${leaseMs} * interval '1 millisecond'
    where name = ${name} and next_run_at <= clock_timestamp() and (leased_until is null or leased_until <= clock_timestamp())
    returning name`);
  return claimed.rows.length > 0;
}

/** Ends a claimed run, whether it succeeded or failed: the next is due at its time, not after the lease. */
export async function releasePeriodicRun(db: Pick<Db, 'execute'>, name: string): Promise<void> {
  await db.execute(sql`update periodic_jobs set leased_until = null, last_finished_at = clock_timestamp() where name = ${name}`);
}

/**
 * Runs `job` if this process claims this interval's run of `name`; true when it ran. The release
 * happens even when the job fails (its error goes on to the caller).
 */
export async function runIfClaimed(db: Pick<Db, 'execute'>, name: string, intervalMs: number, leaseMs: number, job: () => Promise<unknown>): Promise<boolean> {
  if (!(await claimPeriodicRun(db, name, intervalMs, leaseMs))) return false;
  try {
    await job();
  } finally {
    await releasePeriodicRun(db, name);
  }
  return true;
}

/**
 * How often each process should try to claim a job run every `intervalMs`: five times an interval
 * (at least once a second, at most once a minute), so that a process whose ticks fall just before
 * the run is due does not leave it for a whole interval more.
 */
export function claimTickMs(intervalMs: number): number {
  return Math.min(60_000, Math.max(1_000, Math.ceil(intervalMs / 5)));
}
