import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDb, type Database } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { seedReferenceData } from '../src/db/seed/index.js';
import { ALERT_SWEEP_JOB, SWEEP_INTERVAL_MS } from '../src/modules/alerts/evaluator.js';
import { generateDemoData } from '../src/modules/demo-data/generate.js';
import { localDay } from '../src/modules/demo-data/meetings.js';
import { seedAssessments } from './seed-desk-assessments.js';
import { createAdmin, postJson, serveDesk, signIn, timeGets, type RequestFigures, type ServedDesk } from './sitroom-server.js';
import { DESK_NOW, ENDPOINTS } from './situation-room.js';
import { fmtMs, fmtRatio, pad, padLeft, round, summarise, type Summary } from './stats.js';
import { createScratchDatabase, gitCommit, log, onCleanUp, postgresUrl, runGuarded } from './scratch.js';
import { importRows, type ImportFigures } from './scale-import.js';
import { exportAll, exportRows, type ExportFigures } from './scale-export.js';
import { BENCH_SCAN_INTERVAL_MS, measureDeadlineScan, runServerJobNow, type ScanFigures } from './scale-scan.js';

/**
 * Issue 11, data at scale: one scratch PostgreSQL database grown by the demo-data generator
 * (src/modules/demo-data, as `sinergi demo-data --append`) from 10k to 100k to 1M incidents, with
 * `sinergi serve` on it at the situation room's fixed "now"; at each size the incident list (first
 * page and a deep page, for several filters), every dashboard endpoint for a national, a provincial and
 * a kabupaten/kota account, and an import of reports through the import feature (time, rows/s, the
 * server's peak memory). Figures, the growth ratios 100k/10k and 1M/100k, no pass/fail.
 * Alone: `npx tsx bench/scale.ts [--max 1000000] [--import-files 10]` (files imported at the largest size).
 */

export const SCALE_TARGETS = { listP95Ms: 50, dashboardP95Ms: 50 } as const;
const ALL_SIZES = [10_000, 100_000, 1_000_000] as const;
const SEED = 20_241_111;
/** The incident list's page: the web app's default. */
const PAGE = 50;
/** A deep page: the 101st of 50, reached as the web app reaches it, by the `next` cursor of the page before (keyset). */
const DEEP_PAGE = 101;
const ADMIN = { email: 'admin.scale@desk.go.id', password: 'scale admin passphrase 2024' };
const COORDINATOR = { email: 'koordinator.scale@desk.go.id', password: 'scale coordinator passphrase 35', province: '35', regency: '35.78' };

/** The filters a desk uses most, as GET /incidents query strings. */
export const LIST_FILTERS: ReadonlyArray<{ name: string; query: string }> = [
  { name: 'none', query: '' },
  { name: 'status=open', query: 'status=open' },
  { name: 'region=35', query: 'region=35' },
  { name: 'category', query: 'category=politik_uang' },
  { name: 'week', query: 'from=2024-11-18T17:00:00.000Z&to=2024-11-25T17:00:00.000Z' },
  { name: 'text', query: 'q=amplop' },
];

export interface SizeFigures {
  incidents: number;
  loadMs: number;
  countStar: Summary;
  /** The alert sweep run to its end after the size's load, before anything is timed (null: it did not run). */
  sweepSeconds: number | null;
  /** A second sweep right after, which finds nothing new: each minute's cost from then on. */
  steadySweepSeconds: number | null;
  lists: Record<string, { first: RequestFigures; deep: RequestFigures; total: number }>;
  dashboards: Record<string, Record<string, RequestFigures>>;
  scan: ScanFigures | null;
  imports: ImportFigures | null;
  exports: ExportFigures[] | null;
}

export interface ScaleOptions {
  max: number;
  /** Files of 10,000 rows imported at the largest size (one at the others, for the growth ratios). */
  importFiles: number;
}

function parseArgs(argv: readonly string[]): ScaleOptions {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const max = Number(value('--max') ?? 1_000_000);
  const importFiles = Number(value('--import-files') ?? 10);
  if (!Number.isInteger(max) || max < ALL_SIZES[0]) throw new Error(`--max must be a whole number ≥ ${ALL_SIZES[0]}`);
  if (!Number.isInteger(importFiles) || importFiles < 0) throw new Error('--import-files must be a whole number ≥ 0');
  return { max, importFiles };
}

