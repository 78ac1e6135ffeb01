import { describe, expect, it } from 'vitest';
import { INCIDENT_CATEGORIES } from '../incidents/categories.js';
import { INCIDENT_STATUSES, transition } from '../incidents/workflow.js';
import { CATEGORY_WEIGHTS, describeIncident, statusForAge } from './incident-mix.js';
import { isKelurahanCode, regencyWeight } from './population.js';
import { seededRandom, weightedSampler } from './random.js';
import { DAY_MS, demoNow, electionTimeline, occurredAt, wibMidnight } from './timeline.js';
import { movesTo } from './transitions.js';

const PILKADA = { votingDate: '2024-11-27', campaign: { startsOn: '2024-09-25', endsOn: '2024-11-23' } };
const NOW = demoNow('2024-11-27', '2024-12-16');

describe('seeded random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('samples long tables in proportion to their weights, never a zero weight', () => {
    const pick = weightedSampler([['a', 1], ['b', 0], ['c', 3]] as const);
    const rnd = seededRandom(1);
    const seen = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) seen[pick(rnd)]++;
    expect(seen.b).toBe(0);
    expect(seen.c / seen.a).toBeGreaterThan(2.7);
    expect(seen.c / seen.a).toBeLessThan(3.3);
    expect(() => weightedSampler([['x', 0]])).toThrow();
  });
});

describe('population stand-in', () => {
  it.each([
    [{ desa: 0, kelurahan: 0 }, 1],
    [{ desa: 10, kelurahan: 0 }, 10],
    [{ desa: 10, kelurahan: 5 }, 30],
  ])('%j weighs %d', (size, weight) => expect(regencyWeight(size)).toBe(weight));

  it.each([['51.71.01.1001', true], ['51.06.01.2001', false], ['91.01.01.3001', false], ['51.06', false]])('%s is a kelurahan: %s', (code, expected) => {
    expect(isKelurahanCode(code)).toBe(expected);
  });
});

describe('election timeline', () => {
  const timeline = electionTimeline(PILKADA, NOW);

  it('makes "now" the day after the last stage, inside the voting year', () => {
    expect(new Date(NOW).toISOString()).toBe('2024-12-16T17:00:00.000Z');
    expect(demoNow('2024-12-20', '2025-01-10')).toBeLessThan(wibMidnight('2025-01-01'));
  });

  it('keeps every instant in the voting year and before now, clustered on the campaign and voting day', () => {
    const rnd = seededRandom(7);
    const draws = Array.from({ length: 20_000 }, () => occurredAt(rnd, timeline));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(wibMidnight('2024-01-01'));
    expect(Math.max(...draws)).toBeLessThan(NOW);
    const share = (from: number, to: number) => draws.filter((t) => t >= from && t < to).length / draws.length;
    const votingDay = share(wibMidnight('2024-11-27'), wibMidnight('2024-11-28'));
    const campaign = share(wibMidnight('2024-09-25'), wibMidnight('2024-11-24'));
    // A day holds 0.3% of a year: voting day holds far more, and the 60 campaign days about half the reports.
    expect(votingDay).toBeGreaterThan(0.15);
    expect(campaign).toBeGreaterThan(0.35);
    expect(share(wibMidnight('2024-03-01'), wibMidnight('2024-03-02'))).toBeLessThan(0.01);
  });

  it('stays before a "now" early in the year (a desk in the middle of it)', () => {
    const early = electionTimeline(PILKADA, wibMidnight('2024-10-01'));
    const rnd = seededRandom(3);
    for (let i = 0; i < 2_000; i++) {
      const at = occurredAt(rnd, early);
      expect(at).toBeGreaterThanOrEqual(early.yearStart);
      expect(at).toBeLessThan(early.now);
    }
  });

  it('clamps a campaign that began the year before (Pemilu 2024) to the voting year', () => {
    const pemilu = electionTimeline({ votingDate: '2024-02-14', campaign: { startsOn: '2023-11-28', endsOn: '2024-02-10' } }, wibMidnight('2024-03-01'));
    expect(pemilu.campaignStart).toBe(wibMidnight('2024-01-01'));
    expect(electionTimeline({ votingDate: '2024-11-27', campaign: null }, NOW).campaignEnd).toBe(wibMidnight('2024-11-24'));
  });
});

describe('status history', () => {
  it.each(INCIDENT_STATUSES)('reaches %s by moves the workflow allows, dated in order between known and now', (status) => {
    const rnd = seededRandom(11);
    const known = NOW - 30 * DAY_MS;
    for (let i = 0; i < 50; i++) {
      const moves = movesTo(rnd, status, known, NOW);
      let current = 'baru' as (typeof INCIDENT_STATUSES)[number];
      let last = known;
      for (const move of moves) {
        expect(move.from).toBe(current);
        const result = transition(current, { action: move.action, reason: move.reason, unitId: move.action === 'teruskan' ? 1 : null, duplicateOf: move.action === 'tandai_duplikat' ? 1 : null });
        expect(result).toEqual({ ok: true, to: move.to });
        expect(move.at).toBeGreaterThanOrEqual(last);
        expect(move.at).toBeLessThanOrEqual(NOW);
        current = move.to;
        last = move.at;
      }
      expect(current).toBe(status);
    }
  });

  it('dates moves of a report known a moment ago no later than now', () => {
    const moves = movesTo(seededRandom(2), 'selesai', NOW - 1_000, NOW);
    expect(moves.length).toBeGreaterThanOrEqual(4);
    expect(moves.every((m) => m.at <= NOW)).toBe(true);
  });

  it('leaves the newest reports mostly new and the old mostly closed', () => {
    const rnd = seededRandom(5);
    const draw = (age: number) => Array.from({ length: 2_000 }, () => statusForAge(rnd, age));
    expect(draw(0.5).filter((s) => s === 'baru').length).toBeGreaterThan(1_200);
    expect(draw(200).filter((s) => s === 'selesai' || s === 'ditolak' || s === 'duplikat').length).toBeGreaterThan(1_700);
  });
});

describe('incident mix', () => {
  it('uses only categories of the catalogue and names the place', () => {
    const codes = new Set(INCIDENT_CATEGORIES.map((c) => c.code));
    for (const [code] of CATEGORY_WEIGHTS) expect(codes.has(code)).toBe(true);
    expect(describeIncident(seededRandom(1), 'hoaks', 'Kota Denpasar')).toMatch(/di wilayah Kota Denpasar\. .*pukul \d\d\.\d\d/);
  });
});
