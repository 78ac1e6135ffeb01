import { z } from 'zod';
import { ALERT_RULE_KINDS, ALERT_STATUSES } from '../domain/alerts/vocabulary.js';
import { incidentCategoryCodeSchema } from './incident-categories.js';
import { INCIDENT_SEVERITIES } from '../domain/incidents/vocabulary.js';
import { INCIDENT_STATUSES } from '../domain/incidents/workflow.js';
import { idParamSchema, idSchema, regionCodeSchema } from './common.js';

const version = z.number().int().min(1).max(2_147_483_647);

/**
 * An early-warning rule as written: `params` is checked against its kind by the service
 * (src/domain/alerts/params.ts), so each wrong number gets its own message.
 */
export const alertRuleInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ALERT_RULE_KINDS),
  /** A region subtree; null: everywhere (administrators with national scope only). */
  regionCode: regionCodeSchema.nullable(),
  /** One incident category of the desk's catalogue (GET /incidents/categories); null: any. */
  category: incidentCategoryCodeSchema.nullable(),
  params: z.record(z.string(), z.unknown()),
  active: z.boolean().default(true),
}).strict();
export type AlertRuleInput = z.infer<typeof alertRuleInputSchema>;

export const alertRuleUpdateSchema = alertRuleInputSchema.extend({ version }).strict();
export type AlertRuleUpdate = z.infer<typeof alertRuleUpdateSchema>;

export const alertRuleSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(ALERT_RULE_KINDS),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  category: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** Whether the caller may change it. */
  editable: z.boolean(),
}).meta({ id: 'AlertRule' });
export type AlertRule = z.infer<typeof alertRuleSchema>;

export const alertRuleListSchema = z.object({ items: z.array(alertRuleSchema) });

export const alertListQuerySchema = z.object({
  status: z.enum(ALERT_STATUSES).optional(),
  /** Open alerts: baru and diakui (for badges and the map). */
  open: z.enum(['true', 'false']).optional(),
  /** A region subtree. */
  region: regionCodeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}).strict();
export type AlertListQuery = z.infer<typeof alertListQuerySchema>;

export const alertParamsSchema = z.object({ id: idParamSchema });

export const alertSchema = z.object({
  id: z.number().int(),
  ruleId: z.number().int(),
  ruleName: z.string(),
  kind: z.enum(ALERT_RULE_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
  timeZone: z.string(),
  category: z.string().nullable(),
  status: z.enum(ALERT_STATUSES),
  details: z.record(z.string(), z.unknown()),
  incidentCount: z.number().int(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  triggeredAt: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  assignedUnit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  assignedUser: z.object({ id: z.string(), name: z.string() }).nullable(),
  closedAt: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** What the caller may do now. */
  actions: z.array(z.enum(['acknowledge', 'assign', 'close'])),
}).meta({ id: 'Alert' });
export type Alert = z.infer<typeof alertSchema>;

export const alertListSchema = z.object({ items: z.array(alertSchema), total: z.number().int() });

export const alertIncidentSchema = z.object({
  id: z.number().int(),
  reference: z.string(),
  category: z.string(),
  severity: z.enum(INCIDENT_SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  regionCode: z.string(),
  regionName: z.string(),
  occurredAt: z.string(),
});
/** An alert with its newest reports the caller may read (at most 500; `incidentCount` says how many it holds). */
export const alertDetailSchema = alertSchema.extend({
  incidents: z.array(alertIncidentSchema).meta({ description: 'The newest reports of the alert the caller may read, at most 500' }),
}).meta({ id: 'AlertDetail' });
export type AlertDetail = z.infer<typeof alertDetailSchema>;

export const acknowledgeAlertSchema = z.object({ version }).strict();
export const assignAlertSchema = z.object({ version, unitId: idSchema, userId: z.uuid().nullable().optional() }).strict();
export const closeAlertSchema = z.object({ version, note: z.string().trim().min(1).max(2000) }).strict();
export type AssignAlert = z.infer<typeof assignAlertSchema>;