/** Requests per measure: fewer when one takes long, so a slow 1M step still ends in minutes. */
async function timeAdaptive(baseUrl: string, cookie: string, apiPath: string): Promise<RequestFigures> {
  const probe = await timeGets(baseUrl, cookie, apiPath, 1, 3);
  const count = probe.p50 > 250 ? 5 : probe.p50 > 50 ? 20 : 60;
  return timeGets(baseUrl, cookie, apiPath, 2, count);
}

/** The list's count for these filters: capped by the API ("10,000+" is -10,000 here). */
async function listTotal(baseUrl: string, cookie: string, query: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/incidents?${query}&limit=1`, { headers: { cookie } });
  if (response.status !== 200) return Number.NaN;
  const body = (await response.json()) as { total: number; totalCapped: boolean };
  return body.totalCapped ? -body.total : body.total;
}

/** The cursor of page `page - 1`, followed from the first page; null when the list is shorter. */
async function cursorBefore(baseUrl: string, cookie: string, base: string, page: number): Promise<string | null> {
  let next: string | null = null;
  for (let reached = 1; reached < page; reached++) {
    const response: Response = await fetch(`${baseUrl}/api/v1${base}${next ? `&after=${encodeURIComponent(next)}` : ''}`, { headers: { cookie } });
    next = ((await response.json()) as { next: string | null }).next;
    if (next === null) return null;
  }
  return next;
}

async function timeCountStar(database: Database): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < 23; i++) {
    const start = performance.now();
    await database.db.execute(sql`select count(*) from incidents`);
    if (i >= 3) samples.push(performance.now() - start);
  }
  return summarise(samples);
}

async function grow(database: Database, target: number, step: number): Promise<{ incidents: number; ms: number }> {
  const existing = Number((await database.db.execute<{ n: number }>(sql`select count(*)::int as n from incidents`)).rows[0]?.n ?? 0);
  const adding = target - existing;
  if (adding <= 0) return { incidents: existing, ms: 0 };
  log(`[scale] demo data: ${adding.toLocaleString('en-US')} incidents${existing ? ` appended to ${existing.toLocaleString('en-US')}` : ''}`);
  const now = new Date(DESK_NOW);
  let lastLine = 0;
  const started = performance.now();
  await generateDemoData(database, {
    incidents: adding, seed: SEED + step, meetings: Math.min(5_000, Math.max(20, Math.round(adding / 200))), alerts: 400, pactCampaigns: 60,
    now, today: localDay(now, 7), append: existing > 0,
    onStep: (part) => log(`  ${part}…`),
    onProgress: (p) => {
      if (p.incidents === p.total || performance.now() - lastLine > 10_000) {
        lastLine = performance.now();
        log(`  ${p.incidents.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} incidents, ${Math.round(p.rows / (p.elapsedMs / 1000)).toLocaleString('en-US')} rows/s`);
      }
    },
  });
  const ms = performance.now() - started;
  log(`  done in ${fmtMs(ms)}`);
  return { incidents: target, ms };
}

async function measureSize(database: Database, databaseUrl: string, served: ServedDesk, cookies: { admin: string; coordinator: string }, incidents: number, loadMs: number, importFiles: number, large: boolean, regions: string[]): Promise<SizeFigures> {
  log(`[scale] ${incidents.toLocaleString('en-US')}: the server's alert sweep over the new reports, run to its end before the timings`);
  let sweepSeconds: number | null = null;
  let steadySweepSeconds: number | null = null;
  try {
    sweepSeconds = await runServerJobNow(database, ALERT_SWEEP_JOB, SWEEP_INTERVAL_MS);
    // The next finds what the first wrote: what each minute's sweep costs the server from then on.
    steadySweepSeconds = await runServerJobNow(database, ALERT_SWEEP_JOB, SWEEP_INTERVAL_MS);
    log(`  ${sweepSeconds.toFixed(2)} s; the next, with nothing new, ${steadySweepSeconds.toFixed(2)} s`);
  } catch (error) {
    log(`  alert sweep not awaited: ${(error as Error).message}`);
  }
  const countStar = await timeCountStar(database);
  const lists: SizeFigures['lists'] = {};
  log(`[scale] ${incidents.toLocaleString('en-US')}: incident list, first page and page ${DEEP_PAGE} by cursor, national administrator`);
  for (const filter of LIST_FILTERS) {
    const base = `/incidents?${filter.query ? `${filter.query}&` : ''}limit=${PAGE}`;
    const first = await timeAdaptive(served.baseUrl, cookies.admin, base);
    const cursor = await cursorBefore(served.baseUrl, cookies.admin, base, DEEP_PAGE);
    const deep = await timeAdaptive(served.baseUrl, cookies.admin, cursor ? `${base}&after=${encodeURIComponent(cursor)}` : `${base}&offset=${(DEEP_PAGE - 1) * PAGE}`);
    lists[filter.name] = { first, deep, total: await listTotal(served.baseUrl, cookies.admin, filter.query) };
    log(`  ${pad(filter.name, 12)} total ${padLeft(lists[filter.name]!.total < 0 ? `${(-lists[filter.name]!.total).toLocaleString('en-US')}+` : lists[filter.name]!.total.toLocaleString('en-US'), 9)}  first p95 ${padLeft(fmtMs(first.p95), 9)}  deep p95 ${padLeft(fmtMs(deep.p95), 9)}`);
  }
  log(`[scale] ${incidents.toLocaleString('en-US')}: dashboard endpoints`);
  const dashboards: SizeFigures['dashboards'] = {};
  for (const [scope, cookie, query] of [['national', cookies.admin, ''], ['province', cookies.coordinator, ''], ['regency', cookies.coordinator, `?region=${COORDINATOR.regency}`]] as const) {
    dashboards[scope] = {};
    for (const endpoint of ENDPOINTS) dashboards[scope]![endpoint] = await timeAdaptive(served.baseUrl, cookie, `/dashboard/${endpoint}${query}`);
    log(`  ${pad(scope, 9)} ${ENDPOINTS.map((e) => `${e} ${fmtMs(dashboards[scope]![e]!.p95)}`).join('  ')}`);
  }
  log(`[scale] ${incidents.toLocaleString('en-US')}: one deadline scan in the server, with the category list and the national alerts panel timed meanwhile`);
  let scan: ScanFigures | null = null;
  try {
    scan = await measureDeadlineScan(database, served.baseUrl, cookies.admin, `/incidents?category=politik_uang&limit=${PAGE}`, '/dashboard/alerts');
    log(`  pass ${scan.seconds.toFixed(1)} s; meanwhile list p95 ${fmtMs(scan.listDuring.p95)} (${scan.listDuring.n} requests), alerts panel p95 ${fmtMs(scan.dashboardDuring.p95)}`);
  } catch (error) {
    log(`  deadline scan not measured: ${(error as Error).message}`);
  }
  log(`[scale] ${incidents.toLocaleString('en-US')}: export of all rows by \`sinergi export-incidents\` (a child process: its own peak RSS)`);
  let exports: ExportFigures[] | null = null;
  try {
    exports = await exportAll(databaseUrl, (line) => log(`  ${line}`));
  } catch (error) {
    log(`  export failed: ${(error as Error).message}`);
  }
  let imports: ImportFigures | null = null;
  if (importFiles > 0) {
    log(`[scale] ${incidents.toLocaleString('en-US')}: import of ${importFiles} file(s) of 10,000 rows through POST /incidents/imports, one after another`);
    try {
      imports = await importRows(served, cookies.admin, { files: importFiles, regions, tag: `s${incidents}`, large, onFile: (line) => log(`  ${line}`) });
    } catch (error) {
      // The other figures of this size still count: say why the import has none.
      log(`  import failed: ${(error as Error).message}`);
      return { incidents, loadMs, countStar, sweepSeconds, steadySweepSeconds, lists, dashboards, scan, imports: null, exports };
    }
    log(`  ${imports.rows.toLocaleString('en-US')} rows in ${fmtMs(imports.ms)} (${Math.round(imports.rowsPerSecond).toLocaleString('en-US')} rows/s), server peak RSS ${imports.peakRssMb.toFixed(0)} MB ` +
      `(${imports.baseRssMb.toFixed(0)} MB before; after each file ${imports.peakAfterFileMb.map((mb) => mb.toFixed(0)).join(', ')}), ${imports.progressSteps} progress readings`);
  }
  return { incidents, loadMs, countStar, sweepSeconds, steadySweepSeconds, lists, dashboards, scan, imports, exports };
}

