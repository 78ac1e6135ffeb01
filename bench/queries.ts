import { PROVINCE_ALIASES } from '../src/domain/regions/province-aliases.js';

/**
 * Deterministic generator of region searches as people type them into the desk's search box.
 * Same seed and same gazetteer give the same queries on every machine and both engines, so
 * figures from different runs compare like with like.
 */

/** What a query exercises; p95 is reported per kind because they take different SQL paths. */
export type QueryKind =
  | 'prefix-1-2' // 1–2 characters: LIKE only, below the trigram threshold, matches thousands
  | 'prefix-3+' // progressive prefix of 3+ characters: LIKE or trigram
  | 'typo' // whole name with one letter swapped, dropped or replaced: trigram only
  | 'kind-word' // "Kab. Bangli", "Kota Samarinda", "Kec. Kuta": kind filter
  | 'province-alias' // "Kaltim", "NTT": the pinned-province path
  | 'name+province'; // "samarinda kaltim": narrowed to a province, maybe a second search

export const QUERY_KINDS: readonly QueryKind[] = ['prefix-1-2', 'prefix-3+', 'typo', 'kind-word', 'province-alias', 'name+province'];

export interface RegionSample {
  code: string;
  level: number;
  kind: string;
  searchName: string;
  provinceCode: string;
}

export interface TypedQuery {
  q: string;
  kind: QueryKind;
  /** Level of the region the person is after (1 province … 4 desa). */
  level: number;
  /** Code of the region the person is after: lets the run report whether it came back. */
  target: string;
}

/** mulberry32: tiny, fast, good enough for picking samples, and identical everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

/** Share of the queries per session type. Typing sessions yield several queries each. */
const PLAN: ReadonlyArray<readonly [Session, number]> = [
  ['typing', 0.4],
  ['typo', 0.2],
  ['kind-word', 0.12],
  ['province-alias', 0.1],
  ['name+province', 0.18],
];
type Session = 'typing' | 'typo' | 'kind-word' | 'province-alias' | 'name+province';

/** People look up kab/kota and kecamatan most, desa often, provinces rarely by name. */
const LEVEL_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [1, 0.1],
  [2, 0.3],
  [3, 0.3],
  [4, 0.3],
];
/** People stop typing long names once the list shows the place. */
const MAX_TYPED_LENGTH = 14;
const TYPO_LETTERS = 'aiueonrstkmglbdhpjwy';

/** Single-word short forms per province ("kaltim", "ntt"), from the product's own alias table. */
function shortForms(): Map<string, string[]> {
  const byProvince = new Map<string, string[]>();
  for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) {
    if (alias.includes(' ')) continue;
    byProvince.set(code, [...(byProvince.get(code) ?? []), alias]);
  }
  return byProvince;
}

/** How a person capitalises: mostly lower case, often Title Case, sometimes caps lock. */
function typedCase(rand: Rand, text: string): string {
  const r = rand();
  if (r < 0.5) return text;
  if (r < 0.9) return text.replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
  return text.toUpperCase();
}

/** Three-letter forms are acronyms ("NTT", "DIY"); the others read as words ("Kaltim"). */
function aliasCase(rand: Rand, alias: string): string {
  if (alias.length <= 3) return rand() < 0.7 ? alias.toUpperCase() : alias;
  return rand() < 0.6 ? alias[0]!.toUpperCase() + alias.slice(1) : alias;
}

function oneTypo(rand: Rand, name: string): string | null {
  const letters = [...name].map((ch, i) => ({ ch, i })).filter(({ ch, i }) => /\p{L}/u.test(ch) && i > 0);
  if (letters.length < 3) return null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const { i } = pick(rand, letters);
    const op = pick(rand, ['swap', 'drop', 'replace'] as const);
    let typed: string;
    if (op === 'swap') {
      const next = name[i + 1];
      if (!next || !/\p{L}/u.test(next)) continue;
      typed = name.slice(0, i) + next + name[i] + name.slice(i + 2);
    } else if (op === 'drop') {
      typed = name.slice(0, i) + name.slice(i + 1);
    } else {
      typed = name.slice(0, i) + pick(rand, [...TYPO_LETTERS]) + name.slice(i + 1);
    }
    if (typed !== name) return typed;
  }
  return null;
}

