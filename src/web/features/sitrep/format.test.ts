import { describe, expect, it } from 'vitest';
import { fileSize, regionFilter, todayIn, zoneOf } from './format';

describe('situation report helpers', () => {
  it('reads a region in its own zone and the national desk in WIB', () => {
    expect(zoneOf('51')).toBe('WITA');
    expect(zoneOf('94.71')).toBe('WIT');
    expect(zoneOf(null)).toBe('WIB');
  });

  it('takes today from the region\'s wall clock', () => {
    // 16:30 UTC is already the next day in Bali (00:30 WITA) but not yet in Jakarta (23:30 WIB).
    const at = new Date('2024-11-26T16:30:00Z');
    expect(todayIn('51', at)).toBe('2024-11-27');
    expect(todayIn('31', at)).toBe('2024-11-26');
    expect(todayIn(undefined, at)).toBe('2024-11-26');
  });

  it('asks for the national reports when no region is chosen', () => {
    expect(regionFilter('51.06')).toBe('51.06');
    expect(regionFilter(undefined)).toBe('national');
    expect(regionFilter('')).toBe('national');
  });

  it('writes sizes with the locale\'s decimal separator', () => {
    expect(fileSize(850, 'id-ID')).toBe('850 B');
    expect(fileSize(12_345, 'id-ID')).toBe('12,3 kB');
    expect(fileSize(12_345, 'en-GB')).toBe('12.3 kB');
    expect(fileSize(1_250_000, 'en-GB')).toBe('1.3 MB');
  });
});
