import { READINESS_DOMAIN_LABELS, type ReadinessDomain } from '../../domain/readiness/default-templates.js';
import { rollUp, type RollUp } from '../../domain/readiness/score.js';

import type { LatestAssessments } from './latest-cache.js';
import type { AssessmentRecord, createReadinessRepo } from './repo.js';
import { catalogueOf, readinessOf, round } from './views.js';

type ReadinessRepo = ReturnType<typeof createReadinessRepo>;

export interface CountryDomain extends RollUp {
  domain: ReadinessDomain;
  label: { id: string; en: string };
}

/**
 * The country's readiness per domain, as a province's page rolls up its kabupaten/kota one level
 * further: each province counts with its own assessments of the domain, else with the mean of its
 * kabupaten/kota's; the country is the unweighted mean over the provinces that have a figure.
 * `readable` says which provinces and kabupaten/kota the reader may count. Read from the latest-assessments
 * cache (latest-cache.ts), so a national dashboard does not read every assessment each time.
 */
export async function countryDomains(repo: ReadinessRepo, latestAssessments: LatestAssessments, readable: (code: string) => boolean): Promise<CountryDomain[]> {
  const regions = (await latestAssessments.regions()).filter((region) => readable(region.code));
  const [templates, latest] = await Promise.all([repo.templates(), latestAssessments.latestIn(regions.map((region) => region.code))]);
  const catalogue = catalogueOf(templates);
  const latestByRegion = new Map<string, Map<string, AssessmentRecord>>();
  for (const record of latest) {
    const own = latestByRegion.get(record.regionCode) ?? new Map<string, AssessmentRecord>();
    own.set(record.templateCode, record);
    latestByRegion.set(record.regionCode, own);
  }
  const domainPercents = (code: string) => new Map(readinessOf(catalogue, latestByRegion.get(code) ?? new Map()).domains.map((d) => [d.domain, d.percent]));
  const provinces = regions.filter((region) => region.level === 1).map((region) => region.code);
  const childrenOf = new Map<string, string[]>(provinces.map((code) => [code, []]));
  for (const region of regions) if (region.level === 2 && region.parentCode) childrenOf.get(region.parentCode)?.push(region.code);
  const percentsOf = new Map(regions.map((region) => [region.code, domainPercents(region.code)]));

  return catalogue.domains.map((domain) => {
    const perProvince = provinces.map((province) => {
      const own = percentsOf.get(province)!.get(domain) ?? null;
      const children = childrenOf.get(province)!;
      const rolled = rollUp(children.map((child) => ({ regionCode: child, percent: percentsOf.get(child)!.get(domain) ?? null })), children);
      return { regionCode: province, percent: own ?? rolled.percent };
    });
    const country = rollUp(perProvince, provinces);
    return { domain, label: READINESS_DOMAIN_LABELS[domain], ...country, percent: country.percent === null ? null : round(country.percent) };
  });
}
