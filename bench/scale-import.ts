import fs from 'node:fs';
import type { ServedDesk } from './sitroom-server.js';

/**
 * Imports of reports at scale through the product's import feature (POST /incidents/imports, a CSV of
 * the feature's row cap, 10,000): generated rows, uploaded one file after another, each polled until
 * it ends; time, rows per second, how often progress moved, and the server's peak resident memory
 * (VmHWM, reset before the first file through /proc/<pid>/clear_refs so it is the imports' own peak).
 */

export const ROWS_PER_FILE = 10_000;
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
export function importCsv(tag: string, file: number, regions: readonly string[]): string {
  const lines = ['Kategori;Uraian;Wilayah;Waktu kejadian;Rezim;Tingkat;TPS;Kunci'];
  for (let i = 0; i < ROWS_PER_FILE; i++) {
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

async function importOne(served: ServedDesk, cookie: string, csv: string, onProgress: (processed: number) => void): Promise<ImportState> {
  const form = new FormData();
  form.set('keepValid', 'false');
  form.set('dryRun', 'false');
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'laporan-bench.csv');
  const started = await fetch(`${served.baseUrl}/api/v1/incidents/imports`, { method: 'POST', headers: { cookie, origin: served.baseUrl }, body: form });
  if (started.status !== 202) throw new Error(`import answered ${started.status}: ${await started.text()}`);
  const { id } = (await started.json()) as { id: number };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const read = await fetch(`${served.baseUrl}/api/v1/incidents/imports/${id}`, { headers: { cookie } });
    if (read.status !== 200) throw new Error(`import ${id} read answered ${read.status}`);
    const state = (await read.json()) as ImportState;
    onProgress(state.processedRows);
    if (state.status !== 'berjalan') return state;
  }
}

export async function importRows(served: ServedDesk, cookie: string, options: { files: number; regions: readonly string[]; tag: string; onFile?: (line: string) => void }): Promise<ImportFigures> {
  const baseRssMb = procStatusMb(served.pid, 'VmRSS');
  resetPeak(served.pid);
  const seen = new Set<number>();
  let accepted = 0;
  const peakAfterFileMb: number[] = [];
  let firstFileMs = 0;
  const started = performance.now();
  for (let file = 0; file < options.files; file++) {
    const fileStarted = performance.now();
    const state = await importOne(served, cookie, importCsv(options.tag, file, options.regions), (processed) => seen.add(processed));
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
  return { files: options.files, rows, accepted, ms, rowsPerSecond: rows / (ms / 1000), firstFileRowsPerSecond: ROWS_PER_FILE / (firstFileMs / 1000), baseRssMb, peakRssMb: procStatusMb(served.pid, 'VmHWM'), peakAfterFileMb, progressSteps: seen.size };
}
