import type { Writable } from 'node:stream';
import type { IncidentExportFormat } from '../../contracts/incident-export.js';
import type { IncidentFilter } from '../../contracts/incidents.js';
import { localDate } from '../../domain/regions/timezones.js';
import { incidentExportWords } from '../../i18n/incident-export.js';
import type { Language } from '../../i18n/messages.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import type { Actor } from '../auth/actor.js';
import type { CategoryCatalogue } from '../incident-categories/catalogue.js';
import { listFilter, type IncidentVisibility } from '../incidents/repo.js';
import { listVisibility } from '../incidents/service.js';
import { exportBatches } from './repo.js';
import { EXPORT_COLUMNS, EXPORT_WIDTHS, headerRow, recordCells } from './sheet.js';
import { csvSink, xlsxSink } from './writers.js';

export const EXPORT_MEDIA_TYPES: Record<IncidentExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Every report of the desk: the CLI's view (it runs with the database's own rights, like `sinergi report`). */
export const WHOLE_DESK: IncidentVisibility = { reporterId: null, roots: null, unitId: null };

export interface ExportSettings {
  /** Reports read per query: memory holds one batch, whatever the total. */
  batchSize: number;
  /** Called after each batch is written and the output took it (tests pause here to disconnect a client). */
  afterBatch?: (rowsSoFar: number) => void | Promise<void>;
}

export interface ExportRun {
  visibility: IncidentVisibility;
  filter: IncidentFilter;
  format: IncidentExportFormat;
  language: Language;
  out: Writable;
  /** Stops the reads before the next batch (the HTTP route aborts it when the client goes away). */
  signal?: AbortSignal;
  onProgress?: (rowsSoFar: number) => void;
}

/**
 * Incident reports as CSV or XLSX (issue 11): the rows GET /incidents shows for the same filters and
 * the same caller, streamed batch by batch (keyset) into a Writable, whatever their number. One
 * piece of code for the HTTP route and the `sinergi export-incidents` command.
 */
export function createIncidentExport(db: Db, clock: Clock, categories: CategoryCatalogue, settings: ExportSettings = { batchSize: 2_000 }) {
  return {
    settings,

    /** Who may export what: whoever may list, the same reports (reporters: their own). */
    visibility: (actor: Actor): IncidentVisibility => listVisibility(actor),

    /** "laporan-insiden-20241127.csv", dated in WIB. */
    fileName(format: IncidentExportFormat, language: Language): string {
      return `${incidentExportWords(language).fileStem}-${localDate(clock.now(), 'WIB').replace(/-/g, '')}.${format}`;
    },

    /** Writes the whole export into `run.out` and ends it; the number of rows written. */
    async write(run: ExportRun): Promise<number> {
      const words = incidentExportWords(run.language);
      const catalogue = await categories.current();
      const sink = run.format === 'csv' ? csvSink(run.out) : xlsxSink(run.out, words.sheet);
      await sink.header(headerRow(words.headers), EXPORT_COLUMNS.map((column) => EXPORT_WIDTHS[column]));
      let rows = 0;
      for await (const batch of exportBatches(db, listFilter(run.visibility, run.filter), settings.batchSize, run.signal)) {
        await sink.rows(batch.map((record) => recordCells(record, catalogue, run.language)));
        rows += batch.length;
        run.onProgress?.(rows);
        await settings.afterBatch?.(rows);
      }
      if (run.signal?.aborted) return rows;
      await sink.end();
      return rows;
    },
  };
}

export type IncidentExport = ReturnType<typeof createIncidentExport>;
