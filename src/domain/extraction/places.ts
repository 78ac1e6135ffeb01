import { PROVINCE_ALIASES } from '../regions/province-aliases.js';
import type { GazetteerSource } from './gazetteer.js';
import { CITY_KIND_WORDS, OFFICE_WORDS, POSITION_HEADS, PROVINCE_KIND_WORDS, RANKS_AND_HONORIFICS, REGENCY_KIND_WORDS } from './lexicon.js';
import { NAMES_NEEDING_KIND, REGENCY_SHORT_FORMS } from './place-names.js';
import { isCapitalised, tokenize, type Token } from './tokens.js';
import type { Span } from './types.js';

type PlaceKind = 'provinsi' | 'kabupaten' | 'kota';

export interface Place {
  code: string;
  /** Upper case, as the corpus labels spell it ("KABUPATEN BANGLI", "BALI"). */
  name: string;
  kind: PlaceKind;
}

/** Where and how an article names a place. */
export interface PlaceMention extends Span {
  place: Place;
  /** dateline: the place line opening the story; title: inside a person's post or an office's name. */
  context: 'dateline' | 'title' | 'body';
}

export interface PlaceIndex {
  /** Places by name key (letters only, lower case); several when a kabupaten and a kota share a name. */
  byKey: ReadonlyMap<string, readonly Place[]>;
  byCode: ReadonlyMap<string, Place>;
  maxWords: number;
  /** Every word of every name, lower case ("pegunungan", "arfak"). */
  words: ReadonlySet<string>;
}

const KEY = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function buildPlaceIndex(source: GazetteerSource): PlaceIndex {
  const byKey = new Map<string, Place[]>();
  const byCode = new Map<string, Place>();
  let maxWords = 1;
  const nameWords = new Set<string>();
  const add = (key: string, place: Place, words: number) => {
    const list = byKey.get(key) ?? [];
    if (!list.some((known) => known.code === place.code)) list.push(place);
    byKey.set(key, list);
    maxWords = Math.max(maxWords, words);
  };
  for (const { code, name } of source.provinces) {
    for (const word of name.toLowerCase().split(/\s+/)) nameWords.add(word);
    const place: Place = { code, name: name.toUpperCase(), kind: 'provinsi' };
    byCode.set(code, place);
    add(KEY(name), place, name.split(/\s+/).length);
  }
  for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) {
    const place = byCode.get(code);
    if (place) add(KEY(alias), place, alias.split(/\s+/).length);
  }
  for (const { code, name } of source.regencies) {
    const kind: PlaceKind = /^kota\b/i.test(name) ? 'kota' : 'kabupaten';
    const place: Place = { code, name: name.toUpperCase(), kind };
    byCode.set(code, place);
    const core = name.replace(/^(?:kabupaten|kota)(?:\s+administrasi)?\s+/i, '');
    add(KEY(core), place, core.split(/[\s-]+/).length);
    for (const word of core.toLowerCase().split(/[\s-]+/)) nameWords.add(word);
  }
  for (const [short, code] of Object.entries(REGENCY_SHORT_FORMS)) {
    const place = byCode.get(code);
    if (place) add(short, place, 1);
  }
  return { byKey, byCode, maxWords: Math.min(maxWords, 5), words: nameWords };
}

const CONNECTORS = new Set(['dan']);
/** Tokens of one name are separated by a space or a hyphen only ("Tojo Una-Una", "Palangka Raya"). */
const JOINED = /^[ \t-]$/;
/** Between a kind word or a post and the place: a space, a dot ("Kab. Bangli") or brackets ("(KPU) Bantul"). */
const CONTEXT_GAP = /^[\s.()/\d]*$/;

export interface RawMention extends Span {
  candidates: readonly Place[];
  key: string;
  /** The kind a word in front asked for, if any. */
  askedKind: PlaceKind | null;
  context: 'title' | 'body';
  /** Preceded by a capitalised word that is no post or office: part of another name ("Toni Batubara"). */
  insideName: boolean;
  firstToken: number;
  /** One past the last token of the name. */
  tokenEnd: number;
  cultural: boolean;
}

function kindOfWord(word: string): PlaceKind | null {
  if (REGENCY_KIND_WORDS.has(word)) return 'kabupaten';
  if (CITY_KIND_WORDS.has(word)) return 'kota';
  if (PROVINCE_KIND_WORDS.has(word)) return 'provinsi';
  return null;
}

const isTitleWord = (word: string) => POSITION_HEADS.has(word) || OFFICE_WORDS.has(word) || RANKS_AND_HONORIFICS.has(word);

