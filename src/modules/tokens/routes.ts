import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import { createdTokenSchema, createTokenSchema, tokenListSchema, tokenParamsSchema } from '../../contracts/tokens.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { TokenService } from './service.js';

export function tokenRoutes(tokens: TokenService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/tokens', {
      schema: { tags: ['tokens'], summary: 'API tokens of the signed-in account (all, for administrators)', response: { 200: tokenListSchema, 401: errorSchema } },
    }, async (request) => tokens.list(requireActor(request)));

    app.post('/tokens', {
      schema: {
        tags: ['tokens'], summary: 'Create an API token; its secret is shown in this response only',
        body: createTokenSchema, response: { 201: createdTokenSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    }, async (request, reply) => reply.status(201).send(await tokens.create(requireActor(request), request.body, requestContext(request))));

    app.delete('/tokens/:id', {
      schema: { tags: ['tokens'], summary: 'Revoke an API token', params: tokenParamsSchema, response: { 204: z.null(), 401: errorSchema, 404: errorSchema } },
    }, async (request, reply) => {
      await tokens.revoke(requireActor(request), request.params.id, requestContext(request));
      return reply.status(204).send(null);
    });
  };
}
