import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { databaseOutage, type OutageReason } from '../../db/outage.js';
import type { ElectionRepo } from '../elections/repo.js';
import type { RegionRepo } from '../regions/repo.js';

export interface Stats {
  provinces: number;
  regencies: number;
  districts: number;
  villages: number;
  contests: number;
  stages: number;
}

export function createStatsService(database: Database, regions: RegionRepo, elections: ElectionRepo) {
  return {
    /** Counts straight from the database, as `sinergi stats --json` prints them. */
    async counts(): Promise<Stats> {
      const [byLevel, electionCounts] = await Promise.all([regions.countByLevel(), elections.counts()]);
      return {
        provinces: byLevel[1] ?? 0,
        regencies: byLevel[2] ?? 0,
        districts: byLevel[3] ?? 0,
        villages: byLevel[4] ?? 0,
        contests: electionCounts.contests,
        stages: electionCounts.stages,
      };
    },

    /**
     * Whether the database answers a query, and if not why (a failure that is not a known outage
     * is reported as the database being unreachable: health must answer, never throw).
     */
    async databaseStatus(): Promise<{ reachable: true } | { reachable: false; reason: OutageReason }> {
      try {
        await database.db.execute(sql`select 1`);
        return { reachable: true };
      } catch (error) {
        return { reachable: false, reason: databaseOutage(error) ?? 'refused' };
      }
    },
  };
}
