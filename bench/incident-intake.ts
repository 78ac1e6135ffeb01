import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { openDb } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { seedReferenceData } from '../src/db/seed/index.js';
import { WRITES_PER_MINUTE } from '../src/server/rate-limit.js';
import { hashSecret, newSecret } from '../src/modules/auth/secrets.js';
import { closedLoop, endpoint, freePort, post, startServer, type Answer, type Endpoint, type LoopFigures } from './intake-load.js';
import { cleanUp, createScratchDatabase, gitCommit, log, onCleanUp, postgresUrl, runGuarded } from './scratch.js';
import { fmtMs, pad, padLeft, percentile, round } from './stats.js';

/**
 * Incident intake (issue 7): sustained `POST /api/v1/incidents` through two `sinergi serve`
 * processes sharing one scratch PostgreSQL database, against a bare Fastify + pg single-insert
 * server (bench/bare-intake-server.ts, also two processes) measured in the same run, then an
 * idempotency run that sends every report twice with the same key and counts what was stored.
 *
 * The write rate limit (120 writes a minute per account, counted in the database) would stop one
 * account after two seconds, so the load is spread over a pool of gateway accounts (coordinators of
 * Bali, each with a reporter token), none of which reaches its limit; one probe shows what a single
 * account gets. Figures only, no pass/fail.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCOPE = '51';
/** Writes each pool account may make in the whole run: under the per-minute limit whatever the window. */
const ACCOUNT_BUDGET = Math.floor(WRITES_PER_MINUTE * 0.8);
const PROBE_REQUESTS = WRITES_PER_MINUTE + 30;
const PROBE_CONCURRENCY = 8;

export interface IntakeOptions {
  seconds: number;
  warmupSeconds: number;
  /** Requests in flight, spread round-robin over the two processes of each kind. */
  concurrency: number;
  /** Keys of the idempotency run, each sent twice. */
  keys: number;
}

export const DEFAULT_INTAKE: IntakeOptions = { seconds: 15, warmupSeconds: 3, concurrency: 32, keys: 1_000 };

export interface LatencyFigures {
  n: number;
  rate: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: Record<string, number>;
  seconds: number;
  /** Stopped before the time was up because the account pool's budget ran out. */
  stoppedEarly: boolean;
}

export interface IntakeFigures {
  options: IntakeOptions;
  bare: LatencyFigures;
  sinergi: LatencyFigures;
  /** Sinergi's reports/s over the bare baseline's. */
  rateRatio: number;
  /** Sinergi's p99 over the bare baseline's. */
  p99Ratio: number;
  accounts: number;
  requestBytes: number;
  responseBytes: { sinergi: number; bare: number };
  /** Rows of the measured load run in the incidents table against the 201 answers it got. */
  stored: { rows: number; acknowledged: number };
  /** What the database's busy connections were doing during Sinergi's measured run. */
  waits: WaitShare[];
  idempotency: {
    keys: number;
    /** Both answers 201 with the same report id. */
    agreed: number;
    answers: number;
    replayed: number;
    errors: Record<string, number>;
    seconds: number;
    latency: { p50: number; p99: number };
    lost: number;
    duplicated: number;
  };
  probe: { requests: number; stored: number; refused: number; other: number };
  loadAvg: number[];
}

export async function benchIncidentIntake(url: string, options: IntakeOptions): Promise<IntakeFigures | { skipped: string }> {
  const scratch = await createScratchDatabase(url);
  if ('reason' in scratch) return { skipped: scratch.reason };
  try {
    return await measure(scratch.url, options);
  } finally {
    await cleanUp();
  }
}

