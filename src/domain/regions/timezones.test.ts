import { describe, expect, it } from 'vitest';
import { localDate, timeZoneOfRegion } from './timezones.js';

describe('timeZoneOfRegion', () => {
  it.each([
    ['11', 'WIB'], ['31.71', 'WIB'], ['61.01', 'WIB'], ['62', 'WIB'],
    ['51.06.01.2001', 'WITA'], ['63.72', 'WITA'], ['64', 'WITA'], ['65', 'WITA'], ['76', 'WITA'], ['52', 'WITA'], ['53', 'WITA'],
    ['81', 'WIT'], ['82.71', 'WIT'], ['91', 'WIT'], ['95.01', 'WIT'], ['96.01', 'WIT'],
  ])('%s is %s', (code, zone) => {
    expect(timeZoneOfRegion(code)).toBe(zone);
  });

  it('puts 18 provinces in WIB, 12 in WITA and 8 in WIT', () => {
    const provinces = ['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52',
      '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96'];
    const counts = { WIB: 0, WITA: 0, WIT: 0 };
    for (const code of provinces) counts[timeZoneOfRegion(code)] += 1;
    expect(counts).toEqual({ WIB: 18, WITA: 12, WIT: 8 });
  });
});

describe('localDate', () => {
  it.each([
    // 16:59 UTC is 23:59 WIB but already the next day in WITA and WIT.
    ['2024-11-26T16:59:00Z', 'WIB', '2024-11-26'],
    ['2024-11-26T16:59:00Z', 'WITA', '2024-11-27'],
    ['2024-11-26T16:59:00Z', 'WIT', '2024-11-27'],
    ['2024-11-26T15:59:59Z', 'WITA', '2024-11-26'],
    ['2024-11-26T14:59:59Z', 'WIT', '2024-11-26'],
    ['2024-11-26T15:00:00Z', 'WIT', '2024-11-27'],
    ['2024-12-31T17:00:00Z', 'WIB', '2025-01-01'],
  ] as const)('%s is %s local date %s', (at, zone, expected) => {
    expect(localDate(new Date(at), zone)).toBe(expected);
  });
});
