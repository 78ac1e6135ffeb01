import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pactCampaignRoutes } from './campaign-routes.js';
import { pactPublicRoutes } from './public-routes.js';
import type { PactService } from './service.js';
import { pactTargetRoutes } from './target-routes.js';

/** Every route of integrity-pact campaigns (issue 8): the desk's and the public link's. */
export function pactRoutes(service: PactService): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(pactCampaignRoutes(service));
    await app.register(pactTargetRoutes(service));
    await app.register(pactPublicRoutes(service));
  };
}
