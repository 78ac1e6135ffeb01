import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { DEADLINE_SCAN_JOB } from '../src/modules/notifications/worker.js';
import { timeGets } from './sitroom-server.js';
import { summarise, type Summary } from './stats.js';

/**
 * The server's periodic jobs (periodic_jobs: one process runs each run) made to run at a known
 * moment: the deadline scan, timed with a list and a national dashboard answering meanwhile; and the
 * alert sweep after a bulk load, run to its end before anything is timed (the first sweep after
 * 890,000 new reports raises hundreds of alerts for some seconds; by chance it fell inside the 1M
 * list timings). The bench serves with a scan interval of an hour, so no scan runs while the other
 * figures are timed.
 */
export interface ScanFigures {
  seconds: number;
  listDuring: Summary;
  dashboardDuring: Summary;
}

/** How long a server may take to claim a run made due (claim.ts: it tries five times an interval, at least once a minute), and then some. */
const CLAIM_WAIT_MS = 90_000;
export const BENCH_SCAN_INTERVAL_MS = 3_600_000;

/**
 * Makes the job `name` (run every `intervalMs`) due now and waits until a server process has
 * claimed and released a run of it, calling `meanwhile` again and again while that run holds its
 * lease. The run's seconds, claim to release.
 */
export async function runServerJobNow(database: Database, name: string, intervalMs: number, meanwhile: () => Promise<void> = async () => {}): Promise<number> {
  const due = await database.db.execute<{ at: number }>(sql`
    insert into periodic_jobs (name, next_run_at) values (${name}, clock_timestamp())
    on conflict (name) do update set next_run_at = clock_timestamp()
    returning extract(epoch from next_run_at)::float8 * 1000 as at`);
  const madeDue = Number(due.rows[0]!.at);
  // A claim sets the next run an interval after its start (claim.ts): the start is that minus the interval.
  const job = async () => (await database.db.execute<{ leased: boolean; started: number; finished: number | null }>(sql`
    select leased_until is not null as leased, extract(epoch from next_run_at - ${intervalMs} * interval '1 millisecond')::float8 * 1000 as started,
      extract(epoch from last_finished_at)::float8 * 1000 as finished
    from periodic_jobs where name = ${name}`)).rows[0]!;
  const waitFrom = performance.now();
  for (;;) {
    const state = await job();
    const claimed = Number(state.started) >= madeDue;
    if (claimed && !state.leased && Number(state.finished) >= Number(state.started)) return (Number(state.finished) - Number(state.started)) / 1000;
    if (claimed && state.leased) {
      await meanwhile();
      continue;
    }
    if (!claimed && performance.now() - waitFrom > CLAIM_WAIT_MS) throw new Error(`the server did not start ${name} within ${CLAIM_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One pass of the deadline scan (every held report's clocks) in the server, and a list and a dashboard timed while it runs. */
export async function measureDeadlineScan(database: Database, baseUrl: string, cookie: string, listPath: string, dashboardPath: string): Promise<ScanFigures> {
  const list: number[] = [];
  const dashboard: number[] = [];
  const seconds = await runServerJobNow(database, DEADLINE_SCAN_JOB, BENCH_SCAN_INTERVAL_MS, async () => {
    list.push((await timeGets(baseUrl, cookie, listPath, 0, 1)).p50);
    dashboard.push((await timeGets(baseUrl, cookie, dashboardPath, 0, 1)).p50);
  });
  return { seconds, listDuring: summarise(list), dashboardDuring: summarise(dashboard) };
}
