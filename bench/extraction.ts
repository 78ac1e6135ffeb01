import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleFileName, generateArticles } from './article-generator.js';
import { gitCommit, log, onCleanUp, runGuarded } from './scratch.js';
import { fmtMs, fmtRatio, median, pad, padLeft, round } from './stats.js';

/**
 * Article extraction through the real CLI (issue 9): `node bin/sinergi.mjs extract --jsonl FILE` as a
 * child process on generated articles (bench/article-generator.ts), start-up subtracted (the same CLI
 * on a one-article file), next to a bare baseline measured in the same run
 * (bench/bare-extract-stream.mjs: the same stream read and written with one regex pass and no
 * extraction). Then peak memory streaming 10,000 and 100,000 articles: constant memory means the two
 * peaks are close. Every run's output is checked: one line per record, each the record's `file`, in order.
 *
 * The CLI is single-threaded (one JavaScript thread), so a core's worth of work is a CPU second: the
 * per-core figure is articles per CPU second (user + system, from /usr/bin/time) after start-up's CPU.
 * That counts V8's garbage-collector helper threads too, so it errs low; it is steadier than wall time,
 * which on a shared, loaded machine includes the time the CLI waited for a core. The wall-time rate is
 * shown next to it (and used when /usr/bin/time is missing). Figures only, no pass/fail.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin/sinergi.mjs');
const BARE = path.join(ROOT, 'bench/bare-extract-stream.mjs');
const TIME = '/usr/bin/time';
/** The issue's target, excluding start-up. */
export const TARGET_PER_SECOND = 500;

export interface ExtractionOptions {
  /** Article counts of the throughput runs. */
  sizes: number[];
  /** Article counts of the two memory runs: small, then large. */
  memory: [number, number];
  /** Runs of the one-article file, CLI and baseline each; the median is the start-up subtracted. */
  startupRepeats: number;
  seed: number;
}

export const DEFAULT_EXTRACTION: ExtractionOptions = { sizes: [2_000, 20_000], memory: [10_000, 100_000], startupRepeats: 5, seed: 20_241_008 };

/** One child process run. */
interface Run {
  wallMs: number;
  /** User + system CPU of the child; null without /usr/bin/time. */
  cpuMs: number | null;
  peakRssKb: number | null;
  lines: number;
}

export interface ThroughputFigures {
  articles: number;
  megabytes: number;
  cli: Run;
  bare: Run;
  /** Articles per second of wall time after start-up. */
  cliWallRate: number;
  bareWallRate: number;
  /** Articles per CPU second after start-up's CPU; null without /usr/bin/time. */
  cliCpuRate: number | null;
  bareCpuRate: number | null;
  /** Articles per second per core: the CPU rate, else the wall rate. */
  perCore: number;
  /** perCore over the 500/s target. */
  targetRatio: number;
  /** The CLI's time per article over the bare stream's, on the same clock as perCore. */
  costVsBare: number;
}

export interface MemoryFigures {
  articles: number;
  megabytes: number;
  run: Run;
  rate: number;
}

export interface ExtractionFigures {
  options: ExtractionOptions;
  startup: { cli: Run; bare: Run; cliRuns: number[]; bareRuns: number[] };
  throughput: ThroughputFigures[];
  memory: { small: MemoryFigures; large: MemoryFigures; ratio: number | null };
  rssSource: 'time' | 'proc';
  loadAvg: number[];
}

