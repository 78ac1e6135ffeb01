import { spawn } from 'node:child_process';
import path from 'node:path';
import { BackupRefusal } from './files.js';

export type PgTool = 'pg_dump' | 'pg_restore';

/** The program to run: from SINERGI_PG_BINDIR when set (a newer client beside Debian's), else from PATH. */
function toolPath(tool: PgTool): string {
  const dir = process.env.SINERGI_PG_BINDIR?.trim();
  return dir ? path.join(dir, tool) : tool;
}

/**
 * The connection for a tool: the URL without its password, which goes in PGPASSWORD instead, so it
 * never shows in the process list (`ps`) while pg_dump runs.
 */
export function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  return { dbname: parsed.toString(), env };
}

/**
 * Runs a PostgreSQL client tool; resolves to its stdout. Its stderr lines go to `onLine` (progress in
 * --verbose mode); a failure is a refusal carrying the tool's own error lines.
 */
export function runTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(toolPath(tool), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let pending = '';
    const errors: string[] = [];
    const take = (line: string) => {
      if (/\b(error|fatal|FATAL|ERROR):/.test(line) || /^\S+: (error|fatal)/.test(line)) errors.push(line.replace(/^\S+: (error: )?/, ''));
      onLine?.(line);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(take);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new BackupRefusal('toolMissing', { tool: toolPath(tool) }) : error);
    });
    child.on('close', (code, signal) => {
      if (pending) take(pending);
      if (code === 0) resolve(stdout);
      // pg_restore may crash (SIGSEGV) on a corrupted archive rather than report it.
      else reject(new BackupRefusal('toolFailed', { tool, detail: errors.slice(0, 3).join(' / ') || (signal ? `stopped by ${signal}` : `exit code ${code}`) }));
    });
  });
}

/** The major version of an installed tool ("pg_dump (PostgreSQL) 15.14 (Debian …)" → 15). */
export async function toolMajorVersion(tool: PgTool): Promise<number> {
  const output = await runTool(tool, ['--version'], process.env);
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(output);
  if (!match) throw new BackupRefusal('toolFailed', { tool, detail: `unexpected version: ${output.trim()}` });
  return Number(match[1]);
}
