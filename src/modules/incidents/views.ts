import type { Incident, IncidentCategoryView, IncidentDetail } from '../../contracts/incidents.js';
import { INCIDENT_CATEGORIES, incidentCategory } from '../../domain/incidents/categories.js';
import { incidentDeadlines, type IncidentTimeline } from '../../domain/incidents/incident-clocks.js';
import { availableActions, maySeeReporterContact, type IncidentActor } from '../../domain/incidents/permissions.js';
import { clockDefinition, type ClockRule } from '../../domain/incidents/regime.js';
import type { IncidentRecord, TransitionRow } from './repo.js';

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

/** What the clocks of a report depend on, read from its transitions (oldest first). */
export function timelineOf(record: IncidentRecord, transitions: readonly TransitionRow[]): IncidentTimeline {
  const firstTo = (...statuses: string[]) => transitions.find((t) => statuses.includes(t.toStatus))?.at ?? null;
  return {
    regime: record.regime, category: record.category, knownAt: record.knownAt, zone: record.timeZone,
    referrals: transitions.filter((t) => t.action === 'teruskan' && t.unit !== null).map((t) => ({ at: t.at, agencyCode: t.unit!.agencyCode })),
    followedUpAt: firstTo('ditindaklanjuti'),
    setAsideAt: firstTo('ditolak', 'duplikat'),
  };
}

/** A report as `actor` may see it at `now`: contact withheld unless it may see it, its clocks, the actions it may take. */
export function incidentView(record: IncidentRecord, transitions: readonly TransitionRow[], actor: IncidentActor, now: Date): Incident {
  const category = incidentCategory(record.category);
  const seesContact = maySeeReporterContact(actor, record);
  const hasHidden = record.reporterContact !== null || (record.reporterAnonymous && record.reporterName !== null);
  return {
    id: record.id,
    reference: record.reference,
    category: { code: record.category, name: category?.name ?? { id: record.category, en: record.category } },
    regime: record.regime,
    description: record.description,
    occurredAt: record.occurredAt.toISOString(),
    knownAt: record.knownAt.toISOString(),
    region: { code: record.regionCode, name: record.regionName, level: record.regionLevel, timeZone: record.timeZone },
    latitude: record.latitude,
    longitude: record.longitude,
    tps: record.tps,
    severity: record.severity,
    channel: record.channel,
    reporter: {
      name: seesContact || !record.reporterAnonymous ? record.reporterName : null,
      contact: seesContact ? record.reporterContact : null,
      anonymous: record.reporterAnonymous,
      hidden: !seesContact && hasHidden,
    },
    status: record.status,
    duplicateOf: record.duplicateOf,
    referredUnit: record.referredUnit,
    actions: availableActions(actor, record),
    deadlines: incidentDeadlines(timelineOf(record, transitions), now).map((d) => ({
      ...d, startedAt: iso(d.startedAt), dueAt: iso(d.dueAt), metAt: iso(d.metAt),
    })),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    version: record.version,
  };
}

/** A report with the story of its transitions. */
export function detailView(record: IncidentRecord, transitions: readonly TransitionRow[], actor: IncidentActor, now: Date): IncidentDetail {
  return {
    ...incidentView(record, transitions, actor, now),
    transitions: transitions.map((t) => ({
      id: t.id, action: t.action, fromStatus: t.fromStatus, toStatus: t.toStatus, reason: t.reason,
      unit: t.unit && { id: t.unit.id, name: t.unit.name }, duplicateOf: t.duplicateOf, actorLabel: t.actorLabel, at: t.at.toISOString(),
    })),
  };
}

const ruleView = (rule: ClockRule | undefined) => (rule ? { amount: rule.amount, unit: rule.unit, basis: rule.basis, unverified: rule.unverified === true } : null);

/** The catalogue with each category's clocks under both regimes. */
export function categoriesView(): IncidentCategoryView[] {
  return INCIDENT_CATEGORIES.map((category) => ({
    code: category.code, name: category.name, keywords: [...category.keywords], defaultSeverity: category.defaultSeverity,
    referralAgency: category.referralAgency, alsoConcerns: [...category.alsoConcerns],
    clocks: category.clocks.map((code) => {
      const clock = clockDefinition(code);
      return { code, name: clock.name, pemilu: ruleView(clock.rules.pemilu), pilkada: ruleView(clock.rules.pilkada) };
    }),
  }));
}
