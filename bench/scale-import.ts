import fs from 'node:fs';
import type { ServedDesk } from './sitroom-server.js';

/**
 * Imports of reports at scale through the product's import feature (POST /incidents/imports):
 * generated rows, uploaded one file after another, each polled until it ends; time, rows per second,
 * how often progress moved, and the server's peak resident memory (VmHWM, reset before the first file
 * through /proc/<pid>/clear_refs so it is the imports' own peak). Files of 10,000 rows, then one file of
 * the feature's row cap, 100,000 (issue 11: "imports of 100k rows ... with progress and constant
 * memory"): its peak is compared with the 10k file's, which it should not exceed by much.
 */

export const ROWS_PER_FILE = 10_000;
export const LARGE_FILE_ROWS = 100_000;
const CATEGORIES = ['politik_uang', 'netralitas_asn', 'hoaks', 'intimidasi', 'logistik', 'kekerasan'] as const;
const WORDS = ['amplop', 'sembako', 'spanduk', 'baliho', 'kampanye', 'massa', 'relawan', 'kotak suara', 'surat suara', 'saksi'];

export interface ImportFigures {
  files: number;
  rows: number;
  accepted: number;
  ms: number;
  rowsPerSecond: number;
  /** The first file alone: comparable between sizes whatever the number of files. */
  firstFileRowsPerSecond: number;
  /** Resident memory of the server when the imports started, and its peak during them (MB). */
  baseRssMb: number;
  peakRssMb: number;
  /** The peak after each file: flat when memory does not grow with the number of rows imported. */
  peakAfterFileMb: number[];
  /** Distinct progress values seen while polling (1 = none shown before the end). */
  progressSteps: number;
  /** One file of LARGE_FILE_ROWS rows after the 10k files, its peak RSS measured alone (null: not asked). */
  large: LargeImportFigures | null;
}

export interface LargeImportFigures {
  rows: number;
  accepted: number;
  ms: number;
  rowsPerSecond: number;
  /** Seconds spent checking (until every row was processed) and then writing. */
  checkSeconds: number;
  writeSeconds: number;
  baseRssMb: number;
  peakRssMb: number;
  /** The same for the first 10k-row file, for the ratio: constant memory keeps it near 1. */
  smallPeakRssMb: number;
  progressSteps: number;
}

function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Resets the peak resident memory to the current one (Linux: writing 5 to clear_refs). */
function resetPeak(pid: number): void {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers the whole life of the server (said by baseRssMb).
  }
}

/** One file of rows: a different key per row (the tag), so no row is skipped as imported before. */
export function importCsv(tag: string, file: number, regions: readonly string[], rowsPerFile = ROWS_PER_FILE): string {
  const lines = ['Kategori;Uraian;Wilayah;Waktu kejadian;Rezim;Tingkat;TPS;Kunci'];
  for (let i = 0; i < rowsPerFile; i++) {
    const n = file * ROWS_PER_FILE + i;
    const day = 1 + (n % 25);
    const hour = n % 24;
    const description = `Laporan impor ${tag} nomor ${n}: ${WORDS[n % WORDS.length]} dan ${WORDS[(n * 7) % WORDS.length]} di sekitar TPS`;
    lines.push(`${CATEGORIES[n % CATEGORIES.length]};${description};${regions[(n * 31) % regions.length]};${String(day).padStart(2, '0')}/11/2024 ${String(hour).padStart(2, '0')}:15;pilkada;;TPS ${String(1 + (n % 40)).padStart(3, '0')};bench-${tag}-${n}`);
  }
  return `${lines.join('\n')}\n`;
}

interface ImportState {
  status: string;
  processedRows: number;
  acceptedRows: number;
  rejectedRows: number;
}

async function importOne(served: ServedDesk, cookie: string, csv: string, onProgress: (processed: number, accepted: number) => void, dryRun = false): Promise<ImportState> {
  const form = new FormData();
  form.set('keepValid', 'false');
  form.set('dryRun', String(dryRun));
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'laporan-bench.csv');
  const started = await fetch(`${served.baseUrl}/api/v1/incidents/imports`, { method: 'POST', headers: { cookie, origin: served.baseUrl }, body: form });
  if (started.status !== 202) throw new Error(`import answered ${started.status}: ${await started.text()}`);
  const { id } = (await started.json()) as { id: number };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const read = await fetch(`${served.baseUrl}/api/v1/incidents/imports/${id}`, { headers: { cookie } });
    if (read.status !== 200) throw new Error(`import ${id} read answered ${read.status}`);
    const state = (await read.json()) as ImportState;
    onProgress(state.processedRows, state.acceptedRows);
    if (state.status !== 'berjalan') return state;
  }
}

