import { z } from 'zod';
import { regionCodeSchema } from './common.js';

export const outlineQuerySchema = z
  .object({
    parent: regionCodeSchema.optional().meta({
      description: 'A province code: its kabupaten/kota. Without it: the provinces.',
      example: '51',
    }),
  })
  .strict();
export type OutlineQuery = z.infer<typeof outlineQuerySchema>;

/**
 * A GeoJSON FeatureCollection (RFC 7946) with the boundaries' credit as foreign members. Described
 * loosely on purpose: the features (up to 1.7 MB of coordinates) are passed through, not re-checked
 * on every answer. Each is `{ type: 'Feature', properties: { code, name }, geometry }`, geometry a
 * Polygon or MultiPolygon in WGS84 longitude/latitude.
 */
export const outlineCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    /** To show on or next to the map (the boundaries' licence asks for it). */
    attribution: z.string().meta({ example: 'Boundaries: © 2024 Cahya DSN, wilayah_boundaries (MIT), simplified' }),
    attributionUrl: z.string().meta({ example: 'https://github.com/cahyadsn/wilayah_boundaries' }),
    features: z.array(z.unknown()),
  })
  .meta({ id: 'OutlineCollection' });
