import type { CurrentUser } from '../../accountsApi';
import { TIME_ZONES, timeZoneOfRegion, type TimeZoneLabel } from '../../../domain/regions/timezones';
import type { ReportAction, ReviewAction } from './api';

// The server says what the caller may do with a report (`actions`); these helpers cover what it
// does not say per report: who may file a new one, and the zone a report's times are shown in.

type Account = Pick<CurrentUser, 'role' | 'scopeRegionCode'> | undefined;

/** Whether `code` is `scope` or lies beneath it (null scope: the whole country). */
export function withinScope(scope: string | null, code: string): boolean {
  return scope === null || code === scope || code.startsWith(`${scope}.`);
}

/** Whether the account may write (file incidental reports, draft, submit) for a region. */
export function mayAuthor(user: Account, regionCode: string): boolean {
  if (!user || !['admin', 'coordinator', 'officer'].includes(user.role)) return false;
  return withinScope(user.scopeRegionCode, regionCode);
}

const REVIEW_ORDER: readonly ReviewAction[] = ['mulai', 'kembalikan', 'terima'];

/** The review steps among what the server allows, in the order of the flow. */
export function reviewSteps(actions: readonly ReportAction[]): ReviewAction[] {
  return REVIEW_ORDER.filter((step) => actions.includes(step));
}

/** A province report (one-segment region code) can pull in its kabupaten/kota summaries. */
export function isProvince(regionCode: string): boolean {
  return !regionCode.includes('.');
}

/** The zone label the server sent for a report's region, or the one its code implies. */
export function zoneOf(report: { timeZone: string; regionCode: string }): TimeZoneLabel {
  return (TIME_ZONES as readonly string[]).includes(report.timeZone) ? (report.timeZone as TimeZoneLabel) : timeZoneOfRegion(report.regionCode);
}