export async function benchScale(options: ScaleOptions = { max: 1_000_000, importFiles: 10 }): Promise<SizeFigures[] | { skipped: string }> {
  const scratch = await createScratchDatabase(postgresUrl());
  if ('reason' in scratch) return { skipped: scratch.reason };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-scale-'));
  onCleanUp(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  log(`[scale] scratch database on PostgreSQL ${scratch.serverVersion}; now = ${DESK_NOW}`);
  const database = await openDb({ databaseUrl: scratch.url, dataDir });
  onCleanUp(() => database.close());
  await migrate(database);
  await seedReferenceData(database);
  const sizes = ALL_SIZES.filter((size) => size <= options.max);
  const figures: SizeFigures[] = [];
  let served: ServedDesk | null = null;
  let cookies = { admin: '', coordinator: '' };
  let regions: string[] = [];
  for (const [step, size] of sizes.entries()) {
    const loaded = await grow(database, size, step);
    if (!served) {
      await seedAssessments(database, new Date(DESK_NOW));
      await database.db.execute(sql`analyze`);
      await createAdmin(dataDir, ADMIN.email, ADMIN.password, scratch.url);
      // The deadline scan runs once an hour here: it is timed on its own (scale-scan.ts), not by chance under the other figures.
      served = await serveDesk(dataDir, DESK_NOW, 180_000, scratch.url, { SINERGI_DEADLINE_SCAN_INTERVAL_MS: String(BENCH_SCAN_INTERVAL_MS) });
      onCleanUp(served.stop);
      cookies.admin = await signIn(served.baseUrl, ADMIN.email, ADMIN.password);
      await postJson(served.baseUrl, cookies.admin, '/users', {
        email: COORDINATOR.email, displayName: 'Koordinator Skala Jawa Timur', password: COORDINATOR.password, role: 'coordinator', scopeRegionCode: COORDINATOR.province,
      });
      cookies = { ...cookies, coordinator: await signIn(served.baseUrl, COORDINATOR.email, COORDINATOR.password) };
      regions = (await database.db.execute<{ code: string }>(sql`select code from regions where level = 2 order by code`)).rows.map((r) => r.code);
    }
    // The 100k file only at the largest size: imported at 10k, its rows would make the next size 120k.
    const last = step === sizes.length - 1;
    const importFiles = last ? options.importFiles : Math.min(1, options.importFiles);
    figures.push(await measureSize(database, scratch.url, served, cookies, loaded.incidents, loaded.ms, importFiles, last && importFiles > 0, regions));
  }
  printScale(figures);
  return figures;
}

const ms1 = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? 'n/a' : value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1));

