import type { RawClient } from '../../db/client.js';
import { followedElection } from '../../domain/dashboard/election.js';
import type { Regime } from '../../domain/incidents/regime.js';

/** The election demo data is set around, with the stages that shape it, as seeded in the database. */
export interface DemoElection {
  id: string;
  regime: Regime;
  votingDate: string;
  campaign: { startsOn: string; endsOn: string } | null;
  /** The last day of its last stage (the end of the count). */
  lastDay: string;
}

/** Every seeded election with its stages; `id` picks one, else the one a dashboard follows on `today`. */
export async function readElection(client: RawClient, today: string, id?: string): Promise<DemoElection | null> {
  const elections = await client.query<{ id: string; regime: string; voting_date: string }>(`select id, regime, voting_date::text from elections order by id`);
  const chosen = id === undefined ? followedElection(elections.map((e) => ({ ...e, votingDate: e.voting_date })), today) : elections.find((e) => e.id === id);
  if (!chosen) return null;
  const stages = await client.query<{ code: string; starts_on: string; ends_on: string }>(
    `select code, starts_on::text, ends_on::text from election_stages where election_id = $1 order by position`, [chosen.id]);
  const campaign = stages.find((s) => s.code === 'kampanye');
  const lastDay = stages.reduce((last, s) => (s.ends_on > last ? s.ends_on : last), chosen.voting_date);
  return {
    id: chosen.id, regime: chosen.regime === 'PEMILU' ? 'pemilu' : 'pilkada', votingDate: chosen.voting_date,
    campaign: campaign ? { startsOn: campaign.starts_on, endsOn: campaign.ends_on } : null, lastDay,
  };
}

/** The ids of the seeded elections, for a message naming what --election accepts. */
export async function electionIds(client: RawClient): Promise<string[]> {
  return (await client.query<{ id: string }>('select id from elections order by id')).map((e) => e.id);
}
