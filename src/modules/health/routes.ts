import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../services.js';

const healthSchema = z.object({ status: z.enum(['ok', 'unavailable']), database: z.enum(['pglite', 'postgres']) }).meta({ id: 'Health' });

export function healthRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', {
      schema: { tags: ['health'], summary: 'Whether the server can reach its database', response: { 200: healthSchema, 503: healthSchema } },
    }, async (_request, reply) => {
      const reachable = await services.stats.databaseReachable();
      return reply.status(reachable ? 200 : 503).send({ status: reachable ? 'ok' : 'unavailable', database: services.database.engine });
    });
  };
}