/** Builds `count` queries from the gazetteer's rows with the given seed. */
export function generateQueries(regions: readonly RegionSample[], count: number, seed: number): TypedQuery[] {
  const rand = prng(seed);
  const byLevel = new Map<number, RegionSample[]>();
  for (const region of regions) {
    const pool = byLevel.get(region.level);
    if (pool) pool.push(region);
    else byLevel.set(region.level, [region]);
  }
  const aliases = shortForms();
  const pickRegion = (levels: readonly number[]): RegionSample => {
    const weights = LEVEL_WEIGHTS.filter(([level]) => levels.includes(level));
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    let r = rand() * total;
    let level = weights[0]![0];
    for (const [l, w] of weights) {
      if ((r -= w) < 0) {
        level = l;
        break;
      }
    }
    const pool = byLevel.get(level);
    if (!pool?.length) throw new Error(`no regions at level ${level}: is the gazetteer loaded?`);
    return pick(rand, pool);
  };

  const sessions: TypedQuery[][] = [];
  let planned = 0;
  for (const [index, [session, share]] of PLAN.entries()) {
    // The last session type takes the rounding remainder so the total is exactly `count`.
    const quota = index === PLAN.length - 1 ? count - planned : Math.round(count * share);
    let made = 0;
    while (made < quota) {
      const queries = makeSession(session).slice(0, quota - made);
      if (queries.length === 0) continue;
      sessions.push(queries);
      made += queries.length;
    }
    planned += quota;
  }
  // Interleave session types, keeping each typing session's keystrokes in order.
  for (let i = sessions.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [sessions[i], sessions[j]] = [sessions[j]!, sessions[i]!];
  }
  return sessions.flat();

  function makeSession(session: Session): TypedQuery[] {
    switch (session) {
      case 'typing': {
        const region = pickRegion([1, 2, 3, 4]);
        const typed = typedCase(rand, region.searchName).slice(0, MAX_TYPED_LENGTH);
        const queries: TypedQuery[] = [];
        for (let length = 1; length <= typed.length; length++) {
          const q = typed.slice(0, length);
          // A trailing space searches the same thing as the keystroke before it.
          if (q.endsWith(' ')) continue;
          queries.push({ q, kind: length <= 2 ? 'prefix-1-2' : 'prefix-3+', level: region.level, target: region.code });
        }
        return queries;
      }
      case 'typo': {
        const region = pickRegion([1, 2, 3, 4]);
        const typed = oneTypo(rand, region.searchName);
        return typed ? [{ q: typedCase(rand, typed), kind: 'typo', level: region.level, target: region.code }] : [];
      }
      case 'kind-word': {
        // Mostly kab/kota, which is how their names are written; sometimes "Kec." for a kecamatan.
        const region = rand() < 0.8 ? pickRegion([2]) : pickRegion([3]);
        const name = typedCase(rand, region.searchName);
        let prefix: string;
        if (region.level === 3) prefix = pick(rand, ['Kec.', 'kec', 'Kecamatan']);
        else if (region.kind.startsWith('kota')) prefix = pick(rand, ['Kota', 'kota']);
        else prefix = pick(rand, ['Kab.', 'kab', 'Kabupaten', 'Kab']);
        return [{ q: `${prefix} ${name}`, kind: 'kind-word', level: region.level, target: region.code }];
      }
      case 'province-alias': {
        const region = pickRegion([1]);
        const forms = aliases.get(region.code);
        if (!forms?.length) return [];
        return [{ q: aliasCase(rand, pick(rand, forms)), kind: 'province-alias', level: 1, target: region.code }];
      }
      case 'name+province': {
        const region = pickRegion([2, 3, 4]);
        const forms = aliases.get(region.provinceCode);
        if (!forms?.length) return [];
        const q = `${typedCase(rand, region.searchName)} ${aliasCase(rand, pick(rand, forms))}`;
        return [{ q, kind: 'name+province', level: region.level, target: region.code }];
      }
    }
  }
}
