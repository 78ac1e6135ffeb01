import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LETTERHEAD_STYLES, letterheadBlock } from '../../domain/minutes/letterhead.js';
import type { MinutesLetterhead } from '../../domain/minutes/types.js';
import { fill, formatClock, formatDate, softenLongWords, wallClock } from '../../domain/minutes/format.js';
import { periodKindOf, periodLabel } from '../../domain/political-reports/periods.js';
import type { TemplateSection } from '../../domain/political-reports/templates.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { Language } from '../../i18n/messages.js';
import { MINUTES_LABELS } from '../../i18n/minutes.js';
import type { PoliticalReportExportLabels } from '../../i18n/political-reports.js';
import type { ReportRecord, VersionRecord } from './reports-repo.js';

const PAGE = { width: 595.28, margins: [57, 45, 45, 57] as [number, number, number, number] };
const TEXT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

/** The kop surat a report prints: its author's unit's, or the region's name alone (exports.ts). */
export type ReportLetterhead = MinutesLetterhead;

/** "5 Agustus 2024 23.59 WITA": an instant in the region's zone. */
export function localStamp(instant: Date, zone: TimeZoneLabel, lang: Language): string {
  const at = wallClock(instant.toISOString(), zone);
  const words = MINUTES_LABELS[lang];
  return `${at.day} ${words.months[at.month]} ${at.year} ${formatClock(instant.toISOString(), zone, words)} ${zone}`;
}

function periodText(r: ReportRecord, lang: Language): string {
  if (r.periodStart === null || r.periodEnd === null) return '—';
  const kind = periodKindOf({ start: r.periodStart, end: r.periodEnd });
  const words = MINUTES_LABELS[lang];
  const range = `${formatDate(r.periodStart, words)} – ${formatDate(r.periodEnd, words)}`;
  return kind ? `${periodLabel(kind, { start: r.periodStart, end: r.periodEnd }, lang)} (${range})` : range;
}

/**
 * A report as a pdfmake document: the unit's letterhead, the title, the facts (region, period, due
 * date, version, submitted and accepted in the region's local time), the summary and every section
 * in the template's order. Pure: the same inputs give the same document.
 */
export function buildReportDocument(
  r: ReportRecord, sections: readonly TemplateSection[], current: VersionRecord | null, letterhead: ReportLetterhead, labels: PoliticalReportExportLabels, lang: Language,
): TDocumentDefinitions {
  const stamp = (at: Date | null) => (at === null ? labels.notYet : localStamp(at, r.timeZone, lang));
  const facts: [string, string][] = [
    [labels.region, r.regionName],
    r.kind === 'periodik' ? [labels.period, periodText(r, lang)] : [labels.occurredAt, stamp(r.occurredAt)],
    ...(r.dueAt ? [[labels.due, stamp(r.dueAt)] as [string, string]] : []),
    [labels.state, labels.states[r.state]],
    [labels.versionLabel, current ? String(current.number) : labels.notYet],
    [labels.submitted, stamp(current?.submittedAt ?? r.submittedAt)],
    [labels.accepted, r.state === 'diterima' ? stamp(r.reviewedAt) : labels.notYet],
  ];
  const text = (value: string | undefined) => (value && value.trim() ? { text: softenLongWords(value), alignment: 'justify' as const } : { text: labels.empty, italics: true, color: '#555555' });
  const body: Content[] = [
    { text: labels.summary, style: 'h2' }, text(current?.summary),
    ...sections.flatMap((s, i): Content[] => [{ text: `${i + 1}. ${lang === 'id' ? s.titleId : s.titleEn}`, style: 'h2' }, text(current?.sections[s.key])]),
  ];
  return {
    pageSize: 'A4',
    pageMargins: PAGE.margins,
    info: { title: r.title, subject: labels.title, creator: 'Sinergi' },
    ...(letterhead.logo ? { images: { logo: letterhead.logo } } : {}),
    content: [
      ...letterheadBlock(letterhead, letterhead.lines[0] ?? '', TEXT_WIDTH),
      { text: labels.title, style: 'title' },
      { text: softenLongWords(r.title), style: 'subtitle' },
      { table: { widths: [92, 6, '*'], body: facts.map(([label, value]) => [{ text: label }, { text: ':' }, { text: value }]) }, layout: 'noBorders', margin: [0, 0, 0, 4] },
      ...body,
    ],
    footer: (page, pages) => ({ text: fill(labels.page, { page, pages }), alignment: 'right', style: 'footer', margin: [PAGE.margins[0], 20, PAGE.margins[2], 0] }),
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: {
      ...LETTERHEAD_STYLES,
      title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 14, 0, 2], characterSpacing: 1 },
      subtitle: { fontSize: 11.5, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
      h2: { fontSize: 11, bold: true, margin: [0, 12, 0, 5] },
      footer: { fontSize: 8, color: '#555555' },
    },
  };
}
