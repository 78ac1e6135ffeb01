/**
 * Consecutive slices of at most `size` items, in order: a batch written as a few multi-row
 * statements, each under PostgreSQL's 65,535 parameters a statement.
 */
export function* inChunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
