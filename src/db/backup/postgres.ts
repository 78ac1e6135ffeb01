import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { BackupRefusal, backupKind, checkOutputFile, readHead, writeAtomically } from './files.js';
import { runTool, toolConnection, toolMajorVersion } from './pg-tools.js';
import type { OnTables, Say } from './say.js';

/**
 * PostgreSQL is backed up with pg_dump's custom format (-Fc), not with SQL of our own: pg_dump reads
 * every table inside one repeatable-read snapshot, so the file is consistent while servers keep
 * writing; the archive is compressed, and it is the format pg_restore reads, so an operator can
 * restore it, list it or pick single tables with the standard tools, without Sinergi.
 */
export async function backupPostgres(database: Database, url: string, file: string, options: { force: boolean; say: Say; onTables: OnTables; tablesLabel: string }): Promise<number> {
  checkOutputFile(file, options.force);
  options.say('opening', { location: database.location });
  await checkToolVersion(database, 'pg_dump');
  const total = await tableCount(database);
  const connection = toolConnection(url);
  options.say('snapshot');
  let done = 0;
  return writeAtomically(file, async (temporary) => {
    await runTool('pg_dump', ['--format=custom', '--no-password', '--verbose', `--file=${temporary}`, `--dbname=${connection.dbname}`], connection.env, (line) => {
      if (/dumping contents of table/.test(line)) options.onTables({ dataset: options.tablesLabel, done: (done += 1), total: Math.max(total, done) });
    });
  });
}

/** pg_dump refuses a server newer than itself; saying so first gives the person the fix. */
async function checkToolVersion(database: Database, tool: 'pg_dump' | 'pg_restore'): Promise<void> {
  const rows = await database.db.execute<{ version: string }>(sql`select current_setting('server_version_num') as version`);
  const serverMajor = Math.floor(Number(rows.rows[0]!.version) / 10_000);
  const toolMajor = await toolMajorVersion(tool);
  if (toolMajor < serverMajor) throw new BackupRefusal('toolTooOld', { tool, toolVersion: toolMajor, serverVersion: serverMajor });
}

async function tableCount(database: Database): Promise<number> {
  const rows = await database.db.execute<{ n: number }>(sql`
    select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'`);
  return Number(rows.rows[0]!.n);
}

/** What the target database already holds (relations, schemas, types of our own), or null when empty. */
async function occupied(database: Database): Promise<string | null> {
  const rows = await database.db.execute<{ relations: number; schemas: number; types: number }>(sql`
    select
      (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%') as relations,
      (select count(*)::int from pg_namespace where nspname not in ('public', 'pg_catalog', 'information_schema') and nspname not like 'pg\_%') as schemas,
      (select count(*)::int from pg_type t join pg_namespace n on n.oid = t.typnamespace
        where n.nspname = 'public' and t.typtype in ('e', 'd', 'c') and t.typrelid = 0) as types`);
  const { relations, schemas, types } = rows.rows[0]!;
  if (relations + schemas + types === 0) return null;
  return [`${relations} tables, views or sequences`, schemas ? `${schemas} schemas` : '', types ? `${types} types` : ''].filter(Boolean).join(', ');
}

/**
 * Restores a pg_dump archive into an empty database with pg_restore, as ONE transaction
 * (--single-transaction --exit-on-error): a file cut short or any failing statement rolls everything
 * back, so the target is either restored whole or left empty. Owners and grants are not restored
 * (--no-owner --no-acl): the target server's roles may differ; the restoring role owns everything.
 */
export async function restorePostgres(database: Database, url: string, file: string, options: { say: Say; onTables: OnTables; tablesLabel: string }): Promise<void> {
  options.say('checking', { path: file });
  const kind = backupKind(readHead(file));
  if (kind === 'embedded') throw new BackupRefusal('embeddedBackupForPostgres', { path: file });
  if (kind === null) throw new BackupRefusal('notBackup', { path: file });
  let listing = '';
  try {
    listing = await runTool('pg_restore', ['--list', path.resolve(file)], process.env);
  } catch (error) {
    if (error instanceof BackupRefusal && error.key === 'toolFailed') throw new BackupRefusal('damaged', { path: file, detail: error.params.detail ?? '' });
    throw error;
  }
  if (!/ TABLE drizzle __drizzle_migrations /.test(listing)) throw new BackupRefusal('notBackup', { path: file });
  const inTarget = await occupied(database);
  if (inTarget) throw new BackupRefusal('targetNotEmpty', { target: database.location, detail: inTarget });

  const total = listing.split('\n').filter((line) => / TABLE DATA /.test(line)).length;
  const connection = toolConnection(url);
  options.say('loading', { target: database.location });
  let done = 0;
  try {
    await runTool('pg_restore', [
      '--single-transaction', '--exit-on-error', '--no-owner', '--no-acl', '--no-password', '--verbose', `--dbname=${connection.dbname}`, path.resolve(file),
    ], connection.env, (line) => {
      if (/processing data for table/.test(line)) options.onTables({ dataset: options.tablesLabel, done: (done += 1), total: Math.max(total, done) });
    });
  } catch (error) {
    if (error instanceof BackupRefusal && error.key === 'toolFailed') throw new BackupRefusal('restoreRolledBack', { detail: error.params.detail ?? '' });
    throw error;
  }
}
