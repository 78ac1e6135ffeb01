import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.js';

export interface Upload {
  bytes: Buffer;
  /** The name the client gave, untrusted. */
  fileName: string | undefined;
  /** The plain text fields sent before the file. */
  fields: Record<string, string>;
}

/**
 * The one file of a multipart upload, in the field named "file", with the text fields sent before
 * it. The multipart parser reports broken framing (no boundary, a body cut short) with plain
 * errors: those are the client's fault, so a 400 (a file over the limit is mapped to 413 by
 * the error handler, like every FST_ code).
 */
export async function readUpload(request: FastifyRequest, maxBytes?: number): Promise<Upload> {
  try {
    const file = await request.file(maxBytes === undefined ? undefined : { limits: { fileSize: maxBytes } });
    if (!file || file.fieldname !== 'file') throw new AppError('invalid', 400, { detail: 'file' });
    const bytes = await file.toBuffer();
    const fields: Record<string, string> = {};
    for (const [name, field] of Object.entries(file.fields)) {
      const one = Array.isArray(field) ? field[0] : field;
      if (one && one.type === 'field' && typeof one.value === 'string') fields[name] = one.value;
    }
    // The NUL guard (nul-guard.ts) sees bodies, not the text parts of an upload: PostgreSQL text cannot hold one either.
    if (Object.values(fields).some((value) => value.includes('\u0000'))) throw new AppError('invalid', 400, { detail: 'NUL' });
    return { bytes, fileName: file.filename, fields };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (error instanceof AppError) throw error;
    if (typeof code === 'string' && code.startsWith('FST_')) throw error;
    throw new AppError('invalid', 400, { detail: 'multipart' });
  }
}
