import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  createSitrepSchema, putSitrepScheduleSchema, sitrepCreatedSchema, sitrepListQuerySchema, sitrepListSchema, sitrepParamsSchema,
  sitrepScheduleListSchema, sitrepScheduleQuerySchema, sitrepScheduleSchema,
} from '../../contracts/sitrep.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { Actor } from '../auth/actor.js';
import { contentDisposition } from '../files/repo.js';
import { XLSX_MEDIA_TYPE } from '../meeting-sheets/workbook.js';
import type { SitrepService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['situation-reports'];
const auditActor = (actor: Actor) => ({ type: actor.type, id: actor.userId, label: actor.label });

/** Daily situation reports: make one now, list, download PDF/XLSX; the daily schedules. */
export function sitrepRoutes(sitrep: SitrepService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/situation-reports', {
      schema: { tags, summary: 'Make and store the situation report of a region (null: national) for a local date; language id|en (default: Accept-Language, else id)', body: createSitrepSchema, response: { 201: sitrepCreatedSchema, ...errors } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const report = await sitrep.generate({ principal: actor.principal, audit: auditActor(actor), context: requestContext(request) }, { ...request.body, language: request.body.language ?? languageFromHeader(request.headers['accept-language']) }, 'manual');
      return reply.code(201).send({ report });
    });

    app.get('/situation-reports', {
      schema: { tags, summary: 'Stored reports in your scope, newest day first; region (a code or "national"), from/to (report dates)', querystring: sitrepListQuerySchema, response: { 200: sitrepListSchema, ...errors } },
    }, async (request) => sitrep.list(requireActor(request).principal, request.query, languageFromHeader(request.headers['accept-language'])));

    for (const kind of ['pdf', 'xlsx'] as const) {
      app.get(`/situation-reports/:reportId/report.${kind}`, {
        schema: { tags, summary: `A stored report as ${kind.toUpperCase()}`, params: sitrepParamsSchema },
      }, async (request, reply) => {
        const { bytes, fileName } = await sitrep.download(requireActor(request).principal, request.params.reportId, kind);
        return reply.type(kind === 'pdf' ? 'application/pdf' : XLSX_MEDIA_TYPE).header('content-disposition', contentDisposition(fileName)).header('cache-control', 'private, no-store').send(bytes);
      });
    }

    app.get('/situation-report-schedules', {
      schema: { tags, summary: 'Daily report schedules in your scope (administrators and coordinators)', querystring: sitrepScheduleQuerySchema, response: { 200: sitrepScheduleListSchema, ...errors } },
    }, async (request) => sitrep.schedules(requireActor(request).principal, request.query.region, languageFromHeader(request.headers['accept-language'])));

    app.put('/situation-report-schedules', {
      schema: { tags, summary: 'Set a region’s daily report: local hour (0–23) and on/off', body: putSitrepScheduleSchema, response: { 200: sitrepScheduleSchema, ...errors } },
    }, async (request) => {
      const actor = requireActor(request);
      return sitrep.putSchedule(actor.principal, auditActor(actor), request.body, requestContext(request), languageFromHeader(request.headers['accept-language']));
    });
  };
}
