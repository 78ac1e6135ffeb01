import type { DashboardIncidents } from '../../contracts/dashboard.js';
import { addDays, fillDays, lastLocalDays, localDayStart } from '../../domain/dashboard/days.js';
import { incidentLink, incidentsLink } from '../../domain/dashboard/links.js';
import { incidentCategory } from '../../domain/incidents/categories.js';
import { INCIDENT_SEVERITIES } from '../../domain/incidents/vocabulary.js';
import type { CategoryCatalogue } from '../incident-categories/catalogue.js';
import type { DashboardRepo } from './repo.js';
import { scopeFields, type DashboardScope } from './scope.js';

/** How many of the latest reports the panel lists. */
const NEWEST = 10;

/**
 * Open reports by category and severity (as they stand now: statuses have no history to count from),
 * the 14-day trend by local day ending with `now`'s day, and the latest reports up to `now`.
 */
export async function incidentsPanel(repo: DashboardRepo, categories: Pick<CategoryCatalogue, 'current'>, scope: DashboardScope, now: Date): Promise<DashboardIncidents> {
  const region = scope.code;
  const days = lastLocalDays(now, scope.zone);
  const from = localDayStart(days[0]!, scope.zone);
  const to = localDayStart(addDays(days.at(-1)!, 1), scope.zone);
  const [open, perDay, newest, catalogue] = await Promise.all([
    repo.openCounts(scope.region), repo.perLocalDay(scope.region, scope.zone, from, to), repo.newest(region, now, NEWEST), categories.current(),
  ]);
  const nameOf = (code: string) => incidentCategory(code, catalogue)?.name ?? { id: code, en: code };

  const byCategory = new Map<string, number>();
  const bySeverity = new Map<string, number>();
  for (const row of open) {
    byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.count);
    bySeverity.set(row.severity, (bySeverity.get(row.severity) ?? 0) + row.count);
  }
  return {
    ...scopeFields(scope),
    open: {
      total: open.reduce((sum, row) => sum + row.count, 0),
      link: incidentsLink(region, { status: 'open' }),
      byCategory: [...byCategory].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .map(([category, count]) => ({ category, name: nameOf(category), count, link: incidentsLink(region, { status: 'open', category }) })),
      bySeverity: INCIDENT_SEVERITIES.map((severity) => ({ severity, count: bySeverity.get(severity) ?? 0, link: incidentsLink(region, { status: 'open', severity }) })),
    },
    trend: fillDays(days, perDay).map((day) => ({ ...day, link: incidentsLink(region, { from: day.date, to: day.date }) })),
    newest: newest.map((incident) => ({
      id: incident.id, reference: incident.reference, category: { code: incident.category, name: nameOf(incident.category) }, severity: incident.severity,
      status: incident.status, regionCode: incident.regionCode, regionName: incident.regionName, occurredAt: incident.occurredAt.toISOString(),
      link: incidentLink(incident.id),
    })),
  };
}
