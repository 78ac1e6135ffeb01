import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Database } from '../../db/client.js';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers.js';
import { claimPeriodicRun, claimTickMs, releasePeriodicRun, runIfClaimed } from './claim.js';

/** A job that one process of several runs each interval: the deadline scan's claim. */
let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase();
});
afterAll(async () => test?.cleanup());

const HOUR = 3_600_000;
const db = () => test.database.db;
/** Moves the job's times as if `ms` had passed. */
const age = (name: string, ms: number) => db().execute(sql`
  update periodic_jobs set next_run_at = next_run_at - ${ms} * interval '1 millisecond', leased_until = leased_until - ${ms} * interval '1 millisecond' where name = ${name}`);

describe('periodic job claims', () => {
  it('each process tries five times an interval, at least once a second and at most once a minute', () => {
    expect(claimTickMs(60_000)).toBe(12_000);
    expect(claimTickMs(1_000)).toBe(1_000);
    expect(claimTickMs(5 * 60_000)).toBe(60_000);
    expect(claimTickMs(3_600_000)).toBe(60_000);
  });

  it('the first claim runs at once; no other before the interval has passed, then one again', async () => {
    expect(await claimPeriodicRun(db(), 'scan-a', HOUR, 10 * 60_000)).toBe(true);
    expect(await claimPeriodicRun(db(), 'scan-a', HOUR, 10 * 60_000)).toBe(false);
    await releasePeriodicRun(db(), 'scan-a');
    expect(await claimPeriodicRun(db(), 'scan-a', HOUR, 10 * 60_000)).toBe(false);
    await age('scan-a', HOUR);
    expect(await claimPeriodicRun(db(), 'scan-a', HOUR, 10 * 60_000)).toBe(true);
    // Another job keeps its own times.
    expect(await claimPeriodicRun(db(), 'scan-b', HOUR, 10 * 60_000)).toBe(true);
  });

  it('a run still leased is not started twice even when the next is due; a lease past its end (a dead process) is', async () => {
    expect(await claimPeriodicRun(db(), 'slow', 60_000, 10 * 60_000)).toBe(true);
    await age('slow', 2 * 60_000); // due again, still leased
    expect(await claimPeriodicRun(db(), 'slow', 60_000, 10 * 60_000)).toBe(false);
    await age('slow', 10 * 60_000); // the lease ran out: its process is gone
    expect(await claimPeriodicRun(db(), 'slow', 60_000, 10 * 60_000)).toBe(true);
  });

  it('runIfClaimed runs the job once, and releases a failed run', async () => {
    let runs = 0;
    expect(await runIfClaimed(db(), 'job', HOUR, HOUR, async () => { runs += 1; })).toBe(true);
    expect(await runIfClaimed(db(), 'job', HOUR, HOUR, async () => { runs += 1; })).toBe(false);
    expect(runs).toBe(1);
    await age('job', HOUR);
    await expect(runIfClaimed(db(), 'job', HOUR, HOUR, async () => { throw new Error('database went away'); })).rejects.toThrow('database went away');
    const [row] = (await db().execute<{ leased: boolean }>(sql`select leased_until is not null as leased from periodic_jobs where name = 'job'`)).rows;
    expect(row?.leased).toBe(false);
  });

  it('of many processes claiming at once, one runs (PostgreSQL)', async () => {
    if (!test.url) return; // the embedded database has one connection: nothing claims side by side
    const others: Database[] = await Promise.all(Array.from({ length: 5 }, () => openDb({ dataDir: '', databaseUrl: test.url })));
    try {
      const claims = await Promise.all([test.database, ...others].flatMap((database) => [1, 2].map(() => claimPeriodicRun(database.db, 'race', HOUR, HOUR))));
      expect(claims.filter(Boolean)).toHaveLength(1);
    } finally {
      await Promise.all(others.map((database) => database.close()));
    }
  });
});
