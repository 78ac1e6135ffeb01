import type { Language } from './messages.js';

/**
 * The server's words about political-development reports (issue 8): why a template, schedule or
 * report action is refused, by catalogue key (`political_report.…`), one complete set per language.
 */
const WORDS: Record<Language, Record<string, string>> = {
  id: {
    template: 'Templat laporan politik',
    schedule: 'Jadwal laporan politik',
    report: 'Laporan perkembangan politik',
    version: 'Versi laporan',
    section_key: 'kunci bagian: huruf kecil, angka dan garis bawah, diawali huruf (contoh: potensi_konflik)',
    section_duplicate: 'sections: ada kunci bagian yang sama dua kali',
    section_reserved: 'sections: kunci "rollup" dipakai untuk ringkasan kabupaten/kota',
    section_unknown: 'sections: bagian tidak ada di templat laporan ini',
    month: 'bulan dengan format TTTT-BB, contoh 2024-07',
    template_code: 'code: huruf kecil, angka dan tanda hubung, 2–64 karakter',
    template_code_taken: 'code: templat dengan kode ini sudah ada',
    starts_on: 'startsOn: tanggal antara 2000-01-01 dan 2100-12-31',
    template_unknown: 'templateId: templat tidak dikenal atau tidak aktif',
    template_kind: 'templateId: jenis templat tidak sesuai (periodik untuk jadwal, insidental untuk laporan insidental)',
    region_unknown: 'regionCode: kode wilayah tidak ada di gazeter Kemendagri',
    region_level: 'regionCode: laporan dibuat oleh provinsi atau kabupaten/kota',
    schedule_region_level: 'regionCode: wilayah jadwal harus di atas tingkat yang melapor (seluruh Indonesia atau provinsi untuk kabupaten/kota)',
    schedule_national: 'regionCode: jadwal untuk seluruh Indonesia hanya dapat dibuat oleh administrator nasional; pilih wilayah',
    transition: 'status laporan saat ini tidak mengizinkan tindakan ini',
    comment_required: 'comment: alasan pengembalian wajib diisi',
    empty: 'laporan belum lengkap: isi ringkasan dan sedikitnya satu bagian sebelum dikirim',
    not_province_report: 'ringkasan kabupaten/kota hanya untuk laporan periodik provinsi',
    rollup_heading: 'Ringkasan kabupaten/kota',
    rollup_missing: 'Belum melapor',
  },
  en: {
    template: 'Political report template',
    schedule: 'Political report schedule',
    report: 'Political development report',
    version: 'Report version',
    section_key: 'section key: lower-case letters, digits and underscores, starting with a letter (e.g. potensi_konflik)',
    section_duplicate: 'sections: a section key appears twice',
    section_reserved: 'sections: the key "rollup" is kept for the summaries of the regencies and cities',
    section_unknown: 'sections: a section this report’s template does not have',
    month: 'a month as YYYY-MM, e.g. 2024-07',
    template_code: 'code: lower-case letters, digits and hyphens, 2–64 characters',
    template_code_taken: 'code: a template with this code exists already',
    starts_on: 'startsOn: a date between 2000-01-01 and 2100-12-31',
    template_unknown: 'templateId: unknown or inactive template',
    template_kind: 'templateId: wrong kind of template (periodic for schedules, incidental for incidental reports)',
    region_unknown: 'regionCode: the region code is not in the Kemendagri gazetteer',
    region_level: 'regionCode: reports are made by provinces or regencies/cities',
    schedule_region_level: 'regionCode: a schedule’s region lies above the reporting level (all of Indonesia, or a province for regencies/cities)',
    schedule_national: 'regionCode: a schedule for all of Indonesia can only be made by a national administrator; choose a region',
    transition: 'the report’s current state does not allow this',
    comment_required: 'comment: say why the report goes back',
    empty: 'the report is incomplete: write the summary and at least one section before submitting',
    not_province_report: 'regency/city summaries are for a province’s periodic report only',
    rollup_heading: 'Summaries of the regencies and cities',
    rollup_missing: 'Not reported yet',
  },
};

/** Every political-report message as a catalogue key (`political_report.…`) → text, for src/i18n/messages.ts. */
export function politicalReportNouns(lang: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(WORDS[lang]).map(([key, text]) => [`political_report.${key}`, text]));
}

/** Words of the report PDF and the recap workbook. */
export interface PoliticalReportExportLabels {
  title: string; page: string; region: string; period: string; occurredAt: string; due: string; state: string; versionLabel: string;
  submitted: string; accepted: string; summary: string; empty: string; notYet: string; late: string; onTime: string;
  states: Record<'belum' | 'draf' | 'terkirim' | 'ditinjau' | 'dikembalikan' | 'diterima', string>;
  recap: { sheet: string; totalsSheet: string; code: string; name: string; reportId: string; regions: string; submittedCount: string; acceptedCount: string; lateCount: string; missing: string; yes: string; no: string };
}

export const POLITICAL_REPORT_EXPORT_LABELS: Record<Language, PoliticalReportExportLabels> = {
  id: {
    title: 'LAPORAN PERKEMBANGAN POLITIK', page: 'Halaman {page} dari {pages}', region: 'Wilayah', period: 'Periode', occurredAt: 'Waktu kejadian',
    due: 'Batas waktu', state: 'Status', versionLabel: 'Versi', submitted: 'Dikirim', accepted: 'Diterima', summary: 'Ringkasan',
    empty: 'Belum diisi.', notYet: '—', late: 'Terlambat', onTime: 'Tepat waktu',
    states: { belum: 'Belum dibuat', draf: 'Draf', terkirim: 'Terkirim', ditinjau: 'Ditinjau', dikembalikan: 'Dikembalikan untuk perbaikan', diterima: 'Diterima' },
    recap: {
      sheet: 'Rekap pelaporan', totalsSheet: 'Jumlah', code: 'Kode wilayah', name: 'Wilayah', reportId: 'No. laporan', regions: 'Wilayah wajib lapor',
      submittedCount: 'Sudah mengirim', acceptedCount: 'Diterima', lateCount: 'Terlambat', missing: 'Belum mengirim', yes: 'Ya', no: 'Tidak',
    },
  },
  en: {
    title: 'POLITICAL DEVELOPMENT REPORT', page: 'Page {page} of {pages}', region: 'Region', period: 'Period', occurredAt: 'Happened at',
    due: 'Due', state: 'State', versionLabel: 'Version', submitted: 'Submitted', accepted: 'Accepted', summary: 'Summary',
    empty: 'Not written.', notYet: '—', late: 'Late', onTime: 'On time',
    states: { belum: 'Not started', draf: 'Draft', terkirim: 'Submitted', ditinjau: 'Under review', dikembalikan: 'Returned for corrections', diterima: 'Accepted' },
    recap: {
      sheet: 'Reporting recap', totalsSheet: 'Totals', code: 'Region code', name: 'Region', reportId: 'Report no.', regions: 'Regions that owe',
      submittedCount: 'Submitted', acceptedCount: 'Accepted', lateCount: 'Late', missing: 'Not submitted', yes: 'Yes', no: 'No',
    },
  },
};
