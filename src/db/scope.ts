import { sql, type SQL } from 'drizzle-orm';

/**
 * SQL that keeps rows whose region column lies in any of the given region subtrees; null roots
 * means no restriction. starts_with, not LIKE: a code never acts as a pattern. A row with a null
 * region matches no subtree, so only unrestricted principals see national rows.
 */
export function withinRegions(column: SQL, roots: readonly string[] | null): SQL {
  if (roots === null) return sql`true`;
  if (roots.length === 0) return sql`false`;
  const subtrees = roots.map((code) => sql`(${column} = ${code} or starts_with(${column}, ${`${code}.`}))`);
  return sql`(${sql.join(subtrees, sql` or `)})`;
}
