import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, REQUIRED_COLUMNS, TEMPLATE_HEADER } from '../../domain/incidents/import-rows.js';

/** The template's header row, in the order of IMPORT_COLUMNS. */
const headerRow = () => IMPORT_COLUMNS.map((column) => TEMPLATE_HEADER[column]);

/** An empty CSV template: the header row only (UTF-8 with a BOM, so spreadsheet programs read it as UTF-8). */
export function csvTemplate(): Buffer {
  return Buffer.from(`\uFEFF${headerRow().join(',')}\r\n`, 'utf8');
}

/**
 * An empty XLSX template: the header row, required columns in bold, and the region and time columns
 * formatted as text, so that "51.06" stays a code and a typed "19/11/2024 20:00" is not reinterpreted.
 */
export async function xlsxTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Laporan');
  sheet.columns = IMPORT_COLUMNS.map((column) => ({
    header: TEMPLATE_HEADER[column], key: column, width: column === 'description' ? 60 : 20,
    ...(['region', 'occurredAt', 'knownAt', 'tps', 'key'].includes(column) ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).eachCell((cell, index) => {
    if (REQUIRED_COLUMNS.includes(IMPORT_COLUMNS[index - 1]!)) cell.font = { bold: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
