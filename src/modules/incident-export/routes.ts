import { PassThrough, type Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { incidentExportQuerySchema } from '../../contracts/incident-export.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requireActor } from '../../server/auth.js';
import { EXPORT_MEDIA_TYPES, type IncidentExport } from './service.js';
import { OutputClosed } from './writers.js';

/** The download (a stream) as an attachment; kept out of the route so that its typed reply does not expect an error body. */
function sendFile(reply: FastifyReply, type: string, fileName: string, body: Readable) {
  return reply.type(type).header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${fileName}"`).send(body);
}

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };

export function incidentExportRoutes(exporter: IncidentExport): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/incidents/export', {
      schema: {
        tags: ['incidents'],
        summary: 'The reports GET /incidents shows you for the same filters, all of them, as CSV (UTF-8 with BOM) or XLSX, latest event first; streamed as read (no total in advance), without reporters’ names or contacts',
        description: 'Headers in `lang` (else Accept-Language, else Bahasa Indonesia); times on the wall clock of each report’s region with WIB/WITA/WIT.',
        querystring: incidentExportQuerySchema, response: errors,
      },
    }, async (request, reply) => {
      const visibility = exporter.visibility(requireActor(request));
      const { format, lang, ...filter } = request.query;
      const language = lang ?? languageFromHeader(request.headers['accept-language']);
      const body = new PassThrough();
      // Fastify destroys the body when the client goes away; the reads stop before the next batch.
      const reads = new AbortController();
      body.once('close', () => reads.abort());
      exporter.write({ visibility, filter, format, language, out: body, signal: reads.signal }).catch((error: unknown) => {
        if (error instanceof OutputClosed || reads.signal.aborted) return;
        request.log.error(error, 'incident export failed');
        // The headers are gone: cutting the download short is the only way left to say it failed.
        body.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return sendFile(reply, EXPORT_MEDIA_TYPES[format], exporter.fileName(format, language), body);
    });
  };
}
