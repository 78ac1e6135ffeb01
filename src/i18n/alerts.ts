import type { Language } from './messages.js';

/**
 * The server's words about early-warning rules and alerts (issue 7): why a rule or an action is
 * refused, by catalogue key (`alert.…`), one complete set per language.
 */
const WORDS: Record<Language, Record<string, string>> = {
  id: {
    'params.hours': 'params.hours: jendela waktu dalam jam, bilangan bulat 1–720',
    'params.level': 'params.level: tingkat wilayah province, regency, district atau village',
    'params.factor': 'params.factor: kelipatan dari rata-rata (k), lebih dari 1 dan paling banyak 1000',
    'params.baseline_days': 'params.baselineDays: lama masa pembanding dalam hari, bilangan bulat 1–365',
    'params.min_count': 'params.minCount: jumlah laporan paling sedikit agar peringatan menyala, bilangan bulat 1–100000 (agar 1 laporan dengan rata-rata 0 tidak menyala)',
    'params.min_severity': 'params.minSeverity: tingkat keparahan rendah, sedang, tinggi atau kritis',
    'params.radius_km': 'params.radiusKm: jarak dalam km, lebih dari 0 dan paling jauh 100',
    'params.min_reports': 'params.minReports: jumlah laporan dalam satu kelompok, bilangan bulat 2–10000',
    'params.unknown': 'params: ada parameter yang tidak dikenal untuk jenis aturan ini',
    'params.shape': 'params: parameter tidak sesuai jenis aturan',
    rule_national: 'regionCode: aturan untuk seluruh Indonesia hanya dapat dibuat oleh administrator nasional; pilih wilayah',
    region_unknown: 'regionCode: kode wilayah tidak ada di gazeter Kemendagri',
    category_unknown: 'category: kategori tidak ada di katalog insiden desk ini',
    unit_unknown: 'unitId: unit tidak dikenal atau di luar jangkauan Anda',
    user_unknown: 'userId: akun tidak dikenal, nonaktif, atau tidak menjangkau wilayah peringatan ini',
    already_acknowledged: 'peringatan ini sudah diakui',
    closed: 'peringatan ini sudah ditutup',
    rule: 'Aturan peringatan',
    alert: 'Peringatan',
  },
  en: {
    'params.hours': 'params.hours: the window in hours, a whole number 1–720',
    'params.level': 'params.level: the region level province, regency, district or village',
    'params.factor': 'params.factor: the multiple of the baseline (k), more than 1 and at most 1000',
    'params.baseline_days': 'params.baselineDays: the baseline period in days, a whole number 1–365',
    'params.min_count': 'params.minCount: the fewest reports that may fire, a whole number 1–100000 (so 1 report against a baseline of 0 does not fire)',
    'params.min_severity': 'params.minSeverity: the severity rendah, sedang, tinggi or kritis',
    'params.radius_km': 'params.radiusKm: the distance in km, more than 0 and at most 100',
    'params.min_reports': 'params.minReports: the reports in one cluster, a whole number 2–10000',
    'params.unknown': 'params: a parameter this kind of rule does not know',
    'params.shape': 'params: parameters that do not fit the kind of rule',
    rule_national: 'regionCode: a rule for all of Indonesia can only be made by a national administrator; choose a region',
    region_unknown: 'regionCode: the region code is not in the Kemendagri gazetteer',
    category_unknown: 'category: the category is not in this desk’s incident catalogue',
    unit_unknown: 'unitId: unknown unit, or outside your reach',
    user_unknown: 'userId: unknown or disabled account, or one that does not reach this alert’s region',
    already_acknowledged: 'this alert was already acknowledged',
    closed: 'this alert is closed',
    rule: 'Alert rule',
    alert: 'Alert',
  },
};

/** Every alert message as a catalogue key (`alert.…`) → text, for the nouns of src/i18n/messages.ts. */
export function alertNouns(lang: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(WORDS[lang]).map(([key, text]) => [`alert.${key}`, text]));
}
