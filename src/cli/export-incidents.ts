import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { INCIDENT_EXPORT_FORMATS, type IncidentExportFormat } from '../contracts/incident-export.js';
import { incidentFilterSchema, type IncidentFilter } from '../contracts/incidents.js';
import { isRegionCode } from '../domain/regions/codes.js';
import { INCIDENT_STATUS_FILTERS } from '../domain/incidents/workflow.js';
import { incidentExportWords } from '../i18n/incident-export.js';
import { formatCount } from '../i18n/demo-data.js';
import { languageFromEnv, type Language } from '../i18n/messages.js';
import { fillWords } from '../i18n/sitrep.js';
import { DATA_DIR_HELP } from './db.js';

/**
 * `sinergi export-incidents FILE`: every report (or those the filters keep) as CSV or XLSX, through
 * the same code as GET /incidents/export, read in keyset batches so that memory stays flat at a
 * million rows. The CLI sees the whole desk: it runs with the database's own rights.
 */

const lang = (): Language => languageFromEnv(process.env);
const words = () => incidentExportWords(lang());
/** Progress lines at most this often (stderr). */
const PROGRESS_EVERY_MS = 1_000;

function parseFormat(value: string): IncidentExportFormat {
  if (!(INCIDENT_EXPORT_FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(fillWords(words().badFormat, { value }));
  return value as IncidentExportFormat;
}

function parseStatus(value: string): IncidentFilter['status'] {
  if (!(INCIDENT_STATUS_FILTERS as readonly string[]).includes(value)) throw new InvalidArgumentError(fillWords(words().badStatus, { value, allowed: INCIDENT_STATUS_FILTERS.join(', ') }));
  return value as IncidentFilter['status'];
}

function parseRegion(value: string): string {
  if (!isRegionCode(value)) throw new InvalidArgumentError(fillWords(words().badRegion, { value }));
  return value;
}

function parseInstant(value: string): string {
  if (!incidentFilterSchema.shape.from.safeParse(value).success) throw new InvalidArgumentError(fillWords(words().badInstant, { value }));
  return value;
}

function parseLanguage(value: string): Language {
  if (value !== 'id' && value !== 'en') throw new InvalidArgumentError(`id | en: ${value}`);
  return value;
}

interface Flags {
  format?: IncidentExportFormat;
  region?: string;
  status?: IncidentFilter['status'];
  category?: string;
  severity?: string;
  from?: string;
  to?: string;
  q?: string;
  lang?: Language;
  force?: boolean;
  dataDir?: string;
}

const HELP_AFTER = `
Columns: reference, times on the wall clock of the report's region (WIB/WITA/WIT), province, kabupaten/kota,
region, category, severity, status, channel, TPS, description, referred unit; never the reporter's name or
contact. FILE "-" writes to standard output. Progress on stderr every second; at the end rows, seconds, rows/s
and the peak memory of the process (maxRSS).
Exit codes: 0 done, 1 failed (e.g. FILE exists without --force), 2 bad usage.`;

export function registerExportIncidents(program: Command) {
  program
    .command('export-incidents')
    .description('Export incident reports to a CSV or XLSX file, streamed in batches (the same rows and columns as the web app’s export)')
    .argument('<file>', 'the file to write (.csv or .xlsx), or - for standard output')
    .option('--format <format>', 'csv or xlsx (default: from the file name, else csv)', parseFormat)
    .option('--region <code>', 'only this region and everything in it, e.g. 51 or 51.06', parseRegion)
    .option('--status <status>', `one status, or open (${INCIDENT_STATUS_FILTERS.join(', ')})`, parseStatus)
    .option('--category <code>', 'one category code, e.g. politik_uang')
    .option('--severity <severity>', 'rendah, sedang or tinggi')
    .option('--from <instant>', 'occurred at or after (ISO 8601, e.g. 2024-11-27T00:00:00+08:00)', parseInstant)
    .option('--to <instant>', 'occurred before (ISO 8601)', parseInstant)
    .option('--q <text>', 'words of the description, or a reference number')
    .option('--lang <lang>', 'language of the headers: id or en (default: SINERGI_LANG, else id)', parseLanguage)
    .option('--force', 'overwrite FILE when it exists')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, flags: Flags) => {
      const language = lang();
      const w = words();
      const toStdout = file === '-';
      if (!toStdout && !flags.force && fs.existsSync(file)) {
        process.stderr.write(`sinergi: ${fillWords(w.fileExists, { path: file })}\n`);
        process.exitCode = 1;
        return;
      }
      const filter = incidentFilterSchema.safeParse({
        region: flags.region, status: flags.status, category: flags.category, severity: flags.severity, from: flags.from, to: flags.to, q: flags.q,
      });
      if (!filter.success) throw new InvalidArgumentError(filter.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '));
      const format = flags.format ?? (file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');

      const [{ withDatabase }, { migrate }, { systemClock }, { createCategoryCatalogue }, { createIncidentExport, WHOLE_DESK }] = await Promise.all([
        import('./context.js'), import('../db/migrate.js'), import('../services.js'), import('../modules/incident-categories/catalogue.js'),
        import('../modules/incident-export/service.js'),
      ]);
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      let lastPrinted = started;
      const rows = await withDatabase(flags, async (database) => {
        await migrate(database);
        const out = toStdout ? process.stdout : fs.createWriteStream(file);
        const exporter = createIncidentExport(database.db, systemClock, createCategoryCatalogue(database.db));
        const written = await exporter.write({
          visibility: WHOLE_DESK, filter: filter.data, format, language: flags.lang ?? language, out,
          onProgress: (done) => {
            if (performance.now() - lastPrinted < PROGRESS_EVERY_MS) return;
            lastPrinted = performance.now();
            process.stderr.write(`${fillWords(w.progress, { rows: formatCount(done, language), seconds: seconds().toFixed(1) })}\n`);
          },
        });
        if (!toStdout) await finished(out);
        return written;
      });
      const elapsed = seconds();
      const summary = fillWords(w.done, {
        rows: formatCount(rows, language), path: toStdout ? 'stdout' : file, seconds: elapsed.toFixed(1), rate: formatCount(rows / Math.max(elapsed, 0.001), language),
        rss: formatCount(process.resourceUsage().maxRSS / 1024, language),
      });
      (toStdout ? process.stderr : process.stdout).write(`${summary}\n`);
    });
}
