import type { Content, ContentCanvas, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { printableLogo } from '../../domain/files/printable-logo.js';
import { fill, softenLongWords } from '../../domain/minutes/format.js';
import type { MinutesLetterhead } from '../../domain/minutes/types.js';
import type { Db } from '../../db/client.js';
import type { Language } from '../../i18n/messages.js';
import { pactComplianceWords, withZone, type PactComplianceWords } from '../../i18n/pact-compliance.js';
import type { Actor } from '../auth/actor.js';
import { readFile } from '../files/repo.js';
import { createLetterheadRepo } from '../letterheads/repo.js';
import { renderPdf } from '../minutes/render.js';
import { summaryLines, targetRows } from './exports.js';
import type { CampaignFigures, PactComplianceService } from './service.js';

/** A4 landscape in points (the target list has eight columns), margins as the minutes have them. */
const PAGE = { width: 841.89, margins: [57, 45, 45, 57] as [number, number, number, number] };
const TEXT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];
const LOGO = 62;

/** Kop surat as the minutes print it; without a letterhead, one plain line with the campaign's region. */
function letterheadBlock(letterhead: MinutesLetterhead | null, fallback: string): Content[] {
  const lines = letterhead?.lines.length ? letterhead.lines : [fallback];
  const text: Content[] = lines.map((line, i) => ({ text: softenLongWords(line), style: i === lines.length - 1 ? 'kopMain' : 'kopLine' }));
  if (letterhead?.address) text.push({ text: softenLongWords(letterhead.address), style: 'kopAddress' });
  const rule: ContentCanvas = {
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 2.2 },
      { type: 'line', x1: 0, y1: 3, x2: TEXT_WIDTH, y2: 3, lineWidth: 0.6 },
    ],
    margin: [0, 6, 0, 0],
  };
  return [
    {
      columns: [
        letterhead?.logo ? { image: 'logo', fit: [LOGO, LOGO], width: LOGO } : { text: '', width: LOGO },
        { stack: text, width: '*', alignment: 'center' },
        { text: '', width: LOGO },
      ],
      columnGap: 8,
    },
    rule,
  ];
}

const cell = (value: string | number | Date | null): TableCell => ({ text: value === null ? '—' : softenLongWords(String(value)) });
const header = (labels: string[]): TableCell[] => labels.map((text) => ({ text, style: 'th' }));

function grid(widths: (number | string)[], head: string[], rows: (string | number | Date | null)[][]): Content {
  return { table: { headerRows: 1, widths, body: [header(head), ...rows.map((row) => row.map(cell))] }, layout: 'lightHorizontalLines', style: 'table' };
}

/** The recap's document definition: letterhead, title, summary, per region, per kind, every target. Pure. */
export function buildRecapDocument(all: CampaignFigures, letterhead: MinutesLetterhead | null, words: PactComplianceWords, lang: Language): TDocumentDefinitions {
  const { campaign, compliance, regionNames, targets } = all;
  const c = words.columns;
  const tally = (t: { targets: number; submitted: number; verified: number; percentVerified: number }) => [t.targets, t.submitted, t.verified, `${t.percentVerified}%`];
  const rows = targetRows(all, words);
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: PAGE.margins,
    language: lang,
    info: { title: `${words.pdf.title}: ${campaign.title}`, subject: words.pdf.title, creator: 'Sinergi' },
    ...(letterhead?.logo ? { images: { logo: letterhead.logo } } : {}),
    content: [
      ...letterheadBlock(letterhead, campaign.regionName),
      { text: words.pdf.title, style: 'title' },
      { text: softenLongWords(campaign.title), style: 'subtitle' },
      { text: words.pdf.summary, style: 'h2' },
      {
        table: { widths: [180, 6, '*'], body: summaryLines(all, words).map(([label, value]) => [{ text: label }, { text: ':' }, cell(value)]) },
        layout: 'noBorders',
      },
      { text: words.pdf.byRegion, style: 'h2' },
      grid(['auto', '*', 'auto', 'auto', 'auto', 'auto'], [c.regionCode, c.region, c.targets, c.submitted, c.verified, c.percentVerified],
        compliance.byRegion.map((r) => [r.regionCode, regionNames.get(r.regionCode) ?? r.regionCode, ...tally(r)])),
      { text: words.pdf.byKind, style: 'h2' },
      grid(['*', 'auto', 'auto', 'auto', 'auto'], [c.kind, c.targets, c.submitted, c.verified, c.percentVerified],
        compliance.byKind.map((k) => [words.kinds[k.kind], ...tally(k)])),
      { text: words.pdf.targets, style: 'h2' },
      targets.length === 0
        ? { text: words.pdf.none, italics: true }
        : grid(['auto', '*', 'auto', 130, 'auto', 'auto', 'auto', 'auto'],
          ['No', c.name, c.kind, c.region, c.status, withZone(c.submittedAt, campaign.zone), c.late, c.reviewer],
          rows.map((row, i) => [i + 1, row[0]!, row[1]!, row[3]!, row[4]!, row[5]!, row[6]!, row[7]!])),
    ],
    footer: (page, pages) => ({
      columns: [
        { text: softenLongWords(campaign.title.length > 80 ? `${campaign.title.slice(0, 79)}…` : campaign.title), width: '*', style: 'footer' },
        { text: fill(words.pdf.page, { page, pages }), width: 'auto', style: 'footer', alignment: 'right', noWrap: true },
      ],
      columnGap: 12,
      margin: [PAGE.margins[0], 20, PAGE.margins[2], 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      kopLine: { fontSize: 12, bold: true },
      kopMain: { fontSize: 14, bold: true },
      kopAddress: { fontSize: 8.5, margin: [0, 2, 0, 0] },
      title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 14, 0, 2], characterSpacing: 1 },
      subtitle: { fontSize: 11.5, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
      h2: { fontSize: 11, bold: true, margin: [0, 12, 0, 5] },
      table: { fontSize: 8, margin: [0, 0, 0, 2] },
      th: { bold: true, fontSize: 8 },
      footer: { fontSize: 8, color: '#555555' },
    },
  };
}

/** The recap as PDF, headed by the letterhead of the unit whose account created the campaign. */
export function createRecapPdf(db: Db, service: PactComplianceService) {
  const letterheads = createLetterheadRepo(db);

  async function letterheadOf(unitId: number | null): Promise<MinutesLetterhead | null> {
    if (unitId === null) return null;
    const record = await letterheads.get(unitId);
    if (!record) return null;
    const logo = record.logoFileId === null ? null : await readFile(db, record.logoFileId);
    const printable = logo !== null && printableLogo(logo.content, logo.mediaType);
    return { lines: record.lines, address: record.address, logo: printable ? `data:${logo.mediaType};base64,${logo.content.toString('base64')}` : null };
  }

  return {
    async pdf(actor: Actor, campaignId: number, lang: Language): Promise<{ bytes: Buffer; fileName: string }> {
      const all = await service.figures(actor, campaignId);
      const letterhead = await letterheadOf(all.campaign.creatorUnitId);
      const words = pactComplianceWords(lang);
      let bytes: Buffer;
      try {
        bytes = await renderPdf(buildRecapDocument(all, letterhead, words, lang));
      } catch (error) {
        // A logo that passed the first-bytes check may still not decode: print without it, as the minutes do.
        if (!letterhead?.logo) throw error;
        bytes = await renderPdf(buildRecapDocument(all, { ...letterhead, logo: null }, words, lang));
      }
      return { bytes, fileName: `${words.files.recap}-${all.campaign.id}.pdf` };
    },
  };
}

export type RecapPdf = ReturnType<typeof createRecapPdf>;