/** Reads what stands before token `at`: a kind word ("Kabupaten", "Wali Kota"), a post or an office. */
function readContext(text: string, tokens: readonly Token[], at: number, isAgencyWord: (word: string) => boolean) {
  let askedKind: PlaceKind | null = null;
  let index = at - 1;
  // A unit's number stands between it and its place: "Kodim 1304/Gorontalo", "Korem 043/Garuda Hitam".
  const unitNumber = index >= 1 && /^\d+$/.test(tokens[index]!.text) && /^\s*\/\s*$/.test(text.slice(tokens[index]!.end, tokens[at]!.start));
  if (unitNumber) index -= 1;
  // "Wali Kota" is two words; "Kabupaten/Kota" lists both kinds and asks for neither.
  while (!unitNumber && index >= 0 && CONTEXT_GAP.test(text.slice(tokens[index]!.end, tokens[index + 1]!.start))) {
    const word = tokens[index]!.key;
    // "ibu kota Papua Barat": a kind word asks for a kind only when written as one ("Kota", "Kab.").
    const kind = isCapitalised(tokens[index]!.text) || word === 'kab' || word === 'prov' ? kindOfWord(word) : null;
    if (kind === null && !(word === 'wali' && tokens[index + 1]?.key === 'kota')) break;
    askedKind ??= kind;
    index -= 1;
  }
  const before = index >= 0 ? tokens[index]! : null;
  const gap = before ? text.slice(before.end, tokens[index + 1]!.start) : '\n';
  const adjacent = before !== null && CONTEXT_GAP.test(gap) && !gap.includes('\n');
  const word = before?.key ?? '';
  const title = adjacent && (unitNumber || isTitleWord(word) || isAgencyWord(before!.text) || (index < at - 1 && kindOfWord(tokens[at - 1]!.key) !== null && isTitleWord(word)));
  const insideName = adjacent && gap === ' ' && index === at - 1 && isCapitalised(before!.text) && !title && !isAgencyWord(before!.text)
    && !/^\p{Lu}+$/u.test(before!.text);
  return { askedKind, title: title || (adjacent && isAgencyWord(before!.text)), insideName };
}

/** Every place name in the text (longest name first at each word), with what stands before it. */
export function scanPlaceMentions(text: string, tokens: readonly Token[], index: PlaceIndex, isAgencyWord: (word: string) => boolean): RawMention[] {
  const found: RawMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i]!;
    if (!isCapitalised(first.text)) continue;
    let key = '';
    let best: { words: number; key: string; places: readonly Place[] } | null = null;
    for (let n = 0; n < index.maxWords && i + n < tokens.length; n += 1) {
      const token = tokens[i + n]!;
      if (n > 0) {
        if (!JOINED.test(text.slice(tokens[i + n - 1]!.end, token.start)) && text.slice(tokens[i + n - 1]!.end, token.start) !== ' ') break;
        if (!isCapitalised(token.text) && !CONNECTORS.has(token.key)) break;
      }
      key += token.key;
      const places = index.byKey.get(key);
      if (places && isCapitalised(token.text)) best = { words: n + 1, key, places };
    }
    if (!best) continue;
    const last = tokens[i + best.words - 1]!;
    const context = readContext(text, tokens, i, isAgencyWord);
    found.push({
      start: first.start, end: last.end, candidates: best.places, key: best.key, askedKind: context.askedKind,
      context: context.title ? 'title' : 'body', insideName: context.insideName, firstToken: i, tokenEnd: i + best.words,
      cultural: i > 0 && (tokens[i - 1]!.text === 'tanah' || tokens[i - 1]!.text === 'bumi') && text.slice(tokens[i - 1]!.end, first.start) === ' ',
    });
    i += best.words - 1;
  }
  return found;
}

/** Which of the places sharing a name is meant: the kind asked for, else what the article says elsewhere. */
function resolve(mention: RawMention, explicitKinds: ReadonlyMap<string, PlaceKind>, dateline: boolean): Place | null {
  const { candidates, askedKind } = mention;
  if (askedKind) return candidates.find((place) => place.kind === askedKind) ?? (askedKind === 'provinsi' ? null : candidates.find((place) => place.kind !== 'provinsi') ?? null);
  if (candidates.length === 1) {
    if (NAMES_NEEDING_KIND.has(mention.key) && !dateline) return null;
    return candidates[0]!;
  }
  const stated = explicitKinds.get(mention.key);
  if (stated) return candidates.find((place) => place.kind === stated) ?? null;
  // A dateline names a town: the kota when there is one ("JAMBI" is Kota Jambi, "KUPANG" Kota Kupang).
  if (dateline) return candidates.find((place) => place.kind === 'kota') ?? candidates.find((place) => place.kind === 'kabupaten') ?? null;
  // "Bengkulu", "Gorontalo" alone: the province. "Bogor", "Kupang" alone: unclear, left out.
  return candidates.find((place) => place.kind === 'provinsi') ?? null;
}

