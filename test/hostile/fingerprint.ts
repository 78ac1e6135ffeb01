import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';

/** Per table of the public schema: its row count and a digest of its rows. */
export type Fingerprint = Record<string, { rows: number; digest: string }>;

/**
 * Counts the rows of every table in the public schema and hashes each as a set of rows: the sum of a
 * 64-bit hash of every row's text, so that any insert, update or delete shows without sorting the
 * table (sorting every row of the gazetteer and the growing audit trail as text, once per endpoint,
 * was a third of the suite's time). `keep` picks the tables.
 */
export async function fingerprint(db: Db, keep: (table: string) => boolean = () => true): Promise<Fingerprint> {
  const tables = await db.execute<{ name: string }>(sql`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const result: Fingerprint = {};
  for (const { name } of tables.rows.filter((table) => keep(table.name))) {
    const table = sql`${sql.identifier('public')}.${sql.identifier(name)}`;
    const rows = await db.execute<{ rows: number; digest: string }>(sql`
      select count(*)::int as rows, coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text as digest from ${table} t`);
    const row = rows.rows[0];
    result[name] = { rows: Number(row?.rows ?? 0), digest: String(row?.digest ?? '') };
  }
  return result;
}

/**
 * What differs between two fingerprints: tables created or dropped, tables in `growing` that shrank,
 * and any change at all to the other tables.
 */
export function fingerprintChanges(before: Fingerprint, after: Fingerprint, growing: ReadonlySet<string>): string[] {
  const changes: string[] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[name];
    const b = after[name];
    if (!a || !b) {
      changes.push(`${name}: table ${a ? 'dropped' : 'created'}`);
    } else if (growing.has(name)) {
      if (b.rows < a.rows) changes.push(`${name}: shrank from ${a.rows} to ${b.rows} rows`);
    } else if (a.rows !== b.rows || a.digest !== b.digest) {
      changes.push(`${name}: ${a.rows} rows (${a.digest}) became ${b.rows} rows (${b.digest})`);
    }
  }
  return changes;
}

/** The part of a fingerprint about the tables `keep` accepts. */
export function selectTables(print: Fingerprint, keep: (table: string) => boolean): Fingerprint {
  return Object.fromEntries(Object.entries(print).filter(([name]) => keep(name)));
}
