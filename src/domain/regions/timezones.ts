/** Indonesia's three zones (Keppres 41/1987); each province lies wholly in one, no daylight saving. */
export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZoneLabel = (typeof TIME_ZONES)[number];

export const IANA_ZONE: Record<TimeZoneLabel, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

export const UTC_OFFSET_HOURS: Record<TimeZoneLabel, number> = { WIB: 7, WITA: 8, WIT: 9 };

const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT_PROVINCES = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

/** The zone of any region, from the first two digits of its code (its province). */
export function timeZoneOfRegion(code: string): TimeZoneLabel {
  const province = code.slice(0, 2);
  if (WIT_PROVINCES.has(province)) return 'WIT';
  if (WITA_PROVINCES.has(province)) return 'WITA';
  return 'WIB';
}

/** The calendar date (YYYY-MM-DD) that a wall clock in `zone` shows at instant `at`. */
export function localDate(at: Date, zone: TimeZoneLabel): string {
  const shifted = new Date(at.getTime() + UTC_OFFSET_HOURS[zone] * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}