/** Damerau–Levenshtein distance, stopping early above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** A dateline segment that is wholly one place ("BANGLI", "Kota Kupang"), or misspelt by one letter. */
function segmentPlace(segment: string, index: PlaceIndex): Place | null {
  const words = tokenize(segment);
  if (words.length === 0 || words.length > index.maxWords + 1) return null;
  const kind = kindOfWord(words[0]!.key);
  const nameWords = kind && words.length > 1 ? words.slice(1) : words;
  const key = nameWords.map((word) => word.key).join('');
  const pick = (places: readonly Place[]) => (kind ? places.find((place) => place.kind === kind) : undefined)
    ?? places.find((place) => place.kind === 'kota') ?? places.find((place) => place.kind === 'provinsi') ?? places[0] ?? null;
  const exact = index.byKey.get(key);
  if (exact) return pick(exact);
  if (key.length < 7 || segment !== segment.toUpperCase()) return null;
  for (const [known, places] of index.byKey) {
    if (Math.abs(known.length - key.length) > 1 || (known[0] !== key[0] && known[1] !== key[1])) continue;
    if (editDistance(key, known, 1) <= 1) return pick(places);
  }
  return null;
}

export interface Dateline extends Span {
  place: Place;
  /** The province written beside the town ("BATAM, KEPRI –"). */
  province: (Span & { place: Place }) | null;
  /** The whole opening ("BALI, AKSARANEWS.NET –"), whose other words are a newsroom, not a place. */
  prefix: Span;
}

const DATELINE = /^\s*([^\n–—:]{2,80}?)\s*(?:[–—]+|\s-+\s|-{2}|:\s)/u;

/** The place line that opens the story ("BANGLI -", "KBRN, Kendari:"), in its first paragraphs. */
export function findDateline(paragraphStarts: readonly { start: number; text: string }[], index: PlaceIndex): Dateline | null {
  for (const paragraph of paragraphStarts.slice(0, 8)) {
    const match = DATELINE.exec(paragraph.text);
    if (!match) continue;
    const prefix = match[1]!;
    let offset = paragraph.start + match.index + match[0].indexOf(prefix);
    const found: Array<Span & { place: Place }> = [];
    for (const raw of prefix.split(/(,|\|\||\(|\))/)) {
      const segment = raw.trim();
      if (segment && !/^(,|\|\||\(|\))$/.test(segment)) {
        const place = segmentPlace(segment, index);
        const start = offset + raw.indexOf(segment);
        if (place) found.push({ start, end: start + segment.length, place });
      }
      offset += raw.length;
    }
    const [first, ...others] = found;
    if (first) {
      const province = others.find((other) => other.place.kind === 'provinsi' && first.place.code.startsWith(other.place.code)) ?? null;
      return { ...first, province, prefix: { start: paragraph.start, end: paragraph.start + match[0].length } };
    }
  }
  return null;
}

/**
 * The regions an article is about (corpus rules): the dateline's place, places named in the running
 * text, and places named only inside a post or an office name when they lie in a province the
 * article is about anyway — or anywhere when the story is national (a Jakarta dateline) or has no
 * place of its own. Macro-regions ("Nusa Tenggara") are no gazetteer names and never match.
 */
export function findPlaces(scanned: readonly RawMention[], dateline: Dateline | null): PlaceMention[] {
  const raw = scanned
    // "tanah Papua", "bumi Lampung": a land or a people, not the province's government or territory.
    .filter((mention) => !mention.cultural)
    .filter((mention) => !dateline || mention.end <= dateline.prefix.start || mention.start >= dateline.prefix.end)
    .filter((mention) => !mention.insideName);
  const explicitKinds = new Map<string, PlaceKind>();
  for (const mention of raw) if (mention.askedKind && mention.askedKind !== 'provinsi') explicitKinds.set(mention.key, mention.askedKind);
  const mentions: PlaceMention[] = [];
  if (dateline) {
    // "SERANG –" with "Kabupaten Serang" in the story: the dateline is the kind the story names.
    const stated = raw.find((mention) => mention.askedKind && mention.askedKind !== dateline.place.kind && mention.candidates.some((place) => place.code === dateline.place.code));
    const place = stated ? stated.candidates.find((candidate) => candidate.kind === stated.askedKind) ?? dateline.place : dateline.place;
    mentions.push({ start: dateline.start, end: dateline.end, place, context: 'dateline' });
  }
  if (dateline?.province) mentions.push({ ...dateline.province, context: 'dateline' });
  for (const mention of raw) {
    const place = resolve(mention, explicitKinds, false);
    if (place) mentions.push({ start: mention.start, end: mention.end, place, context: mention.context });
  }
  const anchors = new Set(mentions.filter((mention) => mention.context !== 'title').map((mention) => mention.place.code.slice(0, 2)));
  const national = anchors.size === 0 || dateline?.place.code === '31';
  return mentions.filter((mention) => mention.context !== 'title' || national || anchors.has(mention.place.code.slice(0, 2)));
}