export async function importRows(served: ServedDesk, cookie: string, options: { files: number; regions: readonly string[]; tag: string; large?: boolean; onFile?: (line: string) => void }): Promise<ImportFigures> {
  const baseRssMb = procStatusMb(served.pid, 'VmRSS');
  resetPeak(served.pid);
  const seen = new Set<number>();
  let accepted = 0;
  const peakAfterFileMb: number[] = [];
  let firstFileMs = 0;
  const started = performance.now();
  for (let file = 0; file < options.files; file++) {
    const fileStarted = performance.now();
    const state = await importOne(served, cookie, importCsv(options.tag, file, options.regions), (processed) => { seen.add(processed); });
    if (state.status !== 'selesai') {
      // What the server logged is the only trace of a failed import (status gagal).
      const warnings = served.output().split('\n').filter((line) => /"level":(4|5|6)\d/.test(line) || (line.trim() && !line.startsWith('{'))).slice(-10);
      throw new Error(`import ${file + 1} ended ${state.status} (${state.rejectedRows} rows rejected, ${state.acceptedRows} accepted); the server's last warnings and errors:\n${warnings.join('\n')}`);
    }
    accepted += state.acceptedRows;
    peakAfterFileMb.push(procStatusMb(served.pid, 'VmHWM'));
    const fileMs = performance.now() - fileStarted;
    if (file === 0) firstFileMs = fileMs;
    options.onFile?.(`file ${file + 1}/${options.files}: ${state.acceptedRows.toLocaleString('en-US')} reports in ${(fileMs / 1000).toFixed(1)} s, peak RSS so far ${peakAfterFileMb.at(-1)!.toFixed(0)} MB`);
  }
  const ms = performance.now() - started;
  const rows = options.files * ROWS_PER_FILE;
  const peakRssMb = procStatusMb(served.pid, 'VmHWM');
  const large = options.large ? await importLarge(served, cookie, options.regions, options.tag, options.files, peakAfterFileMb[0] ?? Number.NaN, options.onFile) : null;
  return { files: options.files, rows, accepted, ms, rowsPerSecond: rows / (ms / 1000), firstFileRowsPerSecond: ROWS_PER_FILE / (firstFileMs / 1000), baseRssMb, peakRssMb, peakAfterFileMb, progressSteps: seen.size, large };
}

/** One file of `rows` rows (keys after those of the 10k files), its peak RSS measured from a reset just before it. */
export async function importLarge(served: ServedDesk, cookie: string, regions: readonly string[], tag: string, firstFile: number, smallPeakRssMb: number, onFile?: (line: string) => void, options: { rows?: number; dryRun?: boolean } = {}): Promise<LargeImportFigures> {
  const rows = options.rows ?? LARGE_FILE_ROWS;
  const csv = importCsv(tag, firstFile, regions, rows);
  const baseRssMb = procStatusMb(served.pid, 'VmRSS');
  resetPeak(served.pid);
  const seen = new Set<string>();
  const started = performance.now();
  let checkedAt = 0;
  const state = await importOne(served, cookie, csv, (processed, accepted) => {
    seen.add(`${processed}/${accepted}`);
    if (!checkedAt && processed >= rows) checkedAt = performance.now();
  }, options.dryRun);
  const ms = performance.now() - started;
  if (state.status !== 'selesai') throw new Error(`the ${rows}-row import ended ${state.status} (${state.rejectedRows} rows rejected, ${state.acceptedRows} accepted)`);
  const peakRssMb = procStatusMb(served.pid, 'VmHWM');
  const checkMs = (checkedAt || performance.now()) - started;
  onFile?.(`file of ${rows.toLocaleString('en-US')} rows${options.dryRun ? ' (dry run)' : ''}: ${state.acceptedRows.toLocaleString('en-US')} reports in ${(ms / 1000).toFixed(1)} s ` +
    `(checked in ${(checkMs / 1000).toFixed(1)} s), peak RSS ${peakRssMb.toFixed(0)} MB (${baseRssMb.toFixed(0)} MB before; 10k file: ${smallPeakRssMb.toFixed(0)} MB), ${seen.size} progress readings`);
  return {
    rows, accepted: state.acceptedRows, ms, rowsPerSecond: rows / (ms / 1000), checkSeconds: checkMs / 1000, writeSeconds: (ms - checkMs) / 1000,
    baseRssMb, peakRssMb, smallPeakRssMb, progressSteps: seen.size,
  };
}
