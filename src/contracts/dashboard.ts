import { z } from 'zod';
import { INCIDENT_SEVERITIES } from '../domain/incidents/vocabulary.js';
import { INCIDENT_STATUSES } from '../domain/incidents/workflow.js';
import { READINESS_DOMAINS } from '../domain/readiness/default-templates.js';
import { TIME_ZONES } from '../domain/regions/timezones.js';
import { articleSummarySchema } from './media.js';
import { regionCodeSchema } from './common.js';

/**
 * The situation room's panels (issue 10), one endpoint each so the page loads them in parallel.
 * Every number carries `link`: the web list, with its own URL filters, that shows the rows counted.
 */

export const dashboardQuerySchema = z.object({
  /** A region subtree inside the caller's scope; absent: the caller's own scope (national for national accounts). */
  region: regionCodeSchema.optional(),
}).strict();
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const label = z.object({ id: z.string(), en: z.string() });
const link = z.string().meta({ example: '/incidents?status=open&category=politik_uang&region=51' });
const count = z.number().int();
const scopeFields = {
  /** The region shown, null for the whole country. */
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** The zone its days are counted in (WIB for the whole country). */
  timeZone: z.enum(TIME_ZONES),
};

export const dashboardElectionSchema = z.object({
  ...scopeFields,
  /** The local date now in that zone. */
  today: z.string(),
  /** The election followed: the next to vote, else the last one that voted. */
  election: z.object({ id: z.string(), name: label }).nullable(),
  currentStages: z.array(z.object({ code: z.string(), name: label, startsOn: z.string(), endsOn: z.string() })),
  votingDay: z.string().nullable(),
  /** 0 on voting day, negative after it. */
  daysToVotingDay: z.number().int().nullable(),
  link,
}).meta({ id: 'DashboardElection' });
export type DashboardElection = z.infer<typeof dashboardElectionSchema>;

export const dashboardIncidentSchema = z.object({
  id: z.number().int(),
  reference: z.string(),
  category: z.object({ code: z.string(), name: label }),
  severity: z.enum(INCIDENT_SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  regionCode: z.string(),
  regionName: z.string(),
  occurredAt: z.string(),
  link,
});
export type DashboardIncident = z.infer<typeof dashboardIncidentSchema>;

export const dashboardIncidentsSchema = z.object({
  ...scopeFields,
  open: z.object({
    /** Reports not yet ditolak, duplikat or selesai. */
    total: count,
    link,
    byCategory: z.array(z.object({ category: z.string(), name: label, count, link })),
    bySeverity: z.array(z.object({ severity: z.enum(INCIDENT_SEVERITIES), count, link })),
  }),
  /** Reports by the local day they occurred on (any status), the last 14 days, oldest first, today last. */
  trend: z.array(z.object({ date: z.string(), count, link })),
  /** The 10 latest by time of event. */
  newest: z.array(dashboardIncidentSchema),
}).meta({ id: 'DashboardIncidents' });
export type DashboardIncidents = z.infer<typeof dashboardIncidentsSchema>;

export const dashboardAlertsSchema = z.object({
  ...scopeFields,
  /** Open alerts (baru, diakui), newest first, at most 20. */
  active: z.array(z.object({
    id: z.number().int(), rule: z.string(), regionCode: z.string(), regionName: z.string(), raisedAt: z.string(),
    category: z.string().nullable(), incidentCount: count, link,
  })),
  total: count,
  link,
}).meta({ id: 'DashboardAlerts' });
export type DashboardAlerts = z.infer<typeof dashboardAlertsSchema>;

export const dashboardRegionsSchema = z.object({
  ...scopeFields,
  /** The regions one level down (provinces, or a province's kabupaten/kota) that need attention first. */
  worst: z.array(z.object({
    code: z.string(), name: z.string(),
    /** 0–100, higher is more vulnerable; null without a published model's score. */
    vulnerabilityScore: z.number().nullable(),
    /** 0–100; null without an assessment. */
    readinessPercent: z.number().nullable(),
    vulnerabilityLink: link,
    readinessLink: link,
  })),
  /** The region's own readiness per domain (null percent: not assessed); empty for the whole country. */
  readinessByDomain: z.array(z.object({ domain: z.enum(READINESS_DOMAINS), label, percent: z.number().nullable(), link })),
}).meta({ id: 'DashboardRegions' });
export type DashboardRegions = z.infer<typeof dashboardRegionsSchema>;

const counted = z.object({ count, link });

export const dashboardFollowUpSchema = z.object({
  ...scopeFields,
  overdueActionItems: z.object({
    total: count, link,
    /** The 5 most overdue. */
    items: z.array(z.object({ id: z.number().int(), title: z.string(), ownerUnitName: z.string(), dueDate: z.string().nullable(), link })),
  }),
  pacts: z.object({
    campaigns: counted,
    targets: counted,
    /** Targets whose pact is verified. */
    signed: counted,
    /** Targets without a pact in campaigns whose deadline has passed. */
    overdue: counted,
  }),
  politicalReports: z.object({
    /** The month owed now (the previous month) and the level counted. */
    period: z.string(),
    level: z.enum(['provinsi', 'kabkota']),
    owed: counted,
    missing: counted,
    late: counted,
  }),
  media: z.object({
    /** Articles added in the last 24 hours. */
    newSinceYesterday: counted,
    latest: z.array(articleSummarySchema.extend({ link })),
    link,
  }),
}).meta({ id: 'DashboardFollowUp' });
export type DashboardFollowUp = z.infer<typeof dashboardFollowUpSchema>;
