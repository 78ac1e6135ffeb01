import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { incidentDetailSchema } from '../../contracts/incidents.js';
import { triageDismissSchema, triageItemSchema, triageListQuerySchema, triageListSchema, triageParamsSchema, triageToIncidentSchema } from '../../contracts/triage.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { TriageService } from './triage-service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['incidents'];

export function triageRoutes(service: TriageService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/incident-triage', {
      schema: {
        tags, summary: 'SMS/WhatsApp messages waiting in triage (or, by status, handled ones), oldest first, for those who handle reports in their region; the sender’s number only for coordinators and administrators',
        querystring: triageListQuerySchema, response: { 200: triageListSchema, ...errors },
      },
    }, async (request) => service.list(requireActor(request), request.query));

    app.post('/incident-triage/:id/incident', {
      schema: {
        tags, summary: 'Make a report of a waiting message once its category and region are settled: the sender stays its reporter, the time received its time; 409 when it was already handled',
        params: triageParamsSchema, body: triageToIncidentSchema, response: { 201: incidentDetailSchema, ...errors },
      },
    }, async (request, reply) => {
      const incident = await service.toIncident(requireActor(request), request.params.id, request.body, requestContext(request));
      return reply.code(201).send(incident);
    });

    app.post('/incident-triage/:id/dismiss', {
      schema: {
        tags, summary: 'Set a waiting message aside (spam, a test, a repeat) with a reason, kept in the audit trail; 409 when it was already handled',
        params: triageParamsSchema, body: triageDismissSchema, response: { 200: triageItemSchema, ...errors },
      },
    }, async (request) => service.dismiss(requireActor(request), request.params.id, request.body.reason, requestContext(request)));
  };
}
