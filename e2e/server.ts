import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEALTH_TIMEOUT_MS = 120_000;

/** Builds the web app when dist/web is missing or older than its sources (same script as npm test). */
export function ensureWebBuild(): void {
  const result = spawnSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`web build failed (exit ${result.status ?? result.signal})`);
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

export interface RunningServer {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs the `sinergi` CLI to completion, feeding `stdin`; throws with its output unless it exits 0. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<string> {
  const child = spawn(process.execPath, ['bin/sinergi.mjs', ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    child.once('close', resolve);
    child.stdin.end(stdin);
  });
  if (code !== 0) throw new Error(`sinergi ${args.slice(0, 2).join(' ')} exited with ${code}:\n${output}`);
  return output;
}

export interface StartOptions {
  /**
   * Runs before `serve` starts, with the fresh data folder and the environment the server will get:
   * the place for CLI set-up such as `sinergi admin create` (the embedded database folder can be
   * opened by one process at a time, so this cannot happen while the server runs).
   */
  prepare?: (context: { dataDir: string; env: NodeJS.ProcessEnv }) => Promise<void>;
}

/** Starts `sinergi serve` on a free port with a fresh data folder and waits until /api/v1/health answers 200. */
export async function startServer(env: Record<string, string>, options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-e2e-'));
  const serverEnv = { ...process.env, ...env };
  try {
    await options.prepare?.({ dataDir, env: serverEnv });
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/sinergi.mjs', 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir],
    { cwd: ROOT, env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`sinergi serve exited with ${child.exitCode} before it was healthy:\n${log}`);
    }
    const healthy = await fetch(`${baseUrl}/api/v1/health`).then((r) => r.status === 200, () => false);
    if (healthy) return { baseUrl, output: () => log, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`sinergi serve was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s:\n${log}`);
}
