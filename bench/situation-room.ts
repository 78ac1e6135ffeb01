import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDb } from '../src/db/client.js';
import { ROOT } from '../e2e/server.js';
import { HAS_CHROMIUM, MISSING } from '../e2e/browser.js';
import { seedAssessments, type AssessmentFigures } from './seed-desk-assessments.js';
import { DEFAULT_DESK, seedDesk, type DeskSeedFigures } from './seed-desk.js';
import { measureBundle, measureRender, type BundleFigures, type RenderFigures } from './sitroom-browser.js';
import { createAdmin, postJson, serveDesk, signIn, timeGets, type RequestFigures } from './sitroom-server.js';
import { fmtMs, fmtRatio, pad, padLeft, round, summarise, type Summary } from './stats.js';
import { gitCommit, log, onCleanUp, runGuarded } from './scratch.js';

/**
 * Issue 10's speed targets on the embedded database: a desk with 100k incidents and a year of
 * meetings (bench/seed-desk.ts), `sinergi serve` on it at a fixed "now", then each
 * /api/v1/dashboard/* endpoint for three scopes (national admin, provincial coordinator, that
 * coordinator's kabupaten/kota) next to /auth/me through the same server (the HTTP + session floor)
 * and a bare `select count(*) from incidents` in process; the dashboard's first meaningful render in
 * Chromium; the JavaScript a first visit downloads. Figures and ratios to the targets, no pass/fail.
 * Runs inside `npm run bench`, or alone: `npx tsx bench/situation-room.ts`.
 */

export const TARGETS = { apiP95Ms: 50, renderMs: 1_000, initialJsGzipBytes: 350 * 1024 } as const;
/** Tuesday 26 November 2024, 10:00 WIB: the day before the Pilkada vote, the desk's busiest. */
export const DESK_NOW = '2024-11-26T03:00:00.000Z';
export const ENDPOINTS = ['election', 'incidents', 'alerts', 'regions', 'follow-up'] as const;

const WARMUP = 20;
const REQUESTS = 200;
const RENDER_RUNS = 5;
const ADMIN = { email: 'admin.bench@desk.go.id', password: 'bench admin passphrase 2024' };
/** Jawa Timur: the seed's second-busiest province; Surabaya inside it. */
const COORDINATOR = { email: 'koordinator.jatim@desk.go.id', password: 'bench coordinator passphrase 35', province: '35', regency: '35.78' };

export interface ScopeFigures {
  scope: 'national' | 'province' | 'regency';
  floor: RequestFigures;
  endpoints: Record<string, RequestFigures>;
}

export interface SituationRoomFigures {
  seed: DeskSeedFigures;
  assessments: AssessmentFigures;
  countStar: Summary;
  scopes: ScopeFigures[];
  render: RenderFigures | { skipped: string };
  bundle: BundleFigures | { skipped: string };
}

export async function benchSituationRoom(): Promise<SituationRoomFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-sitroom-'));
  const removeData = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  // On a signal or the watchdog; otherwise as soon as the section ends, so the rest of `npm run bench` runs without it.
  onCleanUp(removeData);
  try {
    return await seedServeAndMeasure(dataDir);
  } finally {
    await removeData();
  }
}

async function seedServeAndMeasure(dataDir: string): Promise<SituationRoomFigures> {

  log(`[situation room] seeding a desk into ${dataDir} (PGlite), now = ${DESK_NOW}`);
  const database = await openDb({ dataDir });
  let seed: DeskSeedFigures;
  let assessments: AssessmentFigures;
  let countStar: Summary;
  try {
    seed = await seedDesk(database, { ...DEFAULT_DESK, now: new Date(DESK_NOW), onStep: (step) => log(`  ${step}…`) });
    log('  vulnerability values and readiness assessments…');
    assessments = await seedAssessments(database, new Date(DESK_NOW));
    // The seeder analysed before these rows: the planner should know them too.
    await database.db.execute(sql`analyze vulnerability_values, readiness_assessments, readiness_assessment_items`);
    countStar = await timeCountStar(database);
  } finally {
    await database.close();
  }
  printSeed(seed, assessments);

  const bundle = buildAndMeasureBundle();
  await createAdmin(dataDir, ADMIN.email, ADMIN.password);
  const served = await serveDesk(dataDir, DESK_NOW);
  onCleanUp(served.stop);
  try {
    const admin = await signIn(served.baseUrl, ADMIN.email, ADMIN.password);
    await postJson(served.baseUrl, admin, '/users', {
      email: COORDINATOR.email, displayName: 'Koordinator Desk Jawa Timur', password: COORDINATOR.password, role: 'coordinator', scopeRegionCode: COORDINATOR.province,
    });
    const coordinator = await signIn(served.baseUrl, COORDINATOR.email, COORDINATOR.password);
    const scopes: ScopeFigures[] = [];
    for (const [scope, cookie, query] of [['national', admin, ''], ['province', coordinator, ''], ['regency', coordinator, `?region=${COORDINATOR.regency}`]] as const) {
      log(`[situation room] ${scope}: ${WARMUP} warm-up then ${REQUESTS} sequential requests per endpoint`);
      const floor = await timeGets(served.baseUrl, cookie, '/auth/me', WARMUP, REQUESTS);
      const endpoints: Record<string, RequestFigures> = {};
      for (const endpoint of ENDPOINTS) endpoints[endpoint] = await timeGets(served.baseUrl, cookie, `/dashboard/${endpoint}${query}`, WARMUP, REQUESTS);
      scopes.push({ scope, floor, endpoints });
    }
    let render: RenderFigures | { skipped: string };
    if (!HAS_CHROMIUM) render = { skipped: MISSING };
    else {
      log(`[situation room] first meaningful render: ${RENDER_RUNS} cold loads of / in Chromium as the provincial coordinator`);
      render = await measureRender(served.baseUrl, { email: COORDINATOR.email, password: COORDINATOR.password }, RENDER_RUNS).catch((error: Error) => ({ skipped: error.message.split('\n')[0] ?? 'failed' }));
    }
    const figures = { seed, assessments, countStar, scopes, render, bundle };
    printSituationRoom(figures);
    return figures;
  } finally {
    await served.stop();
  }
}

