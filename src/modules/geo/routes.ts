import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { outlineCollectionSchema, outlineQuerySchema } from '../../contracts/geo.js';
import { AppError } from '../../domain/errors.js';
import { parseRegionCode } from '../../domain/regions/codes.js';
import { requireActor } from '../../server/auth.js';
import type { OutlineStore } from './outlines.js';

const errors = { 400: errorSchema, 401: errorSchema, 404: errorSchema };

export function geoRoutes(outlines: OutlineStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/geo/outlines', {
      schema: {
        tags: ['regions'],
        summary: 'Outlines for a map (GeoJSON): the provinces, or the kabupaten/kota of one province (parent)',
        querystring: outlineQuerySchema,
        response: { 200: outlineCollectionSchema, ...errors },
      },
    }, async (request, reply) => {
      requireActor(request);
      const { parent } = request.query;
      let collection;
      if (parent === undefined) {
        collection = await outlines.provinces();
      } else {
        if (parseRegionCode(parent)?.level !== 'province') throw new AppError('invalid', 400, { detail: 'parent: a province code' });
        collection = await outlines.regenciesOf(parent);
        if (!collection) throw new AppError('not_found', 404, { what: 'region' });
      }
      // Reference data that changes with a new release at most.
      void reply.header('cache-control', 'private, max-age=86400');
      return collection;
    });
  };
}