async function measure(databaseUrl: string, options: IntakeOptions): Promise<IntakeFigures> {
  const tag = `b${process.pid}`;
  log(`[intake] migrating and seeding a scratch database, then 2 Sinergi and 2 bare processes`);
  const database = await openDb({ dataDir: '', databaseUrl });
  try {
    await migrate(database);
    await seedReferenceData(database);
  } finally {
    await database.close();
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  onCleanUp(() => pool.end().catch(() => undefined));
  await createBareTable(pool);
  const villages = (await pool.query<{ code: string }>(`select code from regions where level = 4 and starts_with(code, $1) order by code limit 500`, [`${SCOPE}.`])).rows.map((r) => r.code);
  if (villages.length === 0) throw new Error(`no desa under ${SCOPE} in the seeded gazetteer`);

  // Both kinds run while the other is measured, idle: the same processes on the machine throughout.
  const env = { ...process.env, DATABASE_URL: databaseUrl, TZ: 'UTC' };
  const sinergiPorts = [await freePort(), await freePort()];
  const barePorts = [await freePort(), await freePort()];
  const servers = await Promise.all([
    ...sinergiPorts.map((port, i) => startServer(`sinergi #${i + 1}`, [path.join(ROOT, 'bin/sinergi.mjs'), 'serve', '--port', String(port)], env, port, '/api/v1/health')),
    ...barePorts.map((port, i) => startServer(`bare #${i + 1}`, ['--import', 'tsx', path.join(ROOT, 'bench/bare-intake-server.ts'), '--port', String(port)], env, port, '/health')),
  ]);
  for (const server of servers) onCleanUp(server.stop);
  const sockets = Math.ceil(options.concurrency / 2);
  const sinergi = sinergiPorts.map((port) => endpoint(port, sockets));
  const bare = barePorts.map((port) => endpoint(port, sockets));
  onCleanUp(async () => [...sinergi, ...bare].forEach((e) => e.agent.destroy()));

  const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
  const body = (key: string, seq: number) =>
    JSON.stringify({
      category: 'politik_uang', regime: 'pilkada', occurredAt, regionCode: villages[seq % villages.length], tps: `TPS ${String((seq % 40) + 1).padStart(3, '0')}`,
      description: `[${key}] Warga melaporkan pembagian amplop berisi uang oleh tim sukses kepada pemilih di sekitar balai desa menjelang hari pemungutan suara.`,
      reporterName: 'Gateway SMS', reporterContact: '+6281234567890',
    });
  const requestBytes = Buffer.byteLength(body(`${tag}-L-000000`, 0));
  const responseBytes = { sinergi: 0, bare: 0 };
  const created = (answer: Answer) => answer.status === 201;
  const roundRobin = (targets: Endpoint[], seq: number) => targets[seq % targets.length]!;

  // 1. The bare baseline: its rate also sizes the account pool for Sinergi.
  log(`[intake] bare Fastify + pg: ${options.warmupSeconds} s warm-up, ${options.seconds} s measured, ${options.concurrency} in flight`);
  const sendBare = (kind: string) => async (seq: number) => {
    const answer = await post(roundRobin(bare, seq), '/bare/incidents', body(`${tag}-${kind}-${seq}`, seq));
    responseBytes.bare ||= created(answer) ? Buffer.byteLength(answer.body) : 0;
    return answer;
  };
  await closedLoop({ concurrency: options.concurrency, durationMs: options.warmupSeconds * 1000, send: sendBare('BW'), ok: created });
  const bareLoop = await closedLoop({ concurrency: options.concurrency, durationMs: options.seconds * 1000, send: sendBare('BL'), ok: created });

  // 2. Sinergi, through a pool of accounts sized so that none reaches the write rate limit.
  const expected = Math.ceil(Math.max(bareLoop.rate, 50) * 1.5 * (options.warmupSeconds + options.seconds));
  const loadTokens = await createAccounts(pool, Math.ceil(expected / ACCOUNT_BUDGET), 'load');
  const budget = loadTokens.length * ACCOUNT_BUDGET;
  log(`[intake] Sinergi: ${options.warmupSeconds} s warm-up, ${options.seconds} s measured, ${options.concurrency} in flight over ${loadTokens.length} accounts (each ≤ ${ACCOUNT_BUDGET} writes)`);
  let sent = 0;
  const sendSinergi = (kind: string) => async (seq: number) => {
    const n = sent++;
    const key = `${tag}-${kind}-${String(seq).padStart(6, '0')}`;
    const answer = await post(roundRobin(sinergi, seq), '/api/v1/incidents', body(key, seq), {
      authorization: `Bearer ${loadTokens[n % loadTokens.length]}`, 'idempotency-key': key,
    });
    responseBytes.sinergi ||= created(answer) ? Buffer.byteLength(answer.body) : 0;
    return answer;
  };
  await closedLoop({ concurrency: options.concurrency, durationMs: options.warmupSeconds * 1000, limit: budget, send: sendSinergi('W'), ok: created });
  const sampler = sampleWaits(pool);
  const sinergiLoop = await closedLoop({ concurrency: options.concurrency, durationMs: options.seconds * 1000, limit: budget - sent, send: sendSinergi('L'), ok: created });
  const waits = await sampler.stop();
  const storedRows = await countLike(pool, `[${tag}-L-%`);

  // 3. Every report twice with the same key: even keys at once to both processes, odd keys one after the other.
  const idempotency = await idempotencyRun(pool, sinergi, options, tag, body);

  // 4. What one account gets: the write rate limit, in the database, shared by both processes.
  const [probeToken] = await createAccounts(pool, 1, 'probe');
  const probe = await closedLoop({
    concurrency: PROBE_CONCURRENCY, durationMs: 60_000, limit: PROBE_REQUESTS, ok: created,
    send: (seq) => post(roundRobin(sinergi, seq), '/api/v1/incidents', body(`${tag}-P-${seq}`, seq), { authorization: `Bearer ${probeToken}` }),
  });

  const bareFigures = latency(bareLoop);
  const sinergiFigures = latency(sinergiLoop);
  return {
    options,
    bare: bareFigures,
    sinergi: sinergiFigures,
    rateRatio: sinergiFigures.rate / bareFigures.rate,
    p99Ratio: sinergiFigures.p99 / bareFigures.p99,
    accounts: loadTokens.length,
    requestBytes,
    responseBytes,
    stored: { rows: storedRows, acknowledged: sinergiLoop.ok },
    waits,
    idempotency,
    probe: { requests: PROBE_REQUESTS, stored: probe.ok, refused: probe.errors['429'] ?? 0, other: probe.errorCount - (probe.errors['429'] ?? 0) },
    loadAvg: os.loadavg(),
  };
}

/** A copy of `incidents` for the baseline: columns, defaults, checks, indexes and the region key. */
async function createBareTable(pool: pg.Pool): Promise<void> {
  await pool.query(`create table bench_bare_incidents (like incidents including defaults including constraints including indexes)`);
  await pool.query(`alter table bench_bare_incidents alter column id drop default, alter column id add generated by default as identity`);
  await pool.query(`alter table bench_bare_incidents add foreign key (region_code) references regions (code)`);
}

/**
 * Gateway accounts made in bulk straight in the database (no argon2 for accounts nobody signs in to):
 * coordinators of the scope, each with one reporter token, as a desk would set up an SMS gateway.
 */
async function createAccounts(pool: pg.Pool, count: number, label: string): Promise<string[]> {
  const secrets = Array.from({ length: count }, () => newSecret('sng'));
  const emails = secrets.map((_, i) => `bench-${label}-${i}@bench.invalid`);
  await pool.query(
    `with made as (
       insert into users (email, display_name, password_hash, role, scope_region_code, language)
       select e, 'Bench gateway ' || e, '!no-password', 'coordinator', $3, 'id' from unnest($1::text[]) as e
       returning id, email)
     insert into api_tokens (name, token_hash, user_id, role, scope_region_code, created_at, expires_at)
     select 'bench gateway', t.hash, made.id, 'reporter', $3, now(), now() + interval '1 day'
     from made join unnest($1::text[], $2::text[]) as t(email, hash) using (email)`,
    [emails, secrets.map(hashSecret), SCOPE],
  );
  return secrets;
}

async function countLike(pool: pg.Pool, pattern: string): Promise<number> {
  const rows = await pool.query<{ n: string }>(`select count(*) as n from incidents where description like $1`, [pattern]);
  return Number(rows.rows[0]?.n ?? 0);
}

async function idempotencyRun(pool: pg.Pool, sinergi: Endpoint[], options: IntakeOptions, tag: string, body: (key: string, seq: number) => string): Promise<IntakeFigures['idempotency']> {
  const tokens = await createAccounts(pool, Math.ceil((options.keys * 2) / ACCOUNT_BUDGET), 'idem');
  log(`[intake] idempotency: ${options.keys} keys, each sent twice (even keys at once to both processes, odd keys again after the first answer)`);
  const keys = Array.from({ length: options.keys }, (_, i) => `${tag}-I-${String(i).padStart(6, '0')}`);
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let agreed = 0;
  let replayed = 0;
  const record = (answer: Answer | null) => {
    if (answer?.status === 201) latencies.push(answer.ms);
    else errors[String(answer?.status ?? 'error')] = (errors[String(answer?.status ?? 'error')] ?? 0) + 1;
    if (answer?.headers['idempotent-replayed'] === 'true') replayed++;
    return answer;
  };
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < keys.length) {
      const i = next++;
      const key = keys[i]!;
      const payload = body(key, i);
      // The same token for both: keys belong to the account that sent them.
      const headers = { authorization: `Bearer ${tokens[i % tokens.length]}`, 'idempotency-key': key };
      const send = (target: Endpoint) => post(target, '/api/v1/incidents', payload, headers).then(record, () => record(null));
      const [a, b] = i % 2 === 0 ? await Promise.all([send(sinergi[0]!), send(sinergi[1]!)]) : [await send(sinergi[0]!), await send(sinergi[1]!)];
      const idOf = (answer: Answer | null) => (answer?.status === 201 ? (JSON.parse(answer.body) as { id: number }).id : null);
      if (idOf(a) !== null && idOf(a) === idOf(b)) agreed++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.floor(options.concurrency / 2)) }, worker));
  const seconds = (performance.now() - started) / 1000;
  // The key is the description's first word: one row per key is the whole point.
  const rows = await pool.query<{ key: string; n: string }>(
    `select split_part(substr(description, 2), ']', 1) as key, count(*) as n from incidents where description like $1 group by 1`,
    [`[${tag}-I-%`],
  );
  const perKey = new Map(rows.rows.map((r) => [r.key, Number(r.n)]));
  const lost = keys.filter((key) => !perKey.has(key)).length;
  const duplicated = [...perKey.values()].reduce((sum, n) => sum + n - 1, 0);
  return {
    keys: keys.length, agreed, answers: keys.length * 2, replayed, errors, seconds,
    latency: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) }, lost, duplicated,
  };
}

