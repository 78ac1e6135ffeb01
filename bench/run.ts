import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDb, type Database, type Engine } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { seedReferenceData } from '../src/db/seed/index.js';
import { benchGazetteerLoad, renderGazetteer, type LoadFigures } from './gazetteer-load.js';
import { generateQueries, QUERY_KINDS, type RegionSample, type TypedQuery } from './queries.js';
import { benchRegionSearch, type SearchFigures } from './region-search.js';
import { fmtMs, fmtRatio, pad, padLeft, round } from './stats.js';
import { createScratchDatabase, gitCommit, log, packageVersion, postgresUrl, runGuarded } from './scratch.js';
import { benchIncidentIntake, DEFAULT_INTAKE, jsonOfIntake, printIntake, type IntakeFigures } from './incident-intake.js';
import { benchExtraction, DEFAULT_EXTRACTION, jsonOfExtraction, printExtraction, printExtractionSummary, type ExtractionFigures } from './extraction.js';
import { benchSituationRoom, jsonOfSituationRoom, TARGETS, type SituationRoomFigures } from './situation-room.js';
import { benchScale, jsonOfScale } from './scale.js';

/**
 * `npm run bench`: gazetteer load and region search on PGlite (in memory) and PostgreSQL (a
 * scratch database), then incident intake through two server processes on PostgreSQL
 * (bench/incident-intake.ts), then article extraction through the CLI: throughput and peak memory
 * streaming 100k articles (bench/extraction.ts), then the situation room on a seeded embedded desk: dashboard API,
 * first render in Chromium, initial JavaScript (bench/situation-room.ts), then a scratch PostgreSQL database grown
 * 10k → 100k → 1M incidents: lists, dashboards and imports at each size (bench/scale.ts), each figure next to a bare baseline
 * measured in the same run. The machine
 * is shared and noisy, so absolute figures drift between runs; the ratios are what to compare.
 * Prints figures only, never pass/fail, and ends a `BENCH_JSON {...}` line for machines.
 */

const LOAD_REPEATS = 3;
const QUERY_COUNT = 1_000;
const WARMUP_COUNT = 50;
/** Fixed seeds: the same queries in every run and on every machine. */
const QUERY_SEED = 20_240_214;
const WARMUP_SEED = 20_241_127;
/**
 * Hard stop: a benchmark that hangs on a lock or a dead server must still end by itself. Extraction
 * streams 100k articles, some minutes at the target rate, hence more than the other sections need;
 * the situation room seeds a desk of 100k incidents before it measures.
 */
// + the situation room (seeding 100k incidents, then serve and Chromium) + scale (PostgreSQL grown to 1M incidents, one import per size)
const WATCHDOG_MS = 40 * 60_000 + 15 * 60_000 + 20 * 60_000;

type EngineResult =
  | {
      engine: Engine;
      skipped: false;
      load: LoadFigures;
      /** As the product leaves the database (its load ends with ANALYZE), also through HTTP. */
      search: SearchFigures;
    }
  | { engine: Engine; skipped: true; reason: string };