/** Writes `count` generated articles as `{"file","text","publishedOn"}` JSON Lines, with backpressure. */
async function writeArticles(file: string, count: number, seed: number): Promise<number> {
  const out = fs.createWriteStream(file);
  let bytes = 0;
  for (const article of generateArticles(count, seed)) {
    const line = `${JSON.stringify(article)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return bytes;
}

function readPeakRssFromProc(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `node ARGS` with stdout into a file (so the parent's reading does not compete for the CPU) and
 * measures wall time, CPU and peak RSS: through /usr/bin/time when present, else by polling the
 * child's VmHWM (the high-water mark, so a peak between polls is still seen, only growth in the last
 * poll interval may be missed).
 */
async function runNode(args: string[], outFile: string, useTime: boolean): Promise<{ wallMs: number; cpuMs: number | null; peakRssKb: number | null; code: number | null; stderr: string }> {
  const out = fs.openSync(outFile, 'w');
  const statsFile = `${outFile}.time`;
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-f', '%U %S %M', '-o', statsFile, process.execPath, ...args] : args;
  const started = performance.now();
  const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, SINERGI_LANG: 'en' }, stdio: ['ignore', out, 'pipe'] });
  fs.closeSync(out);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 4_000) stderr += chunk.toString();
  });
  let polledPeak: number | null = null;
  const poll = useTime
    ? null
    : setInterval(() => {
        const kb = child.pid ? readPeakRssFromProc(child.pid) : null;
        if (kb !== null) polledPeak = Math.max(polledPeak ?? 0, kb);
      }, 50);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  if (!useTime) return { wallMs, cpuMs: null, peakRssKb: polledPeak, code, stderr };
  const [user, system, rss] = fs.readFileSync(statsFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  fs.rmSync(statsFile, { force: true });
  return { wallMs, cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000, peakRssKb: rss ?? null, code, stderr };
}

/** Output must be one prediction per record, in order, each naming its record: else the figures mean nothing. */
async function checkOutput(outFile: string, count: number, nameOf: (i: number) => string, who: string): Promise<number> {
  const lines = readline.createInterface({ input: fs.createReadStream(outFile, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    let file: unknown;
    try {
      file = (JSON.parse(line) as { file?: unknown }).file;
    } catch {
      throw new Error(`${who}: output line ${n + 1} is not JSON: ${line.slice(0, 120)}`);
    }
    if (file !== nameOf(n)) throw new Error(`${who}: output line ${n + 1} is for ${String(file)}, expected ${nameOf(n)}`);
    n += 1;
  }
  if (n !== count) throw new Error(`${who}: ${n} output lines for ${count} records`);
  return n;
}

async function measure(
  who: 'cli' | 'bare',
  input: string,
  count: number,
  nameOf: (i: number) => string,
  dir: string,
  useTime: boolean,
): Promise<Run> {
  const outFile = path.join(dir, `${who}-${count}.out`);
  const args = who === 'cli' ? [CLI, 'extract', '--jsonl', input] : [BARE, input];
  const result = await runNode(args, outFile, useTime);
  if (result.code !== 0) throw new Error(`${who} on ${count} articles exited with ${result.code}: ${result.stderr.trim()}`);
  const lines = await checkOutput(outFile, count, nameOf, `${who} on ${count} articles`);
  fs.rmSync(outFile, { force: true });
  return { wallMs: result.wallMs, cpuMs: result.cpuMs, peakRssKb: result.peakRssKb, lines };
}

const perSecond = (articles: number, ms: number) => (ms > 0 ? (articles * 1000) / ms : Number.NaN);

export async function benchExtraction(options: ExtractionOptions = DEFAULT_EXTRACTION, say: (line?: string) => void = log): Promise<ExtractionFigures> {
  const useTime = fs.existsSync(TIME);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-extract-'));
  const removeDir = async () => fs.rmSync(dir, { recursive: true, force: true });
  onCleanUp(removeDir);
  const { seed } = options;
  const nameOf = articleFileName;
  const input = async (count: number) => {
    const file = path.join(dir, `articles-${count}.jsonl`);
    const bytes = await writeArticles(file, count, seed);
    return { file, megabytes: bytes / 1_048_576 };
  };

  try {
    say(`[extraction] start-up: the CLI and the baseline on a one-article file, ${options.startupRepeats} runs each`);
    const one = await input(1);
    const cliRuns: Run[] = [];
    const bareRuns: Run[] = [];
    for (let i = 0; i < options.startupRepeats; i += 1) {
      cliRuns.push(await measure('cli', one.file, 1, nameOf, dir, useTime));
      bareRuns.push(await measure('bare', one.file, 1, nameOf, dir, useTime));
    }
    const medianRun = (runs: Run[]): Run => {
      const cpu = runs.map((r) => r.cpuMs).filter((ms): ms is number => ms !== null);
      const rss = runs.map((r) => r.peakRssKb).filter((kb): kb is number => kb !== null);
      return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: cpu.length ? median(cpu) : null, peakRssKb: rss.length ? median(rss) : null, lines: 1 };
    };
    const startup = { cli: medianRun(cliRuns), bare: medianRun(bareRuns), cliRuns: cliRuns.map((r) => r.wallMs), bareRuns: bareRuns.map((r) => r.wallMs) };
    fs.rmSync(one.file);

    const throughput: ThroughputFigures[] = [];
    for (const articles of options.sizes) {
      const { file, megabytes } = await input(articles);
      say(`[extraction] ${articles.toLocaleString('en-US')} articles (${megabytes.toFixed(1)} MB): baseline, then the CLI`);
      const bare = await measure('bare', file, articles, nameOf, dir, useTime);
      const cli = await measure('cli', file, articles, nameOf, dir, useTime);
      fs.rmSync(file);
      // The one-article run's article is in the start-up: articles - 1 are what the extra time bought.
      const cliWallRate = perSecond(articles - 1, cli.wallMs - startup.cli.wallMs);
      const bareWallRate = perSecond(articles - 1, bare.wallMs - startup.bare.wallMs);
      const cliCpuRate = cli.cpuMs !== null && startup.cli.cpuMs !== null ? perSecond(articles - 1, cli.cpuMs - startup.cli.cpuMs) : null;
      const bareCpuRate = bare.cpuMs !== null && startup.bare.cpuMs !== null ? perSecond(articles - 1, bare.cpuMs - startup.bare.cpuMs) : null;
      const onCpu = cliCpuRate !== null && bareCpuRate !== null;
      const perCore = onCpu ? cliCpuRate : cliWallRate;
      throughput.push({
        articles,
        megabytes,
        cli,
        bare,
        cliWallRate,
        bareWallRate,
        cliCpuRate,
        bareCpuRate,
        perCore,
        targetRatio: perCore / TARGET_PER_SECOND,
        costVsBare: (onCpu ? bareCpuRate : bareWallRate) / perCore,
      });
    }

    const memoryRun = async (articles: number): Promise<MemoryFigures> => {
      const { file, megabytes } = await input(articles);
      say(`[extraction] peak memory: the CLI streaming ${articles.toLocaleString('en-US')} articles (${megabytes.toFixed(0)} MB)`);
      const run = await measure('cli', file, articles, nameOf, dir, useTime);
      fs.rmSync(file);
      return { articles, megabytes, run, rate: perSecond(articles - 1, run.wallMs - startup.cli.wallMs) };
    };
    const small = await memoryRun(options.memory[0]);
    const large = await memoryRun(options.memory[1]);
    const ratio = small.run.peakRssKb && large.run.peakRssKb ? large.run.peakRssKb / small.run.peakRssKb : null;
    return { options, startup, throughput, memory: { small, large, ratio }, rssSource: useTime ? 'time' : 'proc', loadAvg: os.loadavg() };
  } finally {
    await removeDir();
  }
}

const mb = (kb: number | null) => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
/** n/a when the run took no longer than start-up: too few articles to see through the noise. */
const rate = (perSec: number | null) => (perSec === null || !Number.isFinite(perSec) || perSec <= 0 ? 'n/a' : `${Math.round(perSec).toLocaleString('en-US')}/s`);
const ratioOrNa = (value: number | null) => (value === null || !(value > 0) ? 'n/a' : fmtRatio(value));

export function printExtraction(f: ExtractionFigures): void {
  const { startup } = f;
  const cpu = (run: Run) => (run.cpuMs === null ? '' : `, CPU ${fmtMs(run.cpuMs)}`);
  log(`extraction CLI  node bin/sinergi.mjs extract --jsonl FILE, one process, single-threaded: per core = articles per CPU second`);
  log(`  start-up      CLI ${fmtMs(startup.cli.wallMs)}${cpu(startup.cli)}, peak RSS ${mb(startup.cli.peakRssKb)}   baseline ${fmtMs(startup.bare.wallMs)}   (median of ${startup.cliRuns.length} one-article runs; subtracted below)`);
  log(`  throughput    articles      MB |  per core  to ${TARGET_PER_SECOND}/s | CLI wall  wall rate |    bare/CPU-s  bare wall rate | CLI cost per article`);
  for (const t of f.throughput) {
    log(
      `              ${padLeft(t.articles.toLocaleString('en-US'), 10)} ${padLeft(t.megabytes.toFixed(1), 7)} |` +
        ` ${padLeft(rate(t.perCore), 9)} ${padLeft(ratioOrNa(t.targetRatio), 9)} |` +
        ` ${padLeft(fmtMs(t.cli.wallMs), 8)} ${padLeft(rate(t.cliWallRate), 10)} |` +
        ` ${padLeft(rate(t.bareCpuRate), 13)} ${padLeft(rate(t.bareWallRate), 15)} | ${padLeft(ratioOrNa(t.costVsBare), 8)} the bare stream's`,
    );
  }
  const { small, large, ratio } = f.memory;
  const memoryLine = (m: MemoryFigures) =>
    `  peak RSS ${pad(`${m.articles.toLocaleString('en-US')} articles`, 16)} ${padLeft(mb(m.run.peakRssKb), 7)}   (${m.megabytes.toFixed(0)} MB in, ${fmtMs(m.run.wallMs)}, ${rate(m.rate)} after start-up)`;
  log(memoryLine(small));
  log(memoryLine(large));
  log(
    `  peak RSS ratio ${large.articles.toLocaleString('en-US')} / ${small.articles.toLocaleString('en-US')} articles: ${ratio === null ? 'n/a' : ratio.toFixed(2)}` +
      `  (1.0 = constant memory; RSS from ${f.rssSource === 'time' ? '/usr/bin/time' : 'polling /proc VmHWM'}; start-up alone ${mb(startup.cli.peakRssKb)})`,
  );
  log(`  per core: articles per CPU second (user + system) after start-up's; wall rate: articles per second of wall time after start-up;`);
  log(`  bare: JSON.parse, one regex pass and JSON.stringify per record in plain node, what reading and writing the stream costs`);
  log(`  every run's output checked: one line per record, in order, each naming its record`);
  log();
}

