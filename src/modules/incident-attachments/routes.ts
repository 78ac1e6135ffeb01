import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import { attachmentParamsSchema, incidentAttachmentListSchema, incidentAttachmentUploadSchema } from '../../contracts/incident-attachments.js';
import { incidentParamsSchema } from '../../contracts/incidents.js';
import { contentDisposition } from '../files/repo.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { IncidentAttachmentService } from './service.js';
import { readAttachmentUploads } from './upload.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['incidents'];
/** A download is data, never a page: no script, no plugin, no frame, nothing fetched, in a sandbox. */
const DOWNLOAD_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function incidentAttachmentRoutes(service: IncidentAttachmentService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/incidents/:id/attachments', {
      schema: {
        tags, summary: 'The files attached to a report you may read: name, type, size, SHA-256, who attached it and when (never EXIF or location)',
        params: incidentParamsSchema, response: { 200: incidentAttachmentListSchema, ...errors },
      },
    }, async (request) => service.list(requireActor(request), request.params.id));

    app.post('/incidents/:id/attachments', {
      schema: {
        tags,
        summary: 'Attach files (multipart, each part named "file", up to 5 a request): JPEG, PNG, WebP or PDF recognised by content (else 415), at most 10 MB each (413), at most 20 a report (409); the same bytes twice are one attachment (duplicate: true). All or nothing',
        params: incidentParamsSchema, response: { 201: incidentAttachmentUploadSchema, ...errors, 409: errorSchema, 413: errorSchema, 415: errorSchema },
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const uploads = await readAttachmentUploads(request);
      return reply.code(201).send(await service.attach(actor, request.params.id, uploads, requestContext(request)));
    });

    app.get('/incidents/:id/attachments/:attachmentId', {
      schema: { tags, summary: 'The attached file’s original bytes (as stored: evidence is never altered), as a download that a browser will not run', params: attachmentParamsSchema },
    }, async (request, reply) => {
      const file = await service.download(requireActor(request), request.params.id, request.params.attachmentId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', DOWNLOAD_CSP)
        .header('cache-control', 'private, no-cache')
        .send(file.content);
    });

    app.delete('/incidents/:id/attachments/:attachmentId', {
      schema: {
        tags, summary: 'Remove an attachment: coordinators and administrators over the report’s region, or who attached it within 15 minutes',
        params: attachmentParamsSchema, response: { 204: z.null(), ...errors },
      },
    }, async (request, reply) => {
      await service.remove(requireActor(request), request.params.id, request.params.attachmentId, requestContext(request));
      return reply.code(204).send(null);
    });
  };
}
