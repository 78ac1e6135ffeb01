import { describe, expect, it } from 'vitest';
import { PILKADA_2024 } from './pilkada-2024.js';
import { PEMILU_2024 } from './pemilu-2024.js';
import { currentStages, stagePhase } from './stages.js';

const codes = (stages: { code: string }[]) => stages.map((s) => s.code);

describe('currentStages', () => {
  it.each([
    // 17:00 UTC on 26 Nov is midnight WIB: voting day has begun in Jakarta, and long since in Jayapura.
    ['2024-11-26T16:59:00Z', 'WIB', ['masa-tenang']],
    ['2024-11-26T17:00:00Z', 'WIB', ['pemungutan-suara', 'penghitungan-rekapitulasi']],
    ['2024-11-26T15:59:00Z', 'WITA', ['masa-tenang']],
    ['2024-11-26T16:00:00Z', 'WITA', ['pemungutan-suara', 'penghitungan-rekapitulasi']],
    ['2024-11-26T14:59:00Z', 'WIT', ['masa-tenang']],
    ['2024-11-26T15:00:00Z', 'WIT', ['pemungutan-suara', 'penghitungan-rekapitulasi']],
    ['2024-09-30T02:00:00Z', 'WITA', ['pemantau', 'badan-adhoc', 'kampanye']],
    ['2025-06-01T00:00:00Z', 'WIB', []],
  ] as const)('at %s in %s: %j', (at, zone, expected) => {
    expect(codes(currentStages(PILKADA_2024.stages, new Date(at), zone)).sort()).toEqual([...expected].sort());
  });

  it('finds Pemilu 2024 voting day on 14 February in every zone', () => {
    for (const [at, zone] of [['2024-02-14T16:00:00Z', 'WIB'], ['2024-02-13T16:00:00Z', 'WITA'], ['2024-02-13T15:00:00Z', 'WIT']] as const) {
      expect(codes(currentStages(PEMILU_2024.stages, new Date(at), zone))).toContain('pemungutan-suara');
    }
  });
});

describe('stagePhase', () => {
  const campaign = { startsOn: '2024-09-25', endsOn: '2024-11-23' };
  it.each([
    ['2024-09-24T15:59:59Z', 'WITA', 'upcoming'],
    ['2024-09-24T16:00:00Z', 'WITA', 'current'],
    ['2024-11-23T16:59:59Z', 'WIB', 'current'],
    ['2024-11-23T17:00:00Z', 'WIB', 'past'],
  ] as const)('at %s in %s the campaign is %s', (at, zone, phase) => {
    expect(stagePhase(campaign, new Date(at), zone)).toBe(phase);
  });
});

describe('shipped calendars', () => {
  it.each([PILKADA_2024, PEMILU_2024])('$id: every stage starts before it ends, codes are unique, voting day matches', (election) => {
    for (const stage of election.stages) expect(stage.startsOn <= stage.endsOn).toBe(true);
    expect(new Set(codes(election.stages)).size).toBe(election.stages.length);
    const voting = election.stages.filter((s) => s.isVotingDay);
    expect(voting).toHaveLength(1);
    expect(voting[0]?.startsOn).toBe(election.votingDate);
  });

  it('holds Pilkada 2024 on 27 November with the campaign from 25 September to 23 November', () => {
    expect(PILKADA_2024.votingDate).toBe('2024-11-27');
    expect(PILKADA_2024.stages.find((s) => s.code === 'kampanye')).toMatchObject({ startsOn: '2024-09-25', endsOn: '2024-11-23' });
    expect(PILKADA_2024.stages.find((s) => s.code === 'penetapan-paslon')).toMatchObject({ startsOn: '2024-09-22' });
  });
});
