import { localDate, timeZoneOfRegion, UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';

const DAY_MS = 86_400_000;

/** How many local days the incident trend covers, today included. */
export const TREND_DAYS = 14;

/** The zone a dashboard counts its days in: the region's, or WIB (the national desk's) for the whole country. */
export function dashboardZone(regionCode: string | null): TimeZoneLabel {
  return regionCode === null ? 'WIB' : timeZoneOfRegion(regionCode);
}

/** The date `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The `count` local days in `zone` ending with the one `now` falls in, oldest first. */
export function lastLocalDays(now: Date, zone: TimeZoneLabel, count: number = TREND_DAYS): string[] {
  const today = localDate(now, zone);
  return Array.from({ length: count }, (_, index) => addDays(today, index - count + 1));
}

/** The instant a local day starts in `zone` (midnight on the wall clock there). */
export function localDayStart(date: string, zone: TimeZoneLabel): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - UTC_OFFSET_HOURS[zone] * 3_600_000);
}

/** Whole days from `today` to `day` (both YYYY-MM-DD): 0 on the day itself, negative once it has passed. */
export function daysUntil(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** One count per day of `days` (oldest first), zero where `counts` has none. */
export function fillDays(days: readonly string[], counts: ReadonlyMap<string, number>): { date: string; count: number }[] {
  return days.map((date) => ({ date, count: counts.get(date) ?? 0 }));
}
