import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  actionItemListSchema, carryForwardSchema, createMeetingSchema, meetingDetailSchema, meetingListQuerySchema, meetingListSchema,
  meetingParamsSchema, meetingSchema, searchQuerySchema, searchResultSchema, updateMeetingSchema,
} from '../../contracts/meetings.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { MeetingService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export function meetingRoutes(meetings: MeetingService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/meetings', {
      schema: { tags: ['meetings'], summary: 'Meetings inside your scope, newest first; filters: region, agency, kind, from, to, q (full text)', querystring: meetingListQuerySchema, response: { 200: meetingListSchema, ...errors } },
    }, async (request) => meetings.list(requireActor(request), request.query));

    app.get('/meetings/search', {
      schema: { tags: ['meetings'], summary: 'Full-text search over meetings, findings, strategies and action items', querystring: searchQuerySchema, response: { 200: searchResultSchema, ...errors } },
    }, async (request) => meetings.search(requireActor(request), request.query.q, request.query.limit));

    app.post('/meetings', {
      schema: { tags: ['meetings'], summary: 'Schedule or record a meeting', body: createMeetingSchema, response: { 201: meetingSchema, ...errors } },
    }, async (request, reply) => reply.status(201).send(await meetings.create(requireActor(request), request.body, requestContext(request))));

    app.get('/meetings/:id', {
      schema: { tags: ['meetings'], summary: 'A meeting with invitations, speakers, findings, strategies, decisions, action items and declarations', params: meetingParamsSchema, response: { 200: meetingDetailSchema, ...errors } },
    }, async (request) => meetings.detail(requireActor(request), request.params.id));

    app.patch('/meetings/:id', {
      schema: { tags: ['meetings'], summary: 'Change a meeting at the version you read (409 stale_version when someone saved first)', params: meetingParamsSchema, body: updateMeetingSchema, response: { 200: meetingSchema, 409: errorSchema, ...errors } },
    }, async (request) => meetings.update(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.get('/meetings/:id/earlier-action-items', {
      schema: { tags: ['meetings'], summary: 'Pending action items of earlier meetings on the same regions', params: meetingParamsSchema, response: { 200: actionItemListSchema.pick({ items: true }), ...errors } },
    }, async (request) => meetings.earlierPending(requireActor(request), request.params.id));

    app.post('/meetings/:id/carry-forward', {
      schema: { tags: ['meetings'], summary: 'Carry earlier pending action items forward to this meeting', params: meetingParamsSchema, body: carryForwardSchema, response: { 200: z.object({ carried: z.number().int() }), ...errors } },
    }, async (request) => meetings.carryForward(requireActor(request), request.params.id, request.body.actionItemIds, requestContext(request)));
  };
}
