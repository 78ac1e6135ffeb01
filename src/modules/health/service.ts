import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
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

    /** True when the database answers a query. */
    async databaseReachable(): Promise<boolean> {
      try {
        await database.db.execute(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
  };
}
