import { parseRegionCode } from '../regions/codes.js';
import { editDistance } from './edit-distance.js';
import type { Regime } from './regime.js';
import { INCIDENT_CATEGORIES, type IncidentCategory } from './categories.js';
import { categoryOfDescription, categoryOfPart, type RecognisedCategory } from './sms-category.js';

/**
 * The SMS/WhatsApp report format (issue 7): `LAPOR#<wilayah>#<kategori>#<uraian>`, read the way
 * people actually type it on a phone: any case, `#`, `*`, `/`, `;` or a new line between parts,
 * spaces around them, doubled separators, "LAPORAN", "LPR" and other slips of the keyword, parts
 * left out or swapped, "TPS 05" or "PILKADA" as extra parts anywhere. The region comes back as
 * text (or a Kemendagri code) for the gazetteer search to resolve; the category is recognised here.
 * Whatever is not recognised is listed with its reason, so a person can finish it in triage.
 */

export type SmsProblem =
  | { part: 'format'; reason: 'no_keyword' | 'no_separator' }
  | { part: 'region'; reason: 'missing' }
  | { part: 'region'; reason: 'invalid_code'; text: string }
  | { part: 'category'; reason: 'missing' }
  | { part: 'category'; reason: 'unknown'; text: string }
  | { part: 'description'; reason: 'missing' };

export interface SmsReport {
  /** `format`: parts in the documented format were read; `free`: plain text, taken whole as the description. */
  shape: 'format' | 'free';
  /** The keyword as written ("LPR"), or null when the message had none. */
  keyword: string | null;
  /** The region part as written, and its Kemendagri code when it was given as one ("5106" → "51.06"). */
  region: { text: string; code: string | null } | null;
  category: RecognisedCategory | null;
  /** The polling station's number ("TPS 05" → 5). */
  tps: number | null;
  /** Given as an extra part ("PILKADA", "pemilu", "pileg"). */
  regime: Regime | null;
  description: string;
  problems: SmsProblem[];
}

