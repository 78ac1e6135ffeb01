import type { RegionKind, RegionLevel } from './codes.js';
import { PROVINCE_ALIASES } from './province-aliases.js';

/** Abbreviations inside names that people type in either form; expanded before comparison. */
const WORD_EXPANSIONS: Readonly<Record<string, string>> = {
  kep: 'kepulauan',
  kepl: 'kepulauan',
  p: 'pulau',
  pl: 'pulau',
  kab: 'kabupaten',
  kodya: 'kota',
  kotamadya: 'kota',
  kec: 'kecamatan',
  kel: 'kelurahan',
  prov: 'provinsi',
  prop: 'provinsi',
  propinsi: 'provinsi',
  adm: 'administrasi',
  sel: 'selatan',
  ut: 'utara',
  bar: 'barat',
  tim: 'timur',
  teng: 'tengah',
};

/** A table lookup that ignores Object.prototype, so that typing "constructor" finds only a name. */
function ownValue(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Lower case, accents and apostrophes removed, punctuation turned to spaces, abbreviations
 * expanded, spaces collapsed. Used both when storing names and when reading typed queries.
 */
export function normaliseName(input: string): string {
  const words = input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.map((word) => ownValue(WORD_EXPANSIONS, word) ?? word).join(' ');
}

const KIND_PREFIXES: ReadonlyArray<readonly [string, RegionKind[], RegionLevel]> = [
  ['kabupaten administrasi', ['kabupaten_administrasi'], 'regency'],
  ['kota administrasi', ['kota_administrasi'], 'regency'],
  ['kabupaten', ['kabupaten', 'kabupaten_administrasi'], 'regency'],
  ['kota', ['kota', 'kota_administrasi'], 'regency'],
  ['provinsi', ['provinsi'], 'province'],
  ['kecamatan', ['kecamatan'], 'district'],
  ['distrik', ['kecamatan'], 'district'],
  ['kelurahan', ['kelurahan'], 'village'],
  ['desa', ['desa', 'desa_adat'], 'village'],
];

/** The name a region is searched by: its normalised name without the kind word in front. */
export function searchableName(name: string): string {
  const normalised = normaliseName(name);
  for (const [prefix] of KIND_PREFIXES) {
    if (normalised.startsWith(`${prefix} `)) return normalised.slice(prefix.length + 1);
  }
  return normalised;
}

export interface RegionQuery {
  /** What remains to match against region names (normalised); may be empty. */
  text: string;
  /** Kinds the person asked for by typing "Kab.", "Kota", "Kecamatan", … */
  kinds: RegionKind[] | null;
  level: RegionLevel | null;
  /** A province named by its short form ("Kaltim"), either the whole query or one of its words. */
  provinceCode: string | null;
  /** True when the whole query was a province short form. */
  wholeQueryIsAlias: boolean;
  /** The text before a province short form was taken out of it. */
  fullText: string;
}

/** Reads a typed search into the name to match, the kind asked for, and a province hint. */
export function parseRegionQuery(input: string): RegionQuery {
  let text = normaliseName(input);
  let kinds: RegionKind[] | null = null;
  let level: RegionLevel | null = null;
  for (const [prefix, prefixKinds, prefixLevel] of KIND_PREFIXES) {
    if (text === prefix || text.startsWith(`${prefix} `)) {
      kinds = prefixKinds;
      level = prefixLevel;
      text = text.slice(prefix.length).trim();
      break;
    }
  }
  const whole = ownValue(PROVINCE_ALIASES, text);
  if (whole && (level === null || level === 'province')) {
    return { text, kinds, level, provinceCode: whole, wholeQueryIsAlias: true, fullText: text };
  }
  const words = text.split(' ');
  if (words.length > 1) {
    for (const take of [3, 2, 1]) {
      for (const atEnd of [true, false]) {
        const part = atEnd ? words.slice(-take) : words.slice(0, take);
        const code = ownValue(PROVINCE_ALIASES, part.join(' '));
        if (code && part.length < words.length) {
          const rest = atEnd ? words.slice(0, -take) : words.slice(take);
          return { text: rest.join(' '), kinds, level, provinceCode: code, wholeQueryIsAlias: false, fullText: text };
        }
      }
    }
  }
  return { text, kinds, level, provinceCode: null, wholeQueryIsAlias: false, fullText: text };
}