export function printExtractionSummary(f: ExtractionFigures): void {
  const largest = f.throughput.at(-1);
  if (largest) {
    log(
      `  extraction CLI  ${rate(largest.perCore)} per core on ${largest.articles.toLocaleString('en-US')} articles (${ratioOrNa(largest.targetRatio)} the ${TARGET_PER_SECOND}/s target;` +
        ` ${ratioOrNa(largest.costVsBare)} the bare stream's time per article)   peak RSS ${mb(f.memory.large.run.peakRssKb)} on ${f.memory.large.articles.toLocaleString('en-US')}` +
        ` vs ${mb(f.memory.small.run.peakRssKb)} on ${f.memory.small.articles.toLocaleString('en-US')} (${f.memory.ratio === null ? 'n/a' : f.memory.ratio.toFixed(2)})`,
    );
  }
}

/** Rates and ratios that noise made meaningless (a run no longer than start-up) are null, not negative. */
const positive = (value: number | null, digits = 2) => (value !== null && Number.isFinite(value) && value > 0 ? round(value, digits) : null);

const jsonOfRun = (run: Run) => ({
  wallMs: round(run.wallMs, 1),
  cpuMs: run.cpuMs === null ? null : round(run.cpuMs, 0),
  peakRssMb: run.peakRssKb === null ? null : round(run.peakRssKb / 1024, 1),
});

