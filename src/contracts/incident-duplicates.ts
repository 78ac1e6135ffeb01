import { z } from 'zod';
import { INCIDENT_ACTIONS, INCIDENT_STATUSES, MAX_REASON_LENGTH } from '../domain/incidents/workflow.js';
import { INCIDENT_CHANNELS } from '../domain/incidents/vocabulary.js';
import { SIMILAR_AREA_LEVELS } from '../domain/incidents/similarity.js';
import { idSchema } from './common.js';

const booleanParam = z.enum(['true', 'false']).transform((value) => value === 'true');

/** GET /incidents/:id/similar: where, when and how alike candidates must be. */
export const similarQuerySchema = z
  .object({
    /** The area compared (default kecamatan); a report filed higher up is compared across its own region. */
    level: z.enum(SIMILAR_AREA_LEVELS).default('kecamatan'),
    /** true: any category, not only the report's own. */
    anyCategory: booleanParam.default(false),
    /** Hours either side of the report's time of event (default 48). */
    windowHours: z.coerce.number().int().min(1).max(24 * 30).default(48),
    /** Least pg_trgm similarity of the descriptions, in percent (default 30, pg_trgm's own default). */
    minPercent: z.coerce.number().int().min(5).max(100).default(30),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();
export type SimilarQuery = z.infer<typeof similarQuerySchema>;

export const similarReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('text'), percent: z.number() }),
  z.object({ code: z.enum(['same_desa', 'same_kecamatan', 'same_kabupaten', 'same_category']) }),
  z.object({ code: z.literal('same_tps'), tps: z.string() }),
  z.object({ code: z.literal('nearby'), km: z.number() }),
  z.object({ code: z.literal('hours_apart'), hours: z.number() }),
]);

export const similarCandidateSchema = z.object({
  id: z.number().int(),
  reference: z.string(),
  category: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  description: z.string(),
  occurredAt: z.string(),
  region: z.object({ code: z.string(), name: z.string() }),
  tps: z.string().nullable(),
  channel: z.enum(INCIDENT_CHANNELS),
  /** 0–1: the text weighs most, the same desa, TPS and nearby coordinates add to it. */
  score: z.number(),
  reasons: z.array(similarReasonSchema),
});

export const similarListSchema = z.object({
  /** The region code the candidates were looked for in. */
  area: z.string(),
  windowHours: z.number().int(),
  items: z.array(similarCandidateSchema),
});
export type SimilarList = z.infer<typeof similarListSchema>;

/** One report among the sources of a primary report (itself first, then its duplicates, oldest known first). */
export const incidentSourceSchema = z.object({
  id: z.number().int(),
  reference: z.string(),
  channel: z.enum(INCIDENT_CHANNELS),
  knownAt: z.string(),
  /** As the caller may see it: the contact only for those who see contacts. */
  reporter: z.object({ name: z.string().nullable(), contact: z.string().nullable(), anonymous: z.boolean() }),
  description: z.string(),
  primary: z.boolean(),
});
export type IncidentSource = z.infer<typeof incidentSourceSchema>;

/** The most reports one bulk request may move. */
export const MAX_BULK_IDS = 200;

export const bulkTransitionSchema = z
  .object({
    ids: z.array(idSchema).min(1).max(MAX_BULK_IDS),
    /**
     * The versions the caller saw, in the order of `ids` (optional): a report moved since then comes
     * back `stale` instead of being decided on unseen.
     */
    versions: z.array(z.number().int().min(1).max(2_147_483_647)).max(MAX_BULK_IDS).optional(),
    action: z.enum(INCIDENT_ACTIONS),
    reason: z.string().trim().min(1).max(MAX_REASON_LENGTH),
    unitId: idSchema.nullable().optional(),
    duplicateOf: idSchema.nullable().optional(),
  })
  .strict()
  .refine((input) => input.versions === undefined || input.versions.length === input.ids.length, { path: ['versions'], message: 'incident.bulk_versions' })
  .refine((input) => new Set(input.ids).size === input.ids.length, { path: ['ids'], message: 'incident.bulk_repeated' });
export type BulkTransitionRequest = z.infer<typeof bulkTransitionSchema>;

export const BULK_OUTCOMES = ['ok', 'not_allowed', 'not_found', 'stale', 'forbidden', 'invalid'] as const;

export const bulkResultSchema = z.object({
  results: z.array(z.object({
    id: z.number().int(),
    outcome: z.enum(BULK_OUTCOMES),
    /** ok: the report's new status and version. */
    status: z.enum(INCIDENT_STATUSES).optional(),
    version: z.number().int().optional(),
    reference: z.string().optional(),
    /** Refused: why, in the caller's language. */
    message: z.string().optional(),
  })),
  ok: z.number().int(),
  refused: z.number().int(),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;
