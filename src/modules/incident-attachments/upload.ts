import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { MAX_ATTACHMENT_BYTES, MAX_FILES_PER_UPLOAD } from '../../domain/incidents/attachments.js';

export interface AttachmentUpload {
  bytes: Buffer;
  /** The name the client gave, untrusted. */
  fileName: string | undefined;
}

/**
 * The files of a multipart request, every part named "file", each at most MAX_ATTACHMENT_BYTES and at
 * most MAX_FILES_PER_UPLOAD of them. The app's multipart limits (one file, 5 MB: imports) are widened
 * for this request only. Broken framing is the client's fault: 400; a limit passed: 413 saying which.
 */
export async function readAttachmentUploads(request: FastifyRequest): Promise<AttachmentUpload[]> {
  const uploads: AttachmentUpload[] = [];
  try {
    const parts = request.parts({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_FILES_PER_UPLOAD, fields: 5, parts: MAX_FILES_PER_UPLOAD + 5 } });
    for await (const part of parts) {
      if (part.type !== 'file') continue; // text parts carry nothing an attachment needs
      if (part.fieldname !== 'file') {
        await part.toBuffer().catch(() => undefined);
        throw new AppError('invalid', 400, { detail: 'attachment.missing' });
      }
      uploads.push({ bytes: await part.toBuffer(), fileName: part.filename });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('payload_too_large', 413, { detail: 'attachment.too_large' });
    if (code === 'FST_FILES_LIMIT') throw new AppError('payload_too_large', 413, { detail: 'attachment.too_many_files' });
    if (typeof code === 'string' && code.startsWith('FST_')) throw error;
    throw new AppError('invalid', 400, { detail: 'multipart' });
  }
  if (uploads.length === 0) throw new AppError('invalid', 400, { detail: 'attachment.missing' });
  return uploads;
}
