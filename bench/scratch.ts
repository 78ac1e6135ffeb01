import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { describePostgresUrl } from '../src/db/client.js';
import { isProcessAlive } from '../src/db/dir-lock.js';

/**
 * What every benchmark entry point shares: scratch PostgreSQL databases created and dropped by the
 * run, a list of cleanups that also runs on Ctrl-C, a kill or the watchdog, and where the figures
 * came from (commit, package versions).
 */

export const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
const SCRATCH_PREFIX = 'sinergi_bench_';

export const log = (line = '') => console.log(line);

/** Run in reverse order of registration by cleanUp(): servers stop before their database goes. */
const cleanups: Array<() => Promise<void>> = [];

export function onCleanUp(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

export async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}

/** The server to make scratch databases on: DATABASE_URL, else the local test server. */
export function postgresUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_URL;
}

/**
 * Stops the run from outside the normal flow (a signal, the watchdog) after the cleanups. Dropping a
 * database with force cuts connections still in use, whose clients then report errors nobody is
 * waiting for: expected now, so they must not crash the cleanup.
 */
let aborting = false;
export const isAborting = () => aborting;

function abort(message: string, code: number): void {
  if (aborting) return;
  aborting = true;
  log(`\n${message}`);
  process.on('uncaughtException', () => undefined);
  void cleanUp().finally(() => process.exit(code));
}

/**
 * Runs `main` with the cleanups guaranteed: on success, on an error, on SIGINT/SIGTERM, and when the
 * watchdog fires (a benchmark that hangs on a lock or a dead server must still end by itself).
 */
export function runGuarded(main: () => Promise<void>, watchdogMs: number): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => abort(`${signal}: cleaning up`, 130));
  }
  setTimeout(() => abort(`benchmark still running after ${Math.round(watchdogMs / 60_000)} minutes: stopping`, 2), watchdogMs).unref();
  main()
    .then(cleanUp)
    .catch(async (error: unknown) => {
      // After an abort, failures are the connections the forced drop cut: not worth printing.
      if (aborting) return;
      console.error(error);
      await cleanUp();
      process.exitCode = 1;
    });
}

/** Which code was measured: HEAD, marked when the working tree has changes on top of it. */
export function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

/** A dependency's version; its package.json is not always exported, so walk up from its entry. */
export function packageVersion(name: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  while (dir !== path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === name) return json.version ?? 'unknown';
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export type Scratch = { url: string; serverVersion: string; drop: () => Promise<void> } | { reason: string };

let scratchCount = 0;

/**
 * A fresh database named after this process (and a counter, so one run can hold several), dropped
 * by `drop()` or by the cleanups, whichever comes first.
 */
export async function createScratchDatabase(url: string): Promise<Scratch> {
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  admin.on('error', () => undefined);
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    return { reason: `PostgreSQL unreachable at ${describePostgresUrl(url)} (${(error as Error).message.split('\n')[0]})` };
  }
  try {
    await dropAbandoned(admin, url);
    const name = `${SCRATCH_PREFIX}${process.pid}_${scratchCount++}`;
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const version = await admin.query<{ server_version: string }>('show server_version');
    let dropped = false;
    const drop = async () => {
      if (dropped) return;
      dropped = true;
      await admin.query(`drop database if exists ${name} with (force)`).catch((error: Error) => log(`warning: could not drop ${name}: ${error.message}`));
      await admin.end().catch(() => undefined);
    };
    onCleanUp(drop);
    return { url: withDatabase(url, name), serverVersion: version.rows[0]?.server_version ?? 'unknown', drop };
  } catch (error) {
    await admin.end().catch(() => undefined);
    return { reason: `cannot create a scratch database on ${describePostgresUrl(url)} (${(error as Error).message.split('\n')[0]})` };
  }
}

/**
 * Drops scratch databases left by earlier runs that were killed outright (SIGKILL skips every
 * cleanup). Only on a local server, where the pid in the name can be checked against this host.
 */
async function dropAbandoned(admin: pg.Client, url: string): Promise<void> {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) return;
  const rows = await admin.query<{ datname: string }>(`select datname from pg_database where datname like '${SCRATCH_PREFIX}%'`);
  for (const { datname } of rows.rows) {
    // Names are <prefix><pid> (older runs) or <prefix><pid>_<n>.
    const pid = Number(datname.slice(SCRATCH_PREFIX.length).split('_')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || isProcessAlive(pid)) continue;
    await admin.query(`drop database if exists ${datname} with (force)`).catch(() => undefined);
  }
}
