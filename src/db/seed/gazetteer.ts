import { stringify } from 'csv-stringify/sync';
import type { Database, RawClient } from '../client.js';
import type { ProgressListener } from './progress.js';
import { countGazetteerRows, GAZETTEER_SOURCE, gazetteerRows, REGION_COLUMNS, type RegionRow } from './gazetteer-source.js';

const DATASET = 'gazetteer';
const BATCH_ROWS = 5_000;

export interface LoadResult {
  dataset: string;
  version: string;
  rows: number;
  skipped: boolean;
}

/**
 * Loads the gazetteer in bulk (COPY on both engines) in one transaction. A database that already
 * holds this version is left alone; `force` reloads through an upsert, keeping references intact.
 */
export async function loadGazetteer(
  database: Database,
  options: { force?: boolean; onProgress?: ProgressListener } = {},
): Promise<LoadResult> {
  return database.transactionRaw(async (client) => {
    const [loaded] = await client.query<{ version: string; row_count: number }>(
      'select version, row_count from reference_loads where dataset = $1 for update',
      [DATASET],
    );
    if (loaded?.version === GAZETTEER_SOURCE && !options.force) {
      return { dataset: DATASET, version: GAZETTEER_SOURCE, rows: loaded.row_count, skipped: true };
    }
    const total = countGazetteerRows();
    const [existing] = await client.query<{ any: boolean }>('select exists(select 1 from regions) as any');
    const target = existing?.any ? 'regions_load' : 'regions';
    if (target === 'regions_load') {
      await client.query('create temp table regions_load (like regions) on commit drop');
    }
    let done = 0;
    const report = (rows: number) => {
      done += rows;
      options.onProgress?.({ dataset: DATASET, done, total });
    };
    await client.copyCsv(target, REGION_COLUMNS, csvBatches(gazetteerRows(), report));
    if (target === 'regions_load') await upsertFromStaging(client);
    // Without statistics the planner scans the table for every search (5x slower on PostgreSQL,
    // where autovacuum may be off or late; PGlite never runs it): collect them now.
    await client.query('analyze regions');
    await client.query(
      `insert into reference_loads (dataset, version, row_count, loaded_at) values ($1, $2, $3, now())
       on conflict (dataset) do update set version = excluded.version, row_count = excluded.row_count, loaded_at = now()`,
      [DATASET, GAZETTEER_SOURCE, done],
    );
    return { dataset: DATASET, version: GAZETTEER_SOURCE, rows: done, skipped: false };
  });
}

async function upsertFromStaging(client: RawClient): Promise<void> {
  const updates = REGION_COLUMNS.filter((column) => column !== 'code')
    .map((column) => `${column} = excluded.${column}`)
    .join(', ');
  await client.query(
    `insert into regions (${REGION_COLUMNS.join(', ')}) select ${REGION_COLUMNS.join(', ')} from regions_load
     on conflict (code) do update set ${updates}`,
  );
}

/** Turns rows into CSV text in batches, reporting each batch as it is handed to COPY. */
export async function* csvBatches(rows: AsyncIterable<RegionRow>, report: (rows: number) => void): AsyncGenerator<string> {
  let batch: RegionRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) {
      yield stringify(batch);
      report(batch.length);
      batch = [];
    }
  }
  if (batch.length > 0) {
    yield stringify(batch);
    report(batch.length);
  }
}
