/**
 * The seeded random source of the demo data: the same seed gives the same rows on every machine and
 * engine (Math.random cannot be seeded).
 */

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  /** Picks by weight: `[[value, weight], …]` (a linear scan: for short tables). */
  const weighted = <T>(table: readonly (readonly [T, number])[]): T => {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1]![0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof seededRandom>;

/**
 * A picker over fixed weights by binary search on their running sums: for long tables (514
 * kabupaten/kota) drawn from millions of times, where a linear scan would dominate the run.
 */
export function weightedSampler<T>(table: readonly (readonly [T, number])[]): (rnd: Random) => T {
  const values = table.filter(([, w]) => w > 0).map(([value]) => value);
  if (!values.length) throw new Error('weightedSampler: no positive weight');
  const sums: number[] = [];
  let total = 0;
  for (const [, w] of table) if (w > 0) sums.push((total += w));
  return (rnd) => {
    const r = rnd.next() * total;
    let low = 0;
    let high = sums.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sums[middle]! > r) high = middle;
      else low = middle + 1;
    }
    return values[low]!;
  };
}
