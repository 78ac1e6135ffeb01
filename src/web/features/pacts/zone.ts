import { IANA_ZONE, TIME_ZONES, UTC_OFFSET_HOURS, type TimeZoneLabel } from '../../../domain/regions/timezones';
import { timeZoneOfRegion } from '../../shell/zonedTime';

/** The WIB/WITA/WIT label of an IANA zone the server sends; a region's own zone when the name is unknown. */
export function zoneLabel(timeZone: string, regionCode = ''): TimeZoneLabel {
  return TIME_ZONES.find((label) => IANA_ZONE[label] === timeZone) ?? timeZoneOfRegion(regionCode);
}

/** An instant as the wall clock of `zone` reads it, in the form a datetime-local input takes ("YYYY-MM-DDTHH:mm"). */
export function toLocalInput(iso: string, zone: TimeZoneLabel): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Date(at.getTime() + UTC_OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(0, 16);
}
