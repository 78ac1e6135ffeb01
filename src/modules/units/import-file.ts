import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../domain/errors.js';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an uploaded CSV or XLSX file into rows of text cells, header first. The type is decided by
 * the bytes, not by the name a client sends: an XLSX is a zip archive, a CSV must be UTF-8 text.
 */
export async function readSpreadsheet(bytes: Buffer): Promise<string[][]> {
  if (bytes.length === 0) throw new AppError('invalid', 400, { detail: 'file' });
  return checked(ZIP_MAGIC.every((byte, i) => bytes[i] === byte) ? await readXlsx(bytes) : readCsv(bytes));
}

/**
 * Like readSpreadsheet, but every sheet of a workbook, in the workbook's order (a CSV is one sheet),
 * for imports that look for the sheet holding their columns. Each sheet has the same bounds.
 */
export async function readSpreadsheetSheets(bytes: Buffer): Promise<string[][][]> {
  if (bytes.length === 0) throw new AppError('invalid', 400, { detail: 'file' });
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) return [checked(readCsv(bytes))];
  const workbook = await loadWorkbook(bytes);
  return workbook.worksheets.length === 0 ? [[]] : workbook.worksheets.map((sheet) => checked(sheetRows(sheet)));
}

function checked(rows: string[][]): string[][] {
  if (rows.length - 1 > MAX_IMPORT_ROWS) throw new AppError('payload_too_large', 413);
  // XLSX text may spell a NUL as `_x0000_`, which PostgreSQL text cannot hold (and no cell means).
  if (rows.some((cells) => cells.some((cell) => cell.includes('\u0000')))) throw new AppError('invalid', 400, { detail: 'NUL' });
  return rows;
}

function readCsv(bytes: Buffer): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new AppError('unsupported_media_type', 415);
  }
  if (text.includes('\u0000')) throw new AppError('unsupported_media_type', 415);
  // Spreadsheets in Indonesian locales save CSV with semicolons: take whichever the header uses.
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, to: MAX_IMPORT_ROWS + 2 }) as string[][];
  } catch (error) {
    throw new AppError('invalid', 400, { detail: `CSV: ${(error as Error).message.split('\n')[0] ?? ''}` });
  }
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('unsupported_media_type', 415);
  }
  return workbook;
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const sheet = (await loadWorkbook(bytes)).worksheets[0];
  return sheet ? sheetRows(sheet) : [];
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (rows.length > MAX_IMPORT_ROWS + 1) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    rows.push(Array.from(cells, (cell) => cell ?? ''));
  });
  return rows;
}

/**
 * A cell as text; a damaged workbook (e.g. a shared string that is not there) reads as empty, not as a crash.
 * Spreadsheet dates and times have no zone: exceljs hands them over as UTC instants of the wall clock
 * typed, so they read as that wall clock ("2024-07-30 09:30", or "09:30" for a time of day), never
 * through the server's own zone.
 */
export function cellText(cell: ExcelJS.Cell): string {
  try {
    const value: unknown = cell.value;
    if (value instanceof Date) return wallClockText(value);
    const text: unknown = cell.text;
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

function wallClockText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const iso = value.toISOString();
  const time = iso.slice(11, iso.endsWith(':00.000Z') ? 16 : 19);
  // Day 0 of the 1900 date system: a time typed without a date.
  if (iso.startsWith('1899-12-30')) return time;
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