export function jsonOfExtraction(f: ExtractionFigures) {
  return {
    seed: f.options.seed,
    targetPerSecond: TARGET_PER_SECOND,
    singleThreaded: true,
    rssSource: f.rssSource,
    startup: { cli: jsonOfRun(f.startup.cli), bare: jsonOfRun(f.startup.bare), cliRunsMs: f.startup.cliRuns.map((ms) => round(ms, 1)) },
    throughput: f.throughput.map((t) => ({
      articles: t.articles,
      megabytes: round(t.megabytes, 1),
      cli: jsonOfRun(t.cli),
      bare: jsonOfRun(t.bare),
      perSecondPerCore: positive(t.perCore, 1),
      perCoreClock: t.cliCpuRate === null ? 'wall' : 'cpu',
      targetRatio: positive(t.targetRatio, 3),
      costVsBare: positive(t.costVsBare, 1),
      cliWallPerSecond: positive(t.cliWallRate, 1),
      cliCpuPerSecond: positive(t.cliCpuRate, 1),
      bareWallPerSecond: positive(t.bareWallRate, 1),
      bareCpuPerSecond: positive(t.bareCpuRate, 1),
    })),
    memory: {
      small: { articles: f.memory.small.articles, megabytes: round(f.memory.small.megabytes, 1), ...jsonOfRun(f.memory.small.run), perSecond: positive(f.memory.small.rate, 1) },
      large: { articles: f.memory.large.articles, megabytes: round(f.memory.large.megabytes, 1), ...jsonOfRun(f.memory.large.run), perSecond: positive(f.memory.large.rate, 1) },
      ratio: f.memory.ratio === null ? null : round(f.memory.ratio, 3),
    },
    loadAvg: f.loadAvg.map((l) => round(l, 2)),
  };
}

function parseOptions(argv: string[]): ExtractionOptions {
  const options: ExtractionOptions = { ...DEFAULT_EXTRACTION, sizes: [...DEFAULT_EXTRACTION.sizes], memory: [...DEFAULT_EXTRACTION.memory] };
  const usage = () => {
    console.error('usage: npx tsx bench/extraction.ts [--sizes 2000,20000] [--memory 10000,100000] [--seed N]');
    process.exit(2);
  };
  const counts = (value: string | undefined) => {
    const list = (value ?? '').split(',').map(Number);
    if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 2)) usage();
    return list;
  };
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1];
    if (argv[i] === '--sizes') options.sizes = counts(value);
    else if (argv[i] === '--memory') {
      const [small, large] = counts(value);
      if (small === undefined || large === undefined) usage();
      options.memory = [small as number, large as number];
    } else if (argv[i] === '--seed' && Number.isInteger(Number(value))) options.seed = Number(value);
    else usage();
  }
  return options;
}

async function standalone(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const cpus = os.cpus();
  log(`Sinergi extraction benchmark  ${new Date().toISOString()}  commit ${gitCommit()}`);
  log(`node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), load avg ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log('Ratios are to the 500/s target and to a bare baseline measured in the same run; figures only, no pass/fail.');
  log();
  const figures = await benchExtraction(options);
  printExtraction(figures);
  log(`BENCH_JSON ${JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), node: process.version, cpus: cpus.length, extraction: jsonOfExtraction(figures) })}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runGuarded(standalone, 30 * 60_000);
}
