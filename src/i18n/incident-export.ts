import type { Language } from './messages.js';

/** The export's column headers, in the order the columns are written. */
export interface IncidentExportHeaders {
  reference: string;
  occurredAt: string;
  knownAt: string;
  province: string;
  regency: string;
  regionCode: string;
  regionName: string;
  categoryCode: string;
  categoryName: string;
  severity: string;
  status: string;
  channel: string;
  tps: string;
  description: string;
  referredUnit: string;
  createdAt: string;
}

export interface IncidentExportWords {
  headers: IncidentExportHeaders;
  /** The sheet's name in the XLSX file (at most 31 characters). */
  sheet: string;
  /** The file name's stem, before -YYYYMMDD.csv (ASCII). */
  fileStem: string;
  /** CLI progress and result lines (stderr). */
  progress: string;
  done: string;
  badFormat: string;
  badStatus: string;
  badInstant: string;
  badRegion: string;
  fileExists: string;
}

const ID: IncidentExportWords = {
  headers: {
    reference: 'Nomor laporan', occurredAt: 'Waktu kejadian', knownAt: 'Waktu diketahui', province: 'Provinsi', regency: 'Kabupaten/Kota',
    regionCode: 'Kode wilayah', regionName: 'Nama wilayah', categoryCode: 'Kode kategori', categoryName: 'Kategori', severity: 'Tingkat keparahan',
    status: 'Status', channel: 'Kanal', tps: 'TPS', description: 'Uraian kejadian', referredUnit: 'Unit tujuan', createdAt: 'Dicatat pada',
  },
  sheet: 'Laporan insiden',
  fileStem: 'laporan-insiden',
  progress: '{rows} baris ditulis ({seconds} dtk)',
  done: '{rows} baris ditulis ke {path} dalam {seconds} dtk ({rate} baris/dtk); puncak memori (maxRSS) {rss} MB.',
  badFormat: 'Format "{value}" tidak dikenal: pilih csv atau xlsx.',
  badStatus: 'Status "{value}" tidak dikenal: pilih salah satu dari {allowed}.',
  badInstant: 'Waktu "{value}" tidak valid: tulis seperti 2024-11-27T00:00:00Z atau 2024-11-27T07:00:00+07:00.',
  badRegion: 'Kode wilayah "{value}" tidak valid: tulis seperti 51 atau 51.06.',
  fileExists: 'Berkas {path} sudah ada. Pilih nama lain, atau tambahkan --force untuk menimpanya.',
};

const EN: IncidentExportWords = {
  headers: {
    reference: 'Reference', occurredAt: 'Occurred at', knownAt: 'Known at', province: 'Province', regency: 'Regency/City',
    regionCode: 'Region code', regionName: 'Region name', categoryCode: 'Category code', categoryName: 'Category', severity: 'Severity',
    status: 'Status', channel: 'Channel', tps: 'Polling station (TPS)', description: 'Description', referredUnit: 'Referred to unit', createdAt: 'Recorded at',
  },
  sheet: 'Incident reports',
  fileStem: 'incident-reports',
  progress: '{rows} rows written ({seconds} s)',
  done: '{rows} rows written to {path} in {seconds} s ({rate} rows/s); peak memory (maxRSS) {rss} MB.',
  badFormat: 'Unknown format "{value}": choose csv or xlsx.',
  badStatus: 'Unknown status "{value}": choose one of {allowed}.',
  badInstant: 'Invalid time "{value}": write it like 2024-11-27T00:00:00Z or 2024-11-27T07:00:00+07:00.',
  badRegion: 'Invalid region code "{value}": write it like 51 or 51.06.',
  fileExists: 'The file {path} already exists. Choose another name, or add --force to overwrite it.',
};

export function incidentExportWords(language: Language): IncidentExportWords {
  return language === 'en' ? EN : ID;
}
