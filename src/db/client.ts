import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { DbConfig } from '../config.js';
import { AppError } from '../domain/errors.js';
import * as schema from './schema/index.js';
import { acquireDirLock, type DirLock } from './dir-lock.js';

/** Both drivers answer raw queries with `{ rows }`; this lets `db.execute<Row>()` say so. */
export interface RowsResult<Row> {
  rows: Row[];
}
export interface RowsQueryResultHKT extends PgQueryResultHKT {
  type: RowsResult<this['row']>;
}

export type Db = PgDatabase<RowsQueryResultHKT, typeof schema>;
export type Engine = 'pglite' | 'postgres';

/** Raw access on one connection inside one transaction: for bulk loads and their benchmarks. */
export interface RawClient {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `COPY … FROM STDIN WITH (FORMAT csv)` feeding it the given CSV chunks. */
  copyCsv(table: string, columns: readonly string[], chunks: AsyncIterable<string> | Iterable<string>): Promise<void>;
}

export interface Database {
  engine: Engine;
  db: Db;
  /** Where the data is, for messages: a folder or host:port/db (never the password). */
  location: string;
  transactionRaw<T>(fn: (client: RawClient) => Promise<T>): Promise<T>;
  /** Runs fn while holding a PostgreSQL advisory lock, so that processes sharing a server take turns. */
  withSessionLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /**
   * Hears NOTIFY on `channel` (sent with `select pg_notify(channel, payload)`, delivered when the
   * sending transaction commits), from this process and, on PostgreSQL, from every other one; resolves
   * once listening, to a function that stops. `onGap` is called when the listening connection is lost
   * and again when it is back: what was sent in between was not heard (PostgreSQL only).
   */
  listen(channel: string, onPayload: (payload: string) => void, onGap?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** The embedded database's files as one archive (PGlite only): a template for tests, a backup (gzipped). */
  dump?(compression?: 'none' | 'gzip'): Promise<Blob>;
}

export interface OpenOptions {
  /** Keep the embedded database in memory only (tests, benchmarks). */
  memory?: boolean;
  /** A dump made by `dump()`: starts an in-memory embedded database from it (tests). */
  loadDataDir?: Blob;
}

/** Opens PostgreSQL when a URL is configured, else the embedded PGlite database in its folder. */
export async function openDb(config: DbConfig, options: OpenOptions = {}): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir, options);
}

export function describePostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('db_url_invalid', 500, { detail: 'not a URL' });
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new AppError('db_url_invalid', 500, { detail: `scheme must be postgres:// (got ${parsed.protocol}//)` });
  }
  if (!parsed.hostname && !parsed.searchParams.get('host')) {
    throw new AppError('db_url_invalid', 500, { detail: 'no host' });
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default)';
  return `${parsed.hostname || parsed.searchParams.get('host')}:${parsed.port || '5432'}/${database}`;
}

async function openPostgres(url: string): Promise<Database> {
  const location = describePostgresUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  // A connection checked out between two statements (a transaction, a session lock) has no pool
  // listener: a PostgreSQL stop ending it would be an unhandled 'error' event, fatal to the whole
  // process. Heard here, it fails only the next statement on it, and the pool drops it on release.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new AppError('db_unreachable', 503, { target: location, detail: describeConnectError(error) }, { cause: error });
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    engine: 'postgres',
    db,
    location,
    async transactionRaw(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query(text, params) {
            return (await client.query(text, params)).rows;
          },
          async copyCsv(table, columns, chunks) {
            const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`));
            await pipeline(Readable.from(chunks), sink);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async withSessionLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        return await fn();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
        client.release();
      }
    },
    listen: (channel, onPayload, onGap) => listenOnPostgres(url, channel, onPayload, onGap),
    close: () => pool.end(),
  };
}

/** Channel names go into LISTEN as identifiers: only plain lower-case names are accepted. */
function channelIdentifier(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  return channel;
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to queries). A lost connection is
 * opened again after a pause that doubles up to 30 s, so a restarted server resumes the feed; what
 * was sent while it was away is not heard: `onGap` says so when the connection is lost and when it is
 * back, so that those who keep copies (caches, open event streams) drop them and read again.
 */
async function listenOnPostgres(url: string, channel: string, onPayload: (payload: string) => void, onGap: () => void = () => {}): Promise<() => Promise<void>> {
  const name = channelIdentifier(channel);
  let client: pg.Client | null = null;
  let stopped = false;
  let pause = 500;
  let retry: NodeJS.Timeout | null = null;
  const schedule = () => {
    if (stopped) return;
    retry = setTimeout(() => void attempt(false), pause);
    pause = Math.min(pause * 2, 30_000);
  };
  const attempt = async (first: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    next.on('notification', (message) => {
      if (message.channel === name && message.payload !== undefined) onPayload(message.payload);
    });
    // A lost connection is reported by 'end' (after 'error'): the listener then starts over.
    next.on('error', () => undefined);
    next.once('end', () => {
      if (client !== next) return;
      client = null;
      onGap();
      schedule();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${name}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      if (first) throw error;
      schedule();
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    pause = 500;
    if (!first) onGap();
  };
  await attempt(true);
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const last = client;
    client = null;
    await last?.end().catch(() => undefined);
  };
}

function describeConnectError(error: unknown): string {
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: string; message?: string };
    if (code === 'ECONNREFUSED') return 'connection refused (is the server running?)';
    if (code === 'ENOTFOUND') return 'host not found';
    if (code === '3D000') return 'database does not exist';
    if (code === '28P01' || code === '28000') return 'authentication failed';
    if (message) return message.split('\n')[0] ?? message;
  }
  return String(error);
}

async function openPglite(dataDir: string, options: OpenOptions): Promise<Database> {
  const inMemory = Boolean(options.memory || options.loadDataDir);
  let lock: DirLock | null = null;
  if (!inMemory) {
    ensureWritableDir(dataDir);
    lock = acquireDirLock(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(inMemory ? { loadDataDir: options.loadDataDir } : { dataDir }),
      extensions: { pg_trgm },
    });
  } catch (error) {
    lock?.release();
    throw new AppError('data_dir_not_writable', 500, { dir: dataDir, detail: String(error) }, { cause: error });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    engine: 'pglite',
    db,
    location: inMemory ? '(memory)' : dataDir,
    dump: async (compression = 'none') => (await client.dumpDataDir(compression)) as Blob,
    transactionRaw(fn) {
      return client.transaction(async (tx) =>
        fn({
          async query(text, params) {
            return (await tx.query(text, params)).rows as never[];
          },
          async copyCsv(table, columns, chunks) {
            // PGlite reads COPY input from a Blob mounted at /dev/blob.
            const parts: string[] = [];
            for await (const chunk of chunks) parts.push(chunk);
            await tx.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
              blob: new Blob(parts),
            });
          },
        }),
      );
    },
    // One connection in one process: there is nobody to take turns with.
    withSessionLock: (_key, fn) => fn(),
    async listen(channel, onPayload) {
      const stop = await client.listen(channelIdentifier(channel), onPayload);
      return async () => {
        await stop();
      };
    },
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

function ensureWritableDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new AppError('data_dir_not_writable', 500, { dir, detail }, { cause: error });
  }
}
