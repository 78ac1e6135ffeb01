import { z } from 'zod';
import { idParamSchema, isoDateSchema, regionCodeSchema } from './common.js';
import { SITREP_TRIGGERS } from '../domain/sitrep/vocabulary.js';

const languageSchema = z.enum(['id', 'en']);

/** Ask for a day's situation report of a region (null: national), stored and returned. */
export const createSitrepSchema = z.strictObject({
  regionCode: regionCodeSchema.nullable(),
  date: isoDateSchema.meta({ example: '2024-11-26' }),
  language: languageSchema.optional(),
});
export type CreateSitrepInput = z.infer<typeof createSitrepSchema>;

export const sitrepSchema = z.object({
  id: z.number().int(),
  regionCode: z.string().nullable(),
  regionName: z.string(),
  reportDate: z.string(),
  timeZone: z.enum(['WIB', 'WITA', 'WIT']),
  trigger: z.enum(SITREP_TRIGGERS),
  generatedBy: z.string().nullable(),
  generatedAt: z.string(),
  pdfSize: z.number().int(),
  xlsxSize: z.number().int(),
}).meta({ id: 'SituationReport' });
export type SitrepView = z.infer<typeof sitrepSchema>;

export const sitrepCreatedSchema = z.object({ report: sitrepSchema });

/** `region`: that region's own reports ("national": the national ones); none: every report in scope. */
export const sitrepListQuerySchema = z.strictObject({
  region: z.union([z.literal('national'), regionCodeSchema]).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});
export type SitrepListQuery = z.infer<typeof sitrepListQuerySchema>;

export const sitrepListSchema = z.object({ items: z.array(sitrepSchema), total: z.number().int() });

export const sitrepParamsSchema = z.strictObject({ reportId: idParamSchema });

export const sitrepScheduleSchema = z.object({
  regionCode: z.string().nullable(),
  regionName: z.string(),
  timeZone: z.enum(['WIB', 'WITA', 'WIT']),
  localHour: z.number().int(),
  enabled: z.boolean(),
  nextRunAt: z.string(),
  lastRunAt: z.string().nullable(),
  lastError: z.string().nullable(),
}).meta({ id: 'SituationReportSchedule' });
export type SitrepScheduleView = z.infer<typeof sitrepScheduleSchema>;

export const sitrepScheduleListSchema = z.object({ items: z.array(sitrepScheduleSchema) });

export const sitrepScheduleQuerySchema = z.strictObject({
  region: z.union([z.literal('national'), regionCodeSchema]).optional(),
});

export const putSitrepScheduleSchema = z.strictObject({
  regionCode: regionCodeSchema.nullable(),
  localHour: z.number().int().min(0).max(23),
  enabled: z.boolean(),
});
export type PutSitrepScheduleInput = z.infer<typeof putSitrepScheduleSchema>;