/** Separators between parts; a run of them ("##", "# #") counts as one. */
const SEPARATOR_RUN = /[#*/;\n]+/g;
/** A part longer than this is the description, not a field. */
const MAX_FIELD_LENGTH = 60;
const MAX_FIELD_WORDS = 6;

const KEYWORD_FORMS = new Set(['lapor', 'laporan', 'lpr', 'lapr', 'lpor', 'lprn', 'lap']);
const REGIME_WORDS: Readonly<Record<string, Regime>> = {
  pilkada: 'pilkada', pilgub: 'pilkada', pilbup: 'pilkada', pilwalkot: 'pilkada', pilwali: 'pilkada', pemilu: 'pemilu', pileg: 'pemilu', pilpres: 'pemilu',
};
const TPS_ONLY = /^tps\s*(?:no\.?|nomor|nomer|nmr)?\s*[:.#-]?\s*0*(\d{1,3})$/iu;
const TPS_ANYWHERE = /(?<![\p{L}\p{N}])tps\s*(?:no\.?|nomor|nomer|nmr)?\s*[:.#-]?\s*0*(\d{1,3})(?![\p{N}])/iu;
/** A part that is only a code, typed with or without dots, dashes or spaces: "51.06", "5106", "51 06 01". */
const CODE_ONLY = /^\d[\d.\- ]*\d$/u;
/** A regency or finer code followed by its name ("51.06 Bangli"); a lone two-digit number before words is a count ("10 orang"). */
const CODE_AND_NAME = /^(\d{2}[.-]?\d{2}(?:[.-]?\d{2})?(?:[.-]?\d{4})?)\s+\p{L}/u;

/** Zero-width characters and control characters (other than new lines) that phones and gateways slip in. */
function clean(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, ' ')
    .trim();
}

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** "LAPOR", "Laporan", "lpr", "LAPR", "lapir": the keyword or one slip away from it. */
export function isReportKeyword(word: string): boolean {
  const folded = fold(word);
  if (KEYWORD_FORMS.has(folded)) return true;
  return (folded.length >= 4 && editDistance(folded, 'lapor', 1) <= 1) || editDistance(folded, 'laporan', 1) <= 1;
}

/** Where the keyword is: the first word, or an exact "lapor" followed by a separator later on ("Selamat pagi. LAPOR#…"). */
function findKeyword(text: string): { keyword: string; rest: string } | null {
  const first = /^[^\p{L}\p{N}]*(\p{L}+)/u.exec(text);
  if (first?.[1] && isReportKeyword(first[1])) return { keyword: first[1], rest: text.slice(first[0].length) };
  const later = /(?<![\p{L}\p{N}])(lapor(?:an)?)\s*(?=[#*/;])/iu.exec(text);
  return later?.[1] ? { keyword: later[1], rest: text.slice(later.index + later[0].length) } : null;
}

interface Segment {
  text: string;
  start: number;
  /** The separator character that ends it; null for the last part. */
  endsWith: string | null;
}

function segments(rest: string): Segment[] {
  const found: Segment[] = [];
  let start = 0;
  for (const match of rest.matchAll(SEPARATOR_RUN)) {
    found.push({ text: rest.slice(start, match.index).trim(), start, endsWith: match[0][0]! });
    start = match.index + match[0].length;
  }
  found.push({ text: rest.slice(start).trim(), start, endsWith: null });
  return found;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A Kemendagri code in dotted form from digits typed with or without dots; null when the digits cannot be one. */
export function regionCodeFromDigits(typed: string): string | null {
  const digits = typed.replace(/[.\- ]/g, '');
  if (!/^\d+$/.test(digits) || ![2, 4, 6, 10].includes(digits.length)) return null;
  const groups = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6)].filter(Boolean);
  const code = groups.join('.');
  return parseRegionCode(code) ? code : null;
}

/** The TPS number a text mentions ("TPS 05", "tps:5", "TPS no. 12"), and the text without it. */
export function takeTps(text: string): { tps: number | null; rest: string } {
  const match = TPS_ANYWHERE.exec(text);
  const tps = match ? Number(match[1]) : 0;
  if (!match || tps < 1) return { tps: null, rest: text };
  return { tps, rest: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim() };
}

/** "TPS 005": how polling stations are numbered on KPU's forms. */
export function tpsLabel(tps: number): string {
  return `TPS ${String(tps).padStart(3, '0')}`;
}

function regimeOf(text: string): Regime | null {
  const folded = fold(text).replace(/[^a-z]/g, '');
  return Object.hasOwn(REGIME_WORDS, folded) ? REGIME_WORDS[folded]! : null;
}

const trimSeparators = (text: string) => text.replace(/^[\s#*/;:.,-]+/u, '').replace(/[\s#*/;]+$/u, '');

/** Reads a message; never throws, whatever arrives. */
export function parseSmsReport(raw: string, categories: readonly IncidentCategory[] = INCIDENT_CATEGORIES): SmsReport {
  const text = clean(raw);
  const report: SmsReport = { shape: 'free', keyword: null, region: null, category: null, tps: null, regime: null, description: text, problems: [] };
  const found = findKeyword(text);
  let rest = found?.rest ?? text;
  if (found) report.keyword = found.keyword;
  rest = rest.replace(/^\s*[:.,\-–—]+/u, '');
  const parts = segments(rest);
  const filled = parts.filter((part) => part.text).length;
  // Without the keyword, only a message built of several parts ("Bangli#amplop#…") is read as the format.
  const formatted = found ? parts.length > 1 : filled >= 3 && parts.length >= 3;
  if (!formatted) return freeReport(report, found ? rest.trim() : text, found ? 'no_separator' : 'no_keyword', categories);
  report.shape = 'format';
  if (!found) report.problems.push({ part: 'format', reason: 'no_keyword' });
  readFields(report, rest, parts, categories);
  return finish(report, categories);
}

function freeReport(report: SmsReport, text: string, reason: 'no_keyword' | 'no_separator', categories: readonly IncidentCategory[]): SmsReport {
  report.problems.push({ part: 'format', reason });
  report.description = text;
  return finish(report, categories);
}

/** Takes the leading short parts as fields (region, category, TPS, regime) until the description starts. */
function readFields(report: SmsReport, rest: string, parts: Segment[], categories: readonly IncidentCategory[]): void {
  const primary = parts.find((part) => part.endsWith !== null)?.endsWith ?? null;
  let descriptionStart = rest.length;
  let unknownCategory = false;
  for (const [index, part] of parts.entries()) {
    if (!part.text) continue;
    const last = index === parts.length - 1;
    if (part.text.length > MAX_FIELD_LENGTH || wordCount(part.text) > MAX_FIELD_WORDS) {
      descriptionStart = part.start;
      break;
    }
    // A slash also sits inside short phrases ("TNI/Polri", "50rb/orang"): unless the writer separates
    // with slashes, a part it ends is a field only when recognised as one.
    const positional = last || part.endsWith !== '/' || primary === '/';
    if (readField(report, part.text, { last, positional, unknownCategory }, categories)) {
      unknownCategory ||= report.problems.some((problem) => problem.part === 'category');
      continue;
    }
    descriptionStart = part.start;
    break;
  }
  report.description = trimSeparators(rest.slice(descriptionStart).trim());
}

/** One short part: true when it was taken as a field (or as the category that was not recognised). */
function readField(
  report: SmsReport, text: string, at: { last: boolean; positional: boolean; unknownCategory: boolean }, categories: readonly IncidentCategory[],
): boolean {
  const tpsOnly = TPS_ONLY.exec(text);
  if (tpsOnly && Number(tpsOnly[1]) >= 1) {
    report.tps ??= Number(tpsOnly[1]);
    return true;
  }
  const regime = regimeOf(text);
  if (regime) {
    report.regime ??= regime;
    return true;
  }
  const { tps, rest } = takeTps(text);
  if (report.region === null) {
    const typed = CODE_ONLY.test(rest) ? rest : at.last ? null : (CODE_AND_NAME.exec(rest)?.[1] ?? null);
    if (typed) {
      report.region = { text: rest, code: regionCodeFromDigits(typed) };
      if (!report.region.code) report.problems.push({ part: 'region', reason: 'invalid_code', text: rest });
      report.tps ??= tps;
      return true;
    }
  }
  if (report.category === null) {
    const category = categoryOfPart(rest, { contains: !at.last && at.positional, fuzzy: report.region !== null && at.positional }, categories);
    if (category) {
      report.category = category;
      report.tps ??= tps;
      return true;
    }
  }
  if (!at.positional || !rest) return false;
  // The last part names a region only when it is short and holds no category keyword ("LAPOR#Bangli").
  if (report.region === null && (!at.last || (wordCount(rest) <= 3 && !categoryOfDescription(rest, categories)))) {
    report.region = { text: rest, code: null };
    report.tps ??= tps;
    return true;
  }
  if (report.region !== null && report.category === null && !at.last && !at.unknownCategory) {
    report.problems.push({ part: 'category', reason: 'unknown', text: rest });
    report.tps ??= tps;
    return true;
  }
  return false;
}

/** Fills what the description says (category by keyword, TPS) and lists what is still missing. */
function finish(report: SmsReport, categories: readonly IncidentCategory[]): SmsReport {
  if (report.tps === null) report.tps = takeTps(report.description).tps;
  if (report.category === null) report.category = categoryOfDescription(report.description, categories);
  if (report.region === null) report.problems.push({ part: 'region', reason: 'missing' });
  if (report.category === null && !report.problems.some((problem) => problem.part === 'category')) {
    report.problems.push({ part: 'category', reason: 'missing' });
  }
  if (!report.description) report.problems.push({ part: 'description', reason: 'missing' });
  return report;
}
