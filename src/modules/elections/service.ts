import type { ContestList, Election, StageList } from '../../contracts/elections.js';
import { AppError } from '../../domain/errors.js';
import { stagePhase } from '../../domain/elections/stages.js';
import type { Office } from '../../domain/elections/types.js';
import { parseRegionCode } from '../../domain/regions/codes.js';
import { localDate, timeZoneOfRegion, type TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { Clock } from '../../services.js';
import type { RegionRepo } from '../regions/repo.js';
import type { ElectionRepo } from './repo.js';

/** The zone of the national desk, used when no region is given. */
const DEFAULT_ZONE: TimeZoneLabel = 'WIB';

export function createElectionService(repo: ElectionRepo, regions: RegionRepo, clock: Clock) {
  async function requireElection(id: string): Promise<Election> {
    const election = await repo.get(id);
    if (!election) throw new AppError('not_found', 404, { what: 'election' });
    return election;
  }

  async function requireRegion(code: string): Promise<void> {
    if (!(await regions.get(code))) throw new AppError('not_found', 404, { what: 'region' });
  }

  return {
    list: async () => ({ items: await repo.list() }),

    get: requireElection,

    /** The stages, each marked past/current/upcoming by today's date in the region's zone. */
    async stages(id: string, regionCode?: string): Promise<StageList> {
      await requireElection(id);
      if (regionCode) await requireRegion(regionCode);
      const zone = regionCode ? timeZoneOfRegion(regionCode) : DEFAULT_ZONE;
      const now = clock.now();
      const stages = await repo.stages(id);
      return {
        electionId: id,
        timeZone: zone,
        today: localDate(now, zone),
        items: stages.map((stage) => ({ ...stage, phase: stagePhase(stage, now, zone) })),
      };
    },

    /**
     * Contests that concern a region: those of the region itself and the regions above it (a
     * kecamatan votes for its regent and its governor) and, for a province, those below it.
     */
    async contests(id: string, query: { region?: string; office?: Office; limit: number; offset: number }): Promise<ContestList> {
      await requireElection(id);
      let regionCodes: string[] | null = null;
      let subtreeOf: string | null = null;
      if (query.region) {
        await requireRegion(query.region);
        const parsed = parseRegionCode(query.region);
        regionCodes = [parsed?.provinceCode, parsed?.regencyCode].filter((c): c is string => Boolean(c));
        if (parsed?.level === 'province') subtreeOf = parsed.provinceCode;
      }
      const result = await repo.contests(id, {
        regionCodes,
        subtreeOf,
        office: query.office ?? null,
        limit: query.limit,
        offset: query.offset,
      });
      return { items: result.items.map((c) => ({ ...c, electionId: id })), total: result.total };
    },
  };
}

export type ElectionService = ReturnType<typeof createElectionService>;
