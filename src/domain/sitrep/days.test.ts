import { describe, expect, it } from 'vitest';
import { endOfLocalDay, isFutureDay, latestSlot, nextSlot, reportInstant, startOfLocalDay } from './days.js';

describe('local days of a situation report', () => {
  it.each([
    ['2024-11-26', 'WIB', '2024-11-25T17:00:00.000Z', '2024-11-26T16:59:59.999Z'],
    ['2024-11-26', 'WITA', '2024-11-25T16:00:00.000Z', '2024-11-26T15:59:59.999Z'],
    ['2024-11-26', 'WIT', '2024-11-25T15:00:00.000Z', '2024-11-26T14:59:59.999Z'],
    ['2024-12-31', 'WIT', '2024-12-30T15:00:00.000Z', '2024-12-31T14:59:59.999Z'],
  ] as const)('%s in %s runs from %s to %s', (date, zone, start, end) => {
    expect(startOfLocalDay(date, zone).toISOString()).toBe(start);
    expect(endOfLocalDay(date, zone).toISOString()).toBe(end);
  });

  it('reads a past day at its end and the running day at the moment', () => {
    const now = new Date('2024-11-26T12:00:00Z');
    expect(reportInstant('2024-11-25', 'WITA', now).toISOString()).toBe('2024-11-25T15:59:59.999Z');
    expect(reportInstant('2024-11-26', 'WITA', now).toISOString()).toBe(now.toISOString());
  });

  it.each([
    ['2024-11-27', 'WITA', '2024-11-26T15:59:59Z', true],
    ['2024-11-27', 'WITA', '2024-11-26T16:00:00Z', false],
    ['2024-11-27', 'WIB', '2024-11-26T16:30:00Z', true],
    ['2024-11-26', 'WIT', '2024-11-25T15:00:00Z', false],
  ] as const)('%s in %s at %s has not begun: %s', (date, zone, at, future) => {
    expect(isFutureDay(date, zone, new Date(at))).toBe(future);
  });

  it.each([
    // 06.00 WITA is 22.00 UTC the day before.
    ['2024-11-25T21:59:59Z', 6, 'WITA', '2024-11-24T22:00:00.000Z', '2024-11-25T22:00:00.000Z'],
    ['2024-11-25T22:00:00Z', 6, 'WITA', '2024-11-25T22:00:00.000Z', '2024-11-26T22:00:00.000Z'],
    // 21.00 WIT on the 26th: midnight WIT was 15.00 UTC the day before.
    ['2024-11-26T12:00:00Z', 0, 'WIT', '2024-11-25T15:00:00.000Z', '2024-11-26T15:00:00.000Z'],
    ['2024-11-26T12:00:00Z', 23, 'WIB', '2024-11-25T16:00:00.000Z', '2024-11-26T16:00:00.000Z'],
  ] as const)('at %s, hour %i in %s: latest %s, next %s', (at, hour, zone, latest, next) => {
    expect(latestSlot(new Date(at), hour, zone).toISOString()).toBe(latest);
    expect(nextSlot(new Date(at), hour, zone).toISOString()).toBe(next);
  });
});
