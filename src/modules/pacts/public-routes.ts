import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { pactLinkViewSchema, pactSubmissionResultSchema, pactTargetParamsSchema } from '../../contracts/pacts.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext } from '../../server/auth.js';
import { PACT_TAGS as tags } from './campaign-routes.js';
import type { PactService } from './service.js';
import { readSubmissionUpload } from './upload.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 410: errorSchema, 429: errorSchema };

/** The link's token, from the X-Pact-Token header (never the URL, so it stays out of logs and histories). */
const tokenOf = (request: FastifyRequest): string | undefined => {
  const value = request.headers['x-pact-token'];
  return typeof value === 'string' && value.length <= 100 ? value : undefined;
};

/**
 * The public side of a campaign: an office opens its link and submits without an account. The token
 * opens this target only; failed lookups are throttled per address, and writes share the signed-out
 * write budget (src/server/rate-limit.ts).
 */
export function pactPublicRoutes(service: PactService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/pact-links/:targetId', {
      schema: {
        tags, summary: 'What the holder of a link (header X-Pact-Token) must submit, and whether it already did: this target and its campaign only',
        params: pactTargetParamsSchema, response: { 200: pactLinkViewSchema, ...errors },
      },
    }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.submissions.linkView(request.params.targetId, tokenOf(request), requestContext(request));
    });

    app.post('/pact-links/:targetId/submission', {
      schema: {
        tags,
        summary: 'Submit the pact through the link (header X-Pact-Token; one submission per link): multipart document (PDF/JPEG/PNG ≤ 10 MB) when required, signerName, signerNip (18 digits), signerPosition, signedOn (YYYY-MM-DD), videoUrl (http/https), note',
        params: pactTargetParamsSchema, response: { 201: pactSubmissionResultSchema, ...errors, 413: errorSchema, 415: errorSchema },
      },
    }, async (request, reply) => {
      const result = await service.submissions.submitByLink(
        request.params.targetId, tokenOf(request), () => readSubmissionUpload(request), requestContext(request), languageFromHeader(request.headers['accept-language']),
      );
      return reply.code(201).send(result);
    });
  };
}
