import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { MAX_PACT_DOCUMENT_BYTES } from '../../domain/pacts/requirements.js';

export interface SubmissionUpload {
  /** The text parts by name (the last of a repeated name wins; the schema refuses unknown names). */
  fields: Record<string, string>;
  document: { bytes: Buffer; fileName: string | undefined } | null;
}

const MAX_FIELD_BYTES = 4096;

/**
 * A submission's multipart body: at most one file, named "document", of at most 10 MB (the app's
 * import limit of 5 MB is widened for this request only), and a few short text parts. Broken framing
 * is the client's fault (400); a file too large 413.
 */
export async function readSubmissionUpload(request: FastifyRequest): Promise<SubmissionUpload> {
  if (!request.isMultipart()) throw new AppError('invalid', 400, { detail: 'pact.multipart' });
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  let document: SubmissionUpload['document'] = null;
  try {
    const parts = request.parts({ limits: { fileSize: MAX_PACT_DOCUMENT_BYTES, files: 1, fields: 10, parts: 11, fieldSize: MAX_FIELD_BYTES } });
    for await (const part of parts) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname !== 'document') throw new AppError('invalid', 400, { detail: 'pact.multipart' });
        // A form whose file input was left empty still sends the part, nameless and empty: no document.
        if (bytes.length === 0 && !part.filename) continue;
        document = { bytes, fileName: part.filename };
        continue;
      }
      if (typeof part.value !== 'string') throw new AppError('invalid', 400, { detail: 'pact.multipart' });
      fields[part.fieldname] = part.value;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('payload_too_large', 413, { detail: 'pact.document_too_large' });
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw new AppError('payload_too_large', 413, { detail: 'pact.multipart' });
    if (typeof code === 'string' && code.startsWith('FST_')) throw error;
    throw new AppError('invalid', 400, { detail: 'pact.multipart' });
  }
  // The NUL guard sees JSON bodies, not the text parts of an upload; PostgreSQL text cannot hold a NUL either.
  if (Object.values(fields).some((value) => value.includes('\u0000'))) throw new AppError('invalid', 400, { detail: 'NUL' });
  return { fields: { ...fields }, document };
}
