/**
 * Readiness (kesiapan) percentages: how far a region's checklist is done, and a province's roll-up
 * of its kabupaten/kota. Pure arithmetic; nothing is rounded here.
 */

export const READINESS_STATUSES = ['siap', 'sebagian', 'belum', 'tidak_berlaku'] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];

/** How much of an item's weight a status earns; tidak_berlaku is left out of the sum altogether. */
const CREDIT: Record<Exclude<ReadinessStatus, 'tidak_berlaku'>, number> = { siap: 1, sebagian: 0.5, belum: 0 };

/**
 * 100 · Σ(w · credit) / Σw over the items that apply. An item marked tidak_berlaku (a region
 * without islands has no sea logistics) neither helps nor hurts. Null when nothing applies:
 * "not applicable" is not 0 % ready.
 */
export function readinessPercent(items: ReadonlyArray<{ weight: number; status: ReadinessStatus }>): number | null {
  let weights = 0;
  let earned = 0;
  for (const item of items) {
    if (item.status === 'tidak_berlaku') continue;
    weights += item.weight;
    earned += item.weight * CREDIT[item.status];
  }
  return weights > 0 ? (100 * earned) / weights : null;
}

export interface RollUp {
  /** Unweighted mean over assessed children; null when none is. */
  percent: number | null;
  /** Expected children with a percent. */
  assessed: number;
  /** Distinct expected children. */
  expected: number;
  /** Expected codes without an assessment or with a null percent, sorted. */
  missing: string[];
}

/**
 * A province's readiness from its kabupaten/kota. Each child counts the same: there is no agreed
 * size weight (voters? TPS? area?), and an unready TPS in a small kabupaten matters as much on
 * polling day as one in a large kota — a voter-weighted mean would let a few big cities hide it.
 *
 * Only expected children count: an assessment for a code outside `expectedRegionCodes` (a region
 * since split or moved) would otherwise skew the mean and make `assessed` exceed `expected`.
 * Missing children are left out of the mean, not counted as 0, and listed in `missing`.
 */
export function rollUp(children: ReadonlyArray<{ regionCode: string; percent: number | null }>, expectedRegionCodes: readonly string[]): RollUp {
  const expected = new Set(expectedRegionCodes);
  const percents = new Map<string, number>();
  for (const child of children) {
    if (expected.has(child.regionCode) && child.percent !== null) percents.set(child.regionCode, child.percent);
  }
  let total = 0;
  for (const p of percents.values()) total += p;
  return {
    percent: percents.size > 0 ? total / percents.size : null,
    assessed: percents.size,
    expected: expected.size,
    missing: [...expected].filter((code) => !percents.has(code)).sort(),
  };
}

/** The items still to act on (belum or sebagian), in checklist order. */
export function gaps<T extends { status: ReadinessStatus }>(items: readonly T[]): T[] {
  return items.filter((item) => item.status === 'belum' || item.status === 'sebagian');
}
