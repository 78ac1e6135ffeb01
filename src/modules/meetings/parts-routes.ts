import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  createDeclarationSchema, createDecisionSchema, createFindingSchema, createSpeakerSchema, createStrategySchema, declarationSchema,
  decisionSchema, findingSchema, invitationSchema, inviteResultSchema, inviteSchema, meetingParamsSchema, meetingPartParamsSchema,
  signatoryParamsSchema, signSchema, speakerSchema, strategySchema, updateFindingSchema, updateInvitationSchema,
} from '../../contracts/meetings.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { MeetingPartsService, PartKind } from './parts-service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const PART_KINDS: PartKind[] = ['speakers', 'findings', 'strategies', 'decisions', 'declarations'];

export function meetingPartRoutes(parts: MeetingPartsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/meetings/:id/invitations', {
      schema: { tags: ['meetings'], summary: 'Invite units and people, or apply an invitation template', params: meetingParamsSchema, body: inviteSchema, response: { 200: inviteResultSchema, ...errors } },
    }, async (request) => parts.invite(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.patch('/meetings/:id/invitations/:partId', {
      schema: { tags: ['meetings'], summary: 'RSVP, or take attendance at the door', params: meetingPartParamsSchema, body: updateInvitationSchema, response: { 200: invitationSchema, ...errors } },
    }, async (request) => parts.updateInvitation(requireActor(request), request.params.id, request.params.partId, request.body, requestContext(request)));

    app.delete('/meetings/:id/invitations/:partId', {
      schema: { tags: ['meetings'], summary: 'Withdraw an invitation', params: meetingPartParamsSchema, response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      await parts.removeInvitation(requireActor(request), request.params.id, request.params.partId, requestContext(request));
      return reply.status(204).send(null);
    });

    app.post('/meetings/:id/speakers', {
      schema: { tags: ['meetings'], summary: 'Record a speaker and their points', params: meetingParamsSchema, body: createSpeakerSchema, response: { 201: speakerSchema, ...errors } },
    }, async (request, reply) => reply.status(201).send(await parts.addSpeaker(requireActor(request), request.params.id, request.body, requestContext(request))));

    app.post('/meetings/:id/findings', {
      schema: { tags: ['meetings'], summary: 'Record a finding', params: meetingParamsSchema, body: createFindingSchema, response: { 201: findingSchema, ...errors } },
    }, async (request, reply) => reply.status(201).send(await parts.addFinding(requireActor(request), request.params.id, request.body, requestContext(request))));

    app.patch('/meetings/:id/findings/:partId', {
      schema: { tags: ['meetings'], summary: 'Change a finding at the version you read', params: meetingPartParamsSchema, body: updateFindingSchema, response: { 200: findingSchema, 409: errorSchema, ...errors } },
    }, async (request) => parts.updateFinding(requireActor(request), request.params.id, request.params.partId, request.body, requestContext(request)));

    app.post('/meetings/:id/strategies', {
      schema: { tags: ['meetings'], summary: 'Record a strategy answering findings', params: meetingParamsSchema, body: createStrategySchema, response: { 201: strategySchema, ...errors } },
    }, async (request, reply) => reply.status(201).send(await parts.addStrategy(requireActor(request), request.params.id, request.body, requestContext(request))));

    app.post('/meetings/:id/decisions', {
      schema: { tags: ['meetings'], summary: 'Record a decision', params: meetingParamsSchema, body: createDecisionSchema, response: { 201: decisionSchema, ...errors } },
    }, async (request, reply) => reply.status(201).send(await parts.addDecision(requireActor(request), request.params.id, request.body.text, requestContext(request))));

    app.post('/meetings/:id/declarations', {
      schema: { tags: ['meetings'], summary: 'Record a declaration or pact and its signatories', params: meetingParamsSchema, body: createDeclarationSchema, response: { 201: declarationSchema, ...errors } },
    }, async (request, reply) => reply.status(201).send(await parts.addDeclaration(requireActor(request), request.params.id, request.body, requestContext(request))));

    app.put('/meetings/:id/declarations/:partId/signatories/:signatoryId', {
      schema: { tags: ['meetings'], summary: 'Mark a signatory signed or not', params: signatoryParamsSchema, body: signSchema, response: { 200: declarationSchema, ...errors } },
    }, async (request) => parts.sign(requireActor(request), request.params.id, request.params.partId, request.params.signatoryId, request.body.signed, requestContext(request)));

    for (const kind of PART_KINDS) {
      app.delete(`/meetings/:id/${kind}/:partId`, {
        schema: { tags: ['meetings'], summary: `Remove one of a meeting's ${kind} recorded by mistake`, params: meetingPartParamsSchema, response: { 204: z.null(), ...errors } },
      }, async (request, reply) => {
        await parts.removePart(requireActor(request), request.params.id, kind, request.params.partId, requestContext(request));
        return reply.status(204).send(null);
      });
    }
  };
}