/** Rows of the sizes × measures table: a name and the figure at each size (p95 ms unless said). */
export function scaleRows(figures: SizeFigures[]): Array<{ name: string; values: number[]; target?: number }> {
  const rows: Array<{ name: string; values: number[]; target?: number }> = [];
  rows.push({ name: 'demo-data load of the step (s)', values: figures.map((f) => f.loadMs / 1000) });
  rows.push({ name: 'bare count(*) in process', values: figures.map((f) => f.countStar.p95) });
  rows.push({ name: 'alert sweep after the load (s)', values: figures.map((f) => f.sweepSeconds ?? Number.NaN) });
  rows.push({ name: 'alert sweep, the next one (s)', values: figures.map((f) => f.steadySweepSeconds ?? Number.NaN) });
  for (const filter of LIST_FILTERS) {
    rows.push({ name: `list ${filter.name}: first page`, values: figures.map((f) => f.lists[filter.name]!.first.p95), target: SCALE_TARGETS.listP95Ms });
    rows.push({ name: `list ${filter.name}: page ${DEEP_PAGE} by cursor`, values: figures.map((f) => f.lists[filter.name]!.deep.p95), target: SCALE_TARGETS.listP95Ms });
  }
  for (const scope of ['national', 'province', 'regency']) {
    for (const endpoint of ENDPOINTS) rows.push({ name: `/dashboard/${endpoint} ${scope}`, values: figures.map((f) => f.dashboards[scope]![endpoint]!.p95), target: SCALE_TARGETS.dashboardP95Ms });
  }
  if (figures.some((f) => f.scan)) {
    rows.push({ name: 'deadline scan, one pass (s)', values: figures.map((f) => f.scan?.seconds ?? Number.NaN) });
    rows.push({ name: 'list category during a scan', values: figures.map((f) => f.scan?.listDuring.p95 ?? Number.NaN), target: SCALE_TARGETS.listP95Ms });
    rows.push({ name: '/dashboard/alerts national during a scan', values: figures.map((f) => f.scan?.dashboardDuring.p95 ?? Number.NaN), target: SCALE_TARGETS.dashboardP95Ms });
  }
  if (figures.some((f) => f.imports)) {
    rows.push({ name: 'import of 10k rows: rows/s', values: figures.map((f) => f.imports?.firstFileRowsPerSecond ?? Number.NaN) });
    rows.push({ name: 'import: server peak RSS, first file (MB)', values: figures.map((f) => f.imports?.peakAfterFileMb[0] ?? Number.NaN) });
    rows.push({ name: 'import of 100k rows: rows/s', values: figures.map((f) => f.imports?.large?.rowsPerSecond ?? Number.NaN) });
    rows.push({ name: 'import of 100k rows: seconds', values: figures.map((f) => (f.imports?.large?.ms ?? Number.NaN) / 1000) });
    rows.push({ name: 'import: server peak RSS, 100k file (MB)', values: figures.map((f) => f.imports?.large?.peakRssMb ?? Number.NaN) });
  }
  rows.push(...exportRows(figures.map((f) => f.exports)));
  return rows;
}

