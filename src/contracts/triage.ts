import { z } from 'zod';
import { incidentCategoryCodeSchema } from './incident-categories.js';
import { REGIMES } from '../domain/incidents/regime.js';
import { GATEWAY_CHANNELS, TRIAGE_STATUSES } from '../domain/incidents/triage.js';
import { INCIDENT_SEVERITIES } from '../domain/incidents/vocabulary.js';
import { idParamSchema, regionCodeSchema } from './common.js';


export const triageListQuerySchema = z
  .object({
    /** Default: the waiting ones. */
    status: z.enum(TRIAGE_STATUSES).default('baru'),
    /** A region subtree, matched against the recognised region, else the sending token's scope. */
    region: regionCodeSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type TriageListQuery = z.infer<typeof triageListQuerySchema>;

export const triageParamsSchema = z.object({ id: idParamSchema });

/**
 * What a person settles to make a report of a waiting message: at least its category and region; the
 * rest defaults to what the message said (description, TPS, regime) or the category's usual severity.
 */
export const triageToIncidentSchema = z
  .object({
    category: incidentCategoryCodeSchema,
    regionCode: regionCodeSchema,
    regime: z.enum(REGIMES).optional(),
    description: z.string().trim().min(1).max(10_000).optional(),
    tps: z.string().trim().max(40).nullable().optional(),
    severity: z.enum(INCIDENT_SEVERITIES).optional(),
  })
  .strict();
export type TriageToIncident = z.infer<typeof triageToIncidentSchema>;

export const triageDismissSchema = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();

export const triageItemSchema = z
  .object({
    id: z.number().int(),
    reference: z.string().meta({ example: 'TRI-2024-000045' }),
    channel: z.enum(GATEWAY_CHANNELS),
    receivedAt: z.string(),
    rawText: z.string(),
    /** The sender's number, for those who see reporters' contacts (coordinators, administrators); else null and `senderHidden`. */
    sender: z.string().nullable(),
    senderHidden: z.boolean(),
    region: z.object({ code: z.string(), name: z.string() }).nullable(),
    scopeRegionCode: z.string().nullable(),
    category: z.string().nullable(),
    regime: z.enum(REGIMES).nullable(),
    tps: z.string().nullable(),
    description: z.string(),
    /** Why it waits: the parser's and the gazetteer's problems, as the webhook answered them. */
    problems: z.array(z.record(z.string(), z.unknown())),
    status: z.enum(TRIAGE_STATUSES),
    incident: z.object({ id: z.number().int(), reference: z.string() }).nullable(),
    handledAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'TriageItem' });
export type TriageItem = z.infer<typeof triageItemSchema>;

export const triageListSchema = z.object({ items: z.array(triageItemSchema), total: z.number().int() });