export interface WaitShare {
  /** `Lock:advisory`, `IO:WALSync`, … or `running` (on a CPU, or waiting for one). */
  event: string;
  /** Share of the sampled busy-connection moments. */
  share: number;
}

/**
 * Samples pg_stat_activity every 100 ms: which wait events the scratch database's active
 * connections are in. It tells a lock queue (the audit chain's turn, a hot counter row) from
 * commit flushes or plain CPU, which the latency figures alone cannot.
 */
function sampleWaits(pool: pg.Pool): { stop: () => Promise<WaitShare[]> } {
  const counts = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await pool
        .query<{ event: string; n: string }>(
          `select coalesce(wait_event_type || ':' || wait_event, 'running') as event, count(*) as n from pg_stat_activity
           where datname = current_database() and state = 'active' and pid <> pg_backend_pid() group by 1`,
        )
        .catch(() => ({ rows: [] }));
      for (const { event, n } of rows.rows) counts.set(event, (counts.get(event) ?? 0) + Number(n));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      return [...counts.entries()].map(([event, n]) => ({ event, share: total ? n / total : 0 })).sort((a, b) => b.share - a.share);
    },
  };
}

function latency(loop: LoopFigures): LatencyFigures {
  const s = loop.latencies;
  return {
    n: loop.ok, rate: loop.rate, seconds: loop.seconds, errors: loop.errors, stoppedEarly: loop.hitLimit,
    p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s.length ? Math.max(...s) : Number.NaN,
  };
}

