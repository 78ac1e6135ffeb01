import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { AppError } from '../domain/errors.js';
import type { Database } from './client.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));
/** Held while migrating so that several server processes starting together migrate once. */
const MIGRATION_LOCK_KEY = 7_405_211_024;

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

function knownMigrations(): Journal['entries'] {
  const journal = JSON.parse(fs.readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as Journal;
  return journal.entries;
}

export interface MigrationResult {
  applied: number;
  total: number;
}

/**
 * Brings the schema up to date; a second run applies nothing. Refuses, changing nothing, a
 * database that already holds migrations newer than this build knows.
 */
export async function migrate(database: Database): Promise<MigrationResult> {
  const known = knownMigrations();
  const newestKnown = Math.max(...known.map((entry) => entry.when));
  return database.withSessionLock(MIGRATION_LOCK_KEY, async () => {
    const before = await appliedMigrations(database);
    const unknown = before.filter((when) => when > newestKnown);
    if (unknown.length > 0) {
      throw new AppError('schema_too_new', 500, { found: before.length, known: known.length });
    }
    const config = { migrationsFolder: MIGRATIONS_DIR };
    try {
      if (database.engine === 'pglite') {
        await migratePglite(database.db as unknown as PgliteDatabase<Record<string, never>>, config);
      } else {
        await migratePg(database.db as unknown as NodePgDatabase<Record<string, never>>, config);
      }
    } catch (error) {
      throw new AppError('migration_failed', 500, { detail: describeMigrationError(error) }, { cause: error });
    }
    const after = await appliedMigrations(database);
    return { applied: after.length - before.length, total: known.length };
  });
}

async function appliedMigrations(database: Database): Promise<number[]> {
  const exists = await database.db.execute<{ present: string | null }>(
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as present`,
  );
  if (!exists.rows[0]?.present) return [];
  const rows = await database.db.execute<{ created_at: string | number }>(
    sql`select created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  return rows.rows.map((row) => Number(row.created_at));
}


/** Drizzle wraps the server's error; the server's own sentence is what a person can act on. */
function describeMigrationError(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return message.split('\n')[0] ?? message;
}
