import { spawn } from 'node:child_process';
import path from 'node:path';

/** The `sinergi` command as a user runs it. */
export const CLI_BIN = path.resolve('bin/sinergi.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `sinergi ARGS` in a child process and collects what it prints: messages in English unless
 * `env` sets SINERGI_LANG; `stdin` is written and closed (none: stdin is closed from the start).
 */
export function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliRun> {
  const env = options.env ?? process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      env: { ...env, SINERGI_LANG: env.SINERGI_LANG ?? 'en' },
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  });
}
