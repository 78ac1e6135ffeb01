import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  actionItemDetailSchema, actionItemListQuerySchema, actionItemListSchema, actionItemSchema, createActionItemSchema, meetingParamsSchema,
  updateActionItemSchema,
} from '../../contracts/meetings.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { ActionItemService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export function actionItemRoutes(items: ActionItemService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/meetings/:id/action-items', {
      schema: { tags: ['action items'], summary: 'Agree an action item at a meeting', params: meetingParamsSchema, body: createActionItemSchema, response: { 201: actionItemSchema, ...errors } },
    }, async (request, reply) => reply.status(201).send(await items.create(requireActor(request), request.params.id, request.body, requestContext(request))));

    app.get('/action-items', {
      schema: { tags: ['action items'], summary: 'The action-item board for your unit or your region, overdue first', querystring: actionItemListQuerySchema, response: { 200: actionItemListSchema, ...errors } },
    }, async (request) => items.list(requireActor(request), request.query));

    app.get('/action-items/:id', {
      schema: { tags: ['action items'], summary: 'An action item with its history and the meetings it was carried to', params: meetingParamsSchema, response: { 200: actionItemDetailSchema, ...errors } },
    }, async (request) => items.detail(requireActor(request), request.params.id));

    app.patch('/action-items/:id', {
      schema: { tags: ['action items'], summary: 'Move an action item on (status, note) or reassign it, at the version you read', params: meetingParamsSchema, body: updateActionItemSchema, response: { 200: actionItemDetailSchema, 409: errorSchema, ...errors } },
    }, async (request) => items.update(requireActor(request), request.params.id, request.body, requestContext(request)));
  };
}