const fmtRate = (rate: number) => `${Math.round(rate).toLocaleString('en-US')}/s`;
const fmtErrors = (errors: Record<string, number>) => {
  const entries = Object.entries(errors);
  return entries.length === 0 ? '0' : entries.map(([status, n]) => `${n} × ${status}`).join(', ');
};

export function printIntake(figures: IntakeFigures): void {
  const { options: o, bare, sinergi, idempotency: idem, probe } = figures;
  const line = (label: string, f: LatencyFigures) =>
    `${pad(label, 24)} ${padLeft(fmtRate(f.rate), 8)}  p50 ${fmtMs(f.p50)}  p95 ${fmtMs(f.p95)}  p99 ${fmtMs(f.p99)}  max ${fmtMs(f.max)}  errors ${fmtErrors(f.errors)}` +
    (f.stoppedEarly ? '  (stopped early: account budget spent)' : '');
  log(`incident intake, ${o.concurrency} in flight, ${o.seconds} s after ${o.warmupSeconds} s warm-up, round-robin over 2 processes each; load avg ${figures.loadAvg.map((l) => l.toFixed(2)).join(' ')}`);
  log(`  ${line('bare Fastify + pg', bare)}`);
  log(`  ${line('Sinergi POST /incidents', sinergi)}`);
  log(`  ratio to bare: reports/s ${figures.rateRatio.toFixed(2)}   p99 ${figures.p99Ratio.toFixed(1)}x`);
  log(
    `  request ${figures.requestBytes} B; answer ${figures.responseBytes.sinergi.toLocaleString('en-US')} B (Sinergi: report, deadlines, actions) vs ${figures.responseBytes.bare} B (bare: the row);` +
      ` ${figures.accounts} gateway accounts; rows stored ${figures.stored.rows.toLocaleString('en-US')} for ${figures.stored.acknowledged.toLocaleString('en-US')} answers 201`,
  );
  log(
    `  idempotency: ${idem.keys.toLocaleString('en-US')} keys × 2 in ${idem.seconds.toFixed(1)} s: ${idem.answers - Object.values(idem.errors).reduce((a, b) => a + b, 0)} answers 201 (${idem.replayed} replayed), errors ${fmtErrors(idem.errors)};` +
      ` same report both times for ${idem.agreed}/${idem.keys}; p50 ${fmtMs(idem.latency.p50)} p99 ${fmtMs(idem.latency.p99)}`,
  );
  log(`  database waits during Sinergi's run: ${figures.waits.slice(0, 5).map((w) => `${w.event} ${Math.round(w.share * 100)}%`).join(', ') || 'none sampled'}`);
  log(`  stored per key: lost ${idem.lost}, duplicated ${idem.duplicated}`);
  log(`  one account, ${probe.requests} writes (${PROBE_CONCURRENCY} in flight): ${probe.stored} stored, ${probe.refused} refused 429 (limit ${WRITES_PER_MINUTE}/min per account), ${probe.other} other`);
  log();
}

