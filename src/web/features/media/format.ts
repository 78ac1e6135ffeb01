import { formatCalendarDate, formatInZone, timeZoneOfRegion, type TimeZoneLabel } from '../../shell/zonedTime';
import type { RegionRef } from './api';

export { formatCalendarDate, formatInZone } from '../../shell/zonedTime';

/**
 * The zone an article's times are shown in: its first region's (where the news happened), else the
 * reader's scope region's, else WIB.
 */
export function zoneOfArticle(regions: readonly RegionRef[], scopeRegionCode: string | null | undefined): TimeZoneLabel {
  const first = regions[0]?.code ?? scopeRegionCode;
  return first ? timeZoneOfRegion(first) : 'WIB';
}

const MIDNIGHT_UTC = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/;

/**
 * When an article was published. A publication given as a bare day is stored as that day's midnight
 * UTC: it shows as the day, not as a made-up hour ("08.00 WITA").
 */
export function formatPublished(locale: string, iso: string, zone: TimeZoneLabel): string {
  const day = MIDNIGHT_UTC.exec(iso)?.[1];
  return day ? formatCalendarDate(locale, day) : formatInZone(locale, iso, zone);
}
