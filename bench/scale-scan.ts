import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { DEADLINE_SCAN_JOB } from '../src/modules/notifications/worker.js';
import { timeGets } from './sitroom-server.js';
import { summarise, type Summary } from './stats.js';

/**
 * The server's deadline scan (every held report's clocks, once an interval by one process) at this
 * size: how long one pass takes inside `sinergi serve`, and what a list and a national dashboard
 * answer in while it runs. The bench serves with an interval of an hour, so no scan runs while the
 * other figures are timed; here the run is made due, the server's next tick (a minute at most)
 * claims it, and requests go on until it is released.
 */
export interface ScanFigures {
  seconds: number;
  listDuring: Summary;
  dashboardDuring: Summary;
}

/** How often the bench's server ticks for the scan (worker.ts: a fifth of the interval, at most a minute), and then some. */
const CLAIM_WAIT_MS = 90_000;
export const BENCH_SCAN_INTERVAL_MS = 3_600_000;

export async function measureDeadlineScan(database: Database, baseUrl: string, cookie: string, listPath: string, dashboardPath: string): Promise<ScanFigures> {
  // The run started an interval before its next one is due (claim.ts); times in epoch milliseconds.
  const job = async () => (await database.db.execute<{ leased: boolean; started: number; finished: number | null }>(sql`
    select leased_until is not null as leased, extract(epoch from next_run_at - ${BENCH_SCAN_INTERVAL_MS} * interval '1 millisecond')::float8 * 1000 as started,
      extract(epoch from last_finished_at)::float8 * 1000 as finished
    from periodic_jobs where name = ${DEADLINE_SCAN_JOB}`)).rows[0];
  await database.db.execute(sql`update periodic_jobs set next_run_at = clock_timestamp() where name = ${DEADLINE_SCAN_JOB}`);
  const waitFrom = performance.now();
  while (!(await job())?.leased) {
    if (performance.now() - waitFrom > CLAIM_WAIT_MS) throw new Error('the server did not start a deadline scan within 90 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const list: number[] = [];
  const dashboard: number[] = [];
  while ((await job())?.leased) {
    list.push((await timeGets(baseUrl, cookie, listPath, 0, 1)).p50);
    dashboard.push((await timeGets(baseUrl, cookie, dashboardPath, 0, 1)).p50);
  }
  const done = (await job())!;
  return { seconds: (Number(done.finished) - Number(done.started)) / 1000, listDuring: summarise(list), dashboardDuring: summarise(dashboard) };
}
