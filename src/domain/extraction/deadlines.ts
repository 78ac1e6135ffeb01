import { addDays, completeDate, countOf, DAYS_AFTER, findDates, RELATIVE_DAYS } from './dates.js';
import type { ExtractedDeadline, Span } from './types.js';

/** Words that set a deadline: "batas waktu", "paling lambat", "selambat-lambatnya", "tenggat". */
const DEADLINE_CUE = /\bbatas\s+(?:waktu|akhir)\b|\bpaling\s+(?:lambat|telat)\b|\bselambat-lambatnya\b|\btenggat\b|\bdeadline\b|\bjatuh\s+tempo\b|\b(?:wajib|harus|diminta|diberi\s+waktu)\b[^.]{0,80}?\b(?:sebelum|hingga|sampai)\s+(?:dengan\s+)?(?:tanggal\s+)?(?=\d|Senin|Selasa|Rabu|Kamis|Jum|Sabtu|Minggu|pekan|minggu)/i;

/** How far after its cue a deadline's date may stand (characters). */
const REACH = 60;

export interface DeadlineMention extends ExtractedDeadline, Span {
  /** The sentence that set it. */
  sentence: Span;
}

/**
 * Deadlines the text sets: a cue and, close after it in the same sentence, a date. The date may be
 * partial ("30 September") or relative ("pekan depan"), read against the article's year and date
 * (its publication date when given, else the date of the event it reports).
 */
export function findDeadlines(text: string, sentenceSpans: readonly Span[], year: number | null, articleDate: string | null, publishedOn?: string | null): DeadlineMention[] {
  const found: DeadlineMention[] = [];
  for (const sentence of sentenceSpans) {
    const words = text.slice(sentence.start, sentence.end);
    const cue = DEADLINE_CUE.exec(words);
    if (!cue) continue;
    const cueEnd = cue.index + cue[0].length;
    const what = words.replace(/^["“”'\s]+|["“”'\s.]+$/g, '').replace(/\s+/g, ' ').slice(0, 200);
    // The date the cue sets follows it closely; a date further on is when something was said.
    const date = findDates(words).find((mention) => mention.start >= cue.index && mention.start - cueEnd <= REACH);
    let relative: { start: number; end: number; days: number } | null = null;
    const near = words.slice(cueEnd, cueEnd + REACH);
    for (const [pattern, days] of RELATIVE_DAYS) {
      const match = pattern.exec(near);
      if (match && (!relative || match.index < relative.start)) relative = { start: cueEnd + match.index, end: cueEnd + match.index + match[0].length, days };
    }
    const after = DAYS_AFTER.exec(near);
    if (after && (!relative || after.index < relative.start - cueEnd)) relative = { start: cueEnd + after.index, end: cueEnd + after.index + after[0].length, days: countOf(after[1]!) };
    if (date && (!relative || date.start < relative.start)) {
      const iso = completeDate(date, year, publishedOn);
      if (iso) found.push({ date: iso, what, start: sentence.start + date.start, end: sentence.start + date.end, sentence });
    } else if (relative && articleDate) {
      found.push({ date: addDays(articleDate, relative.days), what, start: sentence.start + relative.start, end: sentence.start + relative.end, sentence });
    }
  }
  return found;
}
