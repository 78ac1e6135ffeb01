/**
 * How many reports a kabupaten/kota draws. The gazetteer (idn-area-data, the regions table) holds
 * no population, so its size stands in for it: the number of desa/kelurahan in it, a kelurahan
 * (urban, code 1xxx) counting as KELURAHAN_WEIGHT desa. A rough estimate, not census data: an
 * average kelurahan holds about four times the people of an average desa (roughly 8,500 kelurahan
 * and 75,000 desa for some 280 million people, most of the urban ones in kelurahan). It overweights
 * regions of many small villages (the Papua highlands) and underweights dense desa in Java.
 */

export const KELURAHAN_WEIGHT = 4;

export interface RegencySize {
  desa: number;
  kelurahan: number;
}

/** A kabupaten/kota's weight: at least 1, so one without villages in the gazetteer still gets reports. */
export function regencyWeight(size: RegencySize): number {
  return Math.max(1, size.desa + KELURAHAN_WEIGHT * size.kelurahan);
}

/** A desa/kelurahan code's kind from its last part (Kemendagri: 1xxx kelurahan, 2xxx desa, 3xxx desa adat). */
export function isKelurahanCode(code: string): boolean {
  const last = code.split('.')[3];
  return last !== undefined && last.startsWith('1');
}
