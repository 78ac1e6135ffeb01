import type { AssessmentSummary, ReadinessTemplate } from '../../contracts/readiness.js';
import { READINESS_DOMAIN_LABELS, READINESS_DOMAINS, type ReadinessDomain } from '../../domain/readiness/default-templates.js';
import { readinessPercent, type ReadinessStatus } from '../../domain/readiness/score.js';
import type { AssessmentRecord, ItemState, TemplateRecord } from './repo.js';

/**
 * How readiness records become what the API answers: templates, percents, a region's readiness and
 * an assessment's summary. Pure: the service (service.ts) reads the records and calls these.
 */

/** Percentages leave rounded to 2 decimals; means are taken over the unrounded values. */
export const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
export const mean = (values: readonly (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? present.reduce((sum, v) => sum + v, 0) / present.length : null;
};

export function templateView(template: TemplateRecord): ReadinessTemplate {
  return {
    id: template.id, code: template.code, version: template.version, domain: template.domain, domainLabel: READINESS_DOMAIN_LABELS[template.domain],
    stageCode: template.stageCode, title: { id: template.titleId, en: template.titleEn }, status: template.status, createdAt: template.createdAt,
    items: template.items.map((item) => ({ code: item.code, label: item.label, guidance: item.guidance, weight: item.weight })),
  };
}

export const templateRef = (template: TemplateRecord) => ({
  id: template.id, code: template.code, version: template.version, domain: template.domain, stageCode: template.stageCode,
  title: { id: template.titleId, en: template.titleEn },
});

/** Each item of the template with its status in the assessment (an item without a row is "belum"). */
function statusesOf(template: TemplateRecord, statuses: Readonly<Record<string, ReadinessStatus>>) {
  return template.items.map((item) => ({ weight: item.weight, status: statuses[item.code] ?? ('belum' as const) }));
}

/** The unrounded readiness percent of an assessment (src/domain/readiness/score.ts). */
export function percentOf(template: TemplateRecord, assessment: Pick<AssessmentRecord, 'statuses'>): number | null {
  return readinessPercent(statusesOf(template, assessment.statuses));
}

interface Catalogue {
  byId: ReadonlyMap<number, TemplateRecord>;
  /** Each checklist family (by code) as its newest version, in the order the families were added. */
  families: readonly TemplateRecord[];
  /** The domains the templates cover, in the catalogue's order. */
  domains: readonly ReadinessDomain[];
}

export function catalogueOf(templates: readonly TemplateRecord[]): Catalogue {
  const families = new Map<string, TemplateRecord>();
  for (const template of templates) {
    const known = families.get(template.code);
    if (!known || known.version < template.version) families.set(template.code, template);
  }
  const present = new Set(templates.map((t) => t.domain));
  return { byId: new Map(templates.map((t) => [t.id, t])), families: [...families.values()], domains: READINESS_DOMAINS.filter((d) => present.has(d)) };
}

/**
 * A region's readiness as its page shows it, unrounded: per domain the mean of its checklists'
 * latest percents, overall the mean of the domains that have one. `latest` holds the region's latest
 * assessment of each checklist family (by code). GET /readiness/regions/:code and GET
 * /readiness/scores both take their numbers from here, so the map and the page never disagree.
 */
export function readinessOf(catalogue: Catalogue, latest: ReadonlyMap<string, AssessmentRecord>) {
  const latestPercent = (family: TemplateRecord) => {
    const record = latest.get(family.code);
    return record ? percentOf(catalogue.byId.get(record.templateId)!, record) : null;
  };
  const domains = catalogue.domains.map((domain) => ({
    domain, percent: mean(catalogue.families.filter((t) => t.domain === domain).map(latestPercent)),
  }));
  return { domains, percent: mean(domains.map((d) => d.percent)) };
}

export function summaryOf(template: TemplateRecord, assessment: AssessmentRecord): AssessmentSummary {
  const counts = { siap: 0, sebagian: 0, belum: 0, tidak_berlaku: 0 };
  for (const item of statusesOf(template, assessment.statuses)) counts[item.status] += 1;
  return {
    id: assessment.id, template: templateRef(template),
    region: { code: assessment.regionCode, name: assessment.regionName, level: assessment.regionLevel, parentCode: assessment.regionParentCode },
    assessedOn: assessment.assessedOn, responsibleUnitId: assessment.responsibleUnitId, responsibleUnitName: assessment.responsibleUnitName,
    percent: round(percentOf(template, assessment)), counts, version: assessment.version, updatedAt: assessment.updatedAt,
  };
}

/** What the audit trail compares: the assessment's own fields and each item's state under `items.<code>`. */
export function auditState(assessment: { responsibleUnitId: number | null; note: string | null }, items: readonly ItemState[]) {
  return {
    responsibleUnitId: assessment.responsibleUnitId, note: assessment.note,
    ...Object.fromEntries(items.map((item) => [`items.${item.code}`, { status: item.status, note: item.note, evidence: item.evidence, responsibleUnitId: item.responsibleUnitId }])),
  };
}
