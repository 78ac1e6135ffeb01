import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDb } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { seedReferenceData } from '../src/db/seed/index.js';
import { createAdmin, serveDesk, signIn } from './sitroom-server.js';
import { importLarge, LARGE_FILE_ROWS, ROWS_PER_FILE } from './scale-import.js';
import { createScratchDatabase, log, onCleanUp, postgresUrl, runGuarded } from './scratch.js';

/**
 * Issue 11, "imports of 100k rows ... with constant memory", alone and quick: a scratch PostgreSQL
 * database with the gazetteer and no incidents, `sinergi serve` on it, then a file of 10,000 rows and
 * one of 100,000 through POST /incidents/imports, each with the server's peak RSS reset before it.
 * `npx tsx bench/import-memory.ts [--dry-run] [--rows 100000] [--heap-mb 128]`: a dry run checks every
 * row (upload streamed to disk, file read streaming, rows checked and parked in batches) and writes no
 * report; `--heap-mb` caps the server's V8 heap, so an import that held its rows would fail outright.
 */
const ADMIN = { email: 'admin.import@desk.go.id', password: 'import bench admin passphrase 2024' };

async function main(): Promise<void> {
  const dryRun = process.argv.includes('--dry-run');
  const at = process.argv.indexOf('--rows');
  const largeRows = at === -1 ? LARGE_FILE_ROWS : Number(process.argv[at + 1]);
  const scratch = await createScratchDatabase(postgresUrl());
  if ('reason' in scratch) {
    log(`[import-memory] skipped: ${scratch.reason}`);
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-import-'));
  onCleanUp(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const database = await openDb({ databaseUrl: scratch.url, dataDir });
  onCleanUp(() => database.close());
  await migrate(database);
  await seedReferenceData(database);
  const regions = (await database.db.execute<{ code: string }>(sql`select code from regions where level = 2 order by code`)).rows.map((r) => r.code);
  await createAdmin(dataDir, ADMIN.email, ADMIN.password, scratch.url);
  // A capped heap turns "constant memory" into pass or fail: rows held until the end would run out of it.
  const heapAt = process.argv.indexOf('--heap-mb');
  const heapMb = heapAt === -1 ? null : Number(process.argv[heapAt + 1]);
  const served = await serveDesk(dataDir, '2024-11-26T03:00:00.000Z', 180_000, scratch.url, heapMb ? { NODE_OPTIONS: `--max-old-space-size=${heapMb}` } : {});
  onCleanUp(served.stop);
  const cookie = await signIn(served.baseUrl, ADMIN.email, ADMIN.password);
  log(`[import-memory] PostgreSQL ${scratch.serverVersion}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}${dryRun ? ', dry runs' : ''}${heapMb ? `, server heap capped at ${heapMb} MB` : ''}`);
  const small = await importLarge(served, cookie, regions, 'm', 0, Number.NaN, (line) => log(`  ${line}`), { rows: ROWS_PER_FILE, dryRun });
  const large = await importLarge(served, cookie, regions, 'm', 1, small.peakRssMb, (line) => log(`  ${line}`), { rows: largeRows, dryRun });
  log(`[import-memory] ${largeRows.toLocaleString('en-US')}/${ROWS_PER_FILE.toLocaleString('en-US')} rows: time ×${(large.ms / small.ms).toFixed(1)}, peak RSS ×${(large.peakRssMb / small.peakRssMb).toFixed(2)} ` +
    `(${small.peakRssMb.toFixed(0)} → ${large.peakRssMb.toFixed(0)} MB; rise above the RSS before each: ${(small.peakRssMb - small.baseRssMb).toFixed(0)} → ${(large.peakRssMb - large.baseRssMb).toFixed(0)} MB)`);
}

runGuarded(main, 60 * 60_000);
