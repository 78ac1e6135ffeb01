import { z } from 'zod';
import { REGION_KINDS, REGION_LEVELS } from '../domain/regions/codes.js';
import { TIME_ZONES } from '../domain/regions/timezones.js';
import { regionCodeSchema } from './common.js';

export const regionLevelSchema = z.enum(REGION_LEVELS);

export const regionSummarySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    level: regionLevelSchema,
    kind: z.enum(REGION_KINDS),
    parentCode: z.string().nullable(),
    timeZone: z.enum(TIME_ZONES),
    /** Names of the province and kabupaten/kota above it, to tell same-named places apart. */
    provinceName: z.string().nullable(),
    regencyName: z.string().nullable(),
  })
  .meta({ id: 'RegionSummary' });
export type RegionSummary = z.infer<typeof regionSummarySchema>;

export const regionListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().meta({ description: 'Name as a person types it: short forms, typos, Kab./Kota.' }),
  level: regionLevelSchema.optional(),
  parent: regionCodeSchema.optional().meta({ description: 'Only the direct children of this region.' }),
  within: regionCodeSchema.optional().meta({ description: 'Only regions inside this region (any depth).' }),
  limit: z.coerce.number().int().min(1).max(500).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type RegionListQuery = z.infer<typeof regionListQuerySchema>;

export const regionListSchema = z
  .object({ items: z.array(regionSummarySchema), total: z.number().int() })
  .meta({ id: 'RegionList' });
export type RegionList = z.infer<typeof regionListSchema>;

export const regionCountsSchema = z.object({
  regencies: z.number().int().optional(),
  districts: z.number().int().optional(),
  villages: z.number().int().optional(),
});

export const regionDetailSchema = z
  .object({
    region: regionSummarySchema.extend({ source: z.string() }),
    ancestors: z.array(regionSummarySchema),
    childrenCount: z.number().int(),
    counts: regionCountsSchema,
  })
  .meta({ id: 'RegionDetail' });
export type RegionDetail = z.infer<typeof regionDetailSchema>;

export const regionParamsSchema = z.object({ code: z.string().max(40) });
