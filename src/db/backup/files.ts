import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BackupRefusalKey } from '../../i18n/backup.js';

/** An expected refusal of a backup or a restore: the CLI prints its sentence and exits 1. */
export class BackupRefusal extends Error {
  constructor(readonly key: BackupRefusalKey, readonly params: Record<string, string | number> = {}) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'BackupRefusal';
  }
}

export type BackupKind = 'postgres' | 'embedded';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Which engine a backup file belongs to, from its first bytes: pg_dump's custom format starts with
 * "PGDMP"; the embedded database's archive is a tarball, gzipped (what `backup` writes) or not.
 */
export function backupKind(head: Buffer): BackupKind | null {
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  if (head.subarray(257, 262).toString('latin1') === 'ustar') return 'embedded';
  return null;
}

/** The first bytes of a file, enough to tell its kind; an unreadable file is a refusal. */
export function readHead(file: string, bytes = 512): Buffer {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(bytes);
      const read = fs.readSync(fd, head, 0, bytes, 0);
      return head.subarray(0, read);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw new BackupRefusal('fileUnreadable', { path: file, detail: errorText(error) });
  }
}

export function readWhole(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new BackupRefusal('fileUnreadable', { path: file, detail: errorText(error) });
  }
}

/**
 * The embedded archive as a plain tar, checked entry by entry before anything is written: every
 * header's checksum, every entry complete, the end-of-archive marker present, and a PG_VERSION at the
 * top (a PostgreSQL data folder). A truncated or altered file is refused here, not half-loaded.
 */
export function embeddedTar(file: string, bytes: Buffer): Buffer {
  let tar = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      tar = zlib.gunzipSync(bytes);
    } catch (error) {
      throw new BackupRefusal('damaged', { path: file, detail: errorText(error) });
    }
  }
  if (tar.subarray(257, 262).toString('latin1') !== 'ustar') throw new BackupRefusal('notBackup', { path: file });
  const problem = tarProblem(tar);
  if (problem) throw new BackupRefusal('damaged', { path: file, detail: problem });
  return tar;
}

function tarProblem(tar: Buffer): string | null {
  let offset = 0;
  let hasVersion = false;
  for (;;) {
    if (offset + 512 > tar.length) return `the archive ends at byte ${tar.length} without its end marker`;
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return hasVersion ? null : 'the archive holds no PostgreSQL data folder (no PG_VERSION)';
    const field = (start: number, length: number) => header.toString('latin1', start, start + length).replace(/\0.*$/s, '').trim();
    let sum = 0;
    for (let i = 0; i < 512; i += 1) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
    if (parseInt(field(148, 8), 8) !== sum) return `entry header at byte ${offset} is corrupt`;
    const name = `${field(345, 155)}${field(0, 100)}`.replace(/^\.?\/+/, '');
    if (name === 'PG_VERSION') hasVersion = true;
    const size = parseInt(field(124, 12) || '0', 8);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (offset > tar.length) return `entry ${name} is cut short`;
  }
}

/** Refuses, before any work, a backup file that exists (unless forced) or whose folder is not writable. */
export function checkOutputFile(file: string, force: boolean): void {
  const refuse = (detail: string) => new BackupRefusal('fileUnwritable', { path: file, detail });
  if (fs.existsSync(file)) {
    if (fs.statSync(file).isDirectory()) throw refuse('EISDIR: is a directory');
    if (!force) throw new BackupRefusal('fileExists', { path: file });
  }
  const dir = path.dirname(path.resolve(file));
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw refuse(errorText(error));
  }
}

/**
 * Writes through a temporary file next to `file`, flushed to disk, then renamed over it: a backup
 * that fails or is interrupted never leaves a torn file under the name a person will restore from.
 */
export async function writeAtomically(file: string, write: (temporary: string) => Promise<void>): Promise<number> {
  const temporary = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.partial-${process.pid}`);
  try {
    await write(temporary);
    const fd = fs.openSync(temporary, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temporary, file);
    return fs.statSync(file).size;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof BackupRefusal) throw error;
    throw new BackupRefusal('fileUnwritable', { path: file, detail: errorText(error) });
  }
}
