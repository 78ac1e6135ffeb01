import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema, idParamSchema } from '../../contracts/common.js';
import { incidentParamsSchema } from '../../contracts/incidents.js';
import { neutralityCaseAnswerSchema, neutralityCaseInputSchema, neutralityCaseListSchema } from '../../contracts/neutrality.js';
import { requestContext, requireActor } from '../../server/auth.js';
import { z } from 'zod';
import type { NeutralityCaseService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };

export function neutralityCaseRoutes(service: NeutralityCaseService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/incidents/:id/neutrality', {
      schema: {
        tags: ['incidents'],
        summary: 'The ASN neutrality case of a report (office, official, outcome): null while none is recorded; mayEdit says whether you may record it',
        params: incidentParamsSchema, response: { 200: neutralityCaseAnswerSchema, ...errors },
      },
    }, async (request) => service.get(requireActor(request), request.params.id));

    app.put('/incidents/:id/neutrality', {
      schema: {
        tags: ['incidents'],
        summary: 'Records the ASN neutrality case of a report of category netralitas_asn: the office (unitId, pactTargetId or officeName), the official (name, 18-digit NIP, position) and the outcome (recommendation, sanction). Without version the first save; with the version you read an update (409 when it changed since)',
        params: incidentParamsSchema, body: neutralityCaseInputSchema, response: { 200: neutralityCaseAnswerSchema, ...errors },
      },
    }, async (request) => service.save(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.get('/pact-targets/:targetId/neutrality-cases', {
      schema: {
        tags: ['pacts'],
        summary: 'Neutrality reports recorded against one office of a pact campaign (those you may read), newest first',
        params: z.object({ targetId: idParamSchema }), response: { 200: neutralityCaseListSchema, ...errors },
      },
    }, async (request) => service.forPactTarget(requireActor(request), request.params.targetId));
  };
}
