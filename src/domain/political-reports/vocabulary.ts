/**
 * Political-development reports (Permendagri 61/2011, issue 8): kabupaten/kota Kesbangpol report to
 * the province, provinces to the centre, periodically and whenever something happens.
 */

/** periodik: owed every period of a schedule; insidental: filed when something happens. */
export const POLITICAL_REPORT_KINDS = ['periodik', 'insidental'] as const;
export type PoliticalReportKind = (typeof POLITICAL_REPORT_KINDS)[number];

/** Who reports: kabupaten/kota offices (to their province) or provinces (to the centre). */
export const POLITICAL_REPORT_LEVELS = ['kabkota', 'provinsi'] as const;
export type PoliticalReportLevel = (typeof POLITICAL_REPORT_LEVELS)[number];

export const POLITICAL_REPORT_PERIODS = ['bulanan', 'triwulanan', 'semesteran', 'tahunan'] as const;
export type PoliticalReportPeriod = (typeof POLITICAL_REPORT_PERIODS)[number];

/**
 * Review flow: draf (being written) → terkirim → ditinjau → dikembalikan (back for corrections,
 * resubmitted as a new version) → … → diterima. `belum` is an owed report nobody has started.
 */
export const POLITICAL_REPORT_STATES = ['belum', 'draf', 'terkirim', 'ditinjau', 'dikembalikan', 'diterima'] as const;
export type PoliticalReportState = (typeof POLITICAL_REPORT_STATES)[number];
