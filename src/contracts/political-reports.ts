import { z } from 'zod';
import { REVIEW_ACTIONS } from '../domain/political-reports/workflow.js';
import {
  POLITICAL_REPORT_KINDS, POLITICAL_REPORT_LEVELS, POLITICAL_REPORT_PERIODS, POLITICAL_REPORT_STATES,
} from '../domain/political-reports/vocabulary.js';
import { idParamSchema, idSchema, instantSchema, isoDateSchema, regionCodeSchema } from './common.js';

/**
 * Political-development reports (issue 8, Permendagri 61/2011): templates, schedules, reports with
 * their versions, review and comments, roll-up and the who-has-reported view.
 */

const version = z.number().int().min(1).max(2_147_483_647);
const sectionKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'political_report.section_key' });
/** A month as "2024-07". */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'political_report.month' });

/**
 * Text stored inside jsonb (outlines, section contents): a lone UTF-16 surrogate becomes U+FFFD, as
 * it would in a text column; jsonb refuses it outright.
 */
const jsonText = (schema: z.ZodString) => schema.transform((text) => text.replace(/\p{Cs}/gu, '\uFFFD'));

export const MAX_SECTION_CHARS = 20_000;
export const MAX_SUMMARY_CHARS = 4_000;
export const MAX_COMMENT_CHARS = 4_000;

// ---- templates

/** A section as the API returns it. */
export const templateSectionSchema = z.object({
  key: z.string(),
  titleId: z.string(),
  titleEn: z.string(),
  hintId: z.string().optional(),
  hintEn: z.string().optional(),
});

/** A section as written. */
export const templateSectionInputSchema = z.object({
  key: sectionKey,
  titleId: jsonText(z.string().trim().min(1).max(200)),
  titleEn: jsonText(z.string().trim().min(1).max(200)),
  hintId: jsonText(z.string().max(1000)).optional(),
  hintEn: jsonText(z.string().max(1000)).optional(),
}).strict();
export type TemplateSectionInput = z.infer<typeof templateSectionInputSchema>;

const sectionsSchema = z.array(templateSectionInputSchema).min(1).max(30)
  .refine((sections) => new Set(sections.map((s) => s.key)).size === sections.length, { message: 'political_report.section_duplicate' })
  .refine((sections) => sections.every((s) => s.key !== 'rollup'), { message: 'political_report.section_reserved' });

export const templateSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  kind: z.enum(POLITICAL_REPORT_KINDS),
  sections: z.array(templateSectionSchema),
  active: z.boolean(),
  version: z.number().int(),
}).meta({ id: 'PoliticalReportTemplate' });
export type PoliticalReportTemplate = z.infer<typeof templateSchema>;
export const templateListSchema = z.array(templateSchema);

export const createTemplateSchema = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'political_report.template_code' }),
  nameId: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  kind: z.enum(POLITICAL_REPORT_KINDS),
  sections: sectionsSchema,
  active: z.boolean().default(true),
}).strict();
export type CreateTemplate = z.infer<typeof createTemplateSchema>;

export const updateTemplateSchema = z.object({
  version,
  nameId: z.string().trim().min(1).max(200).optional(),
  nameEn: z.string().trim().min(1).max(200).optional(),
  sections: sectionsSchema.optional(),
  active: z.boolean().optional(),
}).strict();
export type UpdateTemplate = z.infer<typeof updateTemplateSchema>;

// ---- schedules

export const scheduleSchema = z.object({
  id: z.number().int(),
  templateId: z.number().int(),
  templateName: z.string(),
  level: z.enum(POLITICAL_REPORT_LEVELS),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  period: z.enum(POLITICAL_REPORT_PERIODS),
  dueDays: z.number().int(),
  startsOn: z.string(),
  active: z.boolean(),
  version: z.number().int(),
}).meta({ id: 'PoliticalReportSchedule' });
export type PoliticalReportSchedule = z.infer<typeof scheduleSchema>;
export const scheduleListSchema = z.array(scheduleSchema);

const dueDays = z.number().int().min(0).max(60);
/** Schedules start in 2000 or later: earlier periods would be owed by nobody alive in the desk. */
const startsOn = isoDateSchema.refine((day) => day >= '2000-01-01' && day <= '2100-12-31', { message: 'political_report.starts_on' });

export const createScheduleSchema = z.object({
  templateId: idSchema,
  level: z.enum(POLITICAL_REPORT_LEVELS),
  /** Inside which region the owing regions lie; null: the whole country. */
  regionCode: regionCodeSchema.nullable(),
  period: z.enum(POLITICAL_REPORT_PERIODS),
  dueDays,
  startsOn,
}).strict();
export type CreateSchedule = z.infer<typeof createScheduleSchema>;

export const updateScheduleSchema = z.object({
  version,
  templateId: idSchema.optional(),
  period: z.enum(POLITICAL_REPORT_PERIODS).optional(),
  dueDays: dueDays.optional(),
  startsOn: startsOn.optional(),
  active: z.boolean().optional(),
}).strict();
export type UpdateSchedule = z.infer<typeof updateScheduleSchema>;

export const deleteScheduleQuerySchema = z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647) }).strict();

// ---- reports

export const reportParamsSchema = z.object({ id: idParamSchema });
export const versionParamsSchema = z.object({ id: idParamSchema, number: z.coerce.number().int().min(1).max(100_000) });

