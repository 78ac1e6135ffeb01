import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFault, NO_POSTGRES, POSTGRES_URL, twoServersOnScratchPostgres, type Serve, type TwoServers } from './harness.js';
import { compareStored, reportBody, STORED_BY_KEY, sustainedIntake } from './intake.js';
import { localCluster, startPostgres, stopPostgres, type Cluster } from './postgres-control.js';

/**
 * PostgreSQL goes away in the middle of sustained intake and comes back, the two server processes
 * staying up throughout. The restart is done in two steps (stop, a few seconds down, start) rather
 * than `pg_ctlcluster restart`, so that the test can look at the servers while the database is
 * really down: every request then fails fast with 503 (never 500, never hanging), /api/v1/health
 * says why, and once PostgreSQL is back the same processes serve again by themselves. Clients
 * retry with the same idempotency keys; every acknowledged report is stored exactly once.
 *
 * It stops the PostgreSQL server of DATABASE_URL for everyone on this machine, once per run, and
 * always starts it again (also when the test fails).
 */

const KEYS = 500;
const ACCOUNTS = 20;
const OUTAGE_AFTER = 120;
/** How long PostgreSQL stays down: long enough for every client to meet the outage. */
const DOWN_MS = 4_000;
/** "Fails fast": a generous bound, far below the 30 s a client waits before calling it a hang. */
const FAST_MS = 5_000;

const cluster = localCluster(POSTGRES_URL);
const skip = !POSTGRES_URL ? NO_POSTGRES : 'reason' in cluster ? `cannot restart PostgreSQL: ${cluster.reason}` : '';

interface Probe {
  status: number;
  ms: number;
  body: Record<string, unknown>;
}

async function probe(url: string, init: RequestInit = {}): Promise<Probe> {
  const started = performance.now();
  const response = await fetch(url, { ...init, headers: { 'accept-language': 'en', ...init.headers }, signal: AbortSignal.timeout(30_000) });
  return { status: response.status, ms: performance.now() - started, body: (await response.json()) as Record<string, unknown> };
}

describeFault('PostgreSQL restarted during intake', skip, () => {
  let desk: TwoServers | undefined;
  let database: TwoServers['database'];
  let servers: Serve[] = [];
  let tokens: string[];
  let villages: string[];
  beforeAll(async () => {
    desk = await twoServersOnScratchPostgres(POSTGRES_URL!, ACCOUNTS, 'restart');
    ({ database, servers, tokens, villages } = desk);
  });
  afterAll(async () => {
    // Whatever happened, PostgreSQL is left running for everyone else.
    await startPostgres(cluster as Cluster, POSTGRES_URL!);
    await desk?.close();
  });

  it('answers 503 fast while it is down, says why in /health, recovers by itself and loses nothing', async () => {
    const pids = servers.map((server) => server.child.pid);
    const tag = `restart-${process.pid}`;
    const body = reportBody(villages, new Date(Date.now() - 3_600_000).toISOString());
    let outage: Promise<{ health: Probe[]; post: Probe }> | null = null;

    const intake = sustainedIntake({
      keys: Array.from({ length: KEYS }, (_, i) => `${tag}-${String(i).padStart(5, '0')}`),
      targets: () => servers.map((server) => server.baseUrl),
      body,
      token: (index) => tokens[index % tokens.length]!,
      concurrency: 8,
      retryPauseMs: 300,
      deadlineMs: 150_000,
      onAcknowledged: (count) => {
        if (count !== OUTAGE_AFTER || outage) return;
        outage = (async () => {
          stopPostgres(cluster as Cluster);
          try {
            // Down for sure now: what do the servers say?
            const health = await Promise.all(servers.map((server) => probe(`${server.baseUrl}/api/v1/health`)));
            const post = await probe(`${servers[0]!.baseUrl}/api/v1/incidents`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}`, 'idempotency-key': `${tag}-probe` },
              body: body(`${tag}-probe`, 0),
            });
            await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
            return { health, post };
          } finally {
            await startPostgres(cluster as Cluster, POSTGRES_URL!);
          }
        })();
      },
    });
    const result = await intake;
    expect(outage).not.toBeNull();
    const seen = await outage!;

    // While down: /health answers 503 and says why; a report is refused fast with 503, not 500.
    for (const health of seen.health) {
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'unavailable', database: 'postgres' });
      expect(['refused', 'shutting_down', 'starting_up', 'connection_lost']).toContain(health.body.reason);
      expect(String(health.body.message)).toMatch(/database/);
      expect(health.ms).toBeLessThan(FAST_MS);
    }
    expect(seen.post.status).toBe(503);
    expect(seen.post.body.code).toBe('db_unavailable');
    expect(seen.post.ms).toBeLessThan(FAST_MS);

    // Every failed attempt of the stream was a fast 503: no 500, no hang, no dropped connection.
    const statuses = [...new Set(result.failures.map((f) => f.status))];
    expect(statuses).toEqual([503]);
    expect(result.failures.filter((f) => f.ms >= FAST_MS)).toEqual([]);
    expect(result.failures.every((f) => f.code === 'db_unavailable')).toBe(true);

    // Recovered by itself: the same processes, healthy again, took the rest of the stream.
    expect(servers.map((server) => server.child.pid)).toEqual(pids);
    expect(servers.every((server) => server.child.exitCode === null)).toBe(true);
    for (const server of servers) expect((await probe(`${server.baseUrl}/api/v1/health`)).body).toEqual({ status: 'ok', database: 'postgres' });

    // Nothing acknowledged lost, nothing stored twice.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const stored = (await client.query<{ key: string; ids: number[] }>(STORED_BY_KEY, [`[${tag}-0%`])).rows;
    await client.end();
    expect(result.unfinished).toEqual([]);
    expect(result.acknowledged.size).toBe(KEYS);
    expect(compareStored(result.acknowledged, stored)).toEqual({ lost: [], duplicated: [], unacknowledged: [], otherId: [], stored: KEYS });
    console.log(`PostgreSQL down ${DOWN_MS / 1000} s mid-stream: ${result.failures.length} attempts answered 503 (slowest ${Math.round(Math.max(0, ...result.failures.map((f) => f.ms)))} ms), health said "${String(seen.health[0]!.body.reason)}"; ${KEYS} reports acknowledged and stored once each`);
  });
});
