import { UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';

/**
 * When a periodic report is due: 23:59:59 local time (the region's zone) of the period's last day
 * plus `dueDays` calendar days. Indonesia has no daylight saving, so the offset is fixed per zone.
 */
export function dueInstant(periodEnd: string, dueDays: number, zone: TimeZoneLabel): Date {
  const [year, month, day] = periodEnd.split('-').map(Number) as [number, number, number];
  const localAsUtc = Date.UTC(year, month - 1, day + dueDays, 23, 59, 59);
  return new Date(localAsUtc - UTC_OFFSET_HOURS[zone] * 3_600_000);
}

/**
 * Late: submitted after its due instant, or still not submitted when `now` is past it. The first
 * submission counts: a report returned for corrections was not late if it first came in time.
 */
export function isLate(dueAt: Date | null, submittedAt: Date | null, now: Date): boolean {
  if (dueAt === null) return false;
  if (submittedAt !== null) return submittedAt.getTime() > dueAt.getTime();
  return now.getTime() > dueAt.getTime();
}
