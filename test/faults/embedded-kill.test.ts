import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedDataDir, serve, sharedEmbeddedTemplate, type Serve } from './harness.js';
import { compareStored, reportBody, STORED_BY_KEY, sustainedIntake } from './intake.js';

/**
 * The embedded engine (PGlite in a data folder, one process): `sinergi serve` is killed with SIGKILL
 * while reports stream in, then started again on the same folder, as a supervisor would. The folder
 * must open (the lock the dead process left names a PID that no longer runs: it is stale and taken
 * over; PostgreSQL's own crash recovery replays the write-ahead log) and every acknowledged report
 * must be there, once. Clients retry with the same idempotency keys until the new process answers.
 */

const KEYS = 300;
const ACCOUNTS = 10;
const KILL_AFTER = 100;

describe('kill -9 of the embedded server during writes', () => {
  let dataDir: string;
  let tokens: string[];
  let villages: string[];
  const servers: Serve[] = [];
  const env = { ...process.env };
  delete env.DATABASE_URL;
  beforeAll(async () => {
    ({ dataDir, tokens, villages } = await embeddedDataDir(sharedEmbeddedTemplate(), ACCOUNTS));
    servers.push(await serve('sinergi (embedded)', env, ['--data-dir', dataDir]));
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the data folder again after the kill, with every acknowledged report stored once', async () => {
    const tag = `embedded-${process.pid}`;
    const first = servers[0]!;
    let target = first.baseUrl;
    let restarted: Promise<void> | null = null;
    const result = await sustainedIntake({
      keys: Array.from({ length: KEYS }, (_, i) => `${tag}-${String(i).padStart(5, '0')}`),
      targets: () => [target],
      body: reportBody(villages, new Date(Date.now() - 3_600_000).toISOString()),
      token: (index) => tokens[index % tokens.length]!,
      concurrency: 8,
      retryPauseMs: 250,
      deadlineMs: 150_000,
      onAcknowledged: (count) => {
        if (count !== KILL_AFTER || restarted) return;
        restarted = (async () => {
          await first.kill9();
          // The dead process's lock file is still there, naming its PID.
          expect(fs.readFileSync(`${dataDir}/sinergi.lock`, 'utf8')).toBe(String(first.child.pid));
          const second = await serve('sinergi (embedded, restarted)', env, ['--data-dir', dataDir]);
          servers.push(second);
          target = second.baseUrl;
        })();
      },
    });
    await restarted;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(servers).toHaveLength(2);
    const cut = result.failures.filter((f) => f.target === first.baseUrl);
    expect(cut.length).toBeGreaterThan(0);
    expect(result.failures.filter((f) => f.target !== first.baseUrl)).toEqual([]);

    // Read the folder itself once the second process has let it go.
    await servers[1]!.stop();
    const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    const stored = (await client.query<{ key: string; ids: number[] }>(STORED_BY_KEY, [`[${tag}-%`])).rows;
    await client.close();
    expect(result.unfinished).toEqual([]);
    expect(result.acknowledged.size).toBe(KEYS);
    expect(compareStored(result.acknowledged, stored)).toEqual({ lost: [], duplicated: [], unacknowledged: [], otherId: [], stored: KEYS });
    console.log(`embedded kill -9 after ${KILL_AFTER} reports: folder reopened, ${cut.length} attempts cut and retried, ${KEYS} reports acknowledged and stored once each`);
  });
});
