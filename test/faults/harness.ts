import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { describe, inject, it } from 'vitest';
import { openDb } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { seedReferenceData } from '../../src/db/seed/index.js';
import { hashSecret, newSecret } from '../../src/modules/auth/secrets.js';
import { freePort, startServer, type ServerProcess } from '../../bench/intake-load.js';
import { isProcessAlive } from '../../src/db/dir-lock.js';

/**
 * What the fault tests share: real `sinergi serve` processes (so that they can be killed with
 * SIGKILL), a scratch PostgreSQL database or a seeded embedded data folder, and gateway accounts
 * made straight in the database (no argon2 for accounts nobody signs in to).
 */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Bali: the gateway accounts' scope, and where the reports happen. */
export const SCOPE = '51';
export const POSTGRES_URL = process.env.DATABASE_URL?.trim() || undefined;
export const NO_POSTGRES = 'needs PostgreSQL: set DATABASE_URL (CI does) to run the PostgreSQL fault tests';

export interface Serve extends ServerProcess {
  baseUrl: string;
  /** SIGKILL, as the kernel's OOM killer or a pulled plug would: no shutdown code runs. */
  kill9(): Promise<void>;
}

/** Starts `sinergi serve` on a free port and waits until /api/v1/health answers 200. */
export async function serve(name: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<Serve> {
  const port = await freePort();
  const server = await startServer(name, [path.join(ROOT, 'bin/sinergi.mjs'), 'serve', '--port', String(port), ...args], { ...env, TZ: 'UTC', LOG_LEVEL: 'warn' }, port, '/api/v1/health', 120_000);
  let stopping = false;
  const exited = new Promise<void>((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) resolve();
    else server.child.once('exit', () => resolve());
  });
  // A server that dies when no test asked it to is the finding: say how, with its last words.
  server.child.once('exit', (code, signal) => {
    if (!stopping) console.error(`${name} exited by itself (code ${code}, signal ${signal}):\n${server.stderrTail().trim()}`);
  });
  return {
    ...server,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      stopping = true;
      await server.stop();
    },
    async kill9() {
      stopping = true;
      server.child.kill('SIGKILL');
      await exited;
    },
  };
}

const SCRATCH_PREFIX = 'sinergi_faults_';
let scratchCount = 0;

/** Runs `fn` on a fresh admin connection: one opened before a PostgreSQL restart would be dead after it. */
async function asAdmin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A migrated, seeded scratch database on the DATABASE_URL server, dropped by `drop()`. Scratch
 * databases of earlier runs killed outright (their process is gone) are dropped first.
 */
