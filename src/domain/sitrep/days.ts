import { localDate, UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The instant a local calendar day begins (00:00) in `zone`. */
export function startOfLocalDay(date: string, zone: TimeZoneLabel): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - UTC_OFFSET_HOURS[zone] * HOUR);
}

/** The last millisecond of a local calendar day in `zone`. */
export function endOfLocalDay(date: string, zone: TimeZoneLabel): Date {
  return new Date(startOfLocalDay(date, zone).getTime() + DAY - 1);
}

/**
 * The instant a report of `date` reads the figures at: the end of that local day, or `now` when the
 * day is still running (or it is today), so that no report claims to know what has not happened.
 */
export function reportInstant(date: string, zone: TimeZoneLabel, now: Date): Date {
  const end = endOfLocalDay(date, zone);
  return end.getTime() < now.getTime() ? end : now;
}

/** True when the local day `date` has not begun yet in `zone` at `now`. */
export function isFutureDay(date: string, zone: TimeZoneLabel, now: Date): boolean {
  return date > localDate(now, zone);
}

/** The latest instant at or before `now` when the wall clock in `zone` read `hour`:00. */
export function latestSlot(now: Date, hour: number, zone: TimeZoneLabel): Date {
  const today = startOfLocalDay(localDate(now, zone), zone).getTime() + hour * HOUR;
  return new Date(today <= now.getTime() ? today : today - DAY);
}

/** The first instant strictly after `now` when the wall clock in `zone` reads `hour`:00. */
export function nextSlot(now: Date, hour: number, zone: TimeZoneLabel): Date {
  return new Date(latestSlot(now, hour, zone).getTime() + DAY);
}
