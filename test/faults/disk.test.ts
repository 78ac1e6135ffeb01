import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { afterEach, expect, it } from 'vitest';
import { describeFault, embeddedDataDir, ROOT, serve, sharedEmbeddedTemplate, type Serve } from './harness.js';
import { compareStored, reportBody, STORED_BY_KEY, sustainedIntake } from './intake.js';
import { fillUp, mountTmpfs, type Tmpfs } from './tmpfs.js';
import { freePort } from '../../bench/intake-load.js';

/**
 * The embedded engine's data folder on a file system that fills up, or that is read-only: the
 * server says so clearly (a 503 naming the full disk; a refusal to start naming the folder and
 * EROFS, exit code 1), keeps running, loses nothing it acknowledged and corrupts nothing (the audit
 * chain verifies, the folder opens, a read-only folder is left byte for byte as it was).
 * A tmpfs stands in for the disk: see tmpfs.ts for why (root ignores permissions).
 */

/** Room for the seeded folder (about 170 MB) and its growth; the ballast file takes what is left. */
const FS_MB = 400;
const ACCOUNTS = 10;

const probe = mountTmpfs(1);
const skip = 'reason' in probe ? probe.reason : '';
if (!('reason' in probe)) probe.unmount();

const env: NodeJS.ProcessEnv = { ...process.env, SINERGI_LANG: 'en' };
delete env.DATABASE_URL;

let disk: Tmpfs | null = null;
let server: Serve | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
  disk?.unmount();
  disk = null;
});

function readStored(dataDir: string, tag: string) {
  return PGlite.create({ dataDir, extensions: { pg_trgm } }).then(async (client) => {
    try {
      return (await client.query<{ key: string; ids: number[] }>(STORED_BY_KEY, [`[${tag}-%`])).rows;
    } finally {
      await client.close();
    }
  });
}

function sinergi(args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/sinergi.mjs'), ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
}

/** One digest of every file's path, size and bytes: equal digests, untouched folder. */
function folderDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hash.update(`${path.relative(dir, file)}\0`).update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

describeFault('embedded data folder on a full or read-only disk', skip, () => {
  it('answers 503 "disk full" while the disk is full, then takes the retries once space is back, nothing lost or doubled', async () => {
    disk = mountTmpfs(FS_MB) as Tmpfs;
    const { dataDir, tokens, villages } = await embeddedDataDir(sharedEmbeddedTemplate(), ACCOUNTS, disk.dir);
    server = await serve('sinergi (embedded, small disk)', env, ['--data-dir', dataDir]);
    const tag = `disk-${process.pid}`;
    const keys = Array.from({ length: 120 }, (_, i) => `${tag}-${String(i).padStart(5, '0')}`);
    const body = reportBody(villages, new Date(Date.now() - 3_600_000).toISOString());
    const stream = (from: number, to: number, deadlineMs: number) =>
      sustainedIntake({
        keys: keys.slice(from, to), targets: () => [server!.baseUrl], token: (i) => tokens[(from + i) % tokens.length]!,
        body: (key, i) => body(key, from + i), concurrency: 4, retryPauseMs: 100, deadlineMs,
      });

    const before = await stream(0, 40, 60_000);
    expect(before.acknowledged.size).toBe(40);

    // The disk fills up: writes are refused with a clear 503, the server stays up.
    const ballast = fillUp(disk.dir);
    const full = await stream(40, 120, 5_000);
    const refusals = full.failures;
    expect(refusals.length).toBeGreaterThan(0);
    expect([...new Set(refusals.map((f) => `${f.status} ${f.code}`))]).toEqual(['503 db_unavailable']);
    const answer = await fetch(`${server.baseUrl}/api/v1/incidents`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${tokens[0]}`, 'idempotency-key': keys[119]! }, body: body(keys[119]!, 119),
    });
    expect(answer.status).toBe(503);
    expect((await answer.json()).message).toBe("The database is unavailable right now: the database's disk is full. Try again shortly.");
    expect(server.child.exitCode).toBeNull();

    // Space comes back: the same process takes every retry, same keys.
    fs.rmSync(ballast);
    const after = await stream(40, 120, 60_000);
    expect(after.unfinished).toEqual([]);
    expect(after.failures).toEqual([]);
    const acknowledged = new Map([...before.acknowledged, ...full.acknowledged, ...after.acknowledged]);
    // A report acknowledged while the disk was full answers the same id when sent again.
    for (const [key, id] of full.acknowledged) expect(after.acknowledged.get(key)).toBe(id);
    expect(acknowledged.size).toBe(120);

    // Nothing corrupt: the audit chain verifies and every acknowledged report is there once.
    await server.stop();
    server = null;
    const verify = sinergi(['audit', 'verify', '--json', '--data-dir', dataDir]);
    expect(verify.status, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
    expect(compareStored(acknowledged, await readStored(dataDir, tag))).toEqual({ lost: [], duplicated: [], unacknowledged: [], otherId: [], stored: 120 });
    console.log(`disk full: ${refusals.length} writes refused with 503 "disk full", ${full.acknowledged.size} still fitted; all 120 reports stored once after space came back`);
  });

  it('refuses to start on a read-only data folder with a clear message and exit code 1, leaving it untouched', async () => {
    disk = mountTmpfs(FS_MB) as Tmpfs;
    const { dataDir, tokens, villages } = await embeddedDataDir(sharedEmbeddedTemplate(), ACCOUNTS, disk.dir);
    const tag = `readonly-${process.pid}`;
    const keys = Array.from({ length: 30 }, (_, i) => `${tag}-${String(i).padStart(5, '0')}`);
    server = await serve('sinergi (embedded)', env, ['--data-dir', dataDir]);
    const written = await sustainedIntake({
      keys, targets: () => [server!.baseUrl], token: (i) => tokens[i % tokens.length]!,
      body: reportBody(villages, new Date(Date.now() - 3_600_000).toISOString()), concurrency: 4, deadlineMs: 60_000,
    });
    expect(written.acknowledged.size).toBe(keys.length);
    await server.stop();
    server = null;

    // A running server keeps its files open, so the kernel refuses to remount under it: the
    // read-only case is a server started on a folder that is already read-only.
    disk.remount('ro');
    const digest = folderDigest(dataDir);
    const refused = sinergi(['serve', '--port', String(await freePort()), '--data-dir', dataDir]);
    expect(refused.status, refused.stderr).toBe(1);
    expect(refused.stderr).toContain(`Data folder ${dataDir} is not writable: EROFS`);
    expect(refused.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(folderDigest(dataDir)).toBe(digest);

    // Writable again: it opens, with every report.
    disk.remount('rw');
    expect(compareStored(written.acknowledged, await readStored(dataDir, tag))).toEqual({ lost: [], duplicated: [], unacknowledged: [], otherId: [], stored: keys.length });
  });
});
