import type { Span } from './types.js';

/** Month names and their abbreviations, Indonesian and English, to month numbers. */
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, pebruari: 2, february: 2, maret: 3, mar: 3, march: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, agustus: 8, agu: 8, agt: 8,
  ags: 8, aug: 8, august: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nopember: 11, desember: 12, des: 12, dec: 12, december: 12,
};
const MONTH_PATTERN = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY_PATTERN = String.raw`(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)`;

// Patterns without the `u` flag: case-insensitive Unicode matching is many times slower in V8.
/** A date found in the text; `year` is null when the text left it out ("(30/07)", "28 Agustus"). */
export interface DateMention extends Span {
  day: number;
  month: number;
  year: number | null;
  /** A day name stands with it ("Senin (21/11/2022)", "Rabu, 27 November 2024"). */
  withDayName: boolean;
  /** Written in brackets, the way news dates the event it reports ("(28/9/2024)"). */
  bracketed: boolean;
  /** After "pada" or "tanggal": "digelar pada 12 Oktober 2024". */
  introduced: boolean;
}

const fullYear = (year: string | undefined): number | null => {
  if (!year) return null;
  const value = Number(year);
  return year.length === 2 ? 2000 + value : value;
};

const NUMERIC = new RegExp(String.raw`(?:(${DAY_PATTERN})\s*,?\s*)?(\()?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?\s*(\))?`, 'gi');
const WORDED = new RegExp(String.raw`(?:(${DAY_PATTERN})\s*[,(]?\s*(?:tanggal\s+|tgl\.?\s+)?)?(\()?(\d{1,2})\s+(${MONTH_PATTERN})\.?(?:\s+(\d{4}))?(?![A-Za-z\u00C0-\u024F\d])(\))?`, 'gi');

const INTRODUCED = /\b(?:pada|tanggal|tgl\.?)\s+(?:hari\s+)?$/i;

function valid(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Every date in the text: numeric "(30/7/2024)", "(30/07)" and worded "Senin, 30 September 2024". */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(NUMERIC)) {
    const [, dayName, open, day, month, year, close] = match;
    // Only bracketed or day-named numeric dates: bare "10/2016" is a law number, "1/3" a fraction.
    if (!(open && close) && !dayName) continue;
    if (!year && !(open && close)) continue;
    if (!valid(Number(day), Number(month))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, day: Number(day), month: Number(month), year: fullYear(year), withDayName: Boolean(dayName), bracketed: Boolean(open && close), introduced: false });
  }
  for (const match of text.matchAll(WORDED)) {
    const [, dayName, open, day, monthWord, year, close] = match;
    const month = MONTHS[monthWord!.toLowerCase()]!;
    if (!valid(Number(day), month)) continue;
    const introduced = INTRODUCED.test(text.slice(Math.max(0, match.index - 12), match.index));
    found.push({ start: match.index, end: match.index + match[0].length, day: Number(day), month, year: fullYear(year), withDayName: Boolean(dayName), bracketed: Boolean(open && close), introduced });
  }
  return found.sort((a, b) => a.start - b.start);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** ISO form of a date whose year is known; null for impossible dates (31 February). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The year an article is written in, for dates that leave it out: the publication year when known,
 * else the year the text names most often outside law numbers ("UU 10/2016" says nothing of when).
 */
export function contextYear(text: string, regulationSpans: readonly Span[], publishedOn: string | null | undefined): number | null {
  if (publishedOn) return Number(publishedOn.slice(0, 4));
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) {
    if (regulationSpans.some((span) => match.index >= span.start && match.index < span.end)) continue;
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}

/** A partial date completed with the context year; a publication date also rules out future days. */
export function completeDate(mention: DateMention, year: number | null, publishedOn?: string | null): string | null {
  if (mention.year !== null) return isoDate(mention.year, mention.month, mention.day);
  if (year === null) return null;
  const guess = isoDate(year, mention.month, mention.day);
  // "(28/12)" in an article published on 2 January is last December.
  if (guess && publishedOn && guess > publishedOn && Number(guess.slice(5, 7)) - Number(publishedOn.slice(5, 7)) > 6) return isoDate(year - 1, mention.month, mention.day);
  return guess;
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
  'dua belas': 12, 'empat belas': 14, 'lima belas': 15, 'dua puluh': 20, 'tiga puluh': 30, 'empat puluh lima': 45, 'enam puluh': 60,
  'sembilan puluh': 90,
};
const COUNT = `\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}`;
/** "tujuh hari sejak putusan dibacakan", "60 hari setelah": calendar days from the article's event. */
export const DAYS_AFTER = new RegExp(`\\b(${COUNT})\\s+(?:\\(\\d+\\)\\s+)?hari(?!\\s+kerja)\\s+(?:sejak|setelah|terhitung|sesudah)\\b`, 'i');
export const countOf = (words: string): number => NUMBER_WORDS[words.toLowerCase()] ?? Number(words);

/** Relative days news writes ("besok", "pekan depan") and how far from the article's date they are. */
export const RELATIVE_DAYS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:pekan|minggu) depan\b/i, 7],
  [/\bbesok\b/i, 1],
  [/\blusa\b/i, 2],
  [/\bbulan depan\b/i, 30],
];
