import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../domain/exports/spreadsheet-safe.js';
import { AppError } from '../../domain/errors.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An export larger than this is refused with a message asking for narrower filters. */
export const MAX_EXPORT_ROWS = 50_000;
/** Rows fetched per query while an export streams. */
export const EXPORT_PAGE = 1_000;

export type CellValue = string | number | Date | null;
/** How a column's cells are shown: text, a whole number, a date (day only), a fraction as a percentage, or a number with two decimals. */
export type ColumnKind = 'text' | 'int' | 'date' | 'percent' | 'decimal';

export interface Column {
  header: string;
  kind?: ColumnKind;
  width?: number;
}

export interface SheetWriter {
  add(row: readonly CellValue[]): void;
}

export interface BookWriter {
  sheet(name: string, columns: readonly Column[]): SheetWriter;
}

/** A workbook on its way to the client, with the name to save it under (ASCII, no quotes). */
export interface XlsxFile {
  fileName: string;
  body: Readable;
}

const WIDTHS: Record<ColumnKind, number> = { text: 24, int: 10, date: 12, percent: 12, decimal: 10 };
const FORMATS: Partial<Record<ColumnKind, string>> = { percent: '0.0%', decimal: '0.00' };

/**
 * Streams a workbook that `write` fills, sheet by sheet and row by row, so that a large export
 * never sits in memory whole. Every text cell passes the spreadsheet formula guard. Whatever
 * `write` must refuse (permissions, size) it should refuse before this is called: once the first
 * bytes leave, a failure can only cut the download short.
 */
export function streamWorkbook(fileName: string, dateFormat: string, write: (book: BookWriter) => Promise<void>): XlsxFile {
  const body = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: body, useStyles: true, useSharedStrings: false });
  const book: BookWriter = {
    sheet(name, columns) {
      const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      worksheet.columns = columns.map((column) => {
        const kind = column.kind ?? 'text';
        const numFmt = kind === 'date' ? dateFormat : FORMATS[kind];
        return { width: column.width ?? WIDTHS[kind], ...(numFmt ? { style: { numFmt } } : {}) };
      });
      const header = worksheet.addRow(columns.map((column) => neutraliseCell(column.header)));
      header.font = { bold: true };
      header.commit();
      return { add: (row) => worksheet.addRow(row.map((cell) => neutraliseCell(cell))).commit() };
    },
  };
  void (async () => {
    await write(book);
    await workbook.commit();
  })().catch((error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))));
  return { fileName, body };
}

/**
 * Pages of a list as an export reads them: the first page is fetched at once, so that a refusal
 * (403) or a list over MAX_EXPORT_ROWS (422 too_many_rows) is answered before anything streams.
 */
export async function exportPages<T>(fetch: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>): Promise<AsyncIterable<T[]>> {
  const first = await fetch(0, EXPORT_PAGE);
  if (first.total > MAX_EXPORT_ROWS) throw new AppError('too_many_rows', 422, { count: first.total, max: MAX_EXPORT_ROWS });
  return (async function* pages() {
    let page = first.items;
    let offset = 0;
    while (page.length > 0 && offset < MAX_EXPORT_ROWS) {
      yield page.slice(0, MAX_EXPORT_ROWS - offset);
      offset += page.length;
      if (page.length < EXPORT_PAGE) return;
      page = (await fetch(offset, EXPORT_PAGE)).items;
    }
  })();
}
