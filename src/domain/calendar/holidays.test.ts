import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS, HOLIDAYS, holidayOn, holidaysCover, isWorkingDay, weekday } from './holidays.js';

describe('the holiday table', () => {
  it('lists each day once, in order, within the years it claims to cover', () => {
    const dates = HOLIDAYS.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const date of dates) expect(HOLIDAY_YEARS).toContain(Number(date.slice(0, 4)));
  });

  it('has the counts the decrees announce: 17 holidays a year (2024 plus two voting days), cuti bersama 10, 10 + 18 Aug, 8', () => {
    const count = (year: string, kind: string) => HOLIDAYS.filter((h) => h.date.startsWith(year) && h.kind === kind).length;
    expect([count('2024', 'libur_nasional'), count('2024', 'cuti_bersama')]).toEqual([19, 10]);
    expect([count('2025', 'libur_nasional'), count('2025', 'cuti_bersama')]).toEqual([17, 11]);
    expect([count('2026', 'libur_nasional'), count('2026', 'cuti_bersama')]).toEqual([17, 8]);
  });

  it('puts cuti bersama on weekdays only (a leave day on a Sunday is a typo)', () => {
    for (const leave of HOLIDAYS.filter((h) => h.kind === 'cuti_bersama')) expect([1, 2, 3, 4, 5], leave.date).toContain(weekday(leave.date));
  });

  it('knows the voting days and the long Idul Fitri break of 2025', () => {
    expect(holidayOn('2024-02-14')?.name).toMatch(/Pemilu/);
    expect(holidayOn('2024-11-27')?.name).toMatch(/Pilkada/);
    const april2025 = ['2025-03-31', '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07'];
    expect(april2025.map(isWorkingDay)).toEqual([false, false, false, false, false, false]);
    expect(isWorkingDay('2025-04-08')).toBe(true);
  });

  it('counts Monday to Friday as working days unless listed; weekends never', () => {
    expect(weekday('2024-12-20')).toBe(5); // a Friday
    expect(['2024-12-20', '2024-12-21', '2024-12-22', '2024-12-23'].map(isWorkingDay)).toEqual([true, false, false, true]);
    expect(isWorkingDay('2024-12-25')).toBe(false);
    expect(isWorkingDay('2024-12-26')).toBe(false);
  });

  it('says which years it covers', () => {
    expect(holidaysCover('2024-01-01')).toBe(true);
    expect(holidaysCover('2026-12-31')).toBe(true);
    expect(holidaysCover('2027-01-01')).toBe(false);
    expect(holidaysCover('2023-12-31')).toBe(false);
  });
});
