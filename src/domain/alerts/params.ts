import { z } from 'zod';
import { INCIDENT_SEVERITIES } from '../incidents/vocabulary.js';
import { REGION_LEVELS } from '../regions/codes.js';
import type { AlertRuleKind } from './vocabulary.js';

/**
 * The numbers each kind of early-warning rule takes, checked when a rule is saved. Messages are
 * catalogue keys (`alert.params.…`, src/i18n/alerts.ts), worded in the caller's language.
 *
 * Every kind has `hours` (the window: reports that occurred in the last N hours) and `level` (the
 * region level alerts are raised per: a rule over Bali at level `regency` watches each kabupaten/kota).
 */
const hours = z.number({ message: 'alert.params.hours' }).int({ message: 'alert.params.hours' }).min(1, { message: 'alert.params.hours' }).max(24 * 30, { message: 'alert.params.hours' });
const level = z.enum(REGION_LEVELS, { message: 'alert.params.level' }).default('regency');

/**
 * spike: more than `factor` × the baseline reports in the last `hours`, where the baseline is the
 * average count per `hours` over the `baselineDays` before the window; and at least `minCount`, so
 * one report against a baseline of 0 does not fire.
 */
export const spikeParamsSchema = z.object({
  hours,
  level,
  factor: z.number({ message: 'alert.params.factor' }).gt(1, { message: 'alert.params.factor' }).max(1000, { message: 'alert.params.factor' }),
  baselineDays: z.number({ message: 'alert.params.baseline_days' }).int({ message: 'alert.params.baseline_days' }).min(1, { message: 'alert.params.baseline_days' }).max(365, { message: 'alert.params.baseline_days' }),
  minCount: z.number({ message: 'alert.params.min_count' }).int({ message: 'alert.params.min_count' }).min(1, { message: 'alert.params.min_count' }).max(100_000, { message: 'alert.params.min_count' }),
}).strict();

/** severity: any report (of the rule's category, or any) at or above `minSeverity` in the last `hours`. */
export const severityParamsSchema = z.object({
  hours: hours.default(24),
  level,
  minSeverity: z.enum(INCIDENT_SEVERITIES, { message: 'alert.params.min_severity' }),
}).strict();

/** cluster: at least `minReports` reports with coordinates within `radiusKm` of one of them, in the last `hours`. */
export const clusterParamsSchema = z.object({
  hours,
  level,
  radiusKm: z.number({ message: 'alert.params.radius_km' }).gt(0, { message: 'alert.params.radius_km' }).max(100, { message: 'alert.params.radius_km' }),
  minReports: z.number({ message: 'alert.params.min_reports' }).int({ message: 'alert.params.min_reports' }).min(2, { message: 'alert.params.min_reports' }).max(10_000, { message: 'alert.params.min_reports' }),
}).strict();

export type SpikeParams = z.infer<typeof spikeParamsSchema>;
export type SeverityParams = z.infer<typeof severityParamsSchema>;
export type ClusterParams = z.infer<typeof clusterParamsSchema>;
export type RuleParams = SpikeParams | SeverityParams | ClusterParams;

export const PARAMS_SCHEMAS = { spike: spikeParamsSchema, severity: severityParamsSchema, cluster: clusterParamsSchema } as const;

/** A rule's kind and its checked parameters, as evaluation reads them. */
export type KindAndParams =
  | { kind: 'spike'; params: SpikeParams }
  | { kind: 'severity'; params: SeverityParams }
  | { kind: 'cluster'; params: ClusterParams };

/** One problem with a rule's parameters: where (`params.factor`) and the catalogue key of what is wrong. */
export interface ParamsProblem {
  path: string;
  message: string;
}

/** Checks `params` for `kind`: the parameters with defaults filled in, or the problems found. */
export function checkRuleParams(kind: AlertRuleKind, params: unknown): { ok: true; value: KindAndParams } | { ok: false; problems: ParamsProblem[] } {
  const result = PARAMS_SCHEMAS[kind].safeParse(params);
  if (result.success) return { ok: true, value: { kind, params: result.data } as KindAndParams };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: ['params', ...issue.path.map(String)].join('.'),
      // Unknown members and a params that is not an object have no message of ours.
      message: issue.message.startsWith('alert.') ? issue.message : issue.code === 'unrecognized_keys' ? 'alert.params.unknown' : 'alert.params.shape',
    })),
  };
}

/** The window of a rule in milliseconds. */
export const windowMs = (params: RuleParams) => params.hours * 3_600_000;
