/**
 * The web list each dashboard number comes from, as a path with the list page's own URL filters
 * (src/web/features/…: useIncidentFilters, ActionItemsPage, AlertsPage, StatusBoardPage, MediaPage),
 * so that following the link shows the rows that make up the number.
 */

type Params = Record<string, string | null | undefined>;

/** A path with its query in the order given, leaving out empty values. */
export function listLink(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The incident list; `status: 'open'` is every status a report can still leave (not ditolak, duplikat or selesai). Days are local, `to` included. */
export function incidentsLink(region: string | null, filters: { status?: string; category?: string; severity?: string; from?: string; to?: string } = {}): string {
  return listLink('/incidents', { status: filters.status, category: filters.category, severity: filters.severity, region, from: filters.from, to: filters.to });
}

export const incidentLink = (id: number) => `/incidents/${id}`;

/** The alerts page showing open alerts (baru and diakui). */
export const alertsLink = (region: string | null) => listLink('/alerts', { view: 'open', region });
export const alertLink = (region: string | null) => alertsLink(region);

/** The action-item board of the whole scope, overdue only. */
export const overdueActionItemsLink = (region: string | null) => listLink('/action-items', { mine: 'region', overdue: 'true', region });
export const actionItemLink = (id: number) => `/action-items/${id}`;

export const pactCampaignsLink = () => '/pakta-integritas';
export const pactCampaignLink = (id: number) => `/pakta-integritas/${id}`;

/** The political-report status board of a month (YYYY-MM) at a level. */
export const politicalStatusLink = (region: string | null, period: string, level: string) =>
  listLink('/laporan-politik/status', { period, level, region });

export const mediaLink = (region: string | null) => listLink('/media', { region });
export const articleLink = (id: number) => `/media/${id}`;

export const vulnerabilityRegionLink = (code: string) => `/vulnerability/regions/${code}`;
export const readinessRegionLink = (code: string) => `/readiness/regions/${code}`;
export const readinessLink = (region: string | null) => (region ? readinessRegionLink(region) : '/readiness');
export const calendarLink = () => '/calendar';
