import { daysUntil } from './days.js';

export interface ElectionCandidate {
  id: string;
  votingDate: string;
}

/**
 * The election a dashboard follows on local date `today`: the next one to vote (voting day today
 * or later), else the one that voted last, so counting and results stay in view afterwards.
 */
export function followedElection<T extends ElectionCandidate>(elections: readonly T[], today: string): T | null {
  const upcoming = elections.filter((e) => e.votingDate >= today).sort((a, b) => a.votingDate.localeCompare(b.votingDate));
  if (upcoming[0]) return upcoming[0];
  return [...elections].sort((a, b) => b.votingDate.localeCompare(a.votingDate))[0] ?? null;
}

/** Days left to voting day (0 on the day, negative after it). */
export const daysToVotingDay = (today: string, votingDate: string) => daysUntil(today, votingDate);
