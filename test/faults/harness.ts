import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { openDb } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { seedReferenceData } from '../../src/db/seed/index.js';
import { hashSecret, newSecret } from '../../src/modules/auth/secrets.js';
import { freePort, startServer, type ServerProcess } from '../../bench/intake-load.js';
import { createScratchDatabase } from '../../bench/scratch.js';

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
  const exited = new Promise<void>((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) resolve();
    else server.child.once('exit', () => resolve());
  });
  return {
    ...server,
    baseUrl: `http://127.0.0.1:${port}`,
    async kill9() {
      server.child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A migrated, seeded scratch database on the DATABASE_URL server, dropped by `drop()`. */
export async function scratchPostgres(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const scratch = await createScratchDatabase(serverUrl);
  if ('reason' in scratch) throw new Error(scratch.reason);
  const database = await openDb({ dataDir: '', databaseUrl: scratch.url });
  try {
    await migrate(database);
    await seedReferenceData(database);
  } finally {
    await database.close();
  }
  return { url: scratch.url, drop: scratch.drop };
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
