import { spawn } from 'node:child_process';
import net from 'node:net';
import { ROOT, runCli } from '../e2e/server.js';
import { summarise, type Summary } from './stats.js';

/**
 * `sinergi serve` on a data folder the benchmark seeded (e2e/server.ts starts on a fresh folder of its
 * own, hence this), signed-in sessions, and sequential timing of GET requests through it.
 */

export interface ServedDesk {
  baseUrl: string;
  /** The server process, for its peak memory (/proc/<pid>/status). */
  pid: number;
  stop: () => Promise<void>;
  output: () => string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The embedded database only: a DATABASE_URL in the caller's environment must not send the server elsewhere. */
export function embeddedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  return env;
}

/** PostgreSQL at `databaseUrl` when given (the data folder then holds only files), else the embedded database. */
export function deskEnv(databaseUrl: string | undefined, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return databaseUrl ? { ...process.env, ...extra, DATABASE_URL: databaseUrl } : embeddedEnv(extra);
}

/** Creates the national administrator through the CLI, as an operator would, before the server holds the folder. */
export async function createAdmin(dataDir: string, email: string, password: string, databaseUrl?: string): Promise<void> {
  await runCli(['admin', 'create', '--email', email, '--name', 'Admin Bench', '--password-stdin', '--data-dir', dataDir], deskEnv(databaseUrl), `${password}\n`);
}

export async function serveDesk(dataDir: string, clock: string, healthTimeoutMs = 180_000, databaseUrl?: string, extraEnv: Record<string, string> = {}): Promise<ServedDesk> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/sinergi.mjs', 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir], {
    cwd: ROOT, env: deskEnv(databaseUrl, { SINERGI_CLOCK: clock, ...extraEnv }), stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + healthTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sinergi serve exited with ${child.exitCode} before it was healthy:\n${log}`);
    if (await fetch(`${baseUrl}/api/v1/health`).then((r) => r.status === 200, () => false)) return { baseUrl, pid: child.pid ?? 0, stop, output: () => log };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`sinergi serve was not healthy within ${healthTimeoutMs / 1000} s:\n${log}`);
}

/** Signs in through the API; the session cookie as a Cookie header value. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

export async function postJson(baseUrl: string, cookie: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl, cookie }, body: JSON.stringify(body),
  });
  if (response.status !== 201 && response.status !== 200) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

export interface RequestFigures extends Summary {
  /** Status of the measured answers, when one was not 200 (e.g. 404 before the endpoint exists). */
  status: number;
  bytes: number;
}

/**
 * `warmup` untimed requests, then `count` sequential ones timed until the whole body has arrived
 * (what a browser waits for before it can render the panel).
 */
export async function timeGets(baseUrl: string, cookie: string, path: string, warmup: number, count: number): Promise<RequestFigures> {
  const get = async () => {
    const start = performance.now();
    const response = await fetch(`${baseUrl}/api/v1${path}`, { headers: { cookie, 'accept-language': 'id' } });
    const body = await response.arrayBuffer();
    return { ms: performance.now() - start, status: response.status, bytes: body.byteLength };
  };
  for (let i = 0; i < warmup; i++) await get();
  const samples: number[] = [];
  let status = 200;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const one = await get();
    samples.push(one.ms);
    if (one.status !== 200) status = one.status;
    bytes = one.bytes;
  }
  return { ...summarise(samples), status, bytes };
}
