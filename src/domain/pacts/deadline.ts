import { IANA_ZONE, UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';

/** The shape a deadline is typed in: the wall clock of the campaign region, to the minute. */
export const LOCAL_DEADLINE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock deadline ("2024-09-30T23:59") means in `zone`. Indonesia's zones keep a
 * fixed offset (no daylight saving), so the offset is plain arithmetic. Null for a time that does not
 * exist (30 February, 24:00) or a year people do not mean.
 */
export function parseLocalDeadline(text: string, zone: TimeZoneLabel): Date | null {
  const match = LOCAL_DEADLINE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (year < 2000 || year > 2999 || hour > 23 || minute > 59) return null;
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (wall.getUTCMonth() !== month - 1 || wall.getUTCDate() !== day) return null;
  return new Date(wall.getTime() - UTC_OFFSET_HOURS[zone] * 3_600_000);
}

/** The wall clock ("2024-09-30T23:59") an instant shows in `zone`: what an edit form starts from. */
export function localDeadlineText(at: Date, zone: TimeZoneLabel): string {
  return new Date(at.getTime() + UTC_OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(0, 16);
}

/** The IANA name clients format local times with. */
export function ianaZone(zone: TimeZoneLabel): string {
  return IANA_ZONE[zone];
}
