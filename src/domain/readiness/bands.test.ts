import { describe, expect, it } from 'vitest';
import { READINESS_BAND_FLOORS, READINESS_BANDS, readinessBand } from './bands.js';

describe('readinessBand', () => {
  it('puts each threshold in the higher band: 80 is siap, 50 is sebagian', () => {
    expect(readinessBand(80)).toBe('siap');
    expect(readinessBand(79.99)).toBe('sebagian');
    expect(readinessBand(50)).toBe('sebagian');
    expect(readinessBand(49.99)).toBe('belum');
  });

  it('covers the whole range: 0 is belum, 100 is siap', () => {
    expect(readinessBand(0)).toBe('belum');
    expect(readinessBand(100)).toBe('siap');
    expect(readinessBand(66.67)).toBe('sebagian');
  });

  it('has no band without a percent (grey on the map)', () => {
    expect(readinessBand(null)).toBeNull();
    expect(readinessBand(Number.NaN)).toBeNull();
  });

  it('lists the bands best first, with floors that descend', () => {
    expect(READINESS_BANDS).toEqual(['siap', 'sebagian', 'belum']);
    expect(READINESS_BAND_FLOORS.siap).toBeGreaterThan(READINESS_BAND_FLOORS.sebagian);
  });
});
