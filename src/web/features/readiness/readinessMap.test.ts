import { describe, expect, it } from 'vitest';
import { bandCounts, BAND_FILLS, NO_PERCENT, readinessFills, type ScoreRow } from './readinessMap';

const row = (code: string, percent: number | null, band: ScoreRow['band']): ScoreRow => ({ code, name: code, percent, band, lastAssessedOn: percent === null ? null : '2024-10-01' });
const rows = [row('51.06', 83.33, 'siap'), row('51.03', 50, 'sebagian'), row('51.04', 0, 'belum'), row('51.01', null, null)];

describe('readinessFills', () => {
  it('colours each listed region by its band, grey without a percent', () => {
    const fills = readinessFills(rows);
    expect(fills.get('51.06')).toBe(BAND_FILLS.siap);
    expect(fills.get('51.03')).toBe(BAND_FILLS.sebagian);
    expect(fills.get('51.04')).toBe(BAND_FILLS.belum);
    expect(fills.get('51.01')).toBe(NO_PERCENT);
    expect(fills.has('51.71')).toBe(false);
    expect(new Set(Object.values(BAND_FILLS).map((fill) => fill.colour)).size).toBe(3);
  });
});

describe('bandCounts', () => {
  it('counts the map’s regions per band, unlisted ones as outside the scope', () => {
    expect(bandCounts(rows, ['51.01', '51.03', '51.04', '51.06', '51.71', '51.72'])).toEqual({ siap: 1, sebagian: 1, belum: 1, none: 1, outside: 2 });
  });
});
