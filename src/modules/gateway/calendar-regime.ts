import type { Db } from '../../db/client.js';
import { regimeByCalendar } from '../../domain/incidents/intake.js';
import type { Regime } from '../../domain/incidents/regime.js';
import { localDate, timeZoneOfRegion } from '../../domain/regions/timezones.js';
import { createElectionRepo } from '../elections/repo.js';

const ELECTION_REGIMES: Record<string, Regime> = { PEMILU: 'pemilu', PEMILIHAN: 'pilkada' };

/**
 * The regime of a report that does not say: the election cycle of the calendar (modules/elections)
 * whose voting day is nearest to today in the region's zone (WIB without a region).
 */
export async function calendarRegime(db: Db, regionCode: string | null, now: Date): Promise<Regime | null> {
  const calendar = (await createElectionRepo(db).list()).flatMap((election) => {
    const regime = ELECTION_REGIMES[election.regime];
    return regime ? [{ regime, votingDate: election.votingDate }] : [];
  });
  return regimeByCalendar(calendar, localDate(now, regionCode ? timeZoneOfRegion(regionCode) : 'WIB'));
}
