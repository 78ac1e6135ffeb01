import { createHash } from 'node:crypto';

/** Query parameters that say where a reader came from, not what they read: dropped from canonical URLs. */
const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|amp)$/i;

/** Two texts whose SimHashes differ in at most this many bits are the same article, lightly edited. */
export const NEAR_DUPLICATE_BITS = 3;
/**
 * A few changed words move a SimHash by about θ/π of its bits, so a 200-word article with three
 * words changed lands past 3 bits about half the time. Up to this many bits the texts' word sets
 * decide instead (unrelated articles differ in about 25 bits, so few candidates reach this).
 */
export const CANDIDATE_BITS = 12;
/** Share of distinct words two texts must have in common (Jaccard) to be near-identical. */
export const NEAR_DUPLICATE_WORDS = 0.85;

/**
 * The one spelling of an article's address (http/https only; null for anything else): scheme and
 * host lower-cased, default port, fragment and tracking parameters dropped, a trailing slash of the
 * path dropped, remaining parameters sorted. Two links to one article compare equal.
 */
export function canonicalUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !TRACKING_PARAMETER.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

/**
 * The text as compared for duplicates: lower case, accents and punctuation gone, whitespace collapsed,
 * so that a re-typeset copy (other quotes, line breaks, spacing) is the same text.
 */
export function normalisedText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** SHA-256 (hex) of the normalised text: equal exactly when the normalised texts are. */
export function textHash(text: string): string {
  return createHash('sha256').update(normalisedText(text), 'utf8').digest('hex');
}

/** FNV-1a over UTF-16 code units from a given basis: two bases give the two halves of a 64-bit word hash. */
function distinctWords(text: string): Set<string> {
  return new Set(normalisedText(text).split(' ').filter((word) => word.length > 0));
}

/** Jaccard similarity of the two texts' distinct words (1 for two empty texts). */
export function wordSimilarity(a: string, b: string): number {
  const left = distinctWords(a);
  const right = distinctWords(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * Whether a text is a near-identical copy of a stored one: SimHashes within NEAR_DUPLICATE_BITS, or
 * within CANDIDATE_BITS and sharing at least NEAR_DUPLICATE_WORDS of their words.
 */
export function isNearDuplicate(text: string, hash: bigint, storedText: string, storedHash: bigint): boolean {
  const distance = hammingDistance(hash, storedHash);
  if (distance <= NEAR_DUPLICATE_BITS) return true;
  return distance <= CANDIDATE_BITS && wordSimilarity(text, storedText) >= NEAR_DUPLICATE_WORDS;
}

function fnv1a(word: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < word.length; i += 1) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A 64-bit SimHash (unsigned) of the text's distinct words. Words rather than longer shingles, and
 * each counted once, so that changing a few words of a news article moves only a few bits while two
 * different articles on the same subject still differ in about a third of them.
 */
export function simhash64(text: string): bigint {
  const words = distinctWords(text);
  const weights = new Int32Array(64);
  for (const word of words) {
    const halves = [fnv1a(word, 0x811c9dc5), fnv1a(word, 0x050c5d1f)];
    for (let bit = 0; bit < 64; bit += 1) {
      const half = halves[bit >> 5]!;
      weights[bit]! += (half >>> (bit & 31)) & 1 ? 1 : -1;
    }
  }
  let hash = 0n;
  for (let bit = 0; bit < 64; bit += 1) if (weights[bit]! > 0) hash |= 1n << BigInt(bit);
  return hash;
}

/** The number of bits in which two 64-bit hashes differ (signed or unsigned spellings alike). */
export function hammingDistance(a: bigint, b: bigint): number {
  let rest = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (rest !== 0n) {
    rest &= rest - 1n;
    count += 1;
  }
  return count;
}

/** The SimHash as PostgreSQL's signed bigint holds it. */
export function storableSimhash(hash: bigint): bigint {
  return BigInt.asIntN(64, hash);
}