export const reportListQuerySchema = z.object({
  /** A region subtree. */
  regionCode: regionCodeSchema.optional(),
  state: z.enum(POLITICAL_REPORT_STATES).optional(),
  kind: z.enum(POLITICAL_REPORT_KINDS).optional(),
  /** Reports whose period overlaps this month ("2024-07"); incidental ones that happened in it. */
  period: monthSchema.optional(),
  late: z.enum(['true', 'false']).optional(),
  /** Due (or, incidental, happened) on or after this day. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
}).strict();
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

export const reportSummarySchema = z.object({
  id: z.number().int(),
  kind: z.enum(POLITICAL_REPORT_KINDS),
  templateId: z.number().int(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  timeZone: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  dueAt: z.string().nullable(),
  state: z.enum(POLITICAL_REPORT_STATES),
  late: z.boolean(),
  currentVersion: z.number().int(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: z.number().int(),
}).meta({ id: 'PoliticalReportSummary' });
export type PoliticalReportSummary = z.infer<typeof reportSummarySchema>;
export const reportListSchema = z.object({ items: z.array(reportSummarySchema), total: z.number().int() });

export const createReportSchema = z.object({
  kind: z.literal('insidental'),
  /** Default: the built-in incidental template. */
  templateId: idSchema.optional(),
  regionCode: regionCodeSchema,
  title: z.string().trim().min(1).max(300),
  occurredAt: instantSchema,
}).strict();
export type CreateReport = z.infer<typeof createReportSchema>;

export const reportContentSchema = z.object({
  sections: z.record(z.string(), z.string()),
  summary: z.string(),
});

export const reportVersionSchema = z.object({
  number: z.number().int(),
  sections: z.record(z.string(), z.string()),
  summary: z.string(),
  submittedAt: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
}).meta({ id: 'PoliticalReportVersion' });
export type PoliticalReportVersion = z.infer<typeof reportVersionSchema>;

export const reportCommentSchema = z.object({
  id: z.number().int(),
  versionNumber: z.number().int(),
  sectionKey: z.string().nullable(),
  body: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
}).meta({ id: 'PoliticalReportComment' });
export type PoliticalReportComment = z.infer<typeof reportCommentSchema>;

/** What the caller may do with the report now (the buttons to show). */
export const REPORT_PERMITTED = ['edit', 'submit', 'mulai', 'kembalikan', 'terima', 'comment', 'rollup'] as const;

export const reportDetailSchema = reportSummarySchema.extend({
  templateName: z.string(),
  occurredAt: z.string().nullable(),
  /** The template's sections in order (plus `rollup` on a report that holds a roll-up). */
  sections: z.array(templateSectionSchema),
  /** The current version's content; empty before anything was written. */
  content: reportContentSchema,
  versions: z.array(z.object({ number: z.number().int(), submittedAt: z.string().nullable(), authorName: z.string().nullable() })),
  comments: z.array(reportCommentSchema),
  actions: z.array(z.enum(REPORT_PERMITTED)),
}).meta({ id: 'PoliticalReportDetail' });
export type PoliticalReportDetail = z.infer<typeof reportDetailSchema>;

export const saveDraftSchema = z.object({
  version,
  sections: z.record(sectionKey, jsonText(z.string().max(MAX_SECTION_CHARS))),
  summary: z.string().max(MAX_SUMMARY_CHARS),
}).strict();
export type SaveDraft = z.infer<typeof saveDraftSchema>;

export const versionOnlySchema = z.object({ version }).strict();

export const reviewSchema = z.object({
  version,
  action: z.enum(REVIEW_ACTIONS),
  /** Required when returning the report. */
  comment: z.string().trim().max(MAX_COMMENT_CHARS).optional(),
}).strict();
export type ReviewInput = z.infer<typeof reviewSchema>;

export const createCommentSchema = z.object({
  body: z.string().trim().min(1).max(MAX_COMMENT_CHARS),
  sectionKey: sectionKey.optional(),
}).strict();
export type CreateComment = z.infer<typeof createCommentSchema>;

// ---- roll-up and status

export const rollupSchema = z.object({
  /** Kabupaten/kota reports of the same period that were submitted (latest submitted summary). */
  items: z.array(z.object({
    regionCode: z.string(), regionName: z.string(), reportId: z.number().int(), state: z.enum(POLITICAL_REPORT_STATES),
    late: z.boolean(), submittedAt: z.string().nullable(), summary: z.string(),
  })),
  /** Kabupaten/kota of the province that have not submitted a report for the period. */
  missing: z.array(z.object({
    regionCode: z.string(), regionName: z.string(), reportId: z.number().int().nullable(), state: z.enum(POLITICAL_REPORT_STATES), late: z.boolean(),
  })),
}).meta({ id: 'PoliticalReportRollup' });
export type PoliticalReportRollup = z.infer<typeof rollupSchema>;

export const statusQuerySchema = z.object({
  period: monthSchema,
  level: z.enum(POLITICAL_REPORT_LEVELS),
  regionCode: regionCodeSchema.optional(),
}).strict();
export type StatusQuery = z.infer<typeof statusQuerySchema>;

export const statusSchema = z.object({
  period: z.string(),
  level: z.enum(POLITICAL_REPORT_LEVELS),
  items: z.array(z.object({
    regionCode: z.string(), regionName: z.string(), reportId: z.number().int().nullable(),
    state: z.enum(POLITICAL_REPORT_STATES), late: z.boolean(), submittedAt: z.string().nullable(), dueAt: z.string().nullable(),
  })),
  totals: z.object({ regions: z.number().int(), submitted: z.number().int(), accepted: z.number().int(), late: z.number().int(), missing: z.number().int() }),
}).meta({ id: 'PoliticalReportStatus' });
export type PoliticalReportStatus = z.infer<typeof statusSchema>;

export const exportLangSchema = z.object({ lang: z.enum(['id', 'en']).optional() }).strict();
export const recapQuerySchema = statusQuerySchema.extend({ lang: z.enum(['id', 'en']).optional() }).strict();
