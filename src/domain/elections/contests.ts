import type { RegionKind } from '../regions/codes.js';
import type { Office } from './types.js';

/** Provinces whose governor is not elected: DIY's Sultan is governor by law (UU 13/2012). */
const APPOINTED_GOVERNOR_PROVINCES = new Set(['34']);

/**
 * The head-of-region contest a province or kabupaten/kota holds in a Pilkada, or null when it
 * holds none: DIY elects no governor, and Jakarta's administrative cities and regency are not
 * autonomous, so they elect no mayor or regent.
 */
export function pilkadaOffice(code: string, kind: RegionKind): Office | null {
  switch (kind) {
    case 'provinsi':
      return APPOINTED_GOVERNOR_PROVINCES.has(code) ? null : 'gubernur';
    case 'kabupaten':
      return 'bupati';
    case 'kota':
      return 'walikota';
    default:
      return null;
  }
}
