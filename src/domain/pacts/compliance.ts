/**
 * How far an integrity-pact campaign (issue 8) has come: totals, per region, per kind of office,
 * day-by-day progress in the region's local days, and who submitted late or still owes a pact.
 *
 * The status and lateness rules are those of status.ts (targetStatus, submittedLate).
 *
 * Counting choices, so that the figures add up:
 * - submitted = a submission stands (terkirim or diverifikasi); a rejected one must come again;
 * - missing = targets − submitted (belum and ditolak): they still owe a pact;
 * - late = standing submissions made after the deadline (the `terlambat` targets are the missing
 *   ones once the deadline passed, so listing them twice would say nothing new).
 */
import { submittedLate } from './status.js';
import { PACT_TARGET_KINDS, type PactTargetKind, type PactTargetState } from './vocabulary.js';
import { localDate, type TimeZoneLabel } from '../regions/timezones.js';

/** Progress is drawn for at most this many local days after the campaign was created (the newest kept). */
export const MAX_PROGRESS_DAYS = 1_000;
/** Progress keeps going this long after the deadline, for the stragglers and the reviews. */
export const PROGRESS_AFTER_DEADLINE_DAYS = 14;

const DAY_MS = 86_400_000;

/** Whether a submission stands: waiting for review or accepted. */
export const hasStandingSubmission = (state: PactTargetState): boolean => state === 'terkirim' || state === 'diverifikasi';

/** A share of `of` as a percentage with one decimal; 0 when there is nothing to count. */
export function percent(part: number, of: number): number {
  return of === 0 ? 0 : Math.round((part / of) * 1000) / 10;
}

/**
 * The region a target is counted under: the campaign region's child that holds it (a province's
 * kabupaten/kota, a kabupaten's kecamatan), or its own region when it sits in the campaign region.
 */
export function regionGroupOf(targetRegionCode: string, campaignRegionCode: string): string {
  const depth = campaignRegionCode.split('.').length + 1;
  const parts = targetRegionCode.split('.');
  return parts.length <= depth ? targetRegionCode : parts.slice(0, depth).join('.');
}

export interface ComplianceTargetFacts {
  kind: PactTargetKind;
  regionCode: string;
  state: PactTargetState;
  submittedAt: Date | null;
  reviewedAt: Date | null;
}

export interface ComplianceInput<T extends ComplianceTargetFacts> {
  targets: readonly T[];
  campaignRegionCode: string;
  deadline: Date;
  createdAt: Date;
  zone: TimeZoneLabel;
  now: Date;
}

export interface ComplianceTotals {
  targets: number; submitted: number; verified: number; rejected: number; late: number; missing: number;
  percentVerified: number; percentSubmitted: number;
}
export interface RegionCompliance { regionCode: string; targets: number; submitted: number; verified: number; percentVerified: number }
export interface KindCompliance { kind: PactTargetKind; targets: number; submitted: number; verified: number; percentVerified: number }
export interface ProgressDay { date: string; submitted: number; verified: number }

export interface Compliance<T> {
  totals: ComplianceTotals;
  byRegion: RegionCompliance[];
  byKind: KindCompliance[];
  progress: ProgressDay[];
  late: T[];
  missing: T[];
}

interface Tally { targets: number; submitted: number; verified: number }
const emptyTally = (): Tally => ({ targets: 0, submitted: 0, verified: 0 });
function count(tally: Tally, target: ComplianceTargetFacts) {
  tally.targets += 1;
  if (hasStandingSubmission(target.state)) tally.submitted += 1;
  if (target.state === 'diverifikasi') tally.verified += 1;
}

/** The calendar day after `date` (YYYY-MM-DD). */
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * Cumulative submitted and verified targets at the end of each local day, from the campaign's
 * creation to today or 14 days past the deadline, whichever comes first. Drawn from each target's
 * standing submission and review, so a target rejected and sent again counts from its latest sending.
 */
