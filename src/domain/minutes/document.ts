import type { Column, Content, CustomTableLayout, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fill, formatDay, formatTimeRange, placeOf, softenLongWords } from './format.js';
import { LETTERHEAD_STYLES, letterheadBlock } from './letterhead.js';
import * as section from './sections.js';
import type { MinutesLabels, MinutesLetterhead, MinutesLookups, MinutesMeeting } from './types.js';

/** A4 in points, with margins of about 2 cm (left wider, for binding). */
const PAGE = { width: 595.28, margins: [57, 45, 45, 57] as [number, number, number, number] };
const TEXT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

/** The table layout of every table in the minutes (registered by name when rendering). */
export const MINUTES_TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#7a7a7a',
  vLineColor: () => '#7a7a7a',
  fillColor: (row) => (row === 0 ? '#e6e6e6' : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};
export const MINUTES_TABLE_LAYOUT_NAME = section.GRID;

function facts(meeting: MinutesMeeting, labels: MinutesLabels): Content {
  const f = labels.facts;
  const rows: [string, Content][] = [
    [f.kind, labels.kinds[meeting.kind]],
    [f.level, labels.levels[meeting.level]],
    [f.regions, meeting.regions.map((r) => r.name).join(', ')],
    [f.date, formatDay(meeting.startsAt, meeting.timeZone, labels)],
    [f.time, formatTimeRange(meeting.startsAt, meeting.endsAt, meeting.timeZone, labels)],
    [f.venue, meeting.venue ?? '—'],
    [f.mode, labels.modes[meeting.mode]],
    [f.legalBasis, meeting.legalBasis.length ? { stack: meeting.legalBasis.map((basis) => ({ text: basis })) } : '—'],
    [f.agenda, meeting.agenda ?? '—'],
    [f.organiser, meeting.organiser.name],
  ];
  return {
    table: { widths: [92, 6, '*'], body: rows.map(([label, value]) => [{ text: label }, { text: ':' }, typeof value === 'string' ? { text: value } : value]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 4],
  };
}

/** Two signature blocks side by side: the minute taker, and the chair under the place and date. */
function signatures(meeting: MinutesMeeting, lookups: MinutesLookups, labels: MinutesLabels): Content {
  const place = placeOf(lookups.organiserRegionName);
  const day = formatDay(meeting.startsAt, meeting.timeZone, labels).replace(/^[^,]*,\s*/, '');
  const block = (above: string, role: string, name: string | null | undefined, position: string | null | undefined): Column => ({
    stack: [
      { text: above }, { text: role }, { text: ' ', margin: [0, 0, 0, 46] },
      name ? { text: name, bold: true, decoration: 'underline' } : { text: '(..........................................)' },
      ...(position ? [{ text: position }] : []),
    ],
    alignment: 'center',
    width: '*',
  });
  return {
    columns: [
      block(' ', labels.minuteTaker, meeting.minuteTakerName, meeting.minuteTakerPosition), { text: '', width: 40 },
      block(place ? `${place}, ${day}` : day, labels.chair, meeting.chairName, meeting.chairPosition),
    ],
    unbreakable: true,
    margin: [0, 24, 0, 0],
  };
}

/** The same content with every text's long words breakable (see softenLongWords). */
function soften<T>(node: T): T {
  if (typeof node === 'string') return softenLongWords(node) as T;
  if (Array.isArray(node)) return node.map(soften) as T;
  if (!node || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  for (const key of ['text', 'stack', 'columns', 'ol', 'ul'] as const) if (key in copy) copy[key] = soften(copy[key]);
  if (copy.table) copy.table = { ...(copy.table as object), body: soften((copy.table as { body: unknown }).body) };
  return copy as T;
}

/** One line of the footer holds about 80 characters. */
const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** A heading this close to the bottom of a page moves to the next one, with what it introduces. */
function keepHeadingsWithContent(node: Node, _queries: NodeQueries): boolean {
  return node.headlineLevel === 1 && node.startPosition.verticalRatio > 0.86;
}

/**
 * The document definition (pdfmake) of a meeting's minutes: letterhead, title, facts, then each
 * part of the meeting in its own lettered section, and the signature blocks. Pure: the same
 * meeting, names, letterhead and labels give the same definition.
 */
export function buildMinutesDocument(
  meeting: MinutesMeeting, lookups: MinutesLookups, letterhead: MinutesLetterhead | null, labels: MinutesLabels,
): TDocumentDefinitions {
  const s = labels.sections;
  const parts: [string, Content[]][] = [
    ...(meeting.summary ? [[s.summary, [{ text: meeting.summary, alignment: 'justify' }]] as [string, Content[]]] : []),
    [s.attendance, section.attendance(meeting, lookups, labels)],
    [s.speakers, section.speakers(meeting, labels)],
    [s.findings, section.findings(meeting, lookups, labels)],
    [s.strategies, section.strategies(meeting, labels)],
    [s.decisions, section.decisions(meeting, labels)],
    [s.actionItems, section.actionItems(meeting, labels)],
    ...(meeting.carriedItems.length ? [[s.carriedItems, section.carriedItems(meeting, labels)] as [string, Content[]]] : []),
    [s.declarations, section.declarations(meeting, lookups, labels)],
  ];
  const body: Content[] = parts.flatMap(([heading, content], i) => [
    { text: `${String.fromCharCode(65 + i)}. ${heading}`, style: 'h2', headlineLevel: 1 },
    ...content,
  ]);
  return {
    pageSize: 'A4',
    pageMargins: PAGE.margins,
    language: labels.language,
    info: { title: `${labels.footerTitle}: ${meeting.title}`, author: meeting.organiser.name, subject: labels.title, creator: 'Sinergi' },
    ...(letterhead?.logo ? { images: { logo: letterhead.logo } } : {}),
    content: [
      ...soften([...letterheadBlock(letterhead, meeting.organiser.name, TEXT_WIDTH), { text: labels.title, style: 'title' }, { text: meeting.title, style: 'subtitle' }, facts(meeting, labels), ...body]),
      signatures(meeting, lookups, labels),
    ],
    footer: (page, pages) => ({
      columns: [
        { text: softenLongWords(`${labels.footerTitle}: ${shorten(meeting.title, 80)}`), width: '*', style: 'footer' },
        { text: fill(labels.page, { page, pages }), width: 'auto', style: 'footer', alignment: 'right', noWrap: true },
      ],
      columnGap: 12,
      margin: [PAGE.margins[0], 20, PAGE.margins[2], 0],
    }),
    pageBreakBefore: keepHeadingsWithContent,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: {
      ...LETTERHEAD_STYLES,
      title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 14, 0, 2], characterSpacing: 1 },
      subtitle: { fontSize: 11.5, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
      h2: { fontSize: 11, bold: true, margin: [0, 12, 0, 5] },
      table: { fontSize: 9, margin: [0, 0, 0, 2] },
      th: { bold: true, fontSize: 9 },
      muted: { color: '#555555', fontSize: 8.5 },
      note: { fontSize: 9, italics: true, margin: [0, 3, 0, 0] },
      none: { italics: true, color: '#555555' },
      footer: { fontSize: 8, color: '#555555' },
    },
  };
}
