import { localDate, timeZoneOfRegion, type TimeZoneLabel } from '../../../domain/regions/timezones';

/** The zone a region's report is read in; national reports use WIB, as the server does. */
export function zoneOf(regionCode: string | null | undefined): TimeZoneLabel {
  return regionCode ? timeZoneOfRegion(regionCode) : 'WIB';
}

/** Today's date (YYYY-MM-DD) on the region's wall clock: the default day of a new report. */
export function todayIn(regionCode: string | null | undefined, now: Date): string {
  return localDate(now, zoneOf(regionCode));
}

/** The list's `region` filter for a chosen region: "national" for the national reports. */
export function regionFilter(regionCode: string | null | undefined): string {
  return regionCode || 'national';
}

/** A file size as people read it: "850 B", "12,3 kB", "1,2 MB" (decimal units, the locale's separator). */
export function fileSize(bytes: number, locale: string): string {
  if (bytes < 1000) return `${bytes} B`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