export function jsonOfIntake(figures: IntakeFigures) {
  const lat = (f: LatencyFigures) => ({
    n: f.n, rate: round(f.rate, 1), p50: round(f.p50, 3), p95: round(f.p95, 3), p99: round(f.p99, 3), max: round(f.max, 3),
    errors: f.errors, seconds: round(f.seconds, 2), stoppedEarly: f.stoppedEarly,
  });
  const { idempotency: idem } = figures;
  return {
    options: figures.options,
    bare: lat(figures.bare),
    sinergi: lat(figures.sinergi),
    rateRatio: round(figures.rateRatio, 3),
    p99Ratio: round(figures.p99Ratio, 3),
    accounts: figures.accounts,
    requestBytes: figures.requestBytes,
    responseBytes: figures.responseBytes,
    stored: figures.stored,
    waits: figures.waits.map((w) => ({ event: w.event, share: round(w.share, 3) })),
    idempotency: { ...idem, seconds: round(idem.seconds, 2), latency: { p50: round(idem.latency.p50, 3), p99: round(idem.latency.p99, 3) } },
    probe: figures.probe,
    loadAvg: figures.loadAvg.map((l) => round(l, 2)),
  };
}

function parseOptions(argv: string[]): IntakeOptions {
  const options = { ...DEFAULT_INTAKE };
  const names: Record<string, keyof IntakeOptions> = { '--seconds': 'seconds', '--warmup': 'warmupSeconds', '--concurrency': 'concurrency', '--keys': 'keys' };
  for (let i = 0; i < argv.length; i += 2) {
    const name = names[argv[i] ?? ''];
    const value = Number(argv[i + 1]);
    if (!name || !Number.isInteger(value) || value < (name === 'warmupSeconds' ? 0 : 1)) {
      console.error(`usage: npx tsx bench/incident-intake.ts [--seconds ${DEFAULT_INTAKE.seconds}] [--warmup ${DEFAULT_INTAKE.warmupSeconds}] [--concurrency ${DEFAULT_INTAKE.concurrency}] [--keys ${DEFAULT_INTAKE.keys}]`);
      process.exit(2);
    }
    options[name] = value;
  }
  return options;
}

async function standalone(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const cpus = os.cpus();
  log(`Sinergi incident intake benchmark  ${new Date().toISOString()}  commit ${gitCommit()}`);
  log(`node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), load avg ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log('Ratios are to a bare baseline measured in the same run; figures only, no pass/fail.');
  log();
  const figures = await benchIncidentIntake(postgresUrl(), options);
  if ('skipped' in figures) {
    log(`[intake] skipped: ${figures.skipped}`);
    return;
  }
  printIntake(figures);
  log(`BENCH_JSON ${JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), node: process.version, cpus: cpus.length, intake: jsonOfIntake(figures) })}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runGuarded(standalone, 10 * 60_000);
}
