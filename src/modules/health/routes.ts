import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../services.js';
import { OUTAGE_REASONS } from '../../db/outage.js';
import { languageFromHeader, translateTerm } from '../../i18n/messages.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
  /** When unavailable: why, as a stable code for monitors, and in the caller's language for people. */
  reason: z.enum(OUTAGE_REASONS).optional(),
  message: z.string().optional(),
}).meta({ id: 'Health' });

export function healthRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', {
      schema: { tags: ['health'], summary: 'Whether the server can reach its database, and if not why', response: { 200: healthSchema, 503: healthSchema } },
    }, async (request, reply) => {
      const status = await services.stats.databaseStatus();
      const database = services.database.engine;
      if (status.reachable) return reply.status(200).send({ status: 'ok', database });
      const message = translateTerm(`db.${status.reason}`, languageFromHeader(request.headers['accept-language']));
      return reply.status(503).send({ status: 'unavailable', database, reason: status.reason, message });
    });
  };
}