export async function scratchPostgres(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${SCRATCH_PREFIX}${process.pid}_${scratchCount++}`;
  await asAdmin(serverUrl, async (admin) => {
    const old = await admin.query<{ datname: string }>(`select datname from pg_database where datname like '${SCRATCH_PREFIX}%'`);
    for (const { datname } of old.rows) {
      const pid = Number(datname.slice(SCRATCH_PREFIX.length).split('_')[0]);
      if (Number.isInteger(pid) && pid !== process.pid && !isProcessAlive(pid)) await admin.query(`drop database if exists ${datname} with (force)`);
    }
    await admin.query(`create database ${name}`);
  });
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const drop = () => asAdmin(serverUrl, async (admin) => void (await admin.query(`drop database if exists ${name} with (force)`)));
  const database = await openDb({ dataDir: '', databaseUrl: url });
  try {
    await migrate(database);
    await seedReferenceData(database);
  } catch (error) {
    await database.close();
    await drop();
    throw error;
  }
  await database.close();
  return { url, drop };
}

/** A migrated and seeded embedded database, as an archive that new data folders start from. */
export async function embeddedTemplate(): Promise<Blob> {
  const database = await openDb({ dataDir: '' }, { memory: true });
  try {
    await migrate(database);
    await seedReferenceData(database);
    return await database.dump!();
  } finally {
    await database.close();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The archive test/faults/global-setup.ts built. */
    faultsEmbeddedTemplate: string;
  }
}

/** The run's seeded embedded database (see global-setup.ts). */
export function sharedEmbeddedTemplate(): Blob {
  return new Blob([fs.readFileSync(inject('faultsEmbeddedTemplate'))]);
}

/** A new data folder holding the template, with `accounts` gateway tokens; the folder is closed again. */
export async function embeddedDataDir(template: Blob, accounts: number, parent = os.tmpdir()): Promise<{ dataDir: string; tokens: string[]; villages: string[] }> {
  const dataDir = fs.mkdtempSync(path.join(parent, 'sinergi-faults-'));
  const client = await PGlite.create({ dataDir, loadDataDir: template, extensions: { pg_trgm } });
  try {
    const tokens = await createGatewayAccounts((text, params) => client.query(text, params), accounts, 'embedded');
    return { dataDir, tokens, villages: await villageCodes((text) => client.query(text)) };
  } finally {
    await client.close();
  }
}

type Query = (text: string, params: unknown[]) => Promise<unknown>;

/** Coordinators of the scope, each with one reporter token, as a desk sets up an SMS gateway. */
export async function createGatewayAccounts(query: Query, count: number, label: string): Promise<string[]> {
  const secrets = Array.from({ length: count }, () => newSecret('sng'));
  const emails = secrets.map((_, i) => `faults-${label}-${process.pid}-${i}@faults.invalid`);
  await query(
    `with made as (
       insert into users (email, display_name, password_hash, role, scope_region_code, language)
       select e, 'Fault gateway ' || e, '!no-password', 'coordinator', $3, 'id' from unnest($1::text[]) as e
       returning id, email)
     insert into api_tokens (name, token_hash, user_id, role, scope_region_code, created_at, expires_at)
     select 'fault gateway', t.hash, made.id, 'reporter', $3, now(), now() + interval '1 day'
     from made join unnest($1::text[], $2::text[]) as t(email, hash) using (email)`,
    [emails, secrets.map(hashSecret), SCOPE],
  );
  return secrets;
}

/** Gateway accounts in a PostgreSQL database, and the desa codes to report from. */
export async function postgresGatewayAccounts(url: string, count: number, label: string): Promise<{ tokens: string[]; villages: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tokens = await createGatewayAccounts((text, params) => client.query(text, params), count, label);
    return { tokens, villages: await villageCodes((text) => client.query(text)) };
  } finally {
    await client.end();
  }
}

/** Desa codes of the scope, for the reports' places. */
async function villageCodes(query: (text: string) => Promise<{ rows: unknown[] }>): Promise<string[]> {
  const rows = await query(`select code from regions where level = 4 and starts_with(code, '${SCOPE}.') order by code limit 200`);
  return (rows.rows as Array<{ code: string }>).map((row) => row.code);
}

/**
 * describe() that skips with its reason in the title when the machine cannot host the fault, except
 * in CI (CI=true), where the fault must be tested: there the reason fails the run instead.
 */
export function describeFault(title: string, cannotRun: string, body: () => void): void {
  if (!cannotRun) {
    describe(title, body);
  } else if (process.env.CI) {
    describe(title, () => {
      it('can run on this machine (CI must test this fault)', () => {
        throw new Error(cannotRun);
      });
    });
  } else {
    describe.skip(`${title}: ${cannotRun}`, body);
  }
}

export interface TwoServers {
  database: { url: string; drop: () => Promise<void> };
  servers: [Serve, Serve];
  tokens: string[];
  villages: string[];
  /** Stops both processes and drops the scratch database. */
  close: () => Promise<void>;
}

/** A scratch database on the PostgreSQL at `serverUrl`, `accounts` gateway accounts in it, and two `sinergi serve` processes on it. */
export async function twoServersOnScratchPostgres(serverUrl: string, accounts: number, label: string): Promise<TwoServers> {
  const database = await scratchPostgres(serverUrl);
  const { tokens, villages } = await postgresGatewayAccounts(database.url, accounts, label);
  const env = { ...process.env, DATABASE_URL: database.url };
  const servers = (await Promise.all([serve('sinergi A', env), serve('sinergi B', env)])) as [Serve, Serve];
  return {
    database, servers, tokens, villages,
    close: async () => {
      for (const server of servers) await server.stop();
      await database.drop();
    },
  };
}
