import type { RowProblemCode } from '../domain/incidents/import-rows.js';
import type { Language } from './messages.js';

/**
 * The server's words about imports of reports (issue 7): why a row is refused, what an import came
 * to, and the errors of the upload itself. Row reasons from the incidents' own checks (in the future,
 * known before it happened, …) keep their incident.* wording (src/i18n/incidents.ts).
 */
interface ImportWords {
  rows: Record<RowProblemCode | 'invalid_value', string>;
  /** {row}: a row the same report was imported from before. */
  alreadyImported: string;
  summary: {
    running: string; writing: string; done: string; dryRun: string; refused: string; failed: string; failedPartly: string; nothingNew: string;
  };
  failures: { stale: string; internal: string };
  errors: { columns_missing: string; form: string; empty: string; too_many_rows: string; too_large: string; not_spreadsheet: string };
  noun: string;
}

const WORDS: Record<Language, ImportWords> = {
  id: {
    rows: {
      required: 'wajib diisi',
      category_unknown: 'kategori tidak dikenali (tulis kode, nama, atau kata kunci kategori, misalnya “politik uang”)',
      region_not_found: 'wilayah tidak ditemukan di gazeter dalam cakupan Anda (tulis kode Kemendagri, misalnya 51.06, atau nama lengkapnya)',
      region_ambiguous: 'nama wilayah ini lebih dari satu; tulis kode wilayahnya',
      region_invalid_code: 'bukan kode wilayah Kemendagri (contoh: 51.06.01.2001)',
      outside_scope: 'wilayah di luar cakupan Anda',
      time_invalid: 'waktu tidak terbaca (contoh: 19/11/2024 20:00 atau 2024-11-19 20:00)',
      regime_unknown: 'rezim tidak dikenali (pemilu atau pilkada)',
      regime_missing: 'rezim (pemilu/pilkada) tidak diisi dan tidak dapat ditentukan dari kalender pemilihan',
      severity_unknown: 'tingkat tidak dikenali (rendah, sedang, tinggi, kritis)',
      number_invalid: 'bukan angka (contoh: -8.43)',
      too_long: 'terlalu panjang',
      invalid_value: 'isi tidak valid',
      duplicate_in_file: 'laporan yang sama sudah ada di baris lain berkas ini',
      key_reused: 'kunci ini sudah dipakai untuk laporan lain dengan isi berbeda',
      rejected: 'ditolak',
    },
    alreadyImported: 'sudah pernah diimpor; tidak ditulis lagi',
    summary: {
      running: 'Sedang diperiksa: {processed} dari {total} baris.',
      writing: 'Semua baris sudah diperiksa; sedang ditulis: {accepted} laporan sejauh ini.',
      done: '{accepted} laporan ditulis; {rejected} baris bermasalah tidak ditulis; {skipped} baris sudah pernah diimpor.',
      dryRun: 'Uji coba: {accepted} baris siap diimpor, {rejected} baris bermasalah, {skipped} baris sudah pernah diimpor. Tidak ada yang ditulis.',
      refused: 'Impor ditolak: {rejected} baris bermasalah. Tidak ada laporan yang ditulis. Perbaiki berkasnya, atau impor ulang dengan “simpan baris yang valid”.',
      failed: 'Impor terhenti karena kesalahan. Tidak ada laporan yang ditulis.',
      failedPartly: 'Impor terhenti karena kesalahan setelah {accepted} laporan ditulis. Impor ulang berkas yang sama untuk menulis sisanya (baris yang sudah ditulis dilewati).',
      nothingNew: 'Semua {skipped} baris berkas ini sudah pernah diimpor; tidak ada yang ditulis lagi.',
    },
    failures: {
      stale: 'proses server yang menjalankan impor ini berhenti sebelum selesai',
      internal: 'kesalahan pada server (sudah dicatat)',
    },
    errors: {
      columns_missing: 'kolom wajib tidak ditemukan di baris judul: Kategori, Uraian, Wilayah, Waktu kejadian (unduh templatnya)',
      form: 'keepValid dan dryRun hanya boleh “true” atau “false”',
      empty: 'berkas tidak berisi baris laporan di bawah baris judul',
      too_many_rows: 'Berkas impor paling banyak 100.000 baris laporan (dan 64 MB); bagi berkasnya.',
      too_large: 'Berkas impor paling besar 64 MB (dan 100.000 baris laporan); bagi berkasnya.',
      not_spreadsheet: 'Berkas impor harus CSV berenkode UTF-8 atau XLSX (simpan ulang sebagai “CSV UTF-8” atau XLSX).',
    },
    noun: 'Impor laporan',
  },
  en: {
    rows: {
      required: 'required',
      category_unknown: 'category not recognised (write its code, name or a keyword, e.g. “money politics”)',
      region_not_found: 'region not found in the gazetteer within your scope (write its Kemendagri code, e.g. 51.06, or its full name)',
      region_ambiguous: 'more than one region has this name; write its code',
      region_invalid_code: 'not a Kemendagri region code (e.g. 51.06.01.2001)',
      outside_scope: 'region outside your scope',
      time_invalid: 'time not readable (e.g. 19/11/2024 20:00 or 2024-11-19 20:00)',
      regime_unknown: 'regime not recognised (pemilu or pilkada)',
      regime_missing: 'regime (pemilu/pilkada) empty and not decidable from the election calendar',
      severity_unknown: 'severity not recognised (rendah, sedang, tinggi, kritis / low, medium, high, critical)',
      number_invalid: 'not a number (e.g. -8.43)',
      too_long: 'too long',
      invalid_value: 'invalid value',
      duplicate_in_file: 'the same report is on another row of this file',
      key_reused: 'this key was used before for another report with different content',
      rejected: 'refused',
    },
    alreadyImported: 'imported before; not written again',
    summary: {
      running: 'Checking: {processed} of {total} rows.',
      writing: 'Every row checked; writing: {accepted} reports so far.',
      done: '{accepted} reports written; {rejected} rows with problems not written; {skipped} rows imported before.',
      dryRun: 'Dry run: {accepted} rows ready to import, {rejected} rows with problems, {skipped} rows imported before. Nothing was written.',
      refused: 'Import refused: {rejected} rows with problems. No report was written. Fix the file, or import again with “keep valid rows”.',
      failed: 'The import stopped on an error. No report was written.',
      failedPartly: 'The import stopped on an error after {accepted} reports were written. Import the same file again to write the rest (the rows written are skipped).',
      nothingNew: 'All {skipped} rows of this file were imported before; nothing was written again.',
    },
    failures: {
      stale: 'the server process running this import stopped before it finished',
      internal: 'a server error (it has been logged)',
    },
    errors: {
      columns_missing: 'required columns not found in the header row: Category, Description, Region, Occurred at (download the template)',
      form: 'keepValid and dryRun may only be “true” or “false”',
      empty: 'the file holds no report rows under its header row',
      too_many_rows: 'An import file holds at most 100,000 report rows (and 64 MB); split the file.',
      too_large: 'An import file is at most 64 MB (and 100,000 report rows); split the file.',
      not_spreadsheet: 'An import file must be a UTF-8 CSV or an XLSX (save it again as “CSV UTF-8” or XLSX).',
    },
    noun: 'Report import',
  },
};

export const importWords = (lang: Language): ImportWords => WORDS[lang];

/** The error details of the import routes, by catalogue key (registered in messages.ts). */
export function importNouns(lang: Language): Record<string, string> {
  const words = WORDS[lang];
  return {
    incident_import: words.noun,
    ...Object.fromEntries(Object.entries(words.errors).map(([key, text]) => [`import.${key}`, text])),
  };
}

/** Fills {placeholders}. */
export const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
