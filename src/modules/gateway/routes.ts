import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { gatewayAnswerSchema, gatewayMessageSchema, gatewayParamsSchema } from '../../contracts/gateway.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { GatewayService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 409: errorSchema, 422: errorSchema, 429: errorSchema };

export function gatewayRoutes(service: GatewayService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/gateway/:channel', {
      // Deliveries draw from the gateway's own, larger write budget (server/rate-limit.ts).
      config: { writeBudget: 'gateway' },
      schema: {
        tags: ['gateway'],
        summary: 'SMS/WhatsApp gateway webhook (channel sms or whatsapp; API token of an account that may submit reports): a text in the format '
          + 'LAPOR#wilayah#kategori#uraian becomes a report, anything else waits in triage; the answer holds the reply to send back. '
          + '201 for a new message, 200 with replayed: true for a repeat of its messageId, 422 for the id reused with another sender or text; '
          + '429 with Retry-After past the token\'s gateway budget (SINERGI_GATEWAY_WRITES_PER_MINUTE), nothing stored: send it again then with the same messageId',
        params: gatewayParamsSchema, body: gatewayMessageSchema, response: { 200: gatewayAnswerSchema, 201: gatewayAnswerSchema, ...errors },
      },
    }, async (request, reply) => {
      const lang = languageFromHeader(request.headers['accept-language']);
      const { answer, replayed } = await service.receive(requireActor(request), request.params.channel, request.body, requestContext(request), lang);
      return reply.code(replayed ? 200 : 201).send({ ...answer, replayed });
    });
  };
}
