import { z } from 'zod';
import { CLOCK_CODES, REGIMES } from '../domain/incidents/regime.js';
import { INCIDENT_CHANNELS, INCIDENT_SEVERITIES, withinIndonesia } from '../domain/incidents/vocabulary.js';
import { decodeListCursor } from '../domain/incidents/list-cursor.js';
import { INCIDENT_ACTIONS, INCIDENT_STATUS_FILTERS, INCIDENT_STATUSES, MAX_REASON_LENGTH } from '../domain/incidents/workflow.js';
import { idParamSchema, idSchema, instantSchema, regionCodeSchema } from './common.js';
import { incidentCategoryCodeSchema, incidentCategorySchema, type IncidentCategoryView } from './incident-categories.js';
import { incidentSourceSchema } from './incident-duplicates.js';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const name = z.object({ id: z.string(), en: z.string() });

/**
 * The Idempotency-Key header of a submission: any visible ASCII (a UUID, a gateway's message id).
 * A retry with the same key and body gets the first answer again; the same key with another body, 422.
 */
export const idempotencyHeadersSchema = z.object({
  'idempotency-key': z.string().refine((value) => /^[\x21-\x7e]{1,200}$/.test(value), { message: 'incident.idempotency_key' }).optional(),
});

export const createIncidentSchema = z
  .object({
    /** A code of the desk's catalogue (GET /incidents/categories), active. */
    category: incidentCategoryCodeSchema,
    regime: z.enum(REGIMES),
    description: z.string().trim().min(1).max(10_000),
    occurredAt: instantSchema,
    /** When the desk (or the reporter) learned of it; the legal clocks count from here. Default: now. */
    knownAt: instantSchema.optional(),
    /** Down to desa/kelurahan. */
    regionCode: regionCodeSchema,
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    tps: optionalText(40),
    /** Default: the category's usual severity. */
    severity: z.enum(INCIDENT_SEVERITIES).optional(),
    /** Default: web for the web app's session, api for a token. */
    channel: z.enum(INCIDENT_CHANNELS).optional(),
    reporterName: optionalText(200),
    reporterContact: optionalText(200),
    reporterAnonymous: z.boolean().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const { latitude, longitude } = input;
    if ((latitude == null) !== (longitude == null)) ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'incident.position_pair' });
    else if (latitude != null && longitude != null && !withinIndonesia(latitude, longitude)) {
      ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'incident.position_outside' });
    }
  });
export type CreateIncident = z.infer<typeof createIncidentSchema>;

export const transitionSchema = z
  .object({
    action: z.enum(INCIDENT_ACTIONS),
    reason: z.string().trim().min(1).max(MAX_REASON_LENGTH),
    /** The unit a referral (teruskan) goes to. */
    unitId: idSchema.nullable().optional(),
    /** The earlier report this one repeats (tandai_duplikat). */
    duplicateOf: idSchema.nullable().optional(),
    /** The version the decision was taken on; a stale one gets 409 stale_version. */
    version: z.number().int().min(1).max(2_147_483_647),
  })
  .strict();
export type TransitionRequest = z.infer<typeof transitionSchema>;

/** The filters of the list and of the export: the same reports in both. */
export const incidentFilterSchema = z
  .object({
    /** A region subtree: 51 lists Bali and everything in it. */
    region: regionCodeSchema.optional(),
    /** A status, or `open`: every status but ditolak, duplikat and selesai. */
    status: z.enum(INCIDENT_STATUS_FILTERS).optional(),
    category: incidentCategoryCodeSchema.optional(),
    severity: z.enum(INCIDENT_SEVERITIES).optional(),
    /** Occurred at or after. */
    from: instantSchema.optional(),
    /** Occurred before. */
    to: instantSchema.optional(),
    /** Words of the description (Indonesian stemming), or a reference number. */
    q: z.string().trim().max(200).optional(),
  })
  .strict();
export type IncidentFilter = z.infer<typeof incidentFilterSchema>;

export const incidentListQuerySchema = incidentFilterSchema
  .extend({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    /** Rows skipped (after the cursor, when there is one). Deep pages: follow `next` instead. */
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    /** The `next` of the previous page: the page starts right after its last row, at any depth in one index seek. */
    after: z.string().refine((text) => decodeListCursor(text) !== null, { message: 'incident.cursor' }).optional(),
  })
  .strict();
