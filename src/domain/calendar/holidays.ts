/**
 * Indonesia's national holidays (hari libur nasional) and collective leave days (cuti bersama), the
 * days a working-day deadline skips besides Saturdays and Sundays (DOMAIN.md §10.3). Both apply to
 * government offices nationwide, so one table serves every region and zone.
 *
 * Sources, by year:
 * - 2024: SKB Menteri Agama, Menteri Ketenagakerjaan and Menteri PANRB No. 855/2023, 3/2023, 4/2023;
 *   voting days: Keppres 10/2024 (Pemilu, 14 Feb) and Keppres 33/2024 (Pilkada, 27 Nov).
 * - 2025: SKB No. 1017/2024, 2/2024, 2/2024, amended by SKB No. 933/2025, 1/2025, 3/2025 (adds 18 Aug).
 * - 2026: SKB No. 1497/2025, 2/2025, 5/2025 (17 holidays, 8 days of cuti bersama).
 * A later amendment (a new voting day, a moved leave day) is one more line here. Outside 2024–2026 the
 * table knows nothing, and working days there are Monday to Friday only: see `holidaysCover`.
 */
export type HolidayKind = 'libur_nasional' | 'cuti_bersama';

export interface Holiday {
  /** Calendar day, YYYY-MM-DD (the same day in every zone). */
  date: string;
  kind: HolidayKind;
  name: string;
}

const h = (date: string, name: string): Holiday => ({ date, kind: 'libur_nasional', name });
const c = (date: string, name: string): Holiday => ({ date, kind: 'cuti_bersama', name });

export const HOLIDAYS: readonly Holiday[] = [
  // 2024
  h('2024-01-01', 'Tahun Baru Masehi'),
  h('2024-02-08', 'Isra Mikraj Nabi Muhammad SAW'),
  c('2024-02-09', 'Cuti bersama Tahun Baru Imlek'),
  h('2024-02-10', 'Tahun Baru Imlek 2575 Kongzili'),
  h('2024-02-14', 'Hari pemungutan suara Pemilu 2024'),
  h('2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946'),
  c('2024-03-12', 'Cuti bersama Hari Suci Nyepi'),
  h('2024-03-29', 'Wafat Isa Almasih'),
  h('2024-03-31', 'Hari Paskah'),
  c('2024-04-08', 'Cuti bersama Idul Fitri'),
  c('2024-04-09', 'Cuti bersama Idul Fitri'),
  h('2024-04-10', 'Idul Fitri 1445 Hijriah'),
  h('2024-04-11', 'Idul Fitri 1445 Hijriah'),
  c('2024-04-12', 'Cuti bersama Idul Fitri'),
  c('2024-04-15', 'Cuti bersama Idul Fitri'),
  h('2024-05-01', 'Hari Buruh Internasional'),
  h('2024-05-09', 'Kenaikan Isa Almasih'),
  c('2024-05-10', 'Cuti bersama Kenaikan Isa Almasih'),
  h('2024-05-23', 'Hari Raya Waisak 2568 BE'),
  c('2024-05-24', 'Cuti bersama Hari Raya Waisak'),
  h('2024-06-01', 'Hari Lahir Pancasila'),
  h('2024-06-17', 'Idul Adha 1445 Hijriah'),
  c('2024-06-18', 'Cuti bersama Idul Adha'),
  h('2024-07-07', 'Tahun Baru Islam 1446 Hijriah'),
  h('2024-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  h('2024-09-16', 'Maulid Nabi Muhammad SAW'),
  h('2024-11-27', 'Hari pemungutan suara Pilkada 2024'),
  h('2024-12-25', 'Hari Raya Natal'),
  c('2024-12-26', 'Cuti bersama Hari Raya Natal'),
  // 2025
  h('2025-01-01', 'Tahun Baru Masehi'),
  h('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
  c('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
  h('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
  c('2025-03-28', 'Cuti bersama Hari Suci Nyepi'),
  h('2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
  h('2025-03-31', 'Idul Fitri 1446 Hijriah'),
  h('2025-04-01', 'Idul Fitri 1446 Hijriah'),
  c('2025-04-02', 'Cuti bersama Idul Fitri'),
  c('2025-04-03', 'Cuti bersama Idul Fitri'),
  c('2025-04-04', 'Cuti bersama Idul Fitri'),
  c('2025-04-07', 'Cuti bersama Idul Fitri'),
  h('2025-04-18', 'Wafat Isa Almasih'),
  h('2025-04-20', 'Hari Paskah'),
  h('2025-05-01', 'Hari Buruh Internasional'),
  h('2025-05-12', 'Hari Raya Waisak 2569 BE'),
  c('2025-05-13', 'Cuti bersama Hari Raya Waisak'),
  h('2025-05-29', 'Kenaikan Isa Almasih'),
  c('2025-05-30', 'Cuti bersama Kenaikan Isa Almasih'),
  h('2025-06-01', 'Hari Lahir Pancasila'),
  h('2025-06-06', 'Idul Adha 1446 Hijriah'),
  c('2025-06-09', 'Cuti bersama Idul Adha'),
  h('2025-06-27', 'Tahun Baru Islam 1447 Hijriah'),
  h('2025-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  c('2025-08-18', 'Cuti bersama Hari Kemerdekaan'),
  h('2025-09-05', 'Maulid Nabi Muhammad SAW'),
  h('2025-12-25', 'Hari Raya Natal'),
  c('2025-12-26', 'Cuti bersama Hari Raya Natal'),
  // 2026
  h('2026-01-01', 'Tahun Baru Masehi'),
  h('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  c('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
  h('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  c('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
  h('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
  c('2026-03-20', 'Cuti bersama Idul Fitri'),
  h('2026-03-21', 'Idul Fitri 1447 Hijriah'),
  h('2026-03-22', 'Idul Fitri 1447 Hijriah'),
  c('2026-03-23', 'Cuti bersama Idul Fitri'),
  c('2026-03-24', 'Cuti bersama Idul Fitri'),
  h('2026-04-03', 'Wafat Isa Almasih'),
  h('2026-04-05', 'Hari Paskah'),
  h('2026-05-01', 'Hari Buruh Internasional'),
  h('2026-05-14', 'Kenaikan Isa Almasih'),
  c('2026-05-15', 'Cuti bersama Kenaikan Isa Almasih'),
  h('2026-05-27', 'Idul Adha 1447 Hijriah'),
  c('2026-05-28', 'Cuti bersama Idul Adha'),
  h('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  h('2026-06-01', 'Hari Lahir Pancasila'),
  h('2026-06-16', 'Tahun Baru Islam 1448 Hijriah'),
  h('2026-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  h('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  c('2026-12-24', 'Cuti bersama Hari Raya Natal'),
  h('2026-12-25', 'Hari Raya Natal'),
];

/** The years the table covers completely. */
export const HOLIDAY_YEARS = [2024, 2025, 2026] as const;

const BY_DATE: ReadonlyMap<string, Holiday> = new Map(HOLIDAYS.map((holiday) => [holiday.date, holiday]));

/** The holiday or cuti bersama on a calendar day (YYYY-MM-DD), if any. */
export function holidayOn(date: string): Holiday | null {
  return BY_DATE.get(date) ?? null;
}

/** Whether the table covers the year of a calendar day; outside it only weekends are skipped. */
export function holidaysCover(date: string): boolean {
  return (HOLIDAY_YEARS as readonly number[]).includes(Number(date.slice(0, 4)));
}

/** Day of the week of a calendar day: 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** A working day for government offices: Monday to Friday, not a national holiday or cuti bersama. */
export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && holidayOn(date) === null;
}
