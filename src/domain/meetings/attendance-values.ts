import { localDate, UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';

/** What a person writes in a "present" cell: Indonesian or English words, digits and tick marks. */
const PRESENT = new Set(['ya', 'y', 'yes', 'hadir', 'h', '1', 'true', 'benar', 'ok', '✓', '✔', '☑', '√', 'v']);
const ABSENT = new Set(['tidak', 'tdk', 'tidak hadir', 'n', 'no', 'not present', 'absent', 'absen', 'izin', 'sakit', '0', 'false', 'salah', '✗', '✘', '☐', '-']);

/** A "present" cell as true or false; null when blank, 'invalid' when it says neither. */
export function parsePresence(text: string): boolean | null | 'invalid' {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return null;
  if (PRESENT.has(value)) return true;
  if (ABSENT.has(value)) return false;
  return 'invalid';
}

const ZONE = '(?:\\s*(WIB|WITA|WIT|Z|[+-]\\d{2}:?\\d{2}))?';
const CLOCK = '(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:\\.\\d+)?)?';
const TIME_ONLY = new RegExp(`^${CLOCK}${ZONE}$`, 'i');
const ISO_DATE_TIME = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T|\\s+)${CLOCK}${ZONE}$`, 'i');
const LOCAL_DATE_TIME = new RegExp(`^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})\\s+${CLOCK}${ZONE}$`, 'i');

/** Minutes east of UTC for a zone label or an ISO offset; the meeting's zone when there is none. */
function offsetMinutes(zone: string | undefined, fallback: TimeZoneLabel): number {
  if (!zone) return UTC_OFFSET_HOURS[fallback] * 60;
  const upper = zone.toUpperCase();
  if (upper === 'Z') return 0;
  if (upper === 'WIB' || upper === 'WITA' || upper === 'WIT') return UTC_OFFSET_HOURS[upper] * 60;
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** The instant a wall clock shows, or null when the fields are not a real date and time. */
function instantOf(parts: { year: number; month: number; day: number; hour: number; minute: number; second: number }, offset: number): Date | null {
  const { year, month, day, hour, minute, second } = parts;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(wall - offset * 60_000);
}

/**
 * An arrival time as people write it: "09:30" or "9.30" (the meeting's day, in its zone), optionally
 * with a zone ("09:30 WIB"), or a full date and time ("2024-07-30 09:30", "30/07/2024 09.30",
 * "2024-07-30T01:30:00Z"); without a zone, a time is read in the meeting's zone. Null when blank,
 * 'invalid' when it is not a time.
 */
export function parseArrival(text: string, meeting: { startsAt: string; timeZone: TimeZoneLabel }): Date | null | 'invalid' {
  const value = text.trim();
  if (value === '') return null;
  let match = TIME_ONLY.exec(value);
  if (match) {
    const [year, month, day] = localDate(new Date(meeting.startsAt), meeting.timeZone).split('-').map(Number) as [number, number, number];
    const [, hour, minute, second, zone] = match;
    return instantOf({ year, month, day, hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) }, offsetMinutes(zone, meeting.timeZone)) ?? 'invalid';
  }
  match = ISO_DATE_TIME.exec(value);
  if (match) {
    const [, year, month, day, hour, minute, second, zone] = match;
    const parts = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) };
    return instantOf(parts, offsetMinutes(zone, meeting.timeZone)) ?? 'invalid';
  }
  match = LOCAL_DATE_TIME.exec(value);
  if (match) {
    const [, day, month, year, hour, minute, second, zone] = match;
    const parts = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) };
    return instantOf(parts, offsetMinutes(zone, meeting.timeZone)) ?? 'invalid';
  }
  return 'invalid';
}

/** How early before the start and how late after the end an arrival may plausibly be. */
const EARLIEST_BEFORE_START_MS = 12 * 3_600_000;
const LATEST_AFTER_END_MS = 24 * 3_600_000;

/** Whether an arrival fits the meeting: from 12 hours before its start to a day after its end (or start). */
export function arrivalFits(at: Date, meeting: { startsAt: string; endsAt: string | null }): boolean {
  const start = Date.parse(meeting.startsAt);
  const end = Date.parse(meeting.endsAt ?? meeting.startsAt);
  return at.getTime() >= start - EARLIEST_BEFORE_START_MS && at.getTime() <= end + LATEST_AFTER_END_MS;
}

/** "09:30" as a wall clock in `zone` shows instant `at`. */
export function localClock(at: Date, zone: TimeZoneLabel): string {
  return new Date(at.getTime() + UTC_OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(11, 16);
}

/**
 * A date that spreadsheets show as the calendar day `zone` shows at `at`: spreadsheet dates have no
 * zone, so the day is stored as midnight UTC of that day.
 */
export function spreadsheetDay(at: Date, zone: TimeZoneLabel): Date {
  return new Date(`${localDate(at, zone)}T00:00:00Z`);
}
