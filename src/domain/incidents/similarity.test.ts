import { describe, expect, it } from 'vitest';
import { distanceKm, normaliseTps, scoreCandidate, sharedLevel, similarArea, type SimilarSubject } from './similarity.js';

const base: SimilarSubject = {
  regionCode: '51.06.01.2001', category: 'politik_uang', occurredAt: new Date('2024-11-19T12:00:00Z'), latitude: -8.43, longitude: 115.36, tps: 'TPS 003',
};

describe('similarArea', () => {
  it('cuts the code to the level, or keeps a coarser code as it is', () => {
    expect(similarArea('51.06.01.2001', 'kecamatan')).toBe('51.06.01');
    expect(similarArea('51.06.01.2001', 'kabupaten')).toBe('51.06');
    expect(similarArea('51.06.01.2001', 'desa')).toBe('51.06.01.2001');
    expect(similarArea('51.06', 'kecamatan')).toBe('51.06');
    expect(similarArea('51', 'desa')).toBe('51');
  });
});

describe('sharedLevel', () => {
  it('is the finest level both codes reach', () => {
    expect(sharedLevel('51.06.01.2001', '51.06.01.2001')).toBe('desa');
    expect(sharedLevel('51.06.01.2001', '51.06.01.2002')).toBe('kecamatan');
    expect(sharedLevel('51.06.01.2001', '51.06.02.2001')).toBe('kabupaten');
    expect(sharedLevel('51.06.01.2001', '51.06')).toBe('kabupaten');
    expect(sharedLevel('51.06.01.2001', '52.01.01.2001')).toBeNull();
  });
});

describe('normaliseTps', () => {
  it('reads the number however it is written', () => {
    expect(normaliseTps('TPS 003')).toBe('3');
    expect(normaliseTps('tps3')).toBe('3');
    expect(normaliseTps('  ')).toBeNull();
    expect(normaliseTps(null)).toBeNull();
  });
});

describe('distanceKm', () => {
  it('measures on the sphere', () => {
    expect(distanceKm({ latitude: -8.43, longitude: 115.36 }, { latitude: -8.43, longitude: 115.36 })).toBe(0);
    // One hundredth of a degree of latitude is about 1.1 km.
    expect(distanceKm({ latitude: -8.43, longitude: 115.36 }, { latitude: -8.44, longitude: 115.36 })).toBeCloseTo(1.11, 1);
  });
});

describe('scoreCandidate', () => {
  it('gives the reasons: text, same desa, same TPS, category, nearby, hours apart', () => {
    const { score, reasons } = scoreCandidate(base, { ...base, occurredAt: new Date('2024-11-19T15:00:00Z'), tps: 'tps 3' }, 0.72);
    expect(reasons).toEqual([
      { code: 'text', percent: 72 }, { code: 'same_desa' }, { code: 'same_tps', tps: 'tps 3' }, { code: 'same_category' }, { code: 'nearby', km: 0 },
      { code: 'hours_apart', hours: 3 },
    ]);
    expect(score).toBeCloseTo(0.6 * 0.72 + 0.1 + 0.15 + 0.15, 3);
  });

  it('ranks a reworded copy at the same TPS above the same words elsewhere in the kecamatan', () => {
    const here = scoreCandidate(base, base, 0.5).score;
    const elsewhere = scoreCandidate(base, { ...base, regionCode: '51.06.01.2002', tps: 'TPS 003', latitude: -8.5, longitude: 115.4 }, 0.55).score;
    expect(here).toBeGreaterThan(elsewhere);
  });

  it('does not count the same TPS number in another desa, nor coordinates far apart', () => {
    const { reasons } = scoreCandidate(base, { ...base, regionCode: '51.06.01.2002', latitude: -8.9, longitude: 115.9 }, 0.4);
    expect(reasons.map((r) => r.code)).toEqual(['text', 'same_kecamatan', 'same_category', 'hours_apart']);
  });

  it('leaves distance out when either report has no coordinates', () => {
    const { reasons } = scoreCandidate(base, { ...base, latitude: null, longitude: null, category: 'intimidasi' }, 0.4);
    expect(reasons.map((r) => r.code)).toEqual(['text', 'same_desa', 'same_tps', 'hours_apart']);
  });
});