async function timeCountStar(database: Awaited<ReturnType<typeof openDb>>): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    const start = performance.now();
    await database.db.execute(sql`select count(*) from incidents`);
    if (i >= WARMUP) samples.push(performance.now() - start);
  }
  return summarise(samples);
}

function buildAndMeasureBundle(): BundleFigures | { skipped: string } {
  const build = spawnSync('flock', ['/tmp/web-build.lock', process.execPath, 'scripts/build-web-if-stale.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) return { skipped: `web build failed (exit ${build.status ?? build.signal})` };
  try {
    return measureBundle();
  } catch (error) {
    return { skipped: (error as Error).message };
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function printSeed(seed: DeskSeedFigures, assessments: AssessmentFigures): void {
  const a = seed.activity;
  log(`[situation room] seeded in ${fmtMs(seed.totalMs)}: reference data ${fmtMs(seed.referenceMs)}, ${seed.incidents.count.toLocaleString('en-US')} incidents ` +
    `(${seed.incidents.open.toLocaleString('en-US')} open) ${fmtMs(seed.incidents.ms)} (${Math.round(seed.incidents.count / (seed.incidents.ms / 1000)).toLocaleString('en-US')}/s), ` +
    `meetings and the rest ${fmtMs(a.ms)}, ${seed.articles.count} articles ${fmtMs(seed.articles.ms)}, analyze ${fmtMs(seed.analyzeMs)}`);
  log(`  ${seed.units.toLocaleString('en-US')} units, ${a.meetings.toLocaleString('en-US')} meetings (${a.invitations.toLocaleString('en-US')} invitations, ` +
    `${a.actionItems.toLocaleString('en-US')} action items, ${a.overdueActionItems.toLocaleString('en-US')} overdue), ${a.alerts} alerts, ` +
    `${a.pactCampaigns} pact campaigns (${a.pactTargets.toLocaleString('en-US')} targets), ${a.politicalReports.toLocaleString('en-US')} political reports`);
  log(`  ${assessments.regions} provinces and kabupaten/kota: ${assessments.vulnerabilityValues.toLocaleString('en-US')} vulnerability values, ` +
    `${assessments.readinessAssessments.toLocaleString('en-US')} readiness assessments, ${fmtMs(assessments.ms)}`);
}

export function printSituationRoom(f: SituationRoomFigures): void {
  log(`dashboard API  (sequential, ${REQUESTS} after ${WARMUP} warm-up; ratios of p95: to the ${TARGETS.apiP95Ms} ms target, to GET /auth/me through the same server (floor), to the bare count(*))`);
  log(`  bare select count(*) from incidents, in process: p50 ${fmtMs(f.countStar.p50)}  p95 ${fmtMs(f.countStar.p95)}`);
  for (const s of f.scopes) {
    log(`  ${pad(s.scope, 9)} floor /auth/me     p50 ${padLeft(fmtMs(s.floor.p50), 8)}  p95 ${padLeft(fmtMs(s.floor.p95), 8)}  max ${padLeft(fmtMs(s.floor.max), 8)}`);
    for (const [name, e] of Object.entries(s.endpoints)) {
      const status = e.status === 200 ? '' : `   answered ${e.status}`;
      log(`  ${pad('', 9)} ${pad(`/dashboard/${name}`, 19)} p50 ${padLeft(fmtMs(e.p50), 8)}  p95 ${padLeft(fmtMs(e.p95), 8)}  max ${padLeft(fmtMs(e.max), 8)}` +
        `   target ${padLeft(fmtRatio(e.p95 / TARGETS.apiP95Ms), 5)}  floor ${padLeft(fmtRatio(e.p95 / s.floor.p95), 5)}  count(*) ${padLeft(fmtRatio(e.p95 / f.countStar.p95), 5)}` +
        `  ${padLeft(kb(e.bytes), 8)}${status}`);
    }
  }
  if ('skipped' in f.render) log(`first meaningful render skipped: ${f.render.skipped}`);
  else {
    const r = f.render;
    const marker = r.selector === 'ready' ? 'data-testid="dashboard-ready"' : 'no dashboard-ready marker: the incidents panel\'s first number';
    log(`first meaningful render of /  median ${fmtMs(r.medianMs)} of ${r.runs.length}   target ${fmtRatio(r.medianMs / TARGETS.renderMs)}   (until ${marker})`);
    log(`  runs ${r.runs.map((run) => fmtMs(run.readyMs)).join(', ')}; LCP median ${r.medianLcpMs === null ? 'n/a' : fmtMs(r.medianLcpMs)}; ` +
      `DOMContentLoaded ${r.runs.map((run) => fmtMs(run.domContentLoadedMs)).join(', ')}; scripts fetched until then ${r.runs[0]?.jsFiles ?? 0} (${kb(r.runs[0]?.jsGzipBytes ?? 0)} gzipped)`);
  }
  if ('skipped' in f.bundle) log(`initial JavaScript skipped: ${f.bundle.skipped}`);
  else {
    const b = f.bundle;
    log(`initial JavaScript  ${kb(b.entryGzipBytes)} gzipped (${kb(b.entryRawBytes)} raw) in ${b.entryFiles.length} files   target ${fmtRatio(b.entryGzipBytes / TARGETS.initialJsGzipBytes)}` +
      `   (whole build: ${b.allFiles} scripts, ${kb(b.allGzipBytes)} gzipped)`);
  }
  log();
}

const summary = (x: Summary) => ({ p50: round(x.p50, 2), p95: round(x.p95, 2), max: round(x.max, 2) });

/** The section's part of BENCH_JSON. */
export function jsonOfSituationRoom(f: SituationRoomFigures) {
  return {
    now: DESK_NOW,
    seed: {
      totalMs: round(f.seed.totalMs, 0), referenceMs: round(f.seed.referenceMs, 0), incidents: f.seed.incidents.count, openIncidents: f.seed.incidents.open,
      incidentsMs: round(f.seed.incidents.ms, 0), meetings: f.seed.activity.meetings, actionItems: f.seed.activity.actionItems,
      activityMs: round(f.seed.activity.ms, 0), articles: f.seed.articles.count, articlesMs: round(f.seed.articles.ms, 0), analyzeMs: round(f.seed.analyzeMs, 0),
      vulnerabilityValues: f.assessments.vulnerabilityValues, readinessAssessments: f.assessments.readinessAssessments, assessmentsMs: round(f.assessments.ms, 0),
    },
    countStar: summary(f.countStar),
    api: Object.fromEntries(f.scopes.map((s) => [s.scope, {
      floor: summary(s.floor),
      ...Object.fromEntries(Object.entries(s.endpoints).map(([name, e]) => [name, { ...summary(e), status: e.status, bytes: e.bytes, targetRatio: round(e.p95 / TARGETS.apiP95Ms) }])),
    }])),
    render: 'skipped' in f.render ? { skipped: f.render.skipped } : {
      medianMs: round(f.render.medianMs, 1), targetRatio: round(f.render.medianMs / TARGETS.renderMs), medianLcpMs: f.render.medianLcpMs === null ? null : round(f.render.medianLcpMs, 1),
      selector: f.render.selector, runsMs: f.render.runs.map((r) => round(r.readyMs, 1)), jsGzipBytesFetched: f.render.runs[0]?.jsGzipBytes ?? null,
    },
    initialJs: 'skipped' in f.bundle ? { skipped: f.bundle.skipped } : {
      gzipBytes: f.bundle.entryGzipBytes, rawBytes: f.bundle.entryRawBytes, files: f.bundle.entryFiles, targetRatio: round(f.bundle.entryGzipBytes / TARGETS.initialJsGzipBytes),
      wholeBuildGzipBytes: f.bundle.allGzipBytes,
    },
  };
}

// Alone: `npx tsx bench/situation-room.ts`, with the same cleanups and a watchdog of its own.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runGuarded(async () => {
    log(`Sinergi situation-room benchmark  ${new Date().toISOString()}  commit ${gitCommit()}  node ${process.version}, ${os.cpus().length} CPUs, load avg ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    log('Figures only, no pass/fail.');
    log();
    const figures = await benchSituationRoom();
    log(`BENCH_JSON ${JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), situationRoom: jsonOfSituationRoom(figures) })}`);
  }, 30 * 60_000);
}