export function printScale(figures: SizeFigures[]): void {
  log();
  log(`scale on PostgreSQL (p95 ms unless said; targets ${SCALE_TARGETS.listP95Ms} ms for lists and dashboards; ratios of growth between sizes)`);
  const header = ['measure', ...figures.map((f) => `${(f.incidents / 1000).toLocaleString('en-US')}k`), ...figures.slice(1).map((f, i) => `${f.incidents / 1000}k/${figures[i]!.incidents / 1000}k`), 'worst/target'];
  log(`  ${pad(header[0]!, 42)}${header.slice(1).map((h) => padLeft(h, 13)).join('')}`);
  for (const row of scaleRows(figures)) {
    const growth = row.values.slice(1).map((v, i) => fmtRatio(v / row.values[i]!));
    const worst = row.target ? fmtRatio(Math.max(...row.values) / row.target) : '';
    log(`  ${pad(row.name, 42)}${[...row.values.map(ms1), ...growth, worst].map((c) => padLeft(c, 13)).join('')}`);
  }
  const last = figures.at(-1)?.imports;
  if (last && last.files > 1) {
    log(`  import of ${last.rows.toLocaleString('en-US')} rows at ${(figures.at(-1)!.incidents / 1000).toLocaleString('en-US')}k (${last.files} files of 10,000, one after another): ${fmtMs(last.ms)}, ` +
      `${Math.round(last.rowsPerSecond).toLocaleString('en-US')} rows/s; server peak RSS after each file ${last.peakAfterFileMb.map((mb) => mb.toFixed(0)).join(', ')} MB`);
  }
  log();
}

export function jsonOfScale(figures: SizeFigures[]) {
  return figures.map((f) => ({
    incidents: f.incidents, loadMs: round(f.loadMs, 0), countStarP95: round(f.countStar.p95), sweepSeconds: f.sweepSeconds === null ? null : round(f.sweepSeconds, 2), steadySweepSeconds: f.steadySweepSeconds === null ? null : round(f.steadySweepSeconds, 2),
    lists: Object.fromEntries(Object.entries(f.lists).map(([k, v]) => [k, { total: v.total, firstP95: round(v.first.p95), deepP95: round(v.deep.p95), status: Math.max(v.first.status, v.deep.status) }])),
    dashboards: Object.fromEntries(Object.entries(f.dashboards).map(([scope, e]) => [scope, Object.fromEntries(Object.entries(e).map(([k, v]) => [k, { p50: round(v.p50), p95: round(v.p95), status: v.status }]))])),
    scan: f.scan ? { seconds: round(f.scan.seconds, 1), listDuringP95: round(f.scan.listDuring.p95), dashboardDuringP95: round(f.scan.dashboardDuring.p95), requests: f.scan.listDuring.n } : null,
    imports: f.imports ? { files: f.imports.files, rows: f.imports.rows, ms: round(f.imports.ms, 0), rowsPerSecond: round(f.imports.rowsPerSecond, 0), firstFileRowsPerSecond: round(f.imports.firstFileRowsPerSecond, 0), peakAfterFileMb: f.imports.peakAfterFileMb.map((mb) => round(mb, 0)), baseRssMb: round(f.imports.baseRssMb, 0), large: f.imports.large } : null,
    exports: f.exports?.map((e) => ({ format: e.format, rows: e.rows, ms: round(e.ms, 0), rowsPerSecond: e.rowsPerSecond, peakRssMb: e.peakRssMb, fileMb: round(e.fileMb, 1) })) ?? null,
  }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  runGuarded(async () => {
    log(`Sinergi scale benchmark  ${new Date().toISOString()}  commit ${gitCommit()}  node ${process.version}, ${os.cpus().length} CPUs, load avg ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    log('Figures only, no pass/fail.');
    const figures = await benchScale(options);
    if ('skipped' in figures) {
      log(`scale skipped: ${figures.skipped}`);
      return;
    }
    log(`BENCH_JSON ${JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), scale: jsonOfScale(figures) })}`);
  }, 25 * 60_000);
}
