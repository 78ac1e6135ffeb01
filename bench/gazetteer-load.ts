import { sql } from 'drizzle-orm';
import type { Database, RawClient } from '../src/db/client.js';
import { csvBatches, loadGazetteer } from '../src/db/seed/gazetteer.js';
import { gazetteerRows, REGION_COLUMNS } from '../src/db/seed/gazetteer-source.js';
import { median, ratio, timed } from './stats.js';

/**
 * Gazetteer load: the product path (`loadGazetteer`: read the package's CSVs, normalise names,
 * COPY into the indexed `regions` table, one transaction) against a bare COPY of the very same
 * CSV text into a table with the same columns and no indexes. The ratio says what the product
 * adds over the cheapest possible load on this engine, whatever the machine's speed today.
 */

/** The gazetteer rendered to CSV once, outside any timing, as the raw COPY's input. */
export interface RenderedGazetteer {
  chunks: string[];
  rows: number;
  /** Median time to read, normalise and render the rows in JS, no database: part of the product path. */
  renderMs: number;
}

export async function renderGazetteer(repeats: number): Promise<RenderedGazetteer> {
  let chunks: string[] = [];
  let rows = 0;
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const out: string[] = [];
    let counted = 0;
    const { ms } = await timed(async () => {
      // The product's own batching (csvBatches), so the raw COPY gets byte-identical input.
      for await (const chunk of csvBatches(gazetteerRows(), (n) => (counted += n))) out.push(chunk);
    });
    times.push(ms);
    chunks = out;
    rows = counted;
  }
  return { chunks, rows, renderMs: median(times) };
}

export interface LoadFigures {
  rows: number;
  productMs: number[];
  rawCopyMs: number[];
  indexedCopyMs: number[];
  productMedianMs: number;
  rawCopyMedianMs: number;
  /** Pre-rendered CSV into the real `regions` table with its indexes: the product minus the JS. */
  indexedCopyMedianMs: number;
  ratio: number;
}

const RAW_TABLE = 'bench_raw_regions';

/**
 * Times `repeats` product loads and raw COPYs on a migrated database, interleaved so that a
 * noisy neighbour slows both alike. Also times the pre-rendered CSV into the indexed `regions`
 * table, which splits the product's cost into its JS part and its index part. Ends each round
 * with the product load, so the gazetteer is left loaded by the product for the search benchmark.
 */
export async function benchGazetteerLoad(
  database: Database,
  rendered: RenderedGazetteer,
  repeats: number,
  log: (line: string) => void,
): Promise<LoadFigures> {
  // LIKE without INCLUDING copies columns and NOT NULL only: no primary key, indexes or checks.
  await raw(database, (c) => c.query(`create table ${RAW_TABLE} (like regions)`));
  const productMs: number[] = [];
  const rawCopyMs: number[] = [];
  const indexedCopyMs: number[] = [];
  try {
    for (let i = 0; i < repeats; i++) {
      // Emptying the tables gives loadGazetteer the first-load path (COPY straight into regions).
      await emptyRegions(database);
      const indexed = await timed(() => raw(database, (c) => c.copyCsv('regions', REGION_COLUMNS, rendered.chunks)));
      indexedCopyMs.push(indexed.ms);
      await expectRows(database, 'regions', rendered.rows);

      await raw(database, (c) => c.query(`truncate ${RAW_TABLE}`));
      await settle(database);
      const copy = await timed(() => raw(database, (c) => c.copyCsv(RAW_TABLE, REGION_COLUMNS, rendered.chunks)));
      rawCopyMs.push(copy.ms);
      await expectRows(database, RAW_TABLE, rendered.rows);

      await emptyRegions(database);
      const product = await timed(() => loadGazetteer(database));
      if (product.value.skipped || product.value.rows !== rendered.rows) {
        throw new Error(`loadGazetteer loaded ${product.value.rows} rows (skipped: ${product.value.skipped}), expected ${rendered.rows}`);
      }
      productMs.push(product.ms);
      await expectRows(database, 'regions', rendered.rows);

      log(`  run ${i + 1}/${repeats}: loadGazetteer ${Math.round(product.ms)} ms, raw COPY ${Math.round(copy.ms)} ms, same CSV into indexed regions ${Math.round(indexed.ms)} ms`);
    }
  } finally {
    await raw(database, (c) => c.query(`drop table if exists ${RAW_TABLE}`));
  }
  const productMedianMs = median(productMs);
  const rawCopyMedianMs = median(rawCopyMs);
  return {
    rows: rendered.rows,
    productMs,
    rawCopyMs,
    indexedCopyMs,
    productMedianMs,
    rawCopyMedianMs,
    indexedCopyMedianMs: median(indexedCopyMs),
    ratio: ratio(productMedianMs, rawCopyMedianMs),
  };
}

function raw<T>(database: Database, fn: (client: RawClient) => Promise<T>): Promise<T> {
  return database.transactionRaw(fn);
}

/** Nothing in the database yet as far as loadGazetteer can tell (elections are not loaded here). */
async function emptyRegions(database: Database): Promise<void> {
  await raw(database, (c) => c.query('truncate regions, reference_loads cascade'));
  await settle(database);
}

async function expectRows(database: Database, table: string, rows: number): Promise<void> {
  const [counted] = await raw(database, (c) => c.query<{ n: number }>(`select count(*)::int as n from ${table}`));
  if (counted?.n !== rows) throw new Error(`${table} holds ${counted?.n} rows after the load, expected ${rows}`);
}

/**
 * Flushes the previous run's dirty pages before the next timing, so that a checkpoint does not
 * land inside whichever measurement happens to come next. Best effort: needs the right role.
 */
async function settle(database: Database): Promise<void> {
  try {
    await database.db.execute(sql`checkpoint`);
  } catch {
    // Not allowed for this role, or not supported: the timings are only noisier.
  }
}
