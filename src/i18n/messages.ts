import type { ErrorCode, ErrorParams } from '../domain/errors.js';
import { incidentNouns } from './incidents.js';
import { attachmentNouns } from './incident-attachments.js';
import { gatewayNouns } from './gateway.js';
import { importNouns } from './incident-imports.js';
import { incidentDuplicateNouns } from './incident-duplicates.js';
import { alertNouns } from './alerts.js';
import { politicalReportNouns } from './political-reports.js';
import { notificationNouns } from './notifications.js';
import { incidentCategoryNouns } from './incident-categories.js';
import { pactComplianceNouns } from './pact-compliance.js';
import { pactLinkErrors, pactNouns } from './pacts.js';
import { neutralityNouns } from './neutrality.js';
import { mediaFeedNouns } from './media-feeds.js';
import { mediaNouns } from './media.js';
import { sitrepNouns } from './sitrep.js';
import { databaseNouns } from './database.js';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Catalogue = Record<ErrorCode, string>;

/** Messages the server and the CLI show; the web app has its own catalogue for its own texts. */
const MESSAGES: Record<Language, Catalogue> = {
  id: {
    invalid: 'Permintaan tidak valid: {detail}',
    unauthenticated: 'Silakan masuk terlebih dahulu.',
    login_failed: 'Email atau kata sandi salah.',
    login_throttled: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
    not_found: '{what} tidak ditemukan.',
    forbidden: 'Anda tidak berwenang melakukan tindakan ini.',
    conflict: 'Data bertentangan dengan data yang sudah ada: {detail}',
    stale_version: 'Data ini sudah diubah orang lain sejak Anda membukanya ({detail}). Muat ulang, periksa perubahannya, lalu simpan lagi.',
    rate_limited: 'Terlalu banyak permintaan. Coba lagi sebentar lagi. {detail}',
    payload_too_large: 'Isi permintaan terlalu besar. {detail}',
    unsupported_media_type: 'Jenis isi permintaan tidak didukung. {detail}',
    too_many_rows: 'Ekspor ini memuat {count} baris, melebihi batas {max} baris. Persempit filternya (wilayah, rentang tanggal).',
    internal: 'Terjadi kesalahan pada server. Kejadian ini sudah dicatat.',
    db_url_invalid: 'DATABASE_URL tidak valid: {detail}. Contoh: postgres://user@127.0.0.1:5432/sinergi',
    db_unreachable: 'Tidak dapat terhubung ke PostgreSQL di {target}: {detail}',
    db_unavailable: 'Basis data sedang tidak tersedia: {detail}. Coba lagi sebentar lagi.',
    data_dir_not_writable: 'Folder data {dir} tidak dapat ditulisi: {detail}. Pilih folder lain dengan --data-dir atau SINERGI_DATA_DIR.',
    data_dir_in_use: 'Folder data {dir} sedang dipakai oleh proses lain (PID {pid}). Basis data bawaan hanya dapat dibuka oleh satu proses; hentikan proses itu atau gunakan PostgreSQL (DATABASE_URL).',
    schema_too_new: 'Basis data ini ditulis oleh versi Sinergi yang lebih baru (migrasi {found}, versi ini mengenal sampai {known}). Perbarui Sinergi; data tidak diubah.',
    reference_data_missing: 'Data rujukan belum dimuat. Jalankan: npx sinergi seed',
    migration_failed: 'Migrasi basis data gagal dan dibatalkan: {detail}',
    ...pactLinkErrors('id'),
  },
  en: {
    invalid: 'Invalid request: {detail}',
    unauthenticated: 'Please sign in first.',
    login_failed: 'Wrong email or password.',
    login_throttled: 'Too many failed sign-in attempts. Try again in {minutes} minutes.',
    not_found: '{what} not found.',
    forbidden: 'You are not allowed to do this.',
    conflict: 'Conflicts with existing data: {detail}',
    stale_version: 'Someone else changed this since you opened it ({detail}). Reload, check their changes, then save again.',
    rate_limited: 'Too many requests. Try again shortly. {detail}',
    payload_too_large: 'Request body is too large. {detail}',
    unsupported_media_type: 'Unsupported request content type. {detail}',
    too_many_rows: 'This export would hold {count} rows, more than the limit of {max}. Narrow the filters (region, date range).',
    internal: 'Something went wrong on the server. It has been logged.',
    db_url_invalid: 'DATABASE_URL is not valid: {detail}. Example: postgres://user@127.0.0.1:5432/sinergi',
    db_unreachable: 'Cannot connect to PostgreSQL at {target}: {detail}',
    db_unavailable: 'The database is unavailable right now: {detail}. Try again shortly.',
    data_dir_not_writable: 'Data folder {dir} is not writable: {detail}. Choose another with --data-dir or SINERGI_DATA_DIR.',
    data_dir_in_use: 'Data folder {dir} is in use by another process (PID {pid}). The embedded database can be opened by one process only; stop that process or use PostgreSQL (DATABASE_URL).',
    schema_too_new: 'This database was written by a newer Sinergi (migration {found}; this version knows up to {known}). Upgrade Sinergi; nothing was changed.',
    reference_data_missing: 'Reference data is not loaded yet. Run: npx sinergi seed',
    migration_failed: 'Database migration failed and was rolled back: {detail}',
    ...pactLinkErrors('en'),
  },
};

