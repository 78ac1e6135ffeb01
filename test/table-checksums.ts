import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';

/** One table's fingerprint: its row count and an md5 of all its rows as text, in a fixed order. */
export interface TableFingerprint {
  rows: number;
  md5: string | null;
}

/**
 * Every table of the database (every schema but PostgreSQL's own, so drizzle's migration journal too)
 * and every sequence's position, by qualified name: two databases hold the same data when these are
 * equal. Reads every row: meant for test-sized databases (the gazetteer included, that is fine).
 */
export async function databaseFingerprint(database: Database): Promise<Record<string, TableFingerprint | number | null>> {
  const tables = await database.db.execute<{ schema: string; name: string }>(sql`
    select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'
    order by 1, 2`);
  const fingerprint: Record<string, TableFingerprint | number | null> = {};
  for (const { schema, name } of tables.rows) {
    const relation = sql.raw(`"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`);
    const result = await database.db.execute<{ rows: number; md5: string | null }>(
      sql`select count(*)::int as rows, md5(string_agg(t::text, '|' order by t::text)) as md5 from ${relation} t`,
    );
    fingerprint[`${schema}.${name}`] = { rows: Number(result.rows[0]!.rows), md5: result.rows[0]!.md5 };
  }
  const sequences = await database.db.execute<{ schema: string; name: string; last: string | null }>(
    sql`select schemaname as schema, sequencename as name, last_value::text as last from pg_sequences order by 1, 2`,
  );
  for (const { schema, name, last } of sequences.rows) fingerprint[`sequence ${schema}.${name}`] = last === null ? null : Number(last);
  return fingerprint;
}
