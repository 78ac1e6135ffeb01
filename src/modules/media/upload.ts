import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { MAX_ARTICLE_FILE_BYTES, MAX_ARTICLE_FILES } from '../../domain/media/article-file.js';
import type { UploadedFile } from './service.js';

const MAX_FILE_NAME = 255;

/**
 * The files of an article upload, every part a file (any field name), at most MAX_ARTICLE_FILES.
 * A file past the size limit is read only up to it and marked, so that it is refused on its own
 * while the others go through. Broken framing is the client's fault: 400; too many files: 413.
 */
export async function readArticleUploads(request: FastifyRequest): Promise<UploadedFile[]> {
  if (!request.isMultipart()) throw new AppError('invalid', 400, { detail: 'media.multipart' });
  const files: UploadedFile[] = [];
  try {
    // throwFileSizeLimit is read per request by @fastify/multipart, though its types list it only for the plugin.
    const options = { limits: { fileSize: MAX_ARTICLE_FILE_BYTES, files: MAX_ARTICLE_FILES, fields: 5, parts: MAX_ARTICLE_FILES + 5 }, throwFileSizeLimit: false };
    const parts = request.parts(options);
    for await (const part of parts) {
      if (part.type !== 'file') continue; // text parts carry nothing an article needs
      const bytes = await part.toBuffer();
      // A form whose file input was left empty still sends the part, nameless and empty.
      if (bytes.length === 0 && !part.filename) continue;
      const fileName = (part.filename || 'tanpa-nama').replace(/\u0000/g, '').slice(0, MAX_FILE_NAME);
      files.push({ fileName, bytes, truncated: part.file.truncated });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw new AppError('payload_too_large', 413, { detail: 'media.too_many_files' });
    if (typeof code === 'string' && code.startsWith('FST_')) throw error;
    throw new AppError('invalid', 400, { detail: 'media.multipart' });
  }
  if (files.length === 0) throw new AppError('invalid', 400, { detail: 'media.no_files' });
  return files;
}
