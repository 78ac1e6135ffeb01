import type { ReadinessBand } from '../../../domain/readiness/bands';
import type { RegionFill } from '../geo/region-map-option';
import type { ReadinessScores } from './readinessApi';

export type ScoreRow = ReadinessScores['rows'][number];

/**
 * Map fills of the readiness bands (src/domain/readiness/bands.ts), in the vulnerability map's palette
 * turned around: green is ready, red is not. Grey has no percent; a lighter grey lies outside the
 * reader's scope (not "unassessed": the reader simply may not see it).
 */
export const BAND_FILLS: Record<ReadinessBand, RegionFill> = {
  siap: { colour: '#2f9e44', category: 'siap' },
  sebagian: { colour: '#f59f00', category: 'sebagian' },
  belum: { colour: '#e03131', category: 'belum' },
};
export const NO_PERCENT: RegionFill = { colour: '#ced4da', category: null };
export const OUTSIDE: RegionFill = { colour: '#f1f3f5', category: 'outside' };

/** Each listed region's fill by its band; regions the reader may not read are not listed and take OUTSIDE. */
export function readinessFills(rows: readonly ScoreRow[]): Map<string, RegionFill> {
  return new Map(rows.map((row) => [row.code, row.band === null ? NO_PERCENT : BAND_FILLS[row.band]]));
}

export interface BandCounts extends Record<ReadinessBand, number> {
  /** Listed without a percent. */
  none: number;
  /** On the map but not listed: outside the reader's scope. */
  outside: number;
}

/** How many of the map's regions fall in each band, for the screen-reader summary. */
export function bandCounts(rows: readonly ScoreRow[], mapCodes: readonly string[]): BandCounts {
  const counts: BandCounts = { siap: 0, sebagian: 0, belum: 0, none: 0, outside: 0 };
  const listed = new Map(rows.map((row) => [row.code, row]));
  for (const code of mapCodes) {
    const row = listed.get(code);
    if (!row) counts.outside += 1;
    else counts[row.band ?? 'none'] += 1;
  }
  return counts;
}
