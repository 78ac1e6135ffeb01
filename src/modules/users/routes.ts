import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createUserSchema, resetPasswordSchema, updateUserSchema, userListQuerySchema, userListSchema, userParamsSchema, userSchema } from '../../contracts/accounts.js';
import { errorSchema } from '../../contracts/common.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { UserService } from './service.js';

export function userRoutes(users: UserService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/users', {
      schema: { tags: ['users'], summary: 'Accounts inside your scope', querystring: userListQuerySchema, response: { 200: userListSchema, 401: errorSchema, 403: errorSchema } },
    }, async (request) => users.list(requireActor(request), request.query));

    app.get('/users/:id', {
      schema: { tags: ['users'], summary: 'One account', params: userParamsSchema, response: { 200: userSchema, 400: errorSchema, 401: errorSchema, 404: errorSchema } },
    }, async (request) => users.get(requireActor(request), request.params.id));

    app.post('/users', {
      schema: { tags: ['users'], summary: 'Create an account with a role and scope you may grant', body: createUserSchema, response: { 201: userSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 409: errorSchema } },
    }, async (request, reply) => reply.status(201).send(await users.create(requireActor(request), request.body, requestContext(request))));

    app.patch('/users/:id', {
      schema: {
        tags: ['users'], summary: 'Change an account: name, language, role, scope, unit, disabled',
        params: userParamsSchema, body: updateUserSchema,
        response: { 200: userSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema },
      },
    }, async (request) => users.update(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.post('/users/:id/password', {
      schema: {
        tags: ['users'], summary: "Set a new password for someone else's account; ends all of its sessions",
        params: userParamsSchema, body: resetPasswordSchema,
        response: { 204: z.null(), 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema },
      },
    }, async (request, reply) => {
      await users.resetPassword(requireActor(request), request.params.id, request.body.newPassword, requestContext(request));
      return reply.status(204).send(null);
    });
  };
}
