import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { safeFileName, sniffMediaType, type StoredMediaType } from '../../domain/files/media-type.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';

export interface StoredFile {
  id: number;
  name: string;
  mediaType: StoredMediaType;
  size: number;
  sha256: string;
  regionCode: string | null;
}

/**
 * Checks an upload (type by content: PDF, PNG or JPEG; 415 otherwise) and stores it, in the caller's
 * transaction so that a file never outlives the write it belongs to.
 */
export async function storeFile(
  db: Db, upload: { bytes: Buffer; fileName: string | undefined }, owner: { regionCode: string | null; createdBy: string | null },
  accept: readonly StoredMediaType[] = ['application/pdf', 'image/png', 'image/jpeg'],
): Promise<StoredFile> {
  if (upload.bytes.length === 0) throw new AppError('invalid', 400, { detail: 'file' });
  const mediaType = sniffMediaType(upload.bytes);
  if (!mediaType || !accept.includes(mediaType)) throw new AppError('unsupported_media_type', 415);
  const name = safeFileName(upload.fileName, mediaType);
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  const rows = await db.execute<{ id: number }>(sql`
    insert into files (sha256, media_type, size, name, content, region_code, created_by)
    values (${sha256}, ${mediaType}, ${upload.bytes.length}, ${name}, ${upload.bytes}, ${owner.regionCode}, ${owner.createdBy})
    returning id`);
  return { id: rows.rows[0]!.id, name, mediaType, size: upload.bytes.length, sha256, regionCode: owner.regionCode };
}

/** A stored file with its bytes; callers check that the reader may see what the file belongs to. */
export async function readFile(db: Db, id: number): Promise<(StoredFile & { content: Buffer }) | null> {
  const rows = await db.execute<{ id: number; name: string; media_type: StoredMediaType; size: number; sha256: string; region_code: string | null; content: Buffer | Uint8Array }>(
    sql`select id, name, media_type, size, sha256, region_code, content from files where id = ${id}`,
  );
  const row = rows.rows[0];
  if (!row) return null;
  return {
    id: row.id, name: row.name, mediaType: row.media_type, size: row.size, sha256: row.sha256, regionCode: row.region_code,
    content: Buffer.from(row.content),
  };
}

/** Sends a stored file as a download; the name is already safe (see safeFileName). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
