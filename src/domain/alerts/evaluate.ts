import { severityRank, type IncidentSeverity } from '../incidents/vocabulary.js';
import type { RegionLevel } from '../regions/codes.js';
import type { ClusterParams, KindAndParams, SeverityParams, SpikeParams } from './params.js';
import { windowMs } from './params.js';

/**
 * Pure evaluation of early-warning rules (issue 7): what a rule finds in the reports it is given,
 * and the fingerprint that makes a rule that keeps matching raise one alert per region and window.
 *
 * Times are instants (epoch milliseconds): windows are "the last N hours" before `now` and the
 * fingerprint's window is N-hour slices counted from the Unix epoch, so neither depends on the
 * server's time zone nor on the region's.
 */

/** A report as evaluation sees it. */
export interface ReportPoint {
  id: number;
  regionCode: string;
  category: string;
  severity: IncidentSeverity;
  occurredAt: Date;
  latitude: number | null;
  longitude: number | null;
}

/** What a rule found in one region: the alert to raise, or to join these reports to. */
export interface Finding {
  regionCode: string;
  fingerprint: string;
  incidentIds: number[];
  latitude: number | null;
  longitude: number | null;
  /** The figures behind it, for its message (count, baseline, threshold, radius…). */
  details: Record<string, number | string>;
}

export interface RuleToEvaluate {
  id: number;
  regionCode: string | null;
  category: string | null;
}

/** Code length of each region level: 51 / 51.06 / 51.06.01 / 51.06.01.2001. */
const LEVEL_LENGTH: Record<RegionLevel, number> = { province: 2, regency: 5, district: 8, village: 13 };

/**
 * The region a report counts in for a rule: its ancestor at the rule's level, or the rule's own
 * region when that lies deeper (a rule over one kecamatan at level regency watches the kecamatan).
 * A report filed above the level (a kabupaten-wide report for a kecamatan-level rule) counts where it was filed.
 */
export function groupRegion(code: string, level: RegionLevel, ruleRegion: string | null): string {
  return code.slice(0, groupLength(level, ruleRegion));
}

/** The prefix length that groups codes for a rule (see groupRegion); also used by SQL's left(code, n). */
export function groupLength(level: RegionLevel, ruleRegion: string | null): number {
  return Math.max(LEVEL_LENGTH[level], ruleRegion?.length ?? 0);
}

/** The N-hour slice of the Unix epoch an instant falls in. */
export function windowIndex(now: Date, hours: number): number {
  return Math.floor(now.getTime() / (hours * 3_600_000));
}

/** One alert per rule, region and window: "rule 7 · 51.06 · 24h slice 20046". */
export function fingerprint(ruleId: number, regionCode: string, hours: number, index: number): string {
  return `r${ruleId}:${regionCode}:${hours}h:${index}`;
}

/** Great-circle distance in kilometres (haversine, mean Earth radius 6371 km). */
export function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether the rule looks at this report at all (its region subtree and category). */
export function ruleConcerns(rule: RuleToEvaluate, report: Pick<ReportPoint, 'regionCode' | 'category'>): boolean {
  const inRegion = rule.regionCode === null || report.regionCode === rule.regionCode || report.regionCode.startsWith(`${rule.regionCode}.`);
  return inRegion && (rule.category === null || rule.category === report.category);
}

/** Reports the rule concerns that occurred in (from, now], by the region they count in (the window SQL reads too). */
function grouped(rule: RuleToEvaluate, level: RegionLevel, reports: readonly ReportPoint[], from: number, now: Date): Map<string, ReportPoint[]> {
  const groups = new Map<string, ReportPoint[]>();
  for (const report of reports) {
    const at = report.occurredAt.getTime();
    if (at <= from || at > now.getTime() || !ruleConcerns(rule, report)) continue;
    const region = groupRegion(report.regionCode, level, rule.regionCode);
    const list = groups.get(region) ?? [];
    list.push(report);
    groups.set(region, list);
  }
  return groups;
}

const ids = (reports: readonly ReportPoint[]) => reports.map((r) => r.id).sort((a, b) => a - b);

/** The mean position of the reports with coordinates, or null when none has any. */
function centre(reports: readonly ReportPoint[]): { latitude: number; longitude: number } | null {
  const placed = reports.filter((r) => r.latitude !== null && r.longitude !== null);
  if (placed.length === 0) return null;
  return {
    latitude: placed.reduce((sum, r) => sum + r.latitude!, 0) / placed.length,
    longitude: placed.reduce((sum, r) => sum + r.longitude!, 0) / placed.length,
  };
}

