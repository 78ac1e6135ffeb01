import type { RawClient } from '../../db/client.js';

/**
 * A large load into a table is several times faster when its secondary indexes are built once at
 * the end rather than kept up row by row (the full-text and trigram GIN indexes of incidents take
 * most of the time of a load otherwise). The definitions are read from the database itself, so
 * they come back exactly as the migrations made them; unique indexes stay, as they enforce rules.
 * Inside the caller's transaction: a failed load restores them with everything else, and other
 * sessions wait on the table meanwhile (fine for generating demo data, not for a live desk).
 */
export async function withIndexesDeferred<T>(client: RawClient, tables: readonly string[], fn: () => Promise<T>, beforeRebuild?: () => void): Promise<{ result: T; rebuildMs: number; indexes: number }> {
  const indexes = await client.query<{ name: string; definition: string }>(`
    select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
    where t.relname = any($1) and t.relnamespace = 'public'::regnamespace and not i.indisunique and not i.indisprimary
    order by c.relname`, [tables]);
  for (const index of indexes) await client.query(`drop index "${index.name}"`);
  const result = await fn();
  beforeRebuild?.();
  const started = performance.now();
  // GIN builds collect their entries in memory: more of it, fewer merges (for this transaction only).
  await client.query(`set local maintenance_work_mem = '256MB'`);
  for (const index of indexes) await client.query(index.definition);
  return { result, rebuildMs: performance.now() - started, indexes: indexes.length };
}
