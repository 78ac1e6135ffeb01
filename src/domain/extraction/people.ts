import { DAY_NAMES, MONTH_NAMES, NOT_NAME_WORDS, OFFICE_WORDS, OFFICER_RANKS, POSITION_HEADS, RANKS_AND_HONORIFICS } from './lexicon.js';
import { isAcronym, isCapitalised, type Token } from './tokens.js';
import type { ExtractedPerson, Span } from './types.js';

export interface PersonMention extends ExtractedPerson, Span {}

export interface PeopleContext {
  text: string;
  tokens: readonly Token[];
  /** Token indices that are part of a place name ("Indragiri Hilir"). */
  placeTokens: ReadonlySet<number>;
  /** A word of some region's name ("Arfak" of Pegunungan Arfak): before a longer name it ends a post. */
  isPlaceWord(word: string): boolean;
  /** Where no one is named: the headline (its verbs are capitalised too) and cited laws. */
  skip: readonly Span[];
  isAgencyWord(word: string): boolean;
}

const MAX_NAME_WORDS = 6;
/** Words that introduce the post after a name: "X selaku Ketua …", "X sebagai Pj Wali Kota …". */
const POST_AFTER = new Set(['selaku', 'sebagai']);
/** Lower-case words allowed inside a post ("Bidang Politik, Hukum dan Keamanan", "Ketua KPU setempat"). */
const POST_CONNECTORS = new Set(['dan', 'se', 'merangkap', 'setempat', 'terpilih', 'nonaktif', 'sementara', 'hukum', 'hukumnya', 'pemohon', 'termohon', 'pelapor', 'terlapor', 'harian', 'bidang', 'divisi', 'majelis', 'lainnya', 'lain']);
/** Heads that news writes in lower case inside a sentence ("kata ketua KPU setempat, …"). */
const LOWER_CASE_HEADS = new Set(['ketua', 'kepala', 'anggota', 'perwakilan', 'kuasa', 'komisioner', 'koordinator', 'wakil', 'sekretaris', 'juru']);
/** Words that say a region's kind stand in a place's apposition (", Kabupaten Buton,"). */
const REGION_KIND_WORDS = new Set(['kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'kecamatan', 'kec', 'desa', 'kelurahan', 'distrik']);
/** Places, not people, follow these: "Jalan Ahmad Yani", "Gedung Sate", "Masjid Agung". */
const VENUE_WORDS = new Set(['jalan', 'jl', 'gedung', 'aula', 'hotel', 'ruang', 'lapangan', 'masjid', 'gereja', 'pura', 'wisma', 'balai', 'pendopo', 'pendapa', 'graha', 'taman', 'alun', 'stadion', 'gor', 'universitas', 'sekolah', 'sma', 'smk', 'smp', 'sd', 'pasar', 'pelabuhan', 'bandara', 'pulau', 'gunung', 'sungai', 'danau', 'teluk', 'selat', 'aplikasi', 'sistem', 'program', 'gerakan', 'operasi']);
/** Breaks between words that end a post or a name: sentence and clause punctuation, quotes, dashes. */
const HARD_BREAK = /[;:"“”!?\n–—]/;

/**
 * People with their posts, as news introduces them: "Kapolres Indragiri Hilir AKBP Budi Setiawan",
 * "Ketua Bawaslu, Rahmat Bagja,", "Thomas … selaku Ketua Bawaslu Kabupaten Lembata", "Brigjen Pol.
 * Moehammad Syafrial, perwakilan …". A name counts only with a post (or an officer's rank) beside it:
 * a capitalised run alone may be a hotel, a venue or a slogan, and a wrong person is worse than a miss.
 */
export function findPeople(context: PeopleContext): PersonMention[] {
  const { text, tokens, placeTokens, isAgencyWord, isPlaceWord, skip } = context;
  const gap = (left: number, right: number) => text.slice(tokens[left]!.end, tokens[right]!.start);
  const key = (index: number) => tokens[index]!.key;
  const isHead = (index: number) => POSITION_HEADS.has(key(index)) && (isCapitalised(tokens[index]!.text) || LOWER_CASE_HEADS.has(key(index)));
  const isRank = (index: number) => RANKS_AND_HONORIFICS.has(key(index));
  const notName = (index: number) => NOT_NAME_WORDS.has(key(index)) || /^\d/.test(tokens[index]!.text);
  const endsName = (index: number) => DAY_NAMES.has(key(index)) || MONTH_NAMES.has(key(index)) || /^\d/.test(tokens[index]!.text);
  /** "Kodam II/Sriwijaya", "Korem 043/Garuda Hitam": words after a slash name a unit. */
  const afterSlash = (index: number) => index > 0 && /^\s*\/\s*$/.test(gap(index - 1, index));
  /** Part of a post: heads, office words, agencies, acronyms, places, numbers, ranks. */
  const postWord = (index: number) => {
    const word = key(index);
    return POSITION_HEADS.has(word) || OFFICE_WORDS.has(word) || VENUE_WORDS.has(word) || isRank(index) || isAgencyWord(tokens[index]!.text)
      || isAcronym(tokens[index]!.text) || placeTokens.has(index) || notName(index);
  };
  const nameWord = (index: number) => isCapitalised(tokens[index]!.text) && !postWord(index);
  /** "F. Dirun", "I Made": a single capital with its dot belongs to the name it starts. */
  // "Moh. Fathurrozi", "Abd. Rahman": short forms of first names take a dot too.
  const initial = (index: number) => tokens[index]!.text.length <= (gap(index, index + 1).startsWith('.') ? 4 : 1) && index + 1 < tokens.length
    && /^\.? ?$/.test(gap(index, index + 1)) && nameWord(index + 1);

  /** The name run from `start`; its end (exclusive) and whether it stops where a name may stop. */
  function nameRun(start: number): { end: number; stops: boolean } {
    let end = start;
    while (end < tokens.length && nameWord(end) && end - start < MAX_NAME_WORDS + 1) {
      const next = end + 1;
      if (next >= tokens.length) return { end: next, stops: true };
      const between = gap(end, next);
      if ((between === ' ' && nameWord(next)) || initial(end)) {
        end = next;
        continue;
      }
      end = next;
      break;
    }
    if (end - start > MAX_NAME_WORDS) return { end, stops: false };
    if (end >= tokens.length) return { end, stops: true };
    const between = gap(end - 1, end);
    // A day or a month ends a name ("Budi Setiawan Minggu (20/10)"); a post word after it ("Independen Pemilihan") makes it part of the post.
    const stops = /[,.;:()"“”!?\n–—-]/.test(between) || !isCapitalised(tokens[end]!.text) || endsName(end);
    // "Arief Rachman Hakim menegaskan": a post word closing a name before the sentence goes on is a surname.
    if (!stops && between === ' ' && POSITION_HEADS.has(key(end)) && (end + 1 >= tokens.length || /[,.;:()"“”!?\n]/.test(gap(end, end + 1)) || !isCapitalised(tokens[end + 1]!.text))) {
      return { end: end + 1, stops: true };
    }
    return { end, stops };
  }

  const found: PersonMention[] = [];
  const emit = (nameStart: number, nameEnd: number, post: Span | null) => {
    const name = text.slice(tokens[nameStart]!.start, tokens[nameEnd - 1]!.end).replace(/\s+/g, ' ');
    if (nameEnd - nameStart === 1 && name.length < 3) return;
    const start = tokens[nameStart]!.start;
    if (skip.some((span) => start >= span.start && start < span.end)) return;
    const position = post ? text.slice(post.start, post.end).replace(/\s+/g, ' ').replace(/[\s,(]+$/, '').trim() || null : null;
    found.push({ name, position, start: tokens[nameStart]!.start, end: tokens[nameEnd - 1]!.end });
  };

  /** "…, selaku Ketua Bawaslu Kabupaten Lembata": the post after a name, up to where it ends. */
  function postAfter(from: number): Span | null {
    let index = from;
    if (index < tokens.length && POST_AFTER.has(key(index))) index += 1;
    if (index >= tokens.length || !POSITION_HEADS.has(key(index))) return null;
    const start = tokens[index]!.start;
    let end = index;
    while (end + 1 < tokens.length) {
      const between = gap(end, end + 1);
      if (HARD_BREAK.test(between) || /[,.]/.test(between)) break;
      const next = end + 1;
      if (!isCapitalised(tokens[next]!.text) && !POST_CONNECTORS.has(key(next)) && !POSITION_HEADS.has(key(next))) break;
      end = next;
    }
    return { start, end: tokens[end]!.end };
  }

  let postStart = -1;
  let hasHead = false;
  let hasOfficerRank = false;
  const reset = () => {
    postStart = -1;
    hasHead = false;
    hasOfficerRank = false;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    if (i > 0) {
      const between = gap(i - 1, i);
      const sentenceEnd = between.includes('.') && tokens[i - 1]!.text.length > 3 && !isRank(i - 1) && !POSITION_HEADS.has(key(i - 1)) && /\s/.test(between);
      if (HARD_BREAK.test(between) || sentenceEnd) reset();
    }
    const token = tokens[i]!;
    // "Kepala Sekolah" is a post; "…, Jalan Ahmad Yani" a street.
    if (VENUE_WORDS.has(token.key) && !(i > 0 && isHead(i - 1) && gap(i - 1, i) === ' ')) {
      // The capitalised words after "Jalan", "Gedung", "aplikasi" name a place or a thing.
      reset();
      let next = i + 1;
      while (next < tokens.length && gap(next - 1, next) === ' ' && isCapitalised(tokens[next]!.text) && !isHead(next)) next += 1;
      i = next - 1;
      continue;
    }
    if (/^\d/.test(token.text) && postStart >= 0) continue;
    if (!isCapitalised(token.text) && !isHead(i)) {
      if (!(postStart >= 0 && POST_CONNECTORS.has(token.key))) reset();
      continue;
    }
    if (afterSlash(i) && isCapitalised(token.text)) {
      while (i + 1 < tokens.length && gap(i, i + 1) === ' ' && isCapitalised(tokens[i + 1]!.text) && !isHead(i + 1) && !isRank(i + 1)) i += 1;
      continue;
    }
    if (isHead(i)) {
      // A new post after a comma starts a new person ("…, Kabagbinops Roops Polda Kalteng AKBP Murtiyanto").
      if (postStart < 0 || (i > 0 && gap(i - 1, i).includes(','))) {
        postStart = i;
        hasOfficerRank = false;
      }
      hasHead = true;
      continue;
    }
    if (postWord(i)) {
      if (OFFICER_RANKS.has(token.key)) {
        if (postStart < 0) postStart = i;
        hasOfficerRank = true;
      }
      continue;
    }
    // A capitalised word that is no post word: a name, or an unknown word of the post ("Wasnas").
    let run = nameRun(i);
    if (!run.stops) {
      i = run.end - 1;
      continue;
    }
    // "Ketua PPK Pasarwajo, Kabupaten Buton, …, Nama": a place in apposition continues the post.
    if (postStart >= 0 && run.end < tokens.length && /^\s*,\s*$/.test(gap(run.end - 1, run.end))
      && (placeTokens.has(run.end) || REGION_KIND_WORDS.has(key(run.end)))) {
      i = run.end - 1;
      continue;
    }
    // "Ketua Lembaga Masyarakat Adat Arfak Lukas Iba": a region's word before a name of two or more is the post's.
    while (postStart >= 0 && run.end - i >= 3 && isPlaceWord(key(i))) {
      i += 1;
      run = nameRun(i);
    }
    if (postStart >= 0 && (hasHead || hasOfficerRank)) {
      const postTokens = lastPostToken(i);
      const post = hasHead && postTokens >= postStart ? { start: tokens[postStart]!.start, end: tokens[postTokens]!.end } : postAfter(run.end);
      emit(i, run.end, post);
      reset();
    } else {
      // "Nama, Ketua …", "Nama selaku Ketua …", "Nama (Ketua …)": the post follows after a comma, a bracket or selaku/sebagai.
      const joint = run.end < tokens.length ? gap(run.end - 1, run.end) : '';
      const after = /^\s*[,(]\s*$/.test(joint) || (joint === ' ' && POST_AFTER.has(key(run.end))) ? postAfter(run.end) : null;
      const before = i === 0 ? '\n' : gap(i - 1, i);
      const startsClause = i === 0 || /[\n,.(]/.test(before) || !isCapitalised(tokens[i - 1]!.text);
      if (after && startsClause) emit(i, run.end, after);
      reset();
    }
    i = run.end - 1;
  }

  /** The last word of the post before a name, skipping ranks and honorifics ("Kapolres Bangli AKBP"). */
  function lastPostToken(nameStart: number): number {
    let index = nameStart - 1;
    while (index >= 0 && isRank(index) && !POSITION_HEADS.has(key(index))) index -= 1;
    return index;
  }

  return mergePeople([...found, ...findRunningMates(text, (word) => !NOT_NAME_WORDS.has(word.toLowerCase()) && !POSITION_HEADS.has(word.toLowerCase()) && !OFFICE_WORDS.has(word.toLowerCase()))]
    .filter((person) => !skip.some((span) => person.start >= span.start && person.start < span.end))
    .sort((a, b) => a.start - b.start));
}

const NAME = String.raw`\p{Lu}[\p{L}'’.]*(?:[ ]\p{Lu}[\p{L}'’.]*){0,3}`;
/** "pasangan nomor urut 2, Maria Goreti dan Abdul Haris", "Paslon nomor urut (1) Riyanda-Jefri". */
const RUNNING_MATES = new RegExp(String.raw`\bnomor(?:\s+urut)?\s*\(?\s*(\d{1,2})\s*\)?\s*,?\s*(${NAME})\s*(?:-|–|\bdan\b|&|\/)\s*(${NAME})`, 'gu');
const CANDIDACY = /\b(?:paslon|pasangan\s+calon|pasangan\s+nomor|calon\s+(?:gubernur|bupati|wali\s*kota)|nomor\s+urut)\b/i;

/** Candidates named as a numbered pair: both are people, their post the pair's ballot number. */
function findRunningMates(text: string, nameWordOk: (word: string) => boolean): PersonMention[] {
  if (!text.includes('nomor') || !CANDIDACY.test(text)) return [];
  const found: PersonMention[] = [];
  for (const match of text.matchAll(RUNNING_MATES)) {
    const position = `pasangan calon nomor urut ${Number(match[1])}`;
    const names = [match[2]!, match[3]!].map((name) => name.replace(/[.\s]+$/, ''));
    if (!names.every((name) => name.split(' ').every(nameWordOk))) continue;
    let from = match.index;
    for (const name of names) {
      const start = text.indexOf(name, from);
      found.push({ name, position, start, end: start + name.length });
      from = start + name.length;
    }
  }
  return found;
}

/** One entry per person: "Ramadhan" and "Syafrial" are "Ahmad Ramadhan" and "Moehammad Syafrial" again. */
function mergePeople(found: readonly PersonMention[]): PersonMention[] {
  const people: PersonMention[] = [];
  const words = (name: string) => name.toLowerCase().split(/[\s.]+/).filter(Boolean);
  for (const person of found) {
    const mine = words(person.name);
    const same = people.find((known) => {
      const theirs = words(known.name);
      return mine.every((word) => theirs.includes(word)) || theirs.every((word) => mine.includes(word));
    });
    if (!same) people.push({ ...person });
    else if (mine.length > words(same.name).length) {
      same.name = person.name;
      same.position ??= person.position;
    } else same.position ??= person.position;
  }
  return people;
}
