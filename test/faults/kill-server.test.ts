import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFault, NO_POSTGRES, POSTGRES_URL, twoServersOnScratchPostgres, type Serve, type TwoServers } from './harness.js';
import { compareStored, reportBody, STORED_BY_KEY, sustainedIntake } from './intake.js';

/**
 * Two `sinergi serve` processes on one PostgreSQL; reports stream in round-robin, and one process
 * is killed with SIGKILL mid-stream. Clients whose request died with it send the same report again,
 * same idempotency key, to the other process. Whatever the killed process had half-written is
 * rolled back by PostgreSQL with its connections; whatever it acknowledged was committed.
 */

const KEYS = 600;
/** Reports per account stay under the write limit (120 a minute), retries included. */
const ACCOUNTS = 20;
const KILL_AFTER = 150;

describeFault('kill -9 of a server during intake (PostgreSQL)', POSTGRES_URL ? '' : NO_POSTGRES, () => {
  let desk: TwoServers | undefined;
  let database: TwoServers['database'];
  let servers: Serve[] = [];
  let tokens: string[];
  let villages: string[];
  beforeAll(async () => {
    desk = await twoServersOnScratchPostgres(POSTGRES_URL!, ACCOUNTS, 'kill');
    ({ database, servers, tokens, villages } = desk);
  });
  afterAll(async () => {
    await desk?.close();
  });

  it('stores every acknowledged report exactly once when a process dies mid-stream', async () => {
    const [victim, survivor] = servers as [Serve, Serve];
    let killed: Promise<void> | null = null;
    let alive = [victim.baseUrl, survivor.baseUrl];
    const tag = `kill-${process.pid}`;
    const result = await sustainedIntake({
      keys: Array.from({ length: KEYS }, (_, i) => `${tag}-${String(i).padStart(5, '0')}`),
      // Clients keep the dead process in their list a while, as a real gateway would, and move on.
      targets: () => alive,
      body: reportBody(villages, new Date(Date.now() - 3_600_000).toISOString()),
      token: (index) => tokens[index % tokens.length]!,
      concurrency: 16,
      deadlineMs: 120_000,
      onAcknowledged: (count) => {
        if (count === KILL_AFTER && !killed) {
          killed = victim.kill9().then(() => {
            setTimeout(() => (alive = [survivor.baseUrl]), 2_000);
          });
        }
      },
    });
    await killed;
    expect(victim.child.signalCode).toBe('SIGKILL');

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const stored = (await client.query<{ key: string; ids: number[] }>(STORED_BY_KEY, [`[${tag}-%`])).rows;
    await client.end();
    const check = compareStored(result.acknowledged, stored);
    expect(result.unfinished).toEqual([]);
    expect(result.acknowledged.size).toBe(KEYS);
    expect(check).toEqual({ lost: [], duplicated: [], unacknowledged: [], otherId: [], stored: KEYS });
    // The kill did cut requests in flight, or the test proved nothing.
    const cut = result.failures.filter((f) => f.target === victim.baseUrl);
    expect(cut.length).toBeGreaterThan(0);
    // Only the dead process failed: the survivor answered every request it got.
    expect(result.failures.filter((f) => f.target === survivor.baseUrl)).toEqual([]);
    console.log(`kill -9: ${KEYS} reports acknowledged and stored once each; ${cut.length} attempts cut by the kill (${[...new Set(cut.map((f) => f.code ?? f.status))].join(', ')}) retried on the other process`);
  });
});
