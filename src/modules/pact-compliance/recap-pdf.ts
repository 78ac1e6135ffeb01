import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { fill, softenLongWords } from '../../domain/minutes/format.js';
import type { MinutesLetterhead } from '../../domain/minutes/types.js';
import type { Db } from '../../db/client.js';
import type { Language } from '../../i18n/messages.js';
import { pactComplianceWords, withZone, type PactComplianceWords } from '../../i18n/pact-compliance.js';
import type { Actor } from '../auth/actor.js';
import { printableLetterhead } from '../letterheads/printable.js';
import { LETTERHEAD_STYLES, letterheadBlock } from '../../domain/minutes/letterhead.js';
import { renderPdf } from '../minutes/render.js';
import { summaryLines, targetRows } from './exports.js';
import type { CampaignFigures, PactComplianceService } from './service.js';

/** A4 landscape in points (the target list has eight columns), margins as the minutes have them. */
const PAGE = { width: 841.89, margins: [57, 45, 45, 57] as [number, number, number, number] };
const TEXT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

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
      ...letterheadBlock(letterhead, campaign.regionName, TEXT_WIDTH),
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
      ...LETTERHEAD_STYLES,
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
  return {
    async pdf(actor: Actor, campaignId: number, lang: Language): Promise<{ bytes: Buffer; fileName: string }> {
      const all = await service.figures(actor, campaignId);
      const unitId = all.campaign.creatorUnitId;
      const letterhead = unitId === null ? null : await printableLetterhead(db, unitId);
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
