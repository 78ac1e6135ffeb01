import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LETTERHEAD_STYLES, letterheadBlock } from '../../domain/minutes/letterhead.js';
import type { MinutesLetterhead } from '../../domain/minutes/types.js';
import { fill, formatDate, softenLongWords } from '../../domain/minutes/format.js';
import type { Language } from '../../i18n/messages.js';
import { MINUTES_LABELS } from '../../i18n/minutes.js';
import type { SitrepWords } from '../../i18n/sitrep.js';
import { streamWorkbook } from '../meeting-sheets/workbook.js';
import { renderPdf } from '../minutes/render.js';
import { localStamp } from '../political-reports/pdf.js';
import type { SitrepData } from './data.js';
import { sitrepTables, type Cell } from './tables.js';

const PAGE = { width: 595.28, margins: [57, 45, 45, 57] as [number, number, number, number] };
const TEXT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

const show = (cell: Cell) => (cell === null ? '—' : typeof cell === 'number' ? String(Math.round(cell * 100) / 100) : softenLongWords(cell));

/**
 * The report as a pdfmake document: the letterhead (or one plain line), the title, the region, the
 * day and the instant the figures were read, then each table under its section. Pure.
 */
export function buildSitrepDocument(data: SitrepData, letterhead: MinutesLetterhead | null, words: SitrepWords, lang: Language): TDocumentDefinitions {
  const facts: [string, string][] = [
    [words.region, data.regionCode ? `${data.regionName} (${data.regionCode})` : data.regionName],
    [words.date, formatDate(data.date, MINUTES_LABELS[lang])],
    [words.timeZone, data.timeZone],
    [words.asOf, localStamp(data.asOf, data.timeZone, lang)],
    [words.generatedAt, localStamp(data.generatedAt, data.timeZone, lang)],
  ];
  const body: Content[] = [];
  let section = '';
  for (const table of sitrepTables(data, words, lang)) {
    if (table.section !== section) {
      section = table.section;
      body.push({ text: section, style: 'h2' });
    }
    if (table.title) body.push({ text: table.title, style: 'h3' });
    if (table.rows.length === 0) {
      body.push({ text: words.none, italics: true, color: '#555555', margin: [0, 0, 0, 4] });
      continue;
    }
    body.push({
      table: {
        headerRows: 1,
        widths: table.columns.map((_, i) => (i === 0 ? '*' : 'auto')),
        body: [
          table.columns.map((c) => ({ text: c.header, bold: true })),
          ...table.rows.map((row) => row.map((cell, i) => ({ text: show(cell), alignment: typeof cell === 'number' || table.columns[i]?.kind ? ('right' as const) : ('left' as const) }))),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 6],
    });
  }
  return {
    pageSize: 'A4',
    pageMargins: PAGE.margins,
    info: { title: `${words.title} ${data.regionName} ${data.date}`, creator: 'Sinergi' },
    ...(letterhead?.logo ? { images: { logo: letterhead.logo } } : {}),
    content: [
      ...letterheadBlock(letterhead, data.regionName, TEXT_WIDTH),
      { text: words.title, style: 'title' },
      { table: { widths: [92, 6, '*'], body: facts.map(([label, value]) => [{ text: label }, { text: ':' }, { text: value }]) }, layout: 'noBorders', margin: [0, 0, 0, 4] },
      { text: words.asOfNote, style: 'note' },
      ...body,
    ],
    footer: (page, pages) => ({ text: fill(words.page, { page, pages }), alignment: 'right', style: 'footer', margin: [PAGE.margins[0], 20, PAGE.margins[2], 0] }),
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      ...LETTERHEAD_STYLES,
      title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 14, 0, 10], characterSpacing: 1 },
      h2: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 3] },
      note: { fontSize: 8, italics: true, color: '#555555', margin: [0, 0, 0, 4] },
      footer: { fontSize: 8, color: '#555555' },
    },
  };
}

/** The PDF bytes; a logo that looks right but does not decode is dropped, as the minutes do. */
export async function sitrepPdf(data: SitrepData, letterhead: MinutesLetterhead | null, words: SitrepWords, lang: Language): Promise<Buffer> {
  try {
    return await renderPdf(buildSitrepDocument(data, letterhead, words, lang));
  } catch (error) {
    if (!letterhead?.logo) throw error;
    return renderPdf(buildSitrepDocument(data, { ...letterhead, logo: null }, words, lang));
  }
}

/** The XLSX bytes: one sheet per table, the first also naming the region and the day. */
export async function sitrepXlsx(data: SitrepData, words: SitrepWords, lang: Language): Promise<Buffer> {
  const file = streamWorkbook('sitrep.xlsx', 'yyyy-mm-dd', async (book) => {
    const about = book.sheet(words.title.slice(0, 31), [{ header: words.figure, width: 24 }, { header: words.value, width: 40 }]);
    about.add([words.region, data.regionCode ? `${data.regionName} (${data.regionCode})` : data.regionName]);
    about.add([words.date, data.date]);
    about.add([words.timeZone, data.timeZone]);
    about.add([words.asOf, localStamp(data.asOf, data.timeZone, lang)]);
    about.add([words.generatedAt, localStamp(data.generatedAt, data.timeZone, lang)]);
    const used = new Set<string>();
    for (const table of sitrepTables(data, words, lang)) {
      // Sheet names are unique and at most 31 characters in Excel.
      let name = table.sheet.slice(0, 31);
      for (let n = 2; used.has(name); n += 1) name = `${table.sheet.slice(0, 28)} ${n}`;
      used.add(name);
      const sheet = book.sheet(name, table.columns);
      for (const row of table.rows) sheet.add(row);
    }
  });
  const chunks: Buffer[] = [];
  for await (const chunk of file.body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
