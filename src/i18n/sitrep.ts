import type { Language } from './messages.js';

/** The words a situation report (laporan situasi harian) prints, in its PDF and its XLSX. */
export interface SitrepWords {
  title: string;
  national: string;
  region: string;
  date: string;
  timeZone: string;
  asOf: string;
  generatedAt: string;
  asOfNote: string;
  election: string;
  today: string;
  currentStages: string;
  noStage: string;
  votingDay: string;
  daysToVotingDay: string;
  incidents: string;
  openTotal: string;
  byCategory: string;
  bySeverity: string;
  category: string;
  severity: string;
  count: string;
  trend: string;
  day: string;
  newest: string;
  incidentTitle: string;
  reference: string;
  occurredAt: string;
  unit: string;
  severities: Record<string, string>;
  status: string;
  alerts: string;
  activeAlerts: string;
  rule: string;
  raisedAt: string;
  regions: string;
  worstRegions: string;
  code: string;
  name: string;
  vulnerability: string;
  readiness: string;
  readinessByDomain: string;
  domain: string;
  percent: string;
  followUp: string;
  overdueActionItems: string;
  dueOn: string;
  item: string;
  pacts: string;
  campaigns: string;
  targets: string;
  signed: string;
  overdue: string;
  politicalReports: string;
  owed: string;
  missing: string;
  late: string;
  media: string;
  newSinceYesterday: string;
  source: string;
  publishedAt: string;
  none: string;
  figure: string;
  value: string;
  stage: string;
  startsOn: string;
  endsOn: string;
  page: string;
  sheets: { summary: string; categories: string; severities: string; trend: string; newest: string; alerts: string; regions: string; domains: string; actionItems: string; media: string; stages: string };
  /** The CLI's own lines. */
  cli: { wrote: string; unwritable: string; badRegion: string; badDate: string; badLang: string };
}

const ID: SitrepWords = {
  title: 'LAPORAN SITUASI HARIAN',
  national: 'Nasional',
  region: 'Wilayah',
  date: 'Tanggal',
  timeZone: 'Zona waktu',
  asOf: 'Data per',
  generatedAt: 'Dibuat',
  asOfNote: 'Angka kejadian terbuka, peringatan aktif dan tindak lanjut dibaca pada saat laporan dibuat; tren dan tahapan mengikuti akhir hari laporan.',
  election: 'Tahapan Pemilihan',
  today: 'Hari ini',
  currentStages: 'Tahapan berjalan',
  noStage: 'Tidak ada tahapan yang berjalan',
  votingDay: 'Hari pemungutan suara',
  daysToVotingDay: 'Hari menuju pemungutan suara',
  incidents: 'Kejadian',
  openTotal: 'Kejadian terbuka',
  byCategory: 'Kejadian terbuka per kategori',
  bySeverity: 'Kejadian terbuka per tingkat keparahan',
  category: 'Kategori',
  severity: 'Tingkat keparahan',
  count: 'Jumlah',
  trend: 'Tren 14 hari terakhir',
  day: 'Hari',
  newest: 'Kejadian terbaru',
  incidentTitle: 'Judul',
  reference: 'Nomor laporan',
  occurredAt: 'Waktu kejadian',
  unit: 'Unit penanggung jawab',
  severities: { rendah: 'Rendah', sedang: 'Sedang', tinggi: 'Tinggi', kritis: 'Kritis' },
  status: 'Status',
  alerts: 'Peringatan Dini',
  activeAlerts: 'Peringatan aktif',
  rule: 'Aturan',
  raisedAt: 'Muncul',
  regions: 'Kerawanan dan Kesiapan',
  worstRegions: 'Wilayah paling rawan',
  code: 'Kode',
  name: 'Nama',
  vulnerability: 'Skor kerawanan',
  readiness: 'Kesiapan (%)',
  readinessByDomain: 'Kesiapan per ranah',
  domain: 'Ranah',
  percent: 'Persen',
  followUp: 'Tindak Lanjut',
  overdueActionItems: 'Rencana tindak lanjut terlambat',
  dueOn: 'Tenggat',
  item: 'Butir',
  pacts: 'Pakta integritas',
  campaigns: 'Kampanye',
  targets: 'Sasaran',
  signed: 'Sudah menandatangani',
  overdue: 'Terlambat',
  politicalReports: 'Laporan perkembangan politik',
  owed: 'Wajib lapor',
  missing: 'Belum lapor',
  late: 'Terlambat',
  media: 'Pemantauan media',
  newSinceYesterday: 'Artikel baru sejak kemarin',
  source: 'Sumber',
  publishedAt: 'Terbit',
  none: 'Tidak ada',
  figure: 'Uraian',
  value: 'Nilai',
  stage: 'Tahapan',
  startsOn: 'Mulai',
  endsOn: 'Selesai',
  page: 'Halaman {page} dari {pages}',
  sheets: {
    summary: 'Ringkasan', categories: 'Per kategori', severities: 'Per keparahan', trend: 'Tren', newest: 'Kejadian terbaru', alerts: 'Peringatan',
    regions: 'Wilayah rawan', domains: 'Kesiapan per ranah', actionItems: 'Tindak lanjut terlambat', media: 'Media', stages: 'Tahapan',
  },
  cli: {
    wrote: 'Laporan situasi {region} tanggal {date} disimpan (nomor {id}): {files}',
    unwritable: 'Berkas keluaran {path} tidak dapat ditulisi: {detail}',
    badRegion: 'Kode wilayah tidak valid: {value} (contoh: 51, 51.06, atau national)',
    badDate: 'Tanggal tidak valid: {value} (tulis YYYY-MM-DD, contoh 2024-11-26)',
    badLang: 'Bahasa tidak dikenal: {value} (id atau en)',
  },
};