function finding(rule: RuleToEvaluate, hours: number, now: Date, regionCode: string, reports: readonly ReportPoint[], details: Finding['details']): Finding {
  const position = centre(reports);
  return {
    regionCode, fingerprint: fingerprint(rule.id, regionCode, hours, windowIndex(now, hours)), incidentIds: ids(reports),
    latitude: position?.latitude ?? null, longitude: position?.longitude ?? null, details,
  };
}

/**
 * A spike rule's baseline (the average count per window over its `baselineDays`) and the count a
 * window must exceed to fire: `factor` × that baseline.
 */
export function spikeThreshold(params: SpikeParams, baselineCount: number): { baseline: number; threshold: number } {
  const windowsInBaseline = (params.baselineDays * 86_400_000) / windowMs(params);
  const baseline = baselineCount / windowsInBaseline;
  return { baseline, threshold: params.factor * baseline };
}

/**
 * Whether `count` reports in a window fire a spike rule: at least `minCount`, and strictly more than
 * the threshold (exactly k× the baseline does not fire). The evaluator asks this of counts taken in
 * SQL before it reads any report, so a sweep reads the reports of the regions that fire only.
 */
export function spikeFires(params: SpikeParams, count: number, baselineCount: number): boolean {
  return count >= params.minCount && count > spikeThreshold(params, baselineCount).threshold;
}

/**
 * spike. `recent` holds the reports of the last `hours` (others are ignored); `baselineCounts` the
 * number of reports per group region in the `baselineDays` before the window (the caller counts them
 * in SQL: a baseline spans weeks of reports that need not be read one by one).
 */
export function evaluateSpike(rule: RuleToEvaluate, params: SpikeParams, recent: readonly ReportPoint[], baselineCounts: ReadonlyMap<string, number>, now: Date): Finding[] {
  const findings: Finding[] = [];
  for (const [region, reports] of grouped(rule, params.level, recent, now.getTime() - windowMs(params), now)) {
    const baselineCount = baselineCounts.get(region) ?? 0;
    if (!spikeFires(params, reports.length, baselineCount)) continue;
    const { baseline, threshold } = spikeThreshold(params, baselineCount);
    findings.push(finding(rule, params.hours, now, region, reports, {
      count: reports.length, baseline: Math.round(baseline * 100) / 100, threshold: Math.round(threshold * 100) / 100,
      factor: params.factor, hours: params.hours, minCount: params.minCount,
    }));
  }
  return findings;
}

/** severity: every region with a report at or above `minSeverity` in the last `hours`. */
export function evaluateSeverity(rule: RuleToEvaluate, params: SeverityParams, reports: readonly ReportPoint[], now: Date): Finding[] {
  const serious = reports.filter((r) => severityRank(r.severity) >= severityRank(params.minSeverity));
  return [...grouped(rule, params.level, serious, now.getTime() - windowMs(params), now)].map(([region, found]) =>
    finding(rule, params.hours, now, region, found, { count: found.length, minSeverity: params.minSeverity, hours: params.hours }));
}

/**
 * cluster: in each region, the report with the most others within `radiusKm` of it; when it and
 * those others are at least `minReports`, they are the cluster (drawn at their mean position).
 * Reports without coordinates take no part.
 */
export function evaluateCluster(rule: RuleToEvaluate, params: ClusterParams, reports: readonly ReportPoint[], now: Date): Finding[] {
  const placed = reports.filter((r) => r.latitude !== null && r.longitude !== null);
  const findings: Finding[] = [];
  for (const [region, group] of grouped(rule, params.level, placed, now.getTime() - windowMs(params), now)) {
    let best: ReportPoint[] = [];
    for (const seed of group) {
      const near = group.filter((other) => haversineKm(seed as { latitude: number; longitude: number }, other as { latitude: number; longitude: number }) <= params.radiusKm);
      // Ties go to the earliest seed, so two evaluations of the same reports find the same cluster.
      if (near.length > best.length) best = near;
    }
    if (best.length < params.minReports) continue;
    findings.push(finding(rule, params.hours, now, region, best, { count: best.length, radiusKm: params.radiusKm, minReports: params.minReports, hours: params.hours }));
  }
  return findings;
}

/** Evaluates one rule (spike needs the baseline counts; the others ignore them). */
export function evaluateRule(rule: RuleToEvaluate & KindAndParams, reports: readonly ReportPoint[], baselineCounts: ReadonlyMap<string, number>, now: Date): Finding[] {
  switch (rule.kind) {
    case 'spike': return evaluateSpike(rule, rule.params, reports, baselineCounts, now);
    case 'severity': return evaluateSeverity(rule, rule.params, reports, now);
    case 'cluster': return evaluateCluster(rule, rule.params, reports, now);
  }
}

/** How far back a rule reads single reports (its window); spike also counts the baseline before it, in SQL. */
export function lookbackMs(rule: KindAndParams): number {
  return windowMs(rule.params);
}
