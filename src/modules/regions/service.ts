import type { RegionDetail, RegionList, RegionListQuery } from '../../contracts/regions.js';
import { AppError } from '../../domain/errors.js';
import { parseRegionCode } from '../../domain/regions/codes.js';
import { parseRegionQuery } from '../../domain/regions/normalise.js';
import type { RegionRepo } from './repo.js';

export function createRegionService(repo: RegionRepo) {
  return {
    /**
     * Lists or searches regions. A province short form ("Kaltim") puts that province first; one
     * inside a longer query ("Samarinda Kaltim") narrows to it, unless nothing matches there.
     */
    async list(query: RegionListQuery): Promise<RegionList> {
      const base = {
        kinds: null,
        level: query.level ?? null,
        parent: query.parent ?? null,
        within: query.within ?? null,
        provinceCode: null,
        excludeCode: null,
        limit: query.limit,
        offset: query.offset,
      };
      if (!query.q) return repo.find({ ...base, text: '' });
      const parsed = parseRegionQuery(query.q);
      const level = base.level ?? parsed.level;
      if (level && parsed.level && level !== parsed.level) return { items: [], total: 0 };
      const filter = { ...base, text: parsed.text, kinds: parsed.kinds, level };
      if (parsed.wholeQueryIsAlias && parsed.provinceCode) {
        return this.withPinnedProvince(parsed.provinceCode, filter);
      }
      if (parsed.provinceCode) {
        // The province may be stale (Sorong moved from Papua Barat to Papua Barat Daya) or the
        // words may be part of a name: try without the province, then the words as typed.
        for (const attempt of [{ provinceCode: parsed.provinceCode }, {}, { text: parsed.fullText }]) {
          const result = await repo.find({ ...filter, ...attempt });
          if (result.total > 0) return result;
        }
        return { items: [], total: 0 };
      }
      return repo.find(filter);
    },

    async withPinnedProvince(provinceCode: string, filter: Parameters<RegionRepo['find']>[0]): Promise<RegionList> {
      const province = await repo.get(provinceCode);
      const pinned = province && (!filter.level || filter.level === 'province') && insideFilter(provinceCode, filter) ? province : null;
      const skip = pinned ? 1 : 0;
      const rest = await repo.find({
        ...filter,
        excludeCode: provinceCode,
        offset: Math.max(0, filter.offset - skip),
        limit: filter.offset === 0 && pinned ? Math.max(0, filter.limit - 1) : filter.limit,
      });
      const { source: _source, ...pinnedSummary } = pinned ?? { source: '' };
      const items = pinned && filter.offset === 0 ? [pinnedSummary as RegionList['items'][number], ...rest.items] : rest.items;
      return { items, total: rest.total + skip };
    },

    async get(code: string): Promise<RegionDetail> {
      const parsed = parseRegionCode(code);
      if (!parsed) throw new AppError('invalid', 400, { detail: 'region_code' });
      const region = await repo.get(code);
      if (!region) throw new AppError('not_found', 404, { what: 'region' });
      const ancestorCodes = [parsed.provinceCode, parsed.regencyCode, parsed.districtCode].filter(
        (c): c is string => c !== null && c !== code,
      );
      const [ancestors, counts] = await Promise.all([repo.getMany(ancestorCodes), repo.counts(code)]);
      return {
        region,
        ancestors,
        childrenCount: counts.children,
        counts: {
          ...(counts.byLevel[2] !== undefined ? { regencies: counts.byLevel[2] } : {}),
          ...(counts.byLevel[3] !== undefined ? { districts: counts.byLevel[3] } : {}),
          ...(counts.byLevel[4] !== undefined ? { villages: counts.byLevel[4] } : {}),
        },
      };
    },
  };
}

function insideFilter(code: string, filter: { parent: string | null; within: string | null }): boolean {
  if (filter.parent) return false;
  return !filter.within || filter.within === code;
}

export type RegionService = ReturnType<typeof createRegionService>;
