import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { gatewayAnswerSchema, gatewayMessageSchema, gatewayParamsSchema } from '../../contracts/gateway.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { GatewayService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 409: errorSchema, 422: errorSchema };

export function gatewayRoutes(service: GatewayService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/gateway/:channel', {
      schema: {
        tags: ['gateway'],
        summary: 'SMS/WhatsApp gateway webhook (channel sms or whatsapp; API token of an account that may submit reports): a text in the format '
          + 'LAPOR#wilayah#kategori#uraian becomes a report, anything else waits in triage; the answer holds the reply to send back. '
          + '201 for a new message, 200 with replayed: true for a repeat of its messageId, 422 for the id reused with another sender or text',
        params: gatewayParamsSchema, body: gatewayMessageSchema, response: { 200: gatewayAnswerSchema, 201: gatewayAnswerSchema, ...errors },
      },
    }, async (request, reply) => {
      const lang = languageFromHeader(request.headers['accept-language']);
      const { answer, replayed } = await service.receive(requireActor(request), request.params.channel, request.body, requestContext(request), lang);
      return reply.code(replayed ? 200 : 201).send({ ...answer, replayed });
    });
  };
}
