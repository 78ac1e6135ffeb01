import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { createPersonSchema, updatePersonSchema, personListQuerySchema, personListSchema, personParamsSchema, personSchema } from '../../contracts/people.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { PeopleService } from './service.js';

export function peopleRoutes(people: PeopleService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/people', {
      schema: { tags: ['people'], summary: 'People of the units inside your scope', querystring: personListQuerySchema, response: { 200: personListSchema, 401: errorSchema, 403: errorSchema } },
    }, async (request) => people.list(requireActor(request), request.query));

    app.get('/people/:id', {
      schema: { tags: ['people'], summary: 'One person', params: personParamsSchema, response: { 200: personSchema, 401: errorSchema, 404: errorSchema } },
    }, async (request) => people.get(requireActor(request), request.params.id));

    app.post('/people', {
      schema: { tags: ['people'], summary: 'Add a person to a unit', body: createPersonSchema, response: { 201: personSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema } },
    }, async (request, reply) => reply.status(201).send(await people.create(requireActor(request), request.body, requestContext(request))));

    app.patch('/people/:id', {
      schema: {
        tags: ['people'], summary: 'Correct a person or move them to another unit', params: personParamsSchema, body: updatePersonSchema,
        response: { 200: personSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema },
      },
    }, async (request) => people.update(requireActor(request), request.params.id, request.body, requestContext(request)));
  };
}
