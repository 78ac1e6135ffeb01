/**
 * Edits (insert, delete, substitute, swap two neighbours) between two strings, stopping early once
 * it exceeds `limit` (returns limit + 1 then): a typed word is compared with hundreds of keywords
 * and names, and only "one or two slips of the thumb" matter.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Optimal string alignment over three rolling rows (the swap looks two rows back).
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How many slips a typed word of this length may hold and still count: none in short words, where one changes the word. */
export function typoAllowance(length: number): number {
  if (length <= 4) return 0;
  return length <= 8 ? 1 : 2;
}
