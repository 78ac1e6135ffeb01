import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { importDetailSchema, importFormSchema, importListSchema, importParamsSchema, importStartedSchema } from '../../contracts/incident-imports.js';
import { AppError } from '../../domain/errors.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import { removeUpload, saveUpload } from '../../server/upload-file.js';
import { contentDisposition } from '../files/repo.js';
import { XLSX_MEDIA_TYPE } from '../meeting-sheets/workbook.js';
import { MAX_INCIDENT_IMPORT_BYTES, MAX_INCIDENT_IMPORT_ROWS } from './limits.js';
import type { IncidentImportService } from './service.js';
import { csvTemplate, xlsxTemplate } from './template.js';

const tags = ['incidents'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/** A download: an attachment under its ASCII name, never cached by a shared cache. */
function sendDownload(reply: FastifyReply, mediaType: string, fileName: string, body: Buffer) {
  return reply.type(mediaType).header('content-disposition', contentDisposition(fileName)).header('cache-control', 'private, no-store').send(body);
}

export function incidentImportRoutes(service: IncidentImportService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/incidents/imports', {
      schema: {
        tags,
        summary: `Import reports from a CSV or XLSX file (multipart: text fields keepValid and dryRun, "true"/"false", then the file in field "file"; at most ${MAX_INCIDENT_IMPORT_ROWS} rows and ${MAX_INCIDENT_IMPORT_BYTES / 1024 / 1024} MiB, else 413; the upload streams to a temporary file). Answers 202 with the import id once the header is checked and the rows counted; the rows are then checked in the background in batches (GET /incidents/imports/:id for progress and the row report), and only when every row is checked written batch by batch: all or nothing, or only the valid rows with keepValid; a dry run writes nothing`,
        response: { 202: importStartedSchema, ...errors, 413: errorSchema, 415: errorSchema },
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const upload = await saveUpload(request, MAX_INCIDENT_IMPORT_BYTES, 'import.too_large');
      const form = importFormSchema.safeParse(upload.fields);
      if (!form.success) {
        await removeUpload(upload.path);
        throw new AppError('invalid', 400, { detail: 'import.form' });
      }
      // The service owns the saved file from here: it removes it when the import ends or is refused.
      const started = await service.start(actor, { path: upload.path, name: upload.fileName ?? '', sha256: upload.sha256 }, {
        keepValid: form.data.keepValid === 'true', dryRun: form.data.dryRun === 'true',
      }, requestContext(request)).catch((error: unknown) => {
        // The stream reader's refusal of a file that is no spreadsheet, said in the words of an import.
        if (error instanceof AppError && error.code === 'unsupported_media_type') throw new AppError('unsupported_media_type', 415, { detail: 'import.not_spreadsheet' });
        throw error;
      });
      return reply.code(202).send(started);
    });

    app.get('/incidents/imports', {
      schema: { tags, summary: 'Your imports of reports, latest first, with their status and counts', response: { 200: importListSchema, ...errors } },
    }, async (request) => service.list(requireActor(request)));

    app.get('/incidents/imports/template.xlsx', {
      schema: { tags, summary: 'An empty XLSX template with the import columns (required ones in bold)', response: { 401: errorSchema } },
    }, async (request, reply) => {
      requireActor(request);
      return sendDownload(reply, XLSX_MEDIA_TYPE, 'templat-impor-laporan.xlsx', await xlsxTemplate());
    });

    app.get('/incidents/imports/template.csv', {
      schema: { tags, summary: 'An empty CSV template (UTF-8) with the import columns', response: { 401: errorSchema } },
    }, async (request, reply) => {
      requireActor(request);
      return sendDownload(reply, 'text/csv; charset=utf-8', 'templat-impor-laporan.csv', csvTemplate());
    });

    app.get('/incidents/imports/:id', {
      schema: {
        tags, summary: 'An import: status (berjalan, selesai, ditolak, gagal), progress, and the row report (problems by row and column, rows skipped as imported before, reports written); for its creator and administrators/coordinators over its scope',
        params: importParamsSchema, response: { 200: importDetailSchema, ...errors },
      },
    }, async (request) => service.detail(requireActor(request), request.params.id, languageFromHeader(request.headers['accept-language'])));
  };
}
