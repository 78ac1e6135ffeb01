import type { PoliticalReportPeriod } from './vocabulary.js';

/** One reporting period: calendar dates (YYYY-MM-DD) in the reporting region's local time. */
export interface ReportPeriod {
  start: string;
  end: string;
}

/** Months a period of each kind spans; periods are aligned to the calendar year. */
export const PERIOD_MONTHS: Record<PoliticalReportPeriod, number> = { bulanan: 1, triwulanan: 3, semesteran: 6, tahunan: 12 };

/** No schedule materialises more periods than this at once (a monthly schedule over 25 years). */
export const MAX_PERIODS = 300;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
/** Last day of a month (1-based month). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of kind `period` that contains the calendar date `day` (YYYY-MM-DD). */
export function periodContaining(period: PoliticalReportPeriod, day: string): ReportPeriod {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const span = PERIOD_MONTHS[period];
  const firstMonth = Math.floor((month - 1) / span) * span + 1;
  const lastMonth = firstMonth + span - 1;
  return { start: isoDay(year, firstMonth, 1), end: isoDay(year, lastMonth, lastDay(year, lastMonth)) };
}

/** The period right after `current`. */
export function nextPeriod(period: PoliticalReportPeriod, current: ReportPeriod): ReportPeriod {
  const [year, month, day] = current.end.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return periodContaining(period, next.toISOString().slice(0, 10));
}

/**
 * Every period owed by a schedule up to `today` (a local calendar date): from the period holding
 * `startsOn` to the one holding today, oldest first. A period that has started is owed already, so
 * that the desk sees it coming; its due date tells when it becomes late. At most MAX_PERIODS, the latest.
 */
export function periodsUpTo(period: PoliticalReportPeriod, startsOn: string, today: string): ReportPeriod[] {
  if (today < startsOn) return [];
  const periods: ReportPeriod[] = [];
  for (let current = periodContaining(period, startsOn); current.start <= today; current = nextPeriod(period, current)) {
    periods.push(current);
    if (periods.length > MAX_PERIODS) periods.shift();
  }
  return periods;
}

/** Whether a month "YYYY-MM" overlaps the period. */
export function periodCoversMonth(p: ReportPeriod, month: string): boolean {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const start = isoDay(year, m, 1);
  const end = isoDay(year, m, lastDay(year, m));
  return p.start <= end && p.end >= start;
}

/** The first and last day of a month "YYYY-MM". */
export function monthBounds(month: string): ReportPeriod {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return { start: isoDay(year, m, 1), end: isoDay(year, m, lastDay(year, m)) };
}

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;
const ROMAN = ['I', 'II', 'III', 'IV'];

/** How people name a period: "Juli 2024", "Triwulan III 2024", "Semester II 2024", "Tahun 2024". */
export function periodLabel(period: PoliticalReportPeriod, p: ReportPeriod, lang: 'id' | 'en' = 'id'): string {
  const [year, month] = p.start.split('-').map(Number) as [number, number];
  switch (period) {
    case 'bulanan': return `${MONTHS[lang][month - 1]} ${year}`;
    case 'triwulanan': return `${lang === 'id' ? 'Triwulan' : 'Quarter'} ${ROMAN[(month - 1) / 3]} ${year}`;
    case 'semesteran': return `${lang === 'id' ? 'Semester' : 'Half-year'} ${ROMAN[(month - 1) / 6]} ${year}`;
    case 'tahunan': return `${lang === 'id' ? 'Tahun' : 'Year'} ${year}`;
  }
}

/** The kind of period from its bounds, for labels of stored reports (null: not a calendar period). */
export function periodKindOf(p: ReportPeriod): PoliticalReportPeriod | null {
  for (const kind of ['bulanan', 'triwulanan', 'semesteran', 'tahunan'] as const) {
    const guess = periodContaining(kind, p.start);
    if (guess.start === p.start && guess.end === p.end) return kind;
  }
  return null;
}