const EN: SitrepWords = {
  title: 'DAILY SITUATION REPORT',
  national: 'National',
  region: 'Region',
  date: 'Date',
  timeZone: 'Time zone',
  asOf: 'Figures as of',
  generatedAt: 'Generated',
  asOfNote: 'Open incidents, active alerts and follow-up are read when the report is generated; the trend and the stages follow the end of the report’s day.',
  election: 'Election Stages',
  today: 'Today',
  currentStages: 'Current stages',
  noStage: 'No stage under way',
  votingDay: 'Voting day',
  daysToVotingDay: 'Days to voting day',
  incidents: 'Incidents',
  openTotal: 'Open incidents',
  byCategory: 'Open incidents by category',
  bySeverity: 'Open incidents by severity',
  category: 'Category',
  severity: 'Severity',
  count: 'Count',
  trend: 'Last 14 days',
  day: 'Day',
  newest: 'Newest incidents',
  incidentTitle: 'Title',
  reference: 'Report number',
  occurredAt: 'Occurred',
  unit: 'Responsible unit',
  severities: { rendah: 'Low', sedang: 'Medium', tinggi: 'High', kritis: 'Critical' },
  status: 'Status',
  alerts: 'Early Warning',
  activeAlerts: 'Active alerts',
  rule: 'Rule',
  raisedAt: 'Raised',
  regions: 'Vulnerability and Readiness',
  worstRegions: 'Most vulnerable regions',
  code: 'Code',
  name: 'Name',
  vulnerability: 'Vulnerability score',
  readiness: 'Readiness (%)',
  readinessByDomain: 'Readiness by domain',
  domain: 'Domain',
  percent: 'Percent',
  followUp: 'Follow-up',
  overdueActionItems: 'Overdue action items',
  dueOn: 'Due',
  item: 'Item',
  pacts: 'Integrity pacts',
  campaigns: 'Campaigns',
  targets: 'Targets',
  signed: 'Signed',
  overdue: 'Overdue',
  politicalReports: 'Political development reports',
  owed: 'Owed',
  missing: 'Missing',
  late: 'Late',
  media: 'Media monitoring',
  newSinceYesterday: 'New articles since yesterday',
  source: 'Source',
  publishedAt: 'Published',
  none: 'None',
  figure: 'Figure',
  value: 'Value',
  stage: 'Stage',
  startsOn: 'Starts',
  endsOn: 'Ends',
  page: 'Page {page} of {pages}',
  sheets: {
    summary: 'Summary', categories: 'By category', severities: 'By severity', trend: 'Trend', newest: 'Newest incidents', alerts: 'Alerts',
    regions: 'Vulnerable regions', domains: 'Readiness by domain', actionItems: 'Overdue action items', media: 'Media', stages: 'Stages',
  },
  cli: {
    wrote: 'Situation report of {region} for {date} stored (number {id}): {files}',
    unwritable: 'Cannot write the output file {path}: {detail}',
    badRegion: 'Not a region code: {value} (e.g. 51, 51.06, or national)',
    badDate: 'Not a date: {value} (write YYYY-MM-DD, e.g. 2024-11-26)',
    badLang: 'Unknown language: {value} (id or en)',
  },
};

export const SITREP_WORDS: Record<Language, SitrepWords> = { id: ID, en: EN };

/** Refusals of the situation report, filled into {detail} and {what}. */
const NOUNS: Record<Language, Record<string, string>> = {
  id: {
    situation_report: 'Laporan situasi',
    'sitrep.date_future': 'tanggal laporan belum tiba di zona waktu wilayahnya',
    'sitrep.range': 'rentang tanggal terbalik: from harus sebelum atau sama dengan to',
  },
  en: {
    situation_report: 'Situation report',
    'sitrep.date_future': 'the report’s date has not begun yet in its region’s time zone',
    'sitrep.range': 'the date range is reversed: from must not be after to',
  },
};

export function sitrepNouns(lang: Language): Record<string, string> {
  return NOUNS[lang];
}

/** Fills {placeholders} of a report or CLI line. */
export function fillWords(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
