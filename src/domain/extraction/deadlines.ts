import { addDays, completeDate, findDates, RELATIVE_DAYS } from './dates.js';
import type { ExtractedDeadline, Span } from './types.js';

/** Words that set a deadline: "batas waktu", "paling lambat", "selambat-lambatnya", "tenggat". */
const DEADLINE_CUE = /\bbatas\s+(?:waktu|akhir)\b|\bpaling\s+(?:lambat|telat)\b|\bselambat-lambatnya\b|\btenggat\b|\bdeadline\b|\bjatuh\s+tempo\b|\b(?:wajib|harus|diminta|diberi\s+waktu)\b[^.]{0,80}?\b(?:sebelum|hingga|sampai)\s+(?:dengan\s+)?(?:tanggal\s+)?(?=\d|Senin|Selasa|Rabu|Kamis|Jum|Sabtu|Minggu|pekan|minggu)/iu;

export interface DeadlineMention extends ExtractedDeadline, Span {
  /** The sentence that set it, so the event date is not read from it. */
  sentence: Span;
}

/**
 * Deadlines the text sets: a cue and a date in one sentence. The date may be partial ("30 September")
 * or relative ("pekan depan"), read against the article's year and date.
 */
export function findDeadlines(text: string, sentenceSpans: readonly Span[], year: number | null, articleDate: string | null, publishedOn?: string | null): DeadlineMention[] {
  const found: DeadlineMention[] = [];
  for (const sentence of sentenceSpans) {
    const words = text.slice(sentence.start, sentence.end);
    const cue = DEADLINE_CUE.exec(words);
    if (!cue) continue;
    const what = words.replace(/^["“”'\s]+|["“”'\s.]+$/g, '').replace(/\s+/g, ' ').slice(0, 200);
    const dates = findDates(words).filter((date) => date.end > cue.index);
    const date = dates[0];
    if (date) {
      const iso = completeDate(date, year, publishedOn);
      if (iso) found.push({ date: iso, what, start: sentence.start + date.start, end: sentence.start + date.end, sentence });
      continue;
    }
    if (!articleDate) continue;
    for (const [pattern, days] of RELATIVE_DAYS) {
      const relative = pattern.exec(words.slice(cue.index));
      if (relative) {
        const start = sentence.start + cue.index + relative.index;
        found.push({ date: addDays(articleDate, days), what, start, end: start + relative[0].length, sentence });
        break;
      }
    }
  }
  return found;
}