export type IncidentListQuery = z.infer<typeof incidentListQuerySchema>;

export const incidentParamsSchema = z.object({ id: idParamSchema });

const clockUnitSchema = z.enum(['calendar_days', 'working_days', 'hours']);

export const deadlineSchema = z.object({
  clock: z.enum(CLOCK_CODES),
  name,
  basis: z.string(),
  amount: z.number().int(),
  unit: clockUnitSchema,
  /** DOMAIN.md marks the rule unverified. */
  unverified: z.boolean(),
  /** The desk set this category's amount or day kind itself (GET /incidents/categories shows the law's). */
  configured: z.boolean(),
  startedAt: z.string().nullable(),
  /** The last day, local to the incident's region. */
  dueDate: z.string().nullable(),
  /** The last instant in time (23:59:59.999 local on dueDate, for day clocks). */
  dueAt: z.string().nullable(),
  metAt: z.string().nullable(),
  state: z.enum(['not_started', 'running', 'overdue', 'met', 'met_late', 'stopped']),
  overdue: z.boolean(),
  /** Counted through a year without holiday data: only weekends were skipped. */
  holidaysUnknown: z.boolean(),
});

export const incidentSchema = z
  .object({
    id: z.number().int(),
    reference: z.string().meta({ example: 'INS-2024-000123' }),
    category: z.object({ code: z.string(), name }),
    regime: z.enum(REGIMES),
    description: z.string(),
    occurredAt: z.string(),
    knownAt: z.string(),
    region: z.object({ code: z.string(), name: z.string(), level: z.number().int(), timeZone: z.enum(['WIB', 'WITA', 'WIT']) }),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    tps: z.string().nullable(),
    severity: z.enum(INCIDENT_SEVERITIES),
    channel: z.enum(INCIDENT_CHANNELS),
    /**
     * Contact details, and the name of an anonymous reporter, only for coordinators, administrators
     * and officers of the unit it was referred to; `hidden` says they were withheld.
     */
    reporter: z.object({ name: z.string().nullable(), contact: z.string().nullable(), anonymous: z.boolean(), hidden: z.boolean() }),
    status: z.enum(INCIDENT_STATUSES),
    duplicateOf: z.object({ id: z.number().int(), reference: z.string() }).nullable(),
    referredUnit: z.object({ id: z.number().int(), name: z.string(), agencyCode: z.string(), regionCode: z.string() }).nullable(),
    /** The actions the caller may take now. */
    actions: z.array(z.enum(INCIDENT_ACTIONS)),
    deadlines: z.array(deadlineSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Incident' });
export type Incident = z.infer<typeof incidentSchema>;

export const transitionRecordSchema = z.object({
  id: z.number().int(),
  action: z.enum(INCIDENT_ACTIONS),
  fromStatus: z.enum(INCIDENT_STATUSES),
  toStatus: z.enum(INCIDENT_STATUSES),
  reason: z.string(),
  unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  duplicateOf: z.object({ id: z.number().int(), reference: z.string() }).nullable(),
  actorLabel: z.string(),
  at: z.string(),
});

export const incidentDetailSchema = incidentSchema.extend({
  transitions: z.array(transitionRecordSchema),
  /** The report and every report marked duplicate of it that the caller may read (always sent; optional for views built without it). */
  sources: z.array(incidentSourceSchema).optional(),
}).meta({ id: 'IncidentDetail' });
export type IncidentDetail = z.infer<typeof incidentDetailSchema>;

export const incidentListSchema = z.object({
  items: z.array(incidentSchema),
  /** Reports that match, counted up to 10,000 (1,000 for a text search): past it, the cap with totalCapped true ("10,000+"). */
  total: z.number().int(),
  totalCapped: z.boolean(),
  /** The cursor of the page after this one (query `after`), null on the last page. */
  next: z.string().nullable(),
});
export type IncidentList = z.infer<typeof incidentListSchema>;

/** The catalogue's contract lives with its settings (incident-categories.ts). */
export { incidentCategorySchema, type IncidentCategoryView };
