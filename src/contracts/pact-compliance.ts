import { z } from 'zod';
import { PACT_TARGET_KINDS, PACT_TARGET_STATES, PACT_TARGET_STATUSES } from '../domain/pacts/vocabulary.js';
import { idParamSchema, regionCodeSchema } from './common.js';

/** Compliance and exports of integrity-pact campaigns (issue 8, pacts-api contract "Compliance and exports"). */

/** Headers, sheet names and labels in this language (else Accept-Language, else Bahasa Indonesia). */
const lang = z.enum(['id', 'en']).optional();

export const complianceParamsSchema = z.object({ id: idParamSchema });

export const complianceLanguageQuerySchema = z.object({ lang });

export const REMINDER_FORMATS = ['json', 'csv', 'xlsx'] as const;
export const reminderQuerySchema = z.object({ format: z.enum(REMINDER_FORMATS).default('json'), lang });

export const complianceOverviewQuerySchema = z.object({ regionCode: regionCodeSchema.optional() });

const percentSchema = z.number().min(0).max(100).meta({ description: 'A percentage with one decimal (0 when there are no targets)' });

/** A target as the compliance lists show it. */
export const complianceTargetSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(PACT_TARGET_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  state: z.enum(PACT_TARGET_STATES),
  status: z.enum(PACT_TARGET_STATUSES),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  reviewedAt: z.string().nullable(),
  reviewerName: z.string().nullable(),
  rejectReason: z.string().nullable(),
});
export type ComplianceTarget = z.infer<typeof complianceTargetSchema>;

export const complianceSchema = z.object({
  campaignId: z.number().int(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  deadline: z.string(),
  timeZone: z.string().meta({ description: 'IANA zone of the campaign region (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)' }),
  totals: z.object({
    targets: z.number().int(), submitted: z.number().int(), verified: z.number().int(), rejected: z.number().int(),
    late: z.number().int(), missing: z.number().int(), percentVerified: percentSchema, percentSubmitted: percentSchema,
  }),
  byRegion: z.array(z.object({
    regionCode: z.string(), regionName: z.string(), targets: z.number().int(), submitted: z.number().int(), verified: z.number().int(), percentVerified: percentSchema,
  })),
  byKind: z.array(z.object({ kind: z.enum(PACT_TARGET_KINDS), targets: z.number().int(), submitted: z.number().int(), verified: z.number().int(), percentVerified: percentSchema })),
  progress: z.array(z.object({ date: z.string(), submitted: z.number().int(), verified: z.number().int() })),
  late: z.array(complianceTargetSchema),
  missing: z.array(complianceTargetSchema),
});
export type ComplianceView = z.infer<typeof complianceSchema>;

/** A line of the reminder list: the target as the lists show it, without its review, and the message to send. */
export const reminderItemSchema = complianceTargetSchema
  .omit({ id: true, state: true, reviewedAt: true, reviewerName: true, rejectReason: true })
  .extend({ targetId: z.number().int(), message: z.string() });
export type ReminderItem = z.infer<typeof reminderItemSchema>;
export const reminderListSchema = z.object({ items: z.array(reminderItemSchema) });

export const complianceOverviewItemSchema = z.object({
  campaignId: z.number().int(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  deadline: z.string(),
  timeZone: z.string(),
  targets: z.number().int(),
  verified: z.number().int(),
  percentVerified: percentSchema,
  late: z.number().int(),
  missing: z.number().int(),
});
export type ComplianceOverviewItem = z.infer<typeof complianceOverviewItemSchema>;
export const complianceOverviewSchema = z.array(complianceOverviewItemSchema);
