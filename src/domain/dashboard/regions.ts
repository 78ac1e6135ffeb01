/** How many regions the "worst" list shows. */
export const WORST_REGIONS = 10;

export interface RegionStanding {
  code: string;
  name: string;
  vulnerabilityScore: number | null;
  readinessPercent: number | null;
}

/**
 * The regions that need attention first: highest vulnerability score, then lowest readiness;
 * a region with neither figure comes last (nothing known is not the same as fine), ties by code.
 */
export function worstRegions<T extends RegionStanding>(rows: readonly T[], limit: number = WORST_REGIONS): T[] {
  const score = (row: T) => row.vulnerabilityScore ?? -1;
  const readiness = (row: T) => row.readinessPercent ?? 101;
  return [...rows]
    .filter((row) => row.vulnerabilityScore !== null || row.readinessPercent !== null)
    .sort((a, b) => score(b) - score(a) || readiness(a) - readiness(b) || a.code.localeCompare(b.code))
    .slice(0, limit);
}

/** The month before the one of `today` (YYYY-MM): the political report period that is owed now. */
export function previousMonth(today: string): string {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
