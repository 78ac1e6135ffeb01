import type { Incident, IncidentDetail } from '../../contracts/incidents.js';
import { incidentCategory, type IncidentCategory } from '../../domain/incidents/categories.js';
import { DEFAULT_CATALOGUE } from '../../domain/incidents/category-catalogue.js';
import { incidentDeadlines, type IncidentTimeline } from '../../domain/incidents/incident-clocks.js';
import { availableActions, maySeeReporterContact, type IncidentActor } from '../../domain/incidents/permissions.js';
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

/**
 * A report as `actor` may see it at `now`: contact withheld unless it may see it, its clocks, the
 * actions it may take. Names and clocks come from `categories`, the desk's effective catalogue.
 */
export function incidentView(
  record: IncidentRecord, transitions: readonly TransitionRow[], actor: IncidentActor, now: Date, categories: readonly IncidentCategory[] = DEFAULT_CATALOGUE,
): Incident {
  const category = incidentCategory(record.category, categories);
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
    deadlines: incidentDeadlines(timelineOf(record, transitions), now, categories).map((d) => ({
      ...d, startedAt: iso(d.startedAt), dueAt: iso(d.dueAt), metAt: iso(d.metAt),
    })),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    version: record.version,
  };
}

/** A report with the story of its transitions. */
export function detailView(
  record: IncidentRecord, transitions: readonly TransitionRow[], actor: IncidentActor, now: Date, categories: readonly IncidentCategory[] = DEFAULT_CATALOGUE,
): IncidentDetail {
  return {
    ...incidentView(record, transitions, actor, now, categories),
    transitions: transitions.map((t) => ({
      id: t.id, action: t.action, fromStatus: t.fromStatus, toStatus: t.toStatus, reason: t.reason,
      unit: t.unit && { id: t.unit.id, name: t.unit.name }, duplicateOf: t.duplicateOf, actorLabel: t.actorLabel, at: t.at.toISOString(),
    })),
  };
}
