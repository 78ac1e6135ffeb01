/**
 * Readiness bands: the colour a region's readiness percent gets on maps and bars. One constant, read
 * by the API (`band` of GET /readiness/scores) and the web app, so a region never shows two colours.
 *
 * siap from 80 %, sebagian from 50 % up to (not including) 80 %, belum below 50 %; a region without
 * a percent (no assessment, or nothing applicable) has no band and is drawn grey. The names follow
 * the item statuses on purpose: a region "siap" is one whose checklists are mostly siap. 80 and 50
 * are Sinergi's defaults, not a regulation's: a desk reads them as "on track" and "half way".
 */

export const READINESS_BANDS = ['siap', 'sebagian', 'belum'] as const;
export type ReadinessBand = (typeof READINESS_BANDS)[number];

/** The lowest percent of each band but the last (belum is everything below sebagian). */
export const READINESS_BAND_FLOORS = { siap: 80, sebagian: 50 } as const;

/**
 * The band of a percent, or null without one. Give the percent as shown (rounded to 2 decimals), so
 * that the colour and the number agree at a threshold: 79.996 shows as 80 and is siap.
 */
export function readinessBand(percent: number | null): ReadinessBand | null {
  if (percent === null || !Number.isFinite(percent)) return null;
  if (percent >= READINESS_BAND_FLOORS.siap) return 'siap';
  if (percent >= READINESS_BAND_FLOORS.sebagian) return 'sebagian';
  return 'belum';
}
