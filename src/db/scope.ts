import { sql, type SQL } from 'drizzle-orm';

/**
 * SQL that keeps rows whose region column lies in any of the given region subtrees; null roots
 * means no restriction. A row with a null region matches no subtree, so only unrestricted
 * principals see national rows.
 *
 * A subtree is one range of the text_pattern_ops order (byte order): code ≤ x < code + '/'. Kemendagri
 * codes are digits and dots, and '/' is the byte after '.', so the range holds the code itself and
 * every `code.…` below it, and nothing else (not 351 for 35). One range is one index seek; the
 * planner turned `x = code or starts_with(x, code.)` into a scan of the whole index when a LIMIT
 * was near (the capped list count of Jawa Timur read 486,000 entries of a million). A code with
 * any other character (none is valid) keeps the literal test. Comparisons, not LIKE: a code never
 * acts as a pattern.
 */
export function withinRegions(column: SQL, roots: readonly string[] | null): SQL {
  if (roots === null) return sql`true`;
  if (roots.length === 0) return sql`false`;
  const subtrees = roots.map((code) => (/^[0-9.]+$/.test(code)
    ? sql`(${column} ~>=~ ${code} and ${column} ~<~ ${`${code}/`})`
    : sql`(${column} = ${code} or starts_with(${column}, ${`${code}.`}))`));
  return sql`(${sql.join(subtrees, sql` or `)})`;
}
