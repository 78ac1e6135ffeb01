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

export const outlineImportQuerySchema = z
  .object({
    dryRun: z.enum(['true', 'false']).optional().meta({ description: 'Check and report only; nothing is stored.' }),
    keepValid: z.enum(['true', 'false']).optional().meta({ description: 'Store the valid features even when others fail (otherwise all or nothing).' }),
    codeProperty: z.string().trim().min(1).max(60).optional().meta({
      description: 'The feature property holding the Kemendagri code. Without it: code, kode, kode_wilayah, kode_kemendagri, KDPKAB, KDPPUM… in that order.',
      example: 'KDPKAB',
    }),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();
export type OutlineImportQuery = z.infer<typeof outlineImportQuerySchema>;

const placeSchema = z.object({ polygon: z.number().int(), ring: z.number().int() }).nullable();

export const outlineImportReportSchema = z
  .object({
    features: z.number().int().meta({ description: 'Features in the file.' }),
    dryRun: z.boolean(),
    applied: z.boolean().meta({ description: 'Whether the accepted outlines were stored.' }),
    accepted: z.array(z.object({
      feature: z.number().int(),
      code: z.string(),
      name: z.string(),
      level: z.number().int(),
      /** What the outline takes the place of: the vendored boundary, an earlier import, or nothing (a region the vendored data lacks). */
      replaces: z.enum(['vendored', 'imported', 'none']),
    })),
    errors: z.array(z.object({ feature: z.number().int(), code: z.string().nullable(), problem: z.string(), message: z.string(), at: placeSchema })),
    warnings: z.array(z.object({ feature: z.number().int(), code: z.string(), warning: z.string(), message: z.string() })),
  })
  .meta({ id: 'OutlineImportReport' });
export type OutlineImportReport = z.infer<typeof outlineImportReportSchema>;

export const importedOutlineListSchema = z.object({
  items: z.array(z.object({
    regionCode: z.string(),
    name: z.string(),
    level: z.number().int(),
    sourceFile: z.string().nullable(),
    importedBy: z.string().nullable(),
    importedAt: z.string(),
  })),
});
export type ImportedOutline = z.infer<typeof importedOutlineListSchema>['items'][number];
export const importedOutlineParamsSchema = z.object({ code: regionCodeSchema }).strict();
