import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  createIncidentSchema, idempotencyHeadersSchema, incidentCategorySchema, incidentDetailSchema, incidentListQuerySchema, incidentListSchema, incidentParamsSchema,
  transitionSchema,
} from '../../contracts/incidents.js';
import { incidentMapQuerySchema, incidentMapSchema } from '../../contracts/incident-map.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { IncidentService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['incidents'];

export function incidentRoutes(service: IncidentService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/incidents/categories', {
      schema: { tags, summary: 'The incident categories: names, keywords, usual severity, first referral agency and legal clocks under Pemilu and Pilkada', response: { 200: incidentCategorySchema.array(), ...errors } },
    }, async (request) => {
      requireActor(request);
      return service.categories();
    });

    app.post('/incidents', {
      schema: {
        tags,
        summary: 'Submit a report. With an Idempotency-Key, a retry (same key and body) answers the first result again, 201, with Idempotent-Replayed: true; the same key with another body is 422',
        headers: idempotencyHeadersSchema, body: createIncidentSchema, response: { 201: incidentDetailSchema, ...errors, 422: errorSchema },
      },
    }, async (request, reply) => {
      const { incident, replayed } = await service.submit(requireActor(request), request.body, requestContext(request), request.headers['idempotency-key']);
      if (replayed) void reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(incident);
    });

    app.get('/incidents', {
      schema: {
        tags, summary: 'Reports you may see (reporters: their own), latest event first, each with its legal deadlines; filters: region subtree, status, category, severity, time of event, text',
        querystring: incidentListQuerySchema, response: { 200: incidentListSchema, ...errors },
      },
    }, async (request) => service.list(requireActor(request), request.query));

    app.get('/incidents/map-points', {
      schema: {
        tags,
        summary: 'Reports with coordinates that you may see, clustered on the server for a map of the provinces or of one province (parent) at a zoom the client computes: floor(log2(map width px · 360 / (256 · degrees of longitude shown))), 0–16; default window the last 30 days; at most 50,000 reports read (capped says so)',
        querystring: incidentMapQuerySchema, response: { 200: incidentMapSchema, ...errors },
      },
    }, async (request) => service.mapPoints(requireActor(request), request.query));

    app.get('/incidents/:id', {
      schema: { tags, summary: 'A report with its deadlines and transitions; the reporter’s contact only for coordinators, administrators and the receiving unit', params: incidentParamsSchema, response: { 200: incidentDetailSchema, ...errors } },
    }, async (request) => service.detail(requireActor(request), request.params.id));

    app.post('/incidents/:id/transitions', {
      schema: {
        tags,
        summary: 'Move a report through its workflow with a reason (teruskan names unitId, tandai_duplikat names duplicateOf) at the version you read: 409 when the status does not allow it or the version is stale',
        params: incidentParamsSchema, body: transitionSchema, response: { 200: incidentDetailSchema, ...errors, 409: errorSchema },
      },
    }, async (request) => service.transition(requireActor(request), request.params.id, request.body, requestContext(request)));
  };
}
