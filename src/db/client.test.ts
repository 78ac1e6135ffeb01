import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Database } from './client.js';

const POSTGRES_URL = process.env.DATABASE_URL?.trim() || undefined;

/**
 * A PostgreSQL stop or restart ends every backend, also those of connections the server holds
 * checked out between two statements (a transaction waiting on other work, a session lock). Such a
 * connection reports its end as an 'error' event with no query to hand it to; without a listener
 * that event brought the whole process down, dropping every request in flight.
 */
describe.skipIf(!POSTGRES_URL)('PostgreSQL connection ended while checked out', () => {
  let database: Database;
  let admin: pg.Client;
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    database = await openDb({ databaseUrl: POSTGRES_URL!, dataDir: '' });
    admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    process.on('uncaughtException', record);
  });
  afterAll(async () => {
    process.off('uncaughtException', record);
    await admin?.end();
    await database?.close();
  });

  /** Ends the backend the way a fast shutdown does, then waits until its connection has heard it. */
  async function terminate(pid: number): Promise<void> {
    const { rows } = await admin.query<{ done: boolean }>('select pg_terminate_backend($1) as done', [pid]);
    expect(rows[0]!.done).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  it('fails only the work that held the connection; the process and the pool carry on', async () => {
    const attempt = database.transactionRaw(async (tx) => {
      const [{ pid }] = (await tx.query('select pg_backend_pid() as pid')) as [{ pid: number }];
      await terminate(pid);
      return tx.query('select 1');
    });
    await expect(attempt).rejects.toThrow(/terminat|not queryable|Connection/i);
    expect(uncaught).toEqual([]);

    const after = await database.db.execute(sql`select 1 as one`);
    expect(JSON.stringify(after)).toContain('"one":1');
  });

  it('survives the end of a connection held for a session lock', async () => {
    const attempt = database.withSessionLock(424_242, async () => {
      const { rows } = await admin.query<{ pid: number }>("select pid from pg_locks where locktype = 'advisory' and objid = 424242 and granted");
      await terminate(rows[0]!.pid);
      return 'done';
    });
    await expect(attempt).resolves.toBe('done');
    expect(uncaught).toEqual([]);
    const after = await database.db.execute(sql`select 2 as two`);
    expect(JSON.stringify(after)).toContain('"two":2');
  });
});