async function main(): Promise<void> {
  const started = performance.now();
  const pgliteVersion = packageVersion('@electric-sql/pglite');
  const cpus = os.cpus();
  const commit = gitCommit();
  log(`Sinergi benchmark  ${new Date().toISOString()}  commit ${commit}`);
  log(`node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), ${os.platform()} ${os.arch()}, load avg ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log(`PGlite ${pgliteVersion}; loads: median of ${LOAD_REPEATS}; search: ${QUERY_COUNT.toLocaleString('en-US')} typed queries after ${WARMUP_COUNT} warm-up`);
  log('Ratios are to a bare baseline measured in the same run; figures only, no pass/fail.');
  log();

  // Rendered once and shared: the raw COPY baseline gets the product's exact CSV bytes.
  const rendered = await renderGazetteer(LOAD_REPEATS);
  log(`gazetteer source -> CSV in JS, no database: ${fmtMs(rendered.renderMs)} for ${rendered.rows.toLocaleString('en-US')} rows (median of ${LOAD_REPEATS}; part of the product load below)`);
  log();

  let queries: { measured: TypedQuery[]; warmup: TypedQuery[] } | null = null;
  const results: EngineResult[] = [];

  const runEngine = async (database: Database): Promise<EngineResult> => {
    log(`[${database.engine}] ${database.location}: migrating, then ${LOAD_REPEATS} rounds of loads`);
    await migrate(database);
    const load = await benchGazetteerLoad(database, rendered, LOAD_REPEATS, log);
    // The rest of the product's seed (elections, contests), so search runs on a seeded database.
    await seedReferenceData(database);
    // Queries come from the first engine's data; both engines hold the same gazetteer.
    queries ??= await makeQueries(database);
    log(`[${database.engine}] search as loaded: ${queries.warmup.length} warm-up, then ${queries.measured.length} queries, service / HTTP / pk lookup interleaved`);
    const search = await benchRegionSearch(database, queries.measured, queries.warmup, { http: true });
    printEngine(database.engine, load, rendered.renderMs, search);
    return { engine: database.engine, skipped: false, load, search };
  };

  // PGlite, in memory: what a single desk runs.
  {
    const database = await openDb({ dataDir: '' }, { memory: true });
    try {
      results.push(await runEngine(database));
    } finally {
      await database.close();
    }
  }

  // PostgreSQL, in a scratch database created and dropped by this run.
  const url = postgresUrl();
  const scratch = await createScratchDatabase(url);
  if ('reason' in scratch) {
    log(`[postgres] skipped: ${scratch.reason}`);
    log();
    results.push({ engine: 'postgres', skipped: true, reason: scratch.reason });
  } else {
    try {
      const database = await openDb({ dataDir: '', databaseUrl: scratch.url });
      try {
        results.push(await runEngine(database));
      } finally {
        await database.close();
      }
    } finally {
      await scratch.drop();
    }
  }

  // Incident intake: two server processes need PostgreSQL; its own scratch database.
  const intake = await benchIncidentIntake(url, DEFAULT_INTAKE);
  if ('skipped' in intake) log(`[intake] skipped: ${intake.skipped}\n`);
  else printIntake(intake);

  // Extraction: the CLI as a child process, no database. A CLI that fails (rules being edited) skips
  // this section with its reason rather than losing the figures above.
  let extraction: ExtractionFigures | { skipped: string };
  try {
    extraction = await benchExtraction(DEFAULT_EXTRACTION);
    printExtraction(extraction);
  } catch (error) {
    extraction = { skipped: (error as Error).message };
    log(`[extraction] skipped: ${extraction.skipped}\n`);
  }

  // Situation room: its own embedded data folder and server; a failure skips it with its reason.
  let situationRoom: SituationRoomFigures | { skipped: string };
  try {
    situationRoom = await benchSituationRoom();
  } catch (error) {
    situationRoom = { skipped: (error as Error).message.split('\n')[0] ?? 'failed' };
    log(`[situation room] skipped: ${situationRoom.skipped}\n`);
  }

  // Scale: 10k → 100k → 1M incidents on a scratch PostgreSQL database (bench/scale.ts prints its table);
  // one import file per size here (`npx tsx bench/scale.ts` alone imports ten at the largest).
  const scale = await benchScale({ max: 1_000_000, importFiles: 1 })
    .catch((error: Error) => ({ skipped: error.message.split('\n')[0] ?? 'failed' }));
  if ('skipped' in scale) log(`[scale] skipped: ${scale.skipped}\n`);

  printSummary(results, intake, extraction, situationRoom);
  const json = {
    date: new Date().toISOString(),
    commit,
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? null,
    pglite: pgliteVersion,
    postgres: 'serverVersion' in scratch ? scratch.serverVersion : null,
    loadRepeats: LOAD_REPEATS,
    queries: QUERY_COUNT,
    querySeed: QUERY_SEED,
    renderMs: round(rendered.renderMs, 1),
    engines: Object.fromEntries(
      results.map((r) => [r.engine, r.skipped ? { skipped: r.reason } : jsonOf(r.load, r.search)]),
    ),
    intake: 'skipped' in intake ? { skipped: intake.skipped } : jsonOfIntake(intake),
    extraction: 'skipped' in extraction ? { skipped: extraction.skipped } : jsonOfExtraction(extraction),
    situationRoom: 'skipped' in situationRoom ? { skipped: situationRoom.skipped } : jsonOfSituationRoom(situationRoom),
    scale: 'skipped' in scale ? { skipped: scale.skipped } : jsonOfScale(scale),
    totalSeconds: round((performance.now() - started) / 1000, 1),
  };
  log(`BENCH_JSON ${JSON.stringify(json)}`);
}

async function makeQueries(database: Database): Promise<{ measured: TypedQuery[]; warmup: TypedQuery[] }> {
  const rows = await database.db.execute<{ code: string; level: number; kind: string; search_name: string; province_code: string }>(
    sql`select code, level, kind, search_name, province_code from regions order by code`,
  );
  const regions: RegionSample[] = rows.rows.map((r) => ({
    code: r.code,
    level: Number(r.level),
    kind: r.kind,
    searchName: r.search_name,
    provinceCode: r.province_code,
  }));
  return {
    measured: generateQueries(regions, QUERY_COUNT, QUERY_SEED),
    // A different seed, so that warm-up does not pre-warm the exact measured queries.
    warmup: generateQueries(regions, WARMUP_COUNT, WARMUP_SEED),
  };
}

function printEngine(engine: Engine, load: LoadFigures, renderMs: number, search: SearchFigures): void {
  const e = pad(engine, 9);
  log(`gazetteer load  ${e} ${padLeft(fmtMs(load.productMedianMs), 9)}   raw COPY ${fmtMs(load.rawCopyMedianMs)}   ratio ${fmtRatio(load.ratio)}`);
  log(
    `  where it goes: source -> CSV in JS ${fmtMs(renderMs)}; the same CSV into the indexed regions table ${fmtMs(load.indexedCopyMedianMs)}` +
      ` (${fmtRatio(load.indexedCopyMedianMs / load.rawCopyMedianMs)} raw COPY)`,
  );
  const searchLine = (label: string, f: SearchFigures) =>
    `${pad(label, 15)} ${e} p50 ${fmtMs(f.service.p50)}  p95 ${fmtMs(f.service.p95)}  max ${fmtMs(f.service.max)}` +
    `   pk lookup p50 ${fmtMs(f.pk.p50)}  p95 ${fmtMs(f.pk.p95)}   ratio p50 ${fmtRatio(f.ratioP50)}  p95 ${fmtRatio(f.ratioP95)}`;
  log(searchLine('region search', search));
  if (search.http) {
    log(
      `  via HTTP      ${e} p50 ${fmtMs(search.http.p50)}  p95 ${fmtMs(search.http.p95)}  max ${fmtMs(search.http.max)}` +
        `   ratio to service p50 ${fmtRatio(search.httpRatioP50 ?? Number.NaN)}  p95 ${fmtRatio(search.httpRatioP95 ?? Number.NaN)}   (app.inject, no socket)`,
    );
  }
  log(`  by kind, service level     |      p50      p95      max  | in top 20  empty   median`);
  log(`                          n  |                             |                   matches`);
  for (const kind of QUERY_KINDS) {
    const k = search.byKind[kind];
    if (!k) continue;
    const cols = (f: { p50: number; p95: number; max: number }) => [f.p50, f.p95, f.max].map((ms) => padLeft(fmtMs(ms), 8)).join(' ');
    log(
      `    ${pad(kind, 15)} ${padLeft(String(k.n), 5)}  | ${cols(k)}  |` +
        ` ${padLeft(pct(k.hitRate), 9)}  ${padLeft(pct(k.emptyRate), 5)}  ${padLeft(k.medianTotal.toLocaleString('en-US'), 7)}`,
    );
  }
  const slow = (f: SearchFigures) => f.slowest.map((s) => `"${s.q}" (${s.kind}, ${fmtMs(s.ms)}, ${s.total.toLocaleString('en-US')} matches)`).join('; ');
  log(`  slowest: ${slow(search)}`);
  log();
}

function printSummary(results: EngineResult[], intake: IntakeFigures | { skipped: string }, extraction: ExtractionFigures | { skipped: string },
  situationRoom: SituationRoomFigures | { skipped: string }): void {
  log('Summary');
  for (const r of results) {
    const e = pad(r.engine, 9);
    if (r.skipped) {
      log(`  ${e} skipped: ${r.reason}`);
      continue;
    }
    const httpNote = r.search.http
      ? `  HTTP p50 ${fmtRatio(r.search.httpRatioP50 ?? Number.NaN)} / p95 ${fmtRatio(r.search.httpRatioP95 ?? Number.NaN)} of service`
      : '';
    const line = (f: SearchFigures) =>
      `p50 ${fmtMs(f.service.p50)} (${fmtRatio(f.ratioP50)} pk)  p95 ${fmtMs(f.service.p95)} (${fmtRatio(f.ratioP95)} pk)`;
    log(`  gazetteer load  ${e} ${padLeft(fmtMs(r.load.productMedianMs), 9)}   raw COPY ${fmtMs(r.load.rawCopyMedianMs)}   ratio ${fmtRatio(r.load.ratio)}`);
    log(`  region search   ${e} ${line(r.search)}${httpNote}`);
  }
  if ('skipped' in intake) log(`  incident intake skipped: ${intake.skipped}`);
  else {
    const { sinergi, bare, idempotency: idem } = intake;
    log(
      `  incident intake postgres  ${Math.round(sinergi.rate)}/s p99 ${fmtMs(sinergi.p99)}   bare ${Math.round(bare.rate)}/s p99 ${fmtMs(bare.p99)}` +
        `   ratio ${intake.rateRatio.toFixed(2)}   keys sent twice: lost ${idem.lost}, duplicated ${idem.duplicated}`,
    );
  }
  if ('skipped' in extraction) log(`  extraction skipped: ${extraction.skipped}`);
  else printExtractionSummary(extraction);
  if ('skipped' in situationRoom) log(`  situation room skipped: ${situationRoom.skipped}`);
  else printSituationRoomSummary(situationRoom);
  log();
}

/** One line per target: the worst dashboard endpoint's p95, the render median, the initial JavaScript. */
function printSituationRoomSummary(f: SituationRoomFigures): void {
  const worst = f.scopes.flatMap((s) => Object.entries(s.endpoints).map(([name, e]) => ({ name: `${s.scope} /dashboard/${name}`, p95: e.p95 })))
    .sort((a, b) => b.p95 - a.p95)[0];
  const api = worst ? `slowest p95 ${fmtMs(worst.p95)} (${worst.name}, ${fmtRatio(worst.p95 / TARGETS.apiP95Ms)} of ${TARGETS.apiP95Ms} ms)` : 'no endpoints';
  const render = 'skipped' in f.render ? `render skipped` : `render median ${fmtMs(f.render.medianMs)} (${fmtRatio(f.render.medianMs / TARGETS.renderMs)} of 1 s)`;
  const js = 'skipped' in f.bundle ? 'initial JS skipped' : `initial JS ${(f.bundle.entryGzipBytes / 1024).toFixed(1)} kB gz (${fmtRatio(f.bundle.entryGzipBytes / TARGETS.initialJsGzipBytes)} of 350 kB)`;
  log(`  situation room  100k incidents, PGlite: API ${api}; ${render}; ${js}`);
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

type JsonSummary = { n: number; p50: number; p95: number; max: number };
const jsonSummary = (x: JsonSummary): JsonSummary => ({ n: x.n, p50: round(x.p50, 3), p95: round(x.p95, 3), max: round(x.max, 3) });

function jsonOfSearch(search: SearchFigures) {
  return {
    service: jsonSummary(search.service),
    pk: jsonSummary(search.pk),
    ...(search.http ? { http: jsonSummary(search.http) } : {}),
    ratioP50: round(search.ratioP50),
    ratioP95: round(search.ratioP95),
    ...(search.http ? { httpRatioP50: round(search.httpRatioP50 ?? Number.NaN), httpRatioP95: round(search.httpRatioP95 ?? Number.NaN) } : {}),
    byKind: Object.fromEntries(
      Object.entries(search.byKind).map(([kind, k]) => [
        kind,
        { ...jsonSummary(k), hitRate: round(k.hitRate, 3), emptyRate: round(k.emptyRate, 3), medianTotal: k.medianTotal },
      ]),
    ),
  };
}

function jsonOf(load: LoadFigures, search: SearchFigures) {
  return {
    load: {
      rows: load.rows,
      productMs: round(load.productMedianMs, 1),
      rawCopyMs: round(load.rawCopyMedianMs, 1),
      ratio: round(load.ratio),
      indexedCopyMs: round(load.indexedCopyMedianMs, 1),
      productRunsMs: load.productMs.map((ms) => round(ms, 1)),
      rawCopyRunsMs: load.rawCopyMs.map((ms) => round(ms, 1)),
      indexedCopyRunsMs: load.indexedCopyMs.map((ms) => round(ms, 1)),
    },
    search: jsonOfSearch(search),
  };
}

runGuarded(main, WATCHDOG_MS);
