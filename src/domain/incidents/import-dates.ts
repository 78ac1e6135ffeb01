import { UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';

/**
 * Times as Indonesian spreadsheets hold them, read as instants. A time without an offset is a wall
 * clock in the report's region (`zone`), unless it names its zone ("20:00 WITA"). Accepted:
 * - ISO 8601, with an offset ("2024-11-19T12:00:00Z", "…+08:00") or without ("2024-11-19 20:00");
 * - day first: "19/11/2024 20:00", "19-11-2024 20.00", "19.11.2024", "19/11/24 8:05:30";
 * - month names in Indonesian or English: "19 Nov 2024 20:00", "19 Agustus 2024";
 * - an Excel serial day number ("45615.5"), as a CSV saved from a date cell may hold.
 * A date without a time is midnight local. Null when the text is none of these or no such day exists.
 */
export function parseSpreadsheetTime(input: string, zone: TimeZoneLabel): Date | null {
  let text = input.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const named = / (WIB|WITA|WIT)$/i.exec(text);
  if (named) {
    zone = named[1]!.toUpperCase() as TimeZoneLabel;
    text = text.slice(0, named.index).trim();
  }
  if (/^\d{4,5}(?:\.\d+)?$/.test(text)) return excelSerial(Number(text), zone);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?)?\s?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, offset] = iso;
    if (offset) return checkedInstant(y!, m!, d!, hh, mm, ss, offsetMinutes(offset));
    return checkedInstant(y!, m!, d!, hh, mm, ss, UTC_OFFSET_HOURS[zone] * 60);
  }
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,? (\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/.exec(text);
  if (dayFirst) {
    const [, d, m, y, hh, mm, ss] = dayFirst;
    return checkedInstant(fullYear(y!), m!, d!, hh, mm, ss, UTC_OFFSET_HOURS[zone] * 60);
  }
  const worded = /^(\d{1,2}) ([a-z]+)\.? (\d{4})(?:,? (?:pukul |jam |at )?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/i.exec(text);
  if (worded) {
    const [, d, name, y, hh, mm, ss] = worded;
    const month = monthOf(name!);
    return month === null ? null : checkedInstant(y!, String(month), d!, hh, mm, ss, UTC_OFFSET_HOURS[zone] * 60);
  }
  return null;
}

const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'], ['februari', 'february', 'feb', 'pebruari'], ['maret', 'march', 'mar'], ['april', 'apr'], ['mei', 'may'],
  ['juni', 'june', 'jun'], ['juli', 'july', 'jul'], ['agustus', 'august', 'agu', 'agt', 'aug'], ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'], ['november', 'nov', 'nop', 'nopember'], ['desember', 'december', 'des', 'dec'],
];

function monthOf(name: string): number | null {
  const index = MONTHS.findIndex((names) => names.includes(name.toLowerCase()));
  return index === -1 ? null : index + 1;
}

/** Two-digit years are this century's: spreadsheets of reports hold recent events. */
const fullYear = (y: string) => (y.length === 2 ? `20${y}` : y);

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

/** The instant of a wall clock at `offset` minutes east of UTC; null for a day or time that does not exist (31/02, 25:00). */
function checkedInstant(y: string, m: string, d: string, hh: string | undefined, mm: string | undefined, ss: string | undefined, offset: number): Date | null {
  const parts = [Number(y), Number(m), Number(d), Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0)] as const;
  const [year, month, day, hour, minute, second] = parts;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(wall - offset * 60_000);
}

/** Excel's serial days (1900 date system: day 25569 is 1970-01-01), a wall clock in `zone`; only plausible years (1990–2100). */
function excelSerial(serial: number, zone: TimeZoneLabel): Date | null {
  if (serial < 32874 || serial > 73051) return null;
  const wall = Math.round((serial - 25569) * 86_400) * 1000;
  return new Date(wall - UTC_OFFSET_HOURS[zone] * 3_600_000);
}
