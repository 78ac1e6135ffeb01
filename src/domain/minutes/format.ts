import { UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';
import type { MinutesLabels } from './types.js';

type Words = Pick<MinutesLabels, 'months' | 'weekdays' | 'timeSeparator' | 'untilDone'>;

interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

/** What a wall clock in `zone` shows at an instant (Indonesia has no daylight saving). */
export function wallClock(instant: string, zone: TimeZoneLabel): WallClock {
  const shifted = new Date(Date.parse(instant) + UTC_OFFSET_HOURS[zone] * 3_600_000);
  return {
    year: shifted.getUTCFullYear(), month: shifted.getUTCMonth(), day: shifted.getUTCDate(), weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "30 Juli 2024" from a calendar date (YYYY-MM-DD). */
export function formatDate(isoDate: string, words: Pick<Words, 'months'>): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${words.months[month - 1]} ${year}`;
}

/** "Selasa, 30 Juli 2024": the day an instant falls on in the zone. */
export function formatDay(instant: string, zone: TimeZoneLabel, words: Words): string {
  const at = wallClock(instant, zone);
  return `${words.weekdays[at.weekday]}, ${at.day} ${words.months[at.month]} ${at.year}`;
}

/** "09.00" (id) or "09:00" (en), in the zone, without its label. */
export function formatClock(instant: string, zone: TimeZoneLabel, words: Pick<Words, 'timeSeparator'>): string {
  const at = wallClock(instant, zone);
  return `${two(at.hour)}${words.timeSeparator}${two(at.minute)}`;
}

/**
 * The meeting's hours in its zone: "09.00–13.00 WITA"; "09.00 WITA s.d. selesai" without an end;
 * with the end's date when it ends on another day.
 */
export function formatTimeRange(startsAt: string, endsAt: string | null, zone: TimeZoneLabel, words: Words): string {
  const start = formatClock(startsAt, zone, words);
  if (endsAt === null) return `${start} ${zone} ${words.untilDone}`;
  const [a, b] = [wallClock(startsAt, zone), wallClock(endsAt, zone)];
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  if (sameDay) return `${start}–${formatClock(endsAt, zone, words)} ${zone}`;
  return `${start} ${zone} – ${formatDay(endsAt, zone, words)} ${formatClock(endsAt, zone, words)} ${zone}`;
}

/** "08.55 WITA", with the date when it is not the meeting's day (`day` is the meeting's start). */
export function formatArrival(instant: string, day: string, zone: TimeZoneLabel, words: Words): string {
  const [a, b] = [wallClock(instant, zone), wallClock(day, zone)];
  const time = `${formatClock(instant, zone, words)} ${zone}`;
  if (a.year === b.year && a.month === b.month && a.day === b.day) return time;
  return `${a.day} ${words.months[a.month]} ${a.year} ${time}`;
}

/** The place written above the signatures: the region's name without "Kabupaten"/"Kota" ("Bangli"). */
export function placeOf(regionName: string | null): string | null {
  if (!regionName) return null;
  return regionName.replace(/^(kabupaten|kab\.|kota administrasi|kota)\s+/i, '').trim() || null;
}

/** Fills {placeholders} of a catalogue text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Longest run of characters without a break opportunity that the minutes print as it is. */
const LONGEST_WORD = 20;
const LONG_WORD = /[^\s\u200b]{21,}/gu;

/**
 * Lets a line break inside words longer than a table column is wide (a URL, an e-mail address, a
 * run of one letter) by putting a zero-width space every 20 characters: without it pdfmake widens
 * the column past the edge of the page.
 */
export function softenLongWords(text: string): string {
  return text.replace(LONG_WORD, (word) => {
    const chars = Array.from(word);
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += LONGEST_WORD) pieces.push(chars.slice(i, i + LONGEST_WORD).join(''));
    return pieces.join('\u200b');
  });
}
