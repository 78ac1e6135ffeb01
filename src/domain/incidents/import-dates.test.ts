import { describe, expect, it } from 'vitest';
import { parseSpreadsheetTime } from './import-dates.js';

const iso = (text: string, zone: 'WIB' | 'WITA' | 'WIT' = 'WITA') => parseSpreadsheetTime(text, zone)?.toISOString() ?? null;

describe('parseSpreadsheetTime', () => {
  it('keeps an ISO instant with its offset, whatever the zone', () => {
    expect(iso('2024-11-19T12:00:00Z')).toBe('2024-11-19T12:00:00.000Z');
    expect(iso('2024-11-19T20:00:00+08:00', 'WIB')).toBe('2024-11-19T12:00:00.000Z');
  });

  it('reads a wall clock without offset in the region zone', () => {
    expect(iso('2024-11-19 20:00')).toBe('2024-11-19T12:00:00.000Z');
    expect(iso('2024-11-19 20:00', 'WIB')).toBe('2024-11-19T13:00:00.000Z');
    expect(iso('2024-11-19 20:00', 'WIT')).toBe('2024-11-19T11:00:00.000Z');
  });

  it('reads day-first dates with colons or dots in the time', () => {
    expect(iso('19/11/2024 20:00')).toBe('2024-11-19T12:00:00.000Z');
    expect(iso('19-11-2024 20.30')).toBe('2024-11-19T12:30:00.000Z');
    expect(iso('19.11.2024')).toBe('2024-11-18T16:00:00.000Z');
    expect(iso('5/1/24 8:05:30')).toBe('2024-01-05T00:05:30.000Z');
  });

  it('takes a zone written after the time over the region zone', () => {
    expect(iso('19/11/2024 20:00 WIB', 'WIT')).toBe('2024-11-19T13:00:00.000Z');
  });

  it('reads Indonesian and English month names', () => {
    expect(iso('19 Nov 2024 20:00')).toBe('2024-11-19T12:00:00.000Z');
    expect(iso('17 Agustus 2024')).toBe('2024-08-16T16:00:00.000Z');
    expect(iso('1 Desember 2024 pukul 07.15')).toBe('2024-11-30T23:15:00.000Z');
    expect(iso('3 October 2024')).toBe('2024-10-02T16:00:00.000Z');
  });

  it('reads an Excel serial day number as a wall clock', () => {
    // 45615 is 2024-11-19; .5 is noon.
    expect(iso('45615.5')).toBe('2024-11-19T04:00:00.000Z');
    expect(iso('45615', 'WIB')).toBe('2024-11-18T17:00:00.000Z');
  });

  it('refuses days and times that do not exist and text that is no date', () => {
    expect(iso('31/02/2024')).toBeNull();
    expect(iso('2024-11-19 25:00')).toBeNull();
    expect(iso('13/13/2024')).toBeNull();
    expect(iso('kemarin sore')).toBeNull();
    expect(iso('19 Foo 2024')).toBeNull();
    expect(iso('12')).toBeNull();
    expect(iso('')).toBeNull();
  });
});
