import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import {
  pactCampaignCreateSchema, pactCampaignListQuerySchema, pactCampaignListSchema, pactCampaignParamsSchema, pactCampaignSummarySchema, pactCampaignUpdateSchema,
  versionQuerySchema,
} from '../../contracts/pacts.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { PactService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
export const PACT_TAGS = ['pacts'];
const tags = PACT_TAGS;

export function pactCampaignRoutes(service: PactService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/pact-campaigns', {
      schema: {
        tags, summary: 'Integrity-pact campaigns in your scope, latest deadline first, with their targets counted by status',
        querystring: pactCampaignListQuerySchema, response: { 200: pactCampaignListSchema, ...errors },
      },
    }, async (request) => service.campaigns.list(requireActor(request), request.query));

    app.post('/pact-campaigns', {
      schema: {
        tags, summary: 'A new campaign (administrators and coordinators over its region); deadlineLocal is the region’s wall clock, YYYY-MM-DDTHH:mm',
        body: pactCampaignCreateSchema, response: { 201: pactCampaignSummarySchema, ...errors },
      },
    }, async (request, reply) => reply.code(201).send(await service.campaigns.create(requireActor(request), request.body, requestContext(request))));

    app.get('/pact-campaigns/:id', {
      schema: { tags, summary: 'One campaign with its counts', params: pactCampaignParamsSchema, response: { 200: pactCampaignSummarySchema, ...errors } },
    }, async (request) => service.campaigns.get(requireActor(request), request.params.id));

    app.patch('/pact-campaigns/:id', {
      schema: {
        tags, summary: 'Change a campaign at the version you read (409 when stale); its region stays',
        params: pactCampaignParamsSchema, body: pactCampaignUpdateSchema, response: { 200: pactCampaignSummarySchema, ...errors, 409: errorSchema },
      },
    }, async (request) => service.campaigns.update(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.delete('/pact-campaigns/:id', {
      schema: {
        tags, summary: 'Delete a campaign at the version you read, only while none of its targets has submitted (409 otherwise)',
        params: pactCampaignParamsSchema, querystring: versionQuerySchema, response: { 204: z.null(), ...errors, 409: errorSchema },
      },
    }, async (request, reply) => {
      await service.campaigns.remove(requireActor(request), request.params.id, request.query.version, requestContext(request));
      return reply.code(204).send(null);
    });
  };
}
