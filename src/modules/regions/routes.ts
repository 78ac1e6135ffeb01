import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { regionDetailSchema, regionListQuerySchema, regionListSchema, regionParamsSchema } from '../../contracts/regions.js';
import type { RegionService } from './service.js';

export function regionRoutes(service: RegionService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/regions', {
      schema: {
        tags: ['regions'],
        summary: 'Search or list regions (provinsi, kabupaten/kota, kecamatan, desa/kelurahan)',
        querystring: regionListQuerySchema,
        response: { 200: regionListSchema, 400: errorSchema },
      },
    }, async (request) => service.list(request.query));

    app.get('/regions/:code', {
      schema: {
        tags: ['regions'],
        summary: 'One region with its ancestors and how many regions lie below it',
        params: regionParamsSchema,
        response: { 200: regionDetailSchema, 400: errorSchema, 404: errorSchema },
      },
    }, async (request) => service.get(request.params.code));
  };
}
