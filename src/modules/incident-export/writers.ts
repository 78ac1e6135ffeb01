import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutraliseRow } from '../../domain/exports/spreadsheet-safe.js';

/** Where an export writes its rows: a header, batches of rows (resolving once the output can take more), an end. */
export interface RowSink {
  header(cells: readonly string[], widths: readonly number[]): Promise<void>;
  rows(rows: readonly (readonly (string | null)[])[]): Promise<void>;
  end(): Promise<void>;
}

/** The reader of the output went away (the client disconnected, the file was closed): stop reading the database. */
export class OutputClosed extends Error {
  constructor() {
    super('the output of the export was closed before the end');
  }
}

/** Resolves when `out` wants more, rejects when it closes or fails first (else a gone client would leave this waiting forever). */
export function drained(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new OutputClosed());
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (error: Error | null) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle(null);
    const onClose = () => settle(new OutputClosed());
    const onError = (error: Error) => settle(error);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new OutputClosed();
  out.write(chunk);
  await drained(out);
}

/** CSV, UTF-8 with a byte order mark so that Excel opens it as UTF-8; quoting of commas, quotes and line breaks by csv-stringify. */
export function csvSink(out: Writable): RowSink {
  return {
    header: (cells) => write(out, `\uFEFF${stringify([neutraliseRow(cells)])}`),
    rows: (rows) => write(out, stringify(rows.map((row) => neutraliseRow(row)))),
    async end() {
      if (out.destroyed) throw new OutputClosed();
      await new Promise<void>((resolve) => out.end(resolve));
    },
  };
}

/**
 * Waits for the zip inside exceljs to pass on what it holds: its stages (sheet buffer, deflate,
 * archiver) move data a tick at a time, so `out` may look free right after a batch while a batch
 * is still on its way. A few turns of the event loop, waiting whenever `out` is full, keep the
 * backlog to about one batch when the reader is slower than the database.
 */
async function caughtUp(out: Writable): Promise<void> {
  for (let turn = 0; turn < 4; turn += 1) {
    await drained(out);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await drained(out);
}

/**
 * XLSX through exceljs's streaming writer: shared strings off (that table would grow with every
 * distinct description until the end) and each row committed as it is added, so a row leaves
 * memory once it is zipped. Between batches it waits for the output like the CSV writer does.
 */
export function xlsxSink(out: Writable, sheetName: string): RowSink {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  return {
    async header(cells, widths) {
      worksheet.columns = widths.map((width) => ({ width }));
      const row = worksheet.addRow(neutraliseRow(cells));
      row.font = { bold: true };
      row.commit();
      await drained(out);
    },
    async rows(rows) {
      if (out.destroyed) throw new OutputClosed();
      for (const cells of rows) worksheet.addRow(neutraliseRow(cells)).commit();
      await caughtUp(out);
    },
    async end() {
      if (out.destroyed) throw new OutputClosed();
      const ended = new Promise<void>((resolve, reject) => {
        out.once('finish', resolve);
        out.once('close', resolve);
        out.once('error', reject);
      });
      worksheet.commit();
      await workbook.commit();
      await ended;
    },
  };
}
