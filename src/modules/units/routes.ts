import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createUnitSchema, unitListQuerySchema, unitListSchema, unitParamsSchema, unitSchema } from '../../contracts/accounts.js';
import { errorSchema } from '../../contracts/common.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { UnitService } from './service.js';

export function unitRoutes(units: UnitService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/units', {
      schema: { tags: ['units'], summary: 'Units (an agency at a region) inside your scope', querystring: unitListQuerySchema, response: { 200: unitListSchema, 401: errorSchema, 403: errorSchema } },
    }, async (request) => units.list(requireActor(request), request.query));

    app.get('/units/:id', {
      schema: { tags: ['units'], summary: 'One unit', params: unitParamsSchema, response: { 200: unitSchema, 401: errorSchema, 404: errorSchema } },
    }, async (request) => units.get(requireActor(request), request.params.id));

    app.post('/units', {
      schema: { tags: ['units'], summary: 'Create a unit', body: createUnitSchema, response: { 201: unitSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 409: errorSchema } },
    }, async (request, reply) => reply.status(201).send(await units.create(requireActor(request), request.body, requestContext(request))));
  };
}
