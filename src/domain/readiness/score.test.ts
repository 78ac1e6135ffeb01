import { describe, expect, it } from 'vitest';
import { gaps, READINESS_STATUSES, readinessPercent, rollUp } from './score.js';

describe('readinessPercent', () => {
  it('weights siap 1, sebagian ½, belum 0', () => {
    // Σw = 3 + 2 + 1 = 6; earned = 3·1 + 2·0.5 + 1·0 = 4; 100 · 4/6 = 66.666…
    expect(
      readinessPercent([
        { weight: 3, status: 'siap' },
        { weight: 2, status: 'sebagian' },
        { weight: 1, status: 'belum' },
      ]),
    ).toBeCloseTo(66.6666666667, 9);
  });

  it('leaves tidak_berlaku out of both sums', () => {
    // applicable: 2 siap, 2 belum → Σw = 4, earned = 2 → 50; the 3 tidak_berlaku changes nothing
    expect(
      readinessPercent([
        { weight: 2, status: 'siap' },
        { weight: 3, status: 'tidak_berlaku' },
        { weight: 2, status: 'belum' },
      ]),
    ).toBe(50);
  });

  it('all siap is 100, all belum is 0, all sebagian is 50', () => {
    expect(readinessPercent([{ weight: 1, status: 'siap' }, { weight: 3, status: 'siap' }])).toBe(100);
    expect(readinessPercent([{ weight: 1, status: 'belum' }, { weight: 3, status: 'belum' }])).toBe(0);
    expect(readinessPercent([{ weight: 1, status: 'sebagian' }, { weight: 3, status: 'sebagian' }])).toBe(50);
  });

  it('weights matter: the heavy item decides', () => {
    // 3 siap, 1 belum: 100 · 3/4 = 75; swapped: 100 · 1/4 = 25
    expect(readinessPercent([{ weight: 3, status: 'siap' }, { weight: 1, status: 'belum' }])).toBe(75);
    expect(readinessPercent([{ weight: 3, status: 'belum' }, { weight: 1, status: 'siap' }])).toBe(25);
  });

  it('is null when nothing applies, not 0', () => {
    expect(readinessPercent([])).toBeNull();
    expect(readinessPercent([{ weight: 2, status: 'tidak_berlaku' }, { weight: 1, status: 'tidak_berlaku' }])).toBeNull();
  });

  it('knows the four statuses', () => {
    expect(READINESS_STATUSES).toEqual(['siap', 'sebagian', 'belum', 'tidak_berlaku']);
  });
});

describe('rollUp', () => {
  const expected = ['51.03', '51.01', '51.02', '51.04', '51.71'];

  it('takes the unweighted mean of the assessed children and lists the rest, sorted', () => {
    const r = rollUp(
      [
        { regionCode: '51.01', percent: 90 },
        { regionCode: '51.02', percent: 40 },
        { regionCode: '51.71', percent: 65 },
        { regionCode: '51.04', percent: null }, // assessed, but nothing applied
      ],
      expected,
    );
    // (90 + 40 + 65)/3 = 195/3 = 65; 51.03 has no assessment, 51.04 a null percent
    expect(r).toEqual({ percent: 65, assessed: 3, expected: 5, missing: ['51.03', '51.04'] });
  });

  it('does not count missing children as 0', () => {
    // only 51.01 at 80: the mean is 80, not 80/5 = 16
    expect(rollUp([{ regionCode: '51.01', percent: 80 }], expected).percent).toBe(80);
  });

  it('each child counts the same, whatever its own checklist size', () => {
    // 0 and 100 → 50, though one might have 3 items and the other 30
    expect(rollUp([{ regionCode: 'a', percent: 0 }, { regionCode: 'b', percent: 100 }], ['a', 'b']).percent).toBe(50);
  });

  it('ignores children that are not expected', () => {
    const r = rollUp(
      [
        { regionCode: '51.01', percent: 20 },
        { regionCode: '52.01', percent: 100 }, // another province's kabupaten
      ],
      ['51.01', '51.02'],
    );
    expect(r).toEqual({ percent: 20, assessed: 1, expected: 2, missing: ['51.02'] });
  });

  it('is null with everything missing', () => {
    expect(rollUp([], ['51.02', '51.01'])).toEqual({ percent: null, assessed: 0, expected: 2, missing: ['51.01', '51.02'] });
    expect(rollUp([{ regionCode: '51.01', percent: null }], ['51.01'])).toEqual({ percent: null, assessed: 0, expected: 1, missing: ['51.01'] });
    expect(rollUp([], [])).toEqual({ percent: null, assessed: 0, expected: 0, missing: [] });
  });

  it('counts a region listed twice among the expected once', () => {
    expect(rollUp([{ regionCode: 'a', percent: 30 }], ['a', 'b', 'a'])).toEqual({ percent: 30, assessed: 1, expected: 2, missing: ['b'] });
  });
});

describe('gaps', () => {
  it('keeps belum and sebagian items in their order, with their other fields', () => {
    const items = [
      { code: 'a', weight: 1, status: 'siap' as const },
      { code: 'b', weight: 3, status: 'belum' as const },
      { code: 'c', weight: 2, status: 'tidak_berlaku' as const },
      { code: 'd', weight: 1, status: 'sebagian' as const },
      { code: 'e', weight: 2, status: 'belum' as const },
    ];
    expect(gaps(items)).toEqual([
      { code: 'b', weight: 3, status: 'belum' },
      { code: 'd', weight: 1, status: 'sebagian' },
      { code: 'e', weight: 2, status: 'belum' },
    ]);
    expect(gaps([])).toEqual([]);
  });
});
