import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { MINUTES_TABLE_LAYOUT, MINUTES_TABLE_LAYOUT_NAME } from '../../domain/minutes/document.js';

/**
 * Roboto as shipped inside the pdfmake package (SIL Open Font License 1.1): it covers Indonesian
 * text with its accents and typographic quotes. Bold is Roboto Medium, as pdfmake's own default.
 */
const FONT_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const ROBOTO = {
  normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};
const FONT_FILES = new Set(Object.values(ROBOTO));

pdfmake.setFonts({ Roboto: { ...ROBOTO } });
// Every image arrives as a data URL and the fonts are the only files: nothing else is fetched or read,
// whatever text a meeting holds.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => FONT_FILES.has(file));
pdfmake.addTableLayouts({ [MINUTES_TABLE_LAYOUT_NAME]: MINUTES_TABLE_LAYOUT });

/** Lays out and writes a document definition as PDF bytes. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return Buffer.from(await pdfmake.createPdf(definition).getBuffer());
}
