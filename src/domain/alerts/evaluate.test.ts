import { describe, expect, it } from 'vitest';
import { evaluateCluster, evaluateRule, evaluateSeverity, evaluateSpike, fingerprint, spikeFires, groupRegion, haversineKm, windowIndex, type ReportPoint } from './evaluate.js';
import { checkRuleParams, spikeParamsSchema, type ClusterParams, type SeverityParams } from './params.js';

const NOW = new Date('2024-11-27T06:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
let nextId = 1;
function report(overrides: Partial<ReportPoint> = {}): ReportPoint {
  return { id: nextId++, regionCode: '51.06.01.2001', category: 'politik_uang', severity: 'sedang', occurredAt: hoursAgo(1), latitude: null, longitude: null, ...overrides };
}
const many = (n: number, overrides: Partial<ReportPoint> = {}) => Array.from({ length: n }, () => report(overrides));
const rule = { id: 7, regionCode: '51', category: null };
const spike = spikeParamsSchema.parse({ hours: 6, factor: 3, baselineDays: 7, minCount: 3 });
/** 7 days hold 28 windows of 6 hours: a baseline count of 28 is an average of 1 per window. */
const baselineOf = (perWindow: number, region = '51.06') => new Map([[region, perWindow * 28]]);

describe('spike', () => {
  it('fires above k × baseline, grouped per kabupaten/kota, with the figures', () => {
    const found = evaluateSpike(rule, spike, many(4), baselineOf(1), NOW);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ regionCode: '51.06', details: { count: 4, baseline: 1, threshold: 3 } });
    expect(found[0]!.incidentIds).toHaveLength(4);
  });

  it('does not fire at exactly k × baseline', () => {
    expect(evaluateSpike(rule, spike, many(3), baselineOf(1), NOW)).toEqual([]);
  });

  it('spikeFires answers from counts alone what evaluateSpike decides from the reports', () => {
    for (const [count, perWindow] of [[3, 1], [4, 1], [2, 0], [3, 0], [10, 3], [9, 3]] as const) {
      const fired = evaluateSpike(rule, spike, many(count), baselineOf(perWindow), NOW).length === 1;
      expect(spikeFires(spike, count, perWindow * 28), `${count} against ${perWindow} per window`).toBe(fired);
    }
    expect(spikeFires(spike, 4, 28)).toBe(true);
    expect(spikeFires(spike, 3, 28)).toBe(false);
  });

  it('with a baseline of 0, fires only from minCount reports', () => {
    expect(evaluateSpike(rule, spike, many(1), new Map(), NOW)).toEqual([]);
    expect(evaluateSpike(rule, spike, many(2), new Map(), NOW)).toEqual([]);
    expect(evaluateSpike(rule, spike, many(3), new Map(), NOW)).toHaveLength(1);
  });

  it('counts only the last N hours, the rule region and category, each kabupaten apart', () => {
    const reports = [
      ...many(3, { occurredAt: hoursAgo(5.99) }),
      report({ occurredAt: hoursAgo(6.01) }), // before the window
      report({ occurredAt: hoursAgo(6) }), // at its start: the baseline's last instant, as SQL counts it
      report({ occurredAt: new Date(NOW.getTime() + 60_000) }), // after now
      ...many(3, { regionCode: '52.01.01.2001' }), // outside Bali
      ...many(2, { regionCode: '51.03.01.2001' }), // Badung: only two
    ];
    const found = evaluateSpike({ ...rule, category: 'politik_uang' }, spike, [...reports, ...many(3, { category: 'hoaks', regionCode: '51.03.01.2001' })], new Map(), NOW);
    expect(found.map((f) => [f.regionCode, f.details.count])).toEqual([['51.06', 3]]);
  });

  it('groups at the level the rule says, and at the rule region when it lies deeper', () => {
    const reports = [...many(2), ...many(2, { regionCode: '51.03.01.2001' })];
    expect(evaluateSpike(rule, { ...spike, level: 'province' }, reports, new Map(), NOW).map((f) => f.regionCode)).toEqual(['51']);
    expect(groupRegion('51.06.01.2001', 'regency', '51.06.01')).toBe('51.06.01');
    expect(groupRegion('51.06', 'district', null)).toBe('51.06');
  });
});

