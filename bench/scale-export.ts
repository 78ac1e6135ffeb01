import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Issue 11, export at scale: `sinergi export-incidents` of ALL rows, CSV and XLSX, run as a child
 * process on the scale database so that its peak RSS (process.resourceUsage().maxRSS, printed by the
 * command) is the export's own. The claim to check: seconds grow with the rows, peak RSS does not
 * (the rows are read in keyset batches and streamed to the file).
 */

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFigures {
  format: ExportFormat;
  rows: number;
  /** Wall time of the whole command, as this benchmark saw it (start-up and migration check included). */
  ms: number;
  /** Rows per second as the command measured them (its own export time). */
  rowsPerSecond: number;
  peakRssMb: number;
  fileMb: number;
  /** Progress lines the command printed on stderr (one a second). */
  progressLines: number;
}

const SUMMARY = /^([\d,]+) rows written to .* in ([\d.]+) s \(([\d,]+) rows\/s\); peak memory \(maxRSS\) ([\d,]+) MB\.$/m;
const number = (text: string) => Number(text.replace(/,/g, ''));

function runExport(databaseUrl: string, file: string, format: ExportFormat): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('bin/sinergi.mjs'), 'export-incidents', file, '--format', format, '--force'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, SINERGI_LANG: 'en', TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Exports every incident of the database at `databaseUrl` once per format; the file is deleted after it is measured. */
export async function exportAll(databaseUrl: string, onLine: (line: string) => void = () => {}): Promise<ExportFigures[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-export-'));
  const figures: ExportFigures[] = [];
  try {
    for (const format of EXPORT_FORMATS) {
      const file = path.join(dir, `all.${format}`);
      const started = performance.now();
      const result = await runExport(databaseUrl, file, format);
      const ms = performance.now() - started;
      const summary = SUMMARY.exec(result.stdout);
      if (result.code !== 0 || !summary) throw new Error(`export-incidents --format ${format} failed (exit ${result.code}): ${result.stderr.slice(-2_000)}`);
      const figure: ExportFigures = {
        format, rows: number(summary[1]!), ms, rowsPerSecond: number(summary[3]!), peakRssMb: number(summary[4]!), fileMb: fs.statSync(file).size / 1_048_576,
        progressLines: result.stderr.split('\n').filter((line) => / rows written \(/.test(line)).length,
      };
      fs.rmSync(file, { force: true });
      figures.push(figure);
      onLine(`${format}: ${figure.rows.toLocaleString('en-US')} rows in ${(ms / 1000).toFixed(1)} s (${figure.rowsPerSecond.toLocaleString('en-US')} rows/s), ` +
        `file ${figure.fileMb.toFixed(1)} MB, peak RSS ${figure.peakRssMb} MB, ${figure.progressLines} progress lines`);
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The table rows of the scale benchmark: per format, rows/s, seconds and peak RSS at each size. */
export function exportRows(exports: ReadonlyArray<readonly ExportFigures[] | null>): Array<{ name: string; values: number[] }> {
  if (!exports.some((e) => e)) return [];
  const of = (format: ExportFormat, pick: (f: ExportFigures) => number) => exports.map((e) => {
    const figure = e?.find((f) => f.format === format);
    return figure ? pick(figure) : Number.NaN;
  });
  return EXPORT_FORMATS.flatMap((format) => [
    { name: `export all rows ${format}: seconds`, values: of(format, (f) => f.ms / 1000) },
    { name: `export all rows ${format}: rows/s`, values: of(format, (f) => f.rowsPerSecond) },
    { name: `export all rows ${format}: peak RSS (MB)`, values: of(format, (f) => f.peakRssMb) },
  ]);
}
