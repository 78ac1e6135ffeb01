import { describe, expect, it } from 'vitest';
import { dueInstant, isLate } from './deadlines.js';
import { MAX_PERIODS, periodContaining, periodCoversMonth, periodKindOf, periodLabel, periodsUpTo } from './periods.js';

describe('periods of a schedule', () => {
  it.each([
    ['bulanan', '2024-02-10', '2024-02-01', '2024-02-29'], // leap year
    ['bulanan', '2023-02-28', '2023-02-01', '2023-02-28'],
    ['bulanan', '2024-12-31', '2024-12-01', '2024-12-31'],
    ['triwulanan', '2024-03-31', '2024-01-01', '2024-03-31'],
    ['triwulanan', '2024-04-01', '2024-04-01', '2024-06-30'],
    ['triwulanan', '2024-11-15', '2024-10-01', '2024-12-31'],
    ['semesteran', '2024-06-30', '2024-01-01', '2024-06-30'],
    ['semesteran', '2024-07-01', '2024-07-01', '2024-12-31'],
    ['tahunan', '2024-05-05', '2024-01-01', '2024-12-31'],
  ] as const)('%s period holding %s is %s – %s', (period, day, start, end) => {
    expect(periodContaining(period, day)).toEqual({ start, end });
  });

  it('lists every started period from the one holding startsOn to today, oldest first', () => {
    expect(periodsUpTo('bulanan', '2024-01-15', '2024-04-01')).toEqual([
      { start: '2024-01-01', end: '2024-01-31' }, { start: '2024-02-01', end: '2024-02-29' },
      { start: '2024-03-01', end: '2024-03-31' }, { start: '2024-04-01', end: '2024-04-30' },
    ]);
    expect(periodsUpTo('triwulanan', '2024-01-01', '2024-09-30').map((p) => p.end)).toEqual(['2024-03-31', '2024-06-30', '2024-09-30']);
    expect(periodsUpTo('semesteran', '2023-07-01', '2024-06-30').map((p) => p.start)).toEqual(['2023-07-01', '2024-01-01']);
    expect(periodsUpTo('tahunan', '2022-03-01', '2024-01-01').map((p) => p.start)).toEqual(['2022-01-01', '2023-01-01', '2024-01-01']);
  });

  it('owes nothing before the schedule starts, and never more than MAX_PERIODS', () => {
    expect(periodsUpTo('bulanan', '2024-05-01', '2024-04-30')).toEqual([]);
    const many = periodsUpTo('bulanan', '2000-01-01', '2099-12-31');
    expect(many).toHaveLength(MAX_PERIODS);
    expect(many.at(-1)).toEqual({ start: '2099-12-01', end: '2099-12-31' });
  });

  it('names periods as desks do, and tells months they cover', () => {
    expect(periodLabel('bulanan', { start: '2024-07-01', end: '2024-07-31' })).toBe('Juli 2024');
    expect(periodLabel('triwulanan', { start: '2024-07-01', end: '2024-09-30' })).toBe('Triwulan III 2024');
    expect(periodLabel('semesteran', { start: '2024-07-01', end: '2024-12-31' }, 'en')).toBe('Half-year II 2024');
    expect(periodLabel('tahunan', { start: '2024-01-01', end: '2024-12-31' })).toBe('Tahun 2024');
    expect(periodKindOf({ start: '2024-04-01', end: '2024-06-30' })).toBe('triwulanan');
    expect(periodKindOf({ start: '2024-04-02', end: '2024-06-30' })).toBeNull();
    expect(periodCoversMonth({ start: '2024-07-01', end: '2024-09-30' }, '2024-08')).toBe(true);
    expect(periodCoversMonth({ start: '2024-07-01', end: '2024-09-30' }, '2024-10')).toBe(false);
  });
});

describe('due instant at 23:59 local time of the last day plus dueDays', () => {
  it.each([
    // Jakarta (WIB, UTC+7), Bali (WITA, UTC+8), Papua (WIT, UTC+9)
    ['2024-07-31', 0, 'WIB', '2024-07-31T16:59:59.000Z'],
    ['2024-07-31', 0, 'WITA', '2024-07-31T15:59:59.000Z'],
    ['2024-07-31', 0, 'WIT', '2024-07-31T14:59:59.000Z'],
    // Month end rolls into the next month; February of a leap year.
    ['2024-07-31', 5, 'WITA', '2024-08-05T15:59:59.000Z'],
    ['2024-02-29', 1, 'WIB', '2024-03-01T16:59:59.000Z'],
    // Quarter and year ends roll into the next quarter and year.
    ['2024-09-30', 10, 'WIT', '2024-10-10T14:59:59.000Z'],
    ['2024-12-31', 7, 'WIB', '2025-01-07T16:59:59.000Z'],
    ['2024-12-31', 60, 'WITA', '2025-03-01T15:59:59.000Z'],
  ] as const)('%s + %i days in %s is %s', (end, days, zone, expected) => {
    expect(dueInstant(end, days, zone).toISOString()).toBe(expected);
  });
});

describe('lateness', () => {
  const due = new Date('2024-08-05T15:59:59Z');
  it.each([
    ['submitted before the due instant', new Date('2024-08-05T15:00:00Z'), new Date('2024-09-01T00:00:00Z'), false],
    ['submitted exactly at it', due, new Date('2024-09-01T00:00:00Z'), false],
    ['submitted a second after it', new Date('2024-08-05T16:00:00Z'), new Date('2024-08-05T16:00:00Z'), true],
    ['not submitted, before it', null, new Date('2024-08-05T15:59:00Z'), false],
    ['not submitted, after it', null, new Date('2024-08-05T16:00:00Z'), true],
  ] as const)('%s', (_label, submittedAt, now, late) => {
    expect(isLate(due, submittedAt, now)).toBe(late);
  });
  it('an incidental report without a due date is never late', () => {
    expect(isLate(null, null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
