import { localDate, timeZoneOfRegion, UTC_OFFSET_HOURS, type TimeZoneLabel } from '../../../domain/regions/timezones';
import { formatInZone } from '../../shell/zonedTime';

export { formatCalendarDate, formatInZone } from '../../shell/zonedTime';
export { timeZoneOfRegion, type TimeZoneLabel };

const HOUR_MS = 3_600_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

function valid(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Start and end in the meeting's own zone; the end shows only its time when it falls on the same day. */
export function formatMeetingRange(locale: string, startsAt: string, endsAt: string | null, zone: TimeZoneLabel): string {
  const start = formatInZone(locale, startsAt, zone);
  if (!endsAt) return start;
  const sameDay = localDay(startsAt, zone) === localDay(endsAt, zone);
  const end = formatInZone(locale, endsAt, zone, sameDay ? 'time' : 'dateTime');
  return `${start.slice(0, -zone.length - 1)} – ${end}`;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `zone`. */
export function localDay(iso: string, zone: TimeZoneLabel): string {
  const date = valid(iso);
  return date ? localDate(date, zone) : '';
}

/** An instant as the value of an <input type="datetime-local"> showing the wall clock of `zone`. */
export function toLocalInput(iso: string | null, zone: TimeZoneLabel): string {
  const date = iso ? valid(iso) : null;
  if (!date) return '';
  return new Date(date.getTime() + UTC_OFFSET_HOURS[zone] * HOUR_MS).toISOString().slice(0, 16);
}

/** A wall-clock "2024-10-03T09:00" in `zone` as an ISO instant with that zone's offset, or null when malformed. */
export function fromLocalInput(value: string, zone: TimeZoneLabel): string | null {
  const match = LOCAL.exec(value);
  if (!match) return null;
  const offset = `+${String(UTC_OFFSET_HOURS[zone]).padStart(2, '0')}:00`;
  const iso = `${match[1]}T${match[2]}:00${offset}`;
  return valid(iso) ? iso : null;
}

/** The instant a calendar day starts in `zone` (plus `plusDays`, 1 for an exclusive end), or undefined. */
export function dayStartIn(day: string, zone: TimeZoneLabel, plusDays = 0): string | undefined {
  if (!DAY.test(day)) return undefined;
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const utc = Date.UTC(y, m - 1, d + plusDays) - UTC_OFFSET_HOURS[zone] * HOUR_MS;
  return Number.isNaN(utc) ? undefined : new Date(utc).toISOString();
}

/** "2024-10" for a day or month string; undefined when malformed. */
export function monthOf(value: string): string | undefined {
  return /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : undefined;
}

/** The month `delta` months from "YYYY-MM". */
export function addMonths(month: string, delta: number): string {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

/** The days of a month grid (Monday first), whole weeks, as YYYY-MM-DD with whether each lies in the month. */
export function monthGrid(month: string): Array<{ day: string; inMonth: boolean }> {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  const first = Date.UTC(y, m - 1, 1);
  const lead = (new Date(first).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells = Math.ceil((lead + days) / 7) * 7;
  return Array.from({ length: cells }, (_, index) => {
    const date = new Date(first + (index - lead) * 24 * HOUR_MS);
    return { day: date.toISOString().slice(0, 10), inMonth: date.getUTCMonth() === m - 1 };
  });
}

/** "Oktober 2024" in the UI language. */
export function formatMonth(locale: string, month: string): string {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "Kamis, 3 Oktober" for a calendar day. */
export function formatDayHeading(locale: string, day: string): string {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Short weekday names, Monday first. */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2024, 0, 1 + index))));
}