describe('severity', () => {
  const params: SeverityParams = { hours: 24, level: 'regency', minSeverity: 'tinggi' };
  it('fires on a report at or above the severity, of the category', () => {
    const reports = [report({ severity: 'sedang' }), report({ severity: 'tinggi', regionCode: '51.03.01.2001' }), report({ severity: 'kritis' })];
    const found = evaluateSeverity({ ...rule, category: 'politik_uang' }, params, reports, NOW);
    expect(found.map((f) => [f.regionCode, f.incidentIds.length])).toEqual([['51.03', 1], ['51.06', 1]]);
    expect(evaluateSeverity({ ...rule, category: 'kekerasan' }, params, reports, NOW)).toEqual([]);
  });
  it('a report below the severity does not fire', () => {
    expect(evaluateSeverity(rule, params, [report({ severity: 'sedang' })], NOW)).toEqual([]);
  });
});

describe('cluster', () => {
  const params: ClusterParams = { hours: 12, level: 'regency', radiusKm: 2, minReports: 3 };
  // About 1.1 km per 0.01° of latitude.
  const at = (dLat: number) => ({ latitude: -8.43 + dLat, longitude: 115.36 });
  it('fires when n reports lie within X km of one of them, drawn at their centre', () => {
    const reports = [report(at(0)), report(at(0.01)), report(at(-0.01)), report(at(0.2)), report()];
    const found = evaluateCluster(rule, params, reports, NOW);
    expect(found).toHaveLength(1);
    expect(found[0]!.incidentIds).toEqual(reports.slice(0, 3).map((r) => r.id).sort((a, b) => a - b));
    expect(found[0]!.latitude).toBeCloseTo(-8.43, 6);
  });
  it('does not fire when they are farther apart, or fewer', () => {
    expect(evaluateCluster(rule, params, [report(at(0)), report(at(0.019)), report(at(0.038))], NOW)).toEqual([]);
    expect(evaluateCluster(rule, params, [report(at(0)), report(at(0.01))], NOW)).toEqual([]);
  });
  it('measures great-circle distance', () => {
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(111.19, 1);
    expect(haversineKm({ latitude: -8.65, longitude: 115.22 }, { latitude: -8.45, longitude: 115.35 })).toBeCloseTo(26.4, 0);
  });
});

describe('fingerprint', () => {
  it('is one per rule, region and window: reports later in the window join the same alert', () => {
    const first = evaluateRule({ ...rule, kind: 'spike', params: spike }, many(3), new Map(), NOW)[0]!;
    const later = evaluateRule({ ...rule, kind: 'spike', params: spike }, many(5), new Map(), new Date(NOW.getTime() + 3_600_000))[0]!;
    expect(later.fingerprint).toBe(first.fingerprint);
    expect(fingerprint(7, '51.06', 6, windowIndex(NOW, 6))).toBe(first.fingerprint);
  });
  it('windows are slices of UTC epoch time: the same instant written in WIB, WITA or UTC gives the same window', () => {
    const instants = ['2024-11-27T06:00:00Z', '2024-11-27T13:00:00+07:00', '2024-11-27T14:00:00+08:00', '2024-11-27T15:00:00+09:00'];
    expect(new Set(instants.map((iso) => windowIndex(new Date(iso), 6))).size).toBe(1);
    // 24-hour windows turn at 00:00 UTC, not at local midnight.
    expect(windowIndex(new Date('2024-11-27T23:59:59Z'), 24)).toBe(windowIndex(new Date('2024-11-27T00:00:00Z'), 24));
    expect(windowIndex(new Date('2024-11-28T00:00:00Z'), 24)).toBe(windowIndex(new Date('2024-11-27T00:00:00Z'), 24) + 1);
  });
});

describe('rule parameters', () => {
  it('fills defaults and refuses out-of-range numbers with a key per field', () => {
    expect(checkRuleParams('severity', { minSeverity: 'tinggi' })).toEqual({ ok: true, value: { kind: 'severity', params: { hours: 24, level: 'regency', minSeverity: 'tinggi' } } });
    const refused = checkRuleParams('spike', { hours: 0, factor: 1, baselineDays: 7, minCount: 3, extra: 1 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.problems).toEqual(expect.arrayContaining([
        { path: 'params.hours', message: 'alert.params.hours' }, { path: 'params.factor', message: 'alert.params.factor' }, { path: 'params', message: 'alert.params.unknown' },
      ]));
    }
    expect(checkRuleParams('cluster', { hours: 6, radiusKm: 1, minReports: 1 }).ok).toBe(false);
    expect(checkRuleParams('cluster', 'x').ok).toBe(false);
  });
});