/** Words filled into {what} and {detail} by key, translated too. */
const NOUNS: Record<Language, Record<string, string>> = {
  id: {
    region: 'Wilayah', election: 'Pemilihan', route: 'Alamat', resource: 'Data', outline: 'Batas wilayah hasil impor',
    region_code: 'bukan kode wilayah Kemendagri (contoh: 51, 51.06, 51.06.01.2001)',
    'row.agency_unknown': 'Instansi tidak dikenal',
    'row.region_invalid': 'Bukan kode wilayah Kemendagri (format teks, contoh 51.06)',
    'row.region_unknown': 'Kode wilayah tidak ada di gazeter',
    'row.outside_scope': 'Wilayah di luar cakupan Anda',
    'row.name_missing': 'Nama unit kosong',
    'row.name_too_long': 'Nama unit terlalu panjang (maks. 200 karakter)',
    'row.duplicate_in_file': 'Baris ganda dalam berkas ini',
    'row.already_exists': 'Unit ini sudah ada',
    regulation: 'bukan rujukan peraturan yang dikenali (contoh: UU 10/2016, PP 12/2022, Permendagri 61/2011)',
    incident: 'Laporan kejadian',
    ...attachmentNouns('id'),
    ...incidentNouns('id'),
    ...gatewayNouns('id'),
    ...importNouns('id'),
    ...incidentDuplicateNouns('id'),
    ...alertNouns('id'),
    ...politicalReportNouns('id'),
    ...notificationNouns('id'),
    ...incidentCategoryNouns('id'),
    ...pactComplianceNouns('id'),
    ...pactNouns('id'),
    ...neutralityNouns('id'),
    ...mediaFeedNouns('id'),
    ...mediaNouns('id'),
    ...sitrepNouns('id'),
    ...databaseNouns('id'),
  },
  en: {
    region: 'Region', election: 'Election', route: 'Route', resource: 'Resource', outline: 'Imported outline',
    region_code: 'not a Kemendagri region code (e.g. 51, 51.06, 51.06.01.2001)',
    'row.agency_unknown': 'Unknown agency',
    'row.region_invalid': 'Not a Kemendagri region code (keep the column as text, e.g. 51.06)',
    'row.region_unknown': 'Region code not in the gazetteer',
    'row.outside_scope': 'Region outside your scope',
    'row.name_missing': 'Unit name is empty',
    'row.name_too_long': 'Unit name is too long (at most 200 characters)',
    'row.duplicate_in_file': 'Same row twice in this file',
    'row.already_exists': 'This unit already exists',
    regulation: 'not a recognised regulation reference (e.g. UU 10/2016, PP 12/2022, Permendagri 61/2011)',
    incident: 'Incident report',
    ...attachmentNouns('en'),
    ...incidentNouns('en'),
    ...gatewayNouns('en'),
    ...importNouns('en'),
    ...incidentDuplicateNouns('en'),
    ...alertNouns('en'),
    ...politicalReportNouns('en'),
    ...notificationNouns('en'),
    ...incidentCategoryNouns('en'),
    ...pactComplianceNouns('en'),
    ...pactNouns('en'),
    ...neutralityNouns('en'),
    ...mediaFeedNouns('en'),
    ...mediaNouns('en'),
    ...sitrepNouns('en'),
    ...databaseNouns('en'),
  },
};

/** The translation of a catalogue key, or the text itself when it is not a key. */
export function translateTerm(term: string, lang: Language): string {
  return NOUNS[lang][term] ?? term;
}

/** The message for an error code in `lang`, with {placeholders} filled from params. */
export function translateError(code: ErrorCode, lang: Language, params: ErrorParams = {}): string {
  return MESSAGES[lang][code].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) return '';
    return key === 'what' || key === 'detail' ? translateTerm(String(value), lang) : String(value);
  }).trim(); // a message whose optional {detail} is empty ends at its first sentence
}

/** Picks id or en from an Accept-Language header; Bahasa Indonesia is the default. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'id' || tag.startsWith('id-') || tag === 'in') return 'id';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'id';
}

/** The CLI's language: SINERGI_LANG, else the locale (LANG); Indonesian by default. */
export function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  const value = (env.SINERGI_LANG ?? env.LC_ALL ?? env.LANG ?? '').toLowerCase();
  return value.startsWith('en') ? 'en' : 'id';
}
