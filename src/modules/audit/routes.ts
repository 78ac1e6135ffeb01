import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListSchema, auditQuerySchema } from '../../contracts/audit.js';
import { errorSchema } from '../../contracts/common.js';
import { requireActor } from '../../server/auth.js';
import type { AuditViewer } from './viewer.js';

export function auditRoutes(viewer: AuditViewer): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/audit', {
      schema: { tags: ['audit'], summary: 'The audit trail inside your scope, newest first', querystring: auditQuerySchema, response: { 200: auditListSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema } },
    }, async (request) => viewer.list(requireActor(request), request.query));

    app.get('/audit/export.csv', {
      schema: { tags: ['audit'], summary: 'The same rows as CSV (spreadsheet-safe)', querystring: auditQuerySchema },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const pages = viewer.exportCsv(actor, request.query);
      // Pull the first page before answering, so that a refusal is still a proper 403.
      const first = await pages.next();
      async function* rest() {
        if (!first.done) yield first.value;
        yield* pages;
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="sinergi-audit.csv"')
        .send(Readable.from(rest()));
    });
  };
}
