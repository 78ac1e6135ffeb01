import { describe, expect, it } from 'vitest';
import {
  complianceProgress, percent, regionGroupOf, summariseCompliance, summariseCounts, type ComplianceTargetFacts,
} from './compliance.js';
import type { PactTargetState } from './vocabulary.js';

// Bali (WITA, UTC+8). Created 1 Dec 04:00 local; deadline 3 Dec 23:59 local; now 5 Dec 10:00 local.
const CREATED = new Date('2026-11-30T20:00:00Z');
const DEADLINE = new Date('2026-12-03T15:59:00Z');
const NOW = new Date('2026-12-05T02:00:00Z');

type Row = ComplianceTargetFacts & { name: string };
const at = (iso: string | null) => (iso === null ? null : new Date(iso));
const row = (name: string, kind: Row['kind'], regionCode: string, state: PactTargetState, submitted: string | null = null, reviewed: string | null = null): Row => ({
  name, kind, regionCode, state, submittedAt: at(submitted), reviewedAt: at(reviewed),
});

const TARGETS: Row[] = [
  row('A', 'perangkat_daerah', '51.71', 'diverifikasi', '2026-12-01T03:00:00Z', '2026-12-02T01:00:00Z'),
  row('B', 'kecamatan', '51.71.01', 'terkirim', '2026-12-03T16:30:00Z'), // 4 Dec 00:30 local: late
  row('C', 'kecamatan', '51.06.01', 'belum'),
  row('D', 'desa', '51.06.01.2001', 'ditolak', '2026-12-02T10:00:00Z', '2026-12-02T12:00:00Z'),
  row('E', 'perangkat_daerah', '51', 'diverifikasi', '2026-12-03T15:00:00Z', '2026-12-04T17:00:00Z'), // 3 Dec 23:00 local; reviewed 5 Dec 01:00
];
const input = { targets: TARGETS, campaignRegionCode: '51', deadline: DEADLINE, createdAt: CREATED, zone: 'WITA' as const, now: NOW };

describe('regionGroupOf', () => {
  it.each([
    ['51.71.01', '51', '51.71'],
    ['51.06.01.2001', '51', '51.06'],
    ['51.06', '51', '51.06'],
    ['51', '51', '51'],
    ['51.06.01.2001', '51.06', '51.06.01'],
  ])('%s in a campaign of %s counts under %s', (target, campaign, group) => {
    expect(regionGroupOf(target, campaign)).toBe(group);
  });
});

describe('percent', () => {
  it('rounds to one decimal and is 0 of nothing', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(0);
    expect(percent(5, 5)).toBe(100);
  });
});

describe('summariseCompliance', () => {
  const result = summariseCompliance(input);

  it('counts the totals by hand: 3 standing (A, B, E), 2 verified, D rejected, B late, C and D missing', () => {
    expect(result.totals).toEqual({ targets: 5, submitted: 3, verified: 2, rejected: 1, late: 1, missing: 2, percentVerified: 40, percentSubmitted: 60 });
  });

  it('groups regions under the campaign region’s children', () => {
    expect(result.byRegion).toEqual([
      { regionCode: '51', targets: 1, submitted: 1, verified: 1, percentVerified: 100 },
      { regionCode: '51.06', targets: 2, submitted: 0, verified: 0, percentVerified: 0 },
      { regionCode: '51.71', targets: 2, submitted: 2, verified: 1, percentVerified: 50 },
    ]);
  });

  it('lists kinds in the vocabulary’s order, only those present', () => {
    expect(result.byKind).toEqual([
      { kind: 'perangkat_daerah', targets: 2, submitted: 2, verified: 2, percentVerified: 100 },
      { kind: 'kecamatan', targets: 2, submitted: 1, verified: 0, percentVerified: 0 },
      { kind: 'desa', targets: 1, submitted: 0, verified: 0, percentVerified: 0 },
    ]);
  });

  it('lists the late and the missing targets', () => {
    expect(result.late.map((t) => t.name)).toEqual(['B']);
    expect(result.missing.map((t) => t.name)).toEqual(['C', 'D']);
  });

  it('draws cumulative progress per local day (WITA), up to today', () => {
    expect(result.progress).toEqual([
      { date: '2026-12-01', submitted: 1, verified: 0 },
      { date: '2026-12-02', submitted: 1, verified: 1 },
      { date: '2026-12-03', submitted: 2, verified: 1 },
      { date: '2026-12-04', submitted: 3, verified: 1 },
      { date: '2026-12-05', submitted: 3, verified: 2 },
    ]);
  });

  it('gives zeros, not NaN, for a campaign without targets', () => {
    const empty = summariseCompliance({ ...input, targets: [] });
    expect(empty.totals).toEqual({ targets: 0, submitted: 0, verified: 0, rejected: 0, late: 0, missing: 0, percentVerified: 0, percentSubmitted: 0 });
    expect(empty.byRegion).toEqual([]);
    expect(empty.progress.at(-1)).toEqual({ date: '2026-12-05', submitted: 0, verified: 0 });
  });
});

describe('complianceProgress', () => {
  it('stops 14 days after the deadline however late today is', () => {
    const days = complianceProgress({ ...input, now: new Date('2027-03-01T00:00:00Z') });
    expect(days[0]!.date).toBe('2026-12-01');
    expect(days.at(-1)).toEqual({ date: '2026-12-17', submitted: 3, verified: 2 });
    expect(days).toHaveLength(17);
  });

  it('uses the region’s local day: 16:30 UTC is 23:30 WIB but already the next day in WIT', () => {
    const late = [row('X', 'desa', '91', 'terkirim', '2026-12-01T16:30:00Z')];
    const wit = complianceProgress({ targets: late, deadline: DEADLINE, createdAt: CREATED, zone: 'WIT', now: new Date('2026-12-02T12:00:00Z') });
    expect(wit).toEqual([{ date: '2026-12-01', submitted: 0, verified: 0 }, { date: '2026-12-02', submitted: 1, verified: 0 }]);
    const wib = complianceProgress({ targets: late, deadline: DEADLINE, createdAt: CREATED, zone: 'WIB', now: new Date('2026-12-02T12:00:00Z') });
    expect(wib).toEqual([{ date: '2026-12-01', submitted: 1, verified: 0 }, { date: '2026-12-02', submitted: 1, verified: 0 }]);
  });

  it('is empty while the clock stands before the campaign was created', () => {
    expect(complianceProgress({ ...input, now: new Date('2026-11-01T00:00:00Z') })).toEqual([]);
  });
});

describe('summariseCounts', () => {
  it('follows the same rules from grouped counts', () => {
    expect(summariseCounts([
      { state: 'diverifikasi', late: false, count: 4 }, { state: 'diverifikasi', late: true, count: 1 }, { state: 'terkirim', late: true, count: 2 },
      { state: 'belum', late: false, count: 2 }, { state: 'ditolak', late: true, count: 1 },
    ])).toEqual({ targets: 10, verified: 5, percentVerified: 50, late: 3, missing: 3 });
  });
});
