import { timeZoneOfRegion, type TimeZoneLabel } from '../../shell/zonedTime';
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
