import type { DashboardRegions } from '../../contracts/dashboard.js';
import { readinessLink, readinessRegionLink, vulnerabilityRegionLink } from '../../domain/dashboard/links.js';
import { worstRegions } from '../../domain/dashboard/regions.js';
import { AppError } from '../../domain/errors.js';
import { isWithin } from '../../domain/regions/codes.js';
import type { ReadinessService } from '../readiness/service.js';
import type { VulnerabilityService } from '../vulnerability/service.js';
import { scopeFields, type DashboardScope } from './scope.js';

export interface RegionSources {
  vulnerability: Pick<VulnerabilityService, 'scores'>;
  readiness: Pick<ReadinessService, 'scores' | 'region' | 'country'>;
}

/** No published vulnerability model yet is a fact to show (no scores), not a failure of the panel. */
async function scoresOrNone<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The regions one level down ranked worst first (the country: provinces; a province: its
 * kabupaten/kota; a kabupaten/kota: itself), and the region's readiness per domain (the country's:
 * every province's, rolled up).
 */
export async function regionsPanel(sources: RegionSources, scope: DashboardScope): Promise<DashboardRegions> {
  const region = scope.code;
  // Both features rank the provinces, or one province's kabupaten/kota.
  const parent = region === null ? undefined : region.slice(0, 2);
  // A kabupaten/kota (or a kecamatan) shows its own kabupaten/kota's row only.
  const inside = (code: string) => region === null || isWithin(code, region) || isWithin(region, code);
  const [vulnerability, readiness, own, country] = await Promise.all([
    scoresOrNone(() => sources.vulnerability.scores(scope.reader, { parent })),
    sources.readiness.scores(scope.reader, { parent }),
    region === null ? null : sources.readiness.region(scope.reader, ownReadinessRegion(region)),
    region === null ? sources.readiness.country(scope.reader) : null,
  ]);
  const scoreOf = new Map((vulnerability?.rows ?? []).map((row) => [row.code, row.score]));
  const names = new Map<string, string>([...(vulnerability?.rows ?? []), ...readiness.rows].map((row) => [row.code, row.name]));
  const percentOf = new Map(readiness.rows.map((row) => [row.code, row.percent]));
  const rows = [...names].filter(([code]) => inside(code)).map(([code, name]) => ({
    code, name, vulnerabilityScore: scoreOf.get(code) ?? null, readinessPercent: percentOf.get(code) ?? null,
  }));
  const rolled = new Map((own?.rollUp?.domains ?? []).map((d) => [d.domain, d.percent]));
  return {
    ...scopeFields(scope),
    worst: worstRegions(rows).map((row) => ({ ...row, vulnerabilityLink: vulnerabilityRegionLink(row.code), readinessLink: readinessRegionLink(row.code) })),
    readinessByDomain: country
      ? country.map((d) => ({ domain: d.domain, label: d.label, percent: d.percent, link: readinessLink(null) }))
      : (own?.domains ?? []).map((d) => ({
        // A province not assessed itself shows its kabupaten/kota's roll-up.
        domain: d.domain, label: d.label, percent: d.percent ?? rolled.get(d.domain) ?? null, link: readinessRegionLink(own!.region.code),
      })),
  };
}

/** Readiness is assessed for provinces and kabupaten/kota: a kecamatan shows its kabupaten/kota's. */
function ownReadinessRegion(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}
