import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import {
  channelParamsSchema, channelSchema, channelWithSecretSchema, createChannelSchema, deliveryListQuerySchema, deliveryListSchema, deliveryParamsSchema, deliverySchema,
  notificationListQuerySchema, notificationListSchema, notificationParamsSchema, unitParamsSchema, updateChannelSchema,
} from '../../contracts/notifications.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { NotificationService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['notifications'];

export function notificationRoutes(service: NotificationService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/units/:id/notification-channels', {
      schema: { tags, summary: 'Where a unit is told besides the app (e-mail addresses, webhooks); administrators and coordinators over the unit', params: unitParamsSchema, response: { 200: channelSchema.array(), ...errors } },
    }, async (request) => service.channels(requireActor(request), request.params.id));

    app.post('/units/:id/notification-channels', {
      schema: {
        tags, summary: 'Add an e-mail address or a webhook URL (http/https, not on a private network) to a unit; a webhook gets a signing secret, shown in this answer',
        params: unitParamsSchema, body: createChannelSchema, response: { 201: channelWithSecretSchema, ...errors },
      },
    }, async (request, reply) => reply.code(201).send(await service.createChannel(requireActor(request), request.params.id, request.body, requestContext(request))));

    app.patch('/notification-channels/:id', {
      schema: { tags, summary: 'Change a channel’s target, switch it on or off, or set a new webhook secret (shown once)', params: channelParamsSchema, body: updateChannelSchema, response: { 200: channelWithSecretSchema, ...errors } },
    }, async (request) => service.updateChannel(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.delete('/notification-channels/:id', {
      schema: { tags, summary: 'Delete a channel never used; one with deliveries on record is 409 (switch it off instead)', params: channelParamsSchema, response: { 204: z.null(), ...errors, 409: errorSchema } },
    }, async (request, reply) => {
      await service.deleteChannel(requireActor(request), request.params.id, requestContext(request));
      return reply.code(204).send(null);
    });

    app.get('/notifications', {
      schema: {
        tags, summary: 'In-app notifications of your unit (administrators and coordinators: of every unit in their scope), newest first, with the unread count',
        querystring: notificationListQuerySchema, response: { 200: notificationListSchema, ...errors },
      },
    }, async (request) => service.list(requireActor(request), request.query));

    app.post('/notifications/:id/read', {
      schema: { tags, summary: 'Mark a notification read (for its whole unit)', params: notificationParamsSchema, response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      await service.markRead(requireActor(request), request.params.id, requestContext(request));
      return reply.code(204).send(null);
    });

    app.get('/notification-deliveries', {
      schema: {
        tags, summary: 'Deliveries by status (default: failed, for a person to act on) of units in your scope, with attempts and the last error; administrators and coordinators',
        querystring: deliveryListQuerySchema, response: { 200: deliveryListSchema, ...errors },
      },
    }, async (request) => service.deliveries(requireActor(request), request.query));

    app.post('/notification-deliveries/:id/retry', {
      schema: { tags, summary: 'Send a failed delivery again now (one more attempt); 409 when it is not failed', params: deliveryParamsSchema, response: { 200: deliverySchema, ...errors, 409: errorSchema } },
    }, async (request) => service.retry(requireActor(request), request.params.id, requestContext(request)));

    app.post('/notification-deliveries/:id/dismiss', {
      schema: { tags, summary: 'Set a failed delivery aside after looking at it; 409 when it is not failed', params: deliveryParamsSchema, response: { 200: deliverySchema, ...errors, 409: errorSchema } },
    }, async (request) => service.dismiss(requireActor(request), request.params.id, requestContext(request)));
  };
}
