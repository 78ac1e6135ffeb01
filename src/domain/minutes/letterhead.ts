import type { Content, ContentCanvas, StyleDictionary } from 'pdfmake/interfaces';
import type { MinutesLetterhead } from './types.js';

/** Width of the logo column, and of the empty column balancing it on the right. */
const LOGO = 62;

/** The styles the kop surat uses; every document that prints one spreads these into its own. */
export const LETTERHEAD_STYLES: StyleDictionary = {
  kopLine: { fontSize: 12, bold: true },
  kopMain: { fontSize: 14, bold: true },
  kopAddress: { fontSize: 8.5, margin: [0, 2, 0, 0] },
};

/**
 * Kop surat as Indonesian offices print it, shared by the minutes, pact recaps and political reports:
 * the logo on the left (registered by the document as image `logo`), the lines centred on the page,
 * the last one larger, the address, then a thick and a thin rule across `textWidth`. Without a
 * letterhead (or one with no lines) one line, `fallback`, takes its place.
 */
export function letterheadBlock(letterhead: MinutesLetterhead | null, fallback: string, textWidth: number): Content[] {
  const lines = letterhead?.lines.length ? letterhead.lines : [fallback];
  const text: Content[] = lines.map((line, i) => ({ text: line, style: i === lines.length - 1 ? 'kopMain' : 'kopLine' }));
  if (letterhead?.address) text.push({ text: letterhead.address, style: 'kopAddress' });
  const rule: ContentCanvas = {
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: textWidth, y2: 0, lineWidth: 2.2 },
      { type: 'line', x1: 0, y1: 3, x2: textWidth, y2: 3, lineWidth: 0.6 },
    ],
    margin: [0, 6, 0, 0],
  };
  return [
    {
      columns: [
        letterhead?.logo ? { image: 'logo', fit: [LOGO, LOGO], width: LOGO } : { text: '', width: LOGO },
        { stack: text, width: '*', alignment: 'center' },
        // Balances the logo, so that the lines sit in the middle of the page.
        { text: '', width: LOGO },
      ],
      columnGap: 8,
    },
    rule,
  ];
}
