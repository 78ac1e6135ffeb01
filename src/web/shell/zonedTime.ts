import { IANA_ZONE, timeZoneOfRegion, type TimeZoneLabel } from '../../domain/regions/timezones';

export type { TimeZoneLabel } from '../../domain/regions/timezones';
export { timeZoneOfRegion };

type Style = 'dateTime' | 'time' | 'day';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  dateTime: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { day: 'numeric', month: 'short', year: 'numeric' },
};

/**
 * An instant as a wall clock in one of Indonesia's zones shows it, with the zone's label:
 * "Sen, 30 Sep 2024 10.00 WITA" (dateTime), "10.00 WITA" (time). The viewer's own zone plays no part,
 * so a desk in Jakarta and one in Jayapura read the same local time of a meeting in Denpasar.
 */
export function formatInZone(locale: string, iso: string, zone: TimeZoneLabel, style: Style = 'dateTime'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone: IANA_ZONE[zone] }).format(date);
  return style === 'day' ? text : `${text} ${zone}`;
}

/** A calendar date (YYYY-MM-DD) as the UI language writes it; no zone can shift a calendar date. */
export function formatCalendarDate(locale: string, isoDate: string): string {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
