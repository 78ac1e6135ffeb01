import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { bulkResultSchema, bulkTransitionSchema, MAX_BULK_IDS, similarListSchema, similarQuerySchema } from '../../contracts/incident-duplicates.js';
import { incidentParamsSchema } from '../../contracts/incidents.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { DuplicateService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['incidents'];

export function incidentDuplicateRoutes(service: DuplicateService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/incidents/:id/similar', {
      schema: {
        tags,
        summary: 'Possible duplicates of a report that you may see: same area (level: desa, kecamatan (default) or kabupaten), same category unless anyCategory=true, occurred within ±windowHours (default 48), descriptions at least minPercent (default 30) alike by pg_trgm trigram similarity; best score first, each with its reasons (text %, same desa/TPS, km apart). Reports already marked duplicate are not suggested',
        params: incidentParamsSchema, querystring: similarQuerySchema, response: { 200: similarListSchema, ...errors },
      },
    }, async (request) => service.similar(requireActor(request), request.params.id, request.query));

    app.post('/incidents/bulk-transitions', {
      schema: {
        tags,
        summary: `Bulk triage: the same action with the same reason on up to ${MAX_BULK_IDS} reports, each moved on its own through the workflow (its checks, transaction and audit row). Always 200 with one result per report: ok with the new status, or refused (not_allowed, not_found — also for reports outside your scope —, stale, forbidden, invalid) with the reason in your language`,
        body: bulkTransitionSchema, response: { 200: bulkResultSchema, ...errors },
      },
    }, async (request) => service.bulk(requireActor(request), request.body, requestContext(request), languageFromHeader(request.headers['accept-language'])));
  };
}
