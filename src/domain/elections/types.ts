export const REGIMES = ['PEMILU', 'PEMILIHAN'] as const;
export type Regime = (typeof REGIMES)[number];

export const OFFICES = ['gubernur', 'bupati', 'walikota'] as const;
export type Office = (typeof OFFICES)[number];

export interface StageDefinition {
  /** Stable key, unique within a cycle. */
  code: string;
  nameId: string;
  nameEn: string;
  /** First and last calendar day (local date in each region's own zone), inclusive. */
  startsOn: string;
  endsOn: string;
  legalBasis: string;
  /** The day the votes are cast: highlighted on the calendar. */
  isVotingDay?: boolean;
}

export interface ElectionDefinition {
  id: string;
  regime: Regime;
  nameId: string;
  nameEn: string;
  votingDate: string;
  legalBasis: string;
  /** Which contests the cycle holds: every province and kabupaten/kota that elects its head, or none seeded. */
  contestScope: 'every-elected-head' | 'none';
  stages: StageDefinition[];
}