export function complianceProgress(input: Omit<ComplianceInput<ComplianceTargetFacts>, 'campaignRegionCode'>): ProgressDay[] {
  const { zone } = input;
  const first = localDate(input.createdAt, zone);
  const stop = Math.min(input.now.getTime(), input.deadline.getTime() + PROGRESS_AFTER_DEADLINE_DAYS * DAY_MS);
  const last = localDate(new Date(stop), zone);
  if (last < first) return [];
  const submittedOn: string[] = [];
  const verifiedOn: string[] = [];
  for (const target of input.targets) {
    if (hasStandingSubmission(target.state) && target.submittedAt) submittedOn.push(localDate(target.submittedAt, zone));
    // A verified target without a review time still counts from its submission.
    const verifiedAt = target.reviewedAt ?? target.submittedAt;
    if (target.state === 'diverifikasi' && verifiedAt) verifiedOn.push(localDate(verifiedAt, zone));
  }
  submittedOn.sort();
  verifiedOn.sort();
  const days: ProgressDay[] = [];
  let s = 0;
  let v = 0;
  for (let date = first; date <= last; date = nextDay(date)) {
    while (s < submittedOn.length && submittedOn[s]! <= date) s += 1;
    while (v < verifiedOn.length && verifiedOn[v]! <= date) v += 1;
    days.push({ date, submitted: s, verified: v });
  }
  return days.slice(-MAX_PROGRESS_DAYS);
}

/** The whole compliance picture of one campaign from its targets (pure: `now` is a parameter). */
export function summariseCompliance<T extends ComplianceTargetFacts>(input: ComplianceInput<T>): Compliance<T> {
  const all = emptyTally();
  const regions = new Map<string, Tally>();
  const kinds = new Map<PactTargetKind, Tally>();
  let rejected = 0;
  const late: T[] = [];
  const missing: T[] = [];
  for (const target of input.targets) {
    count(all, target);
    const group = regionGroupOf(target.regionCode, input.campaignRegionCode);
    if (!regions.has(group)) regions.set(group, emptyTally());
    count(regions.get(group)!, target);
    if (!kinds.has(target.kind)) kinds.set(target.kind, emptyTally());
    count(kinds.get(target.kind)!, target);
    if (target.state === 'ditolak') rejected += 1;
    if (!hasStandingSubmission(target.state)) missing.push(target);
    else if (submittedLate(target.submittedAt, input.deadline)) late.push(target);
  }
  const withPercent = (tally: Tally) => ({ ...tally, percentVerified: percent(tally.verified, tally.targets) });
  return {
    totals: {
      targets: all.targets, submitted: all.submitted, verified: all.verified, rejected, late: late.length, missing: missing.length,
      percentVerified: percent(all.verified, all.targets), percentSubmitted: percent(all.submitted, all.targets),
    },
    byRegion: [...regions.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([regionCode, tally]) => ({ regionCode, ...withPercent(tally) })),
    byKind: PACT_TARGET_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({ kind, ...withPercent(kinds.get(kind)!) })),
    progress: complianceProgress(input),
    late,
    missing,
  };
}

/** Per-campaign counts for an overview: how many targets in each state, and how many of the standing ones came late. */
export interface StateCount { state: PactTargetState; late: boolean; count: number }

/** A campaign's headline figures from its state counts (the same rules as summariseCompliance). */
export function summariseCounts(counts: readonly StateCount[]): { targets: number; verified: number; percentVerified: number; late: number; missing: number } {
  let targets = 0;
  let verified = 0;
  let late = 0;
  let missing = 0;
  for (const { state, late: isLate, count: n } of counts) {
    targets += n;
    if (state === 'diverifikasi') verified += n;
    if (!hasStandingSubmission(state)) missing += n;
    else if (isLate) late += n;
  }
  return { targets, verified, percentVerified: percent(verified, targets), late, missing };
}
