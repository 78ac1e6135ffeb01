import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import { AppError } from '../../domain/errors.js';
import { cellText, ZIP_MAGIC } from '../units/import-file.js';

/**
 * Reads an import file from disk row by row, header first, holding one row at a time (issue 11: files
 * of 100,000 rows in constant memory). The same rules as readSpreadsheet (src/modules/units/import-file.ts),
 * which reads a whole small file into memory: the type is decided by the first bytes (an XLSX is a zip
 * archive, anything else must be UTF-8 CSV text), a BOM is dropped, the header decides between
 * semicolons and commas, a NUL anywhere is refused, and only the first worksheet of a workbook counts.
 */
export async function* spreadsheetRows(path: string): AsyncGenerator<string[]> {
  const head = await firstBytes(path, 64 * 1024);
  if (head.length === 0) throw new AppError('invalid', 400, { detail: 'file' });
  if (ZIP_MAGIC.every((byte, i) => head[i] === byte)) yield* xlsxRows(path);
  else yield* csvRows(path, head);
}

async function firstBytes(path: string, size: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await file.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

const notUtf8 = () => new AppError('unsupported_media_type', 415);

/** Spreadsheets in Indonesian locales save CSV with semicolons: take whichever the header uses. */
function delimiterOf(head: Buffer): ';' | ',' {
  const text = head.toString('utf8');
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Bytes to text, refusing what is not UTF-8 or holds a NUL (no text file does) — chunk by chunk. */
function strictUtf8(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const check = (text: string, done: TransformCallback) => {
    if (text.includes('\u0000')) done(notUtf8());
    else done(null, text);
  };
  return new Transform({
    decodeStrings: true,
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        done(notUtf8());
        return;
      }
      check(text, done);
    },
    flush(done) {
      let text: string;
      try {
        text = decoder.decode();
      } catch {
        done(notUtf8());
        return;
      }
      check(text, done);
    },
  });
}

async function* csvRows(path: string, head: Buffer): AsyncGenerator<string[]> {
  const source = createReadStream(path);
  const text = source.pipe(strictUtf8());
  source.on('error', (error) => text.destroy(error));
  const parser = text.pipe(parse({ delimiter: delimiterOf(head), bom: true, relax_column_count: true, skip_empty_lines: true }));
  let failure: unknown = null;
  text.on('error', (error) => {
    failure = error;
    parser.destroy();
  });
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield record;
  } catch (error) {
    if (failure) throw failure;
    if (error instanceof AppError) throw error;
    throw new AppError('invalid', 400, { detail: `CSV: ${(error as Error).message.split('\n')[0] ?? ''}` });
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (failure) throw failure;
}

async function* xlsxRows(path: string): AsyncGenerator<string[]> {
  // Styles are read so that date cells come out as dates; shared strings are kept (they are the text of the cells).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore' });
  let opened = false;
  try {
    for await (const worksheet of reader) {
      opened = true;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        if (!row.hasValues) continue;
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellText(cell);
        });
        yield Array.from(cells, (cell) => cell ?? '');
      }
      // Only the first worksheet counts, as in readSpreadsheet.
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Not a workbook after all (a zip of something else, or damaged).
    if (!opened) throw new AppError('unsupported_media_type', 415);
    throw new AppError('invalid', 400, { detail: 'XLSX' });
  } finally {
    (reader as unknown as { stream?: { destroy?: () => void } }).stream?.destroy?.();
  }
  // A zip without a worksheet is no workbook.
  if (!opened) throw new AppError('unsupported_media_type', 415);
}
