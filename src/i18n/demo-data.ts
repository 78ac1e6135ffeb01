import type { Language } from './messages.js';

/** What `sinergi demo-data` prints: refusals, progress on stderr and its summary. */
export interface DemoDataWords {
  badCount: string;
  badMeetings: string;
  badSeed: string;
  hasIncidents: string;
  noElection: string;
  noGazetteer: string;
  steps: { units: string; incidents: string; indexes: string; meetings: string; alerts_pacts: string; political_reports: string; analyze: string };
  progress: string;
  done: string;
  summary: string[];
}

const ID: DemoDataWords = {
  badCount: 'Jumlah tidak valid: {value} (bilangan bulat 1 sampai {max})',
  badMeetings: 'Jumlah rapat tidak valid: {value} (bilangan bulat 0 sampai {max})',
  badSeed: 'Seed tidak valid: {value} (bilangan bulat 0 sampai 4294967295)',
  hasIncidents: 'Basis data {location} sudah berisi {count} laporan kejadian: data demo hanya dibuat di basis data kosong. Tambahkan --append untuk menambahkannya ke data yang ada.',
  noElection: 'Pemilihan "{id}" tidak ada di basis data (yang ada: {known})',
  noGazetteer: 'Basis data belum berisi gazetir wilayah: jalankan "sinergi seed" terlebih dahulu',
  steps: {
    units: 'Satuan kerja', incidents: 'Laporan kejadian dan riwayat statusnya', indexes: 'Membangun ulang indeks laporan kejadian', meetings: 'Rapat, undangan dan tindak lanjut',
    alerts_pacts: 'Peringatan dan pakta integritas', political_reports: 'Laporan politik', analyze: 'Statistik basis data (analyze)',
  },
  progress: 'laporan kejadian {done}/{total} · {rows} baris · {rate} baris/detik',
  done: 'Selesai dalam {seconds} detik',
  summary: [
    'Data demo ({election}, seed {seed}, "sekarang" {now}) ditulis ke {location}:',
    '  laporan kejadian  {incidents} (terbuka {open}), riwayat status {transitions}, {rate} baris/detik',
    '  satuan kerja      {units} (baru {unitsCreated})',
    '  rapat             {meetings}, undangan {invitations}, tindak lanjut {actionItems} (terlambat {overdue})',
    '  peringatan        {alerts}; kampanye pakta {campaigns} (sasaran {targets}); laporan politik {politicalReports}',
    '  waktu             {seconds} detik',
  ],
};

const EN: DemoDataWords = {
  badCount: 'Not a valid count: {value} (a whole number from 1 to {max})',
  badMeetings: 'Not a valid number of meetings: {value} (a whole number from 0 to {max})',
  badSeed: 'Not a valid seed: {value} (a whole number from 0 to 4294967295)',
  hasIncidents: 'The database {location} already holds {count} incident reports: demo data goes only into an empty one. Add --append to add it to what is there.',
  noElection: 'No election "{id}" in the database (there are: {known})',
  noGazetteer: 'The database holds no region gazetteer yet: run "sinergi seed" first',
  steps: {
    units: 'Units', incidents: 'Incident reports and their status history', indexes: 'Rebuilding the incident indexes', meetings: 'Meetings, invitations and action items',
    alerts_pacts: 'Alerts and integrity pacts', political_reports: 'Political reports', analyze: 'Database statistics (analyze)',
  },
  progress: 'incidents {done}/{total} · {rows} rows · {rate} rows/s',
  done: 'Done in {seconds} s',
  summary: [
    'Demo data ({election}, seed {seed}, "now" {now}) written to {location}:',
    '  incidents      {incidents} ({open} open), status history {transitions}, {rate} rows/s',
    '  units          {units} ({unitsCreated} new)',
    '  meetings       {meetings}, invitations {invitations}, action items {actionItems} ({overdue} overdue)',
    '  alerts         {alerts}; pact campaigns {campaigns} ({targets} targets); political reports {politicalReports}',
    '  time           {seconds} s',
  ],
};

export const DEMO_DATA_WORDS: Record<Language, DemoDataWords> = { id: ID, en: EN };

/** Whole numbers as people of the language write them (10.000 / 10,000). */
export const formatCount = (value: number, lang: Language) => Math.round(value).toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
