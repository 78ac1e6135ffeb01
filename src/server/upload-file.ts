import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.js';

/** An upload saved to a temporary file: the caller owns the file and removes it (removeUpload). */
export interface SavedUpload {
  path: string;
  size: number;
  /** SHA-256 of the bytes, computed while they streamed. */
  sha256: string;
  /** The name the client gave, untrusted. */
  fileName: string | undefined;
  /** The plain text fields sent before the file. */
  fields: Record<string, string>;
}

/** Where uploads wait while they are read: one folder, each file named after the process that owns it. */
export const UPLOAD_DIR = join(tmpdir(), 'sinergi-uploads');

export async function removeUpload(path: string): Promise<void> {
  await rm(path, { force: true });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
};

/** Removes uploads left by processes that are gone (killed before they could clean up); never another live process's. */
export async function sweepOrphanUploads(): Promise<void> {
  const names = await readdir(UPLOAD_DIR).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) await rm(join(UPLOAD_DIR, name), { force: true }).catch(() => undefined);
  }
}

/**
 * The one file of a multipart upload (field "file") streamed to a temporary file, never held in
 * memory, with the text fields sent before it. Over `maxBytes` the file is removed and the answer
 * is 413 `tooLarge`; broken framing is a 400, as in readUpload (upload.ts). On any failure nothing
 * stays on disk.
 */
export async function saveUpload(request: FastifyRequest, maxBytes: number, tooLarge: string): Promise<SavedUpload> {
  await mkdir(UPLOAD_DIR, { recursive: true });
  const path = join(UPLOAD_DIR, `${process.pid}-${randomUUID()}`);
  try {
    const file = await request.file({ limits: { fileSize: maxBytes }, throwFileSizeLimit: false });
    if (!file || file.fieldname !== 'file') throw new AppError('invalid', 400, { detail: 'file' });
    const fields: Record<string, string> = {};
    for (const [name, field] of Object.entries(file.fields)) {
      const one = Array.isArray(field) ? field[0] : field;
      if (one && one.type === 'field' && typeof one.value === 'string') fields[name] = one.value;
    }
    if (Object.values(fields).some((value) => value.includes('\u0000'))) throw new AppError('invalid', 400, { detail: 'NUL' });
    const hash = createHash('sha256');
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(file.file, count, createWriteStream(path, { mode: 0o600 }));
    if (file.file.truncated) throw new AppError('payload_too_large', 413, { detail: tooLarge });
    return { path, size, sha256: hash.digest('hex'), fileName: file.filename, fields };
  } catch (error) {
    await removeUpload(path);
    const code = (error as { code?: unknown }).code;
    if (error instanceof AppError) throw error;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('payload_too_large', 413, { detail: tooLarge });
    if (typeof code === 'string' && code.startsWith('FST_')) throw error;
    throw new AppError('invalid', 400, { detail: 'multipart' });
  }
}
