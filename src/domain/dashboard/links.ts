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
/** One alert on the alerts page (?id=N shows that alert alone, whatever its status; its "all alerts" goes back to the region's open ones). */
export const alertLink = (region: string | null, id: number) => listLink('/alerts', { view: 'open', region, id: String(id) });

/** The action-item board of the whole scope, overdue only. */
export const overdueActionItemsLink = (region: string | null) => listLink('/action-items', { mine: 'region', overdue: 'true', region });
export const actionItemLink = (id: number) => `/action-items/${id}`;

/**
 * The integrity-pact campaigns inside a region (?region=: the campaign's own region lies within it,
 * as the compliance overview the panel counts from). There is no list of targets across campaigns,
 * so the honest landing for every pact number is the campaigns it sums over, each row showing its
 * share: "campaigns" is the rows, "targets" and "signed" (verified) the sum of the rows' target and
 * diverifikasi counts. "Overdue" (targets still owing a pact, belum or ditolak, in campaigns past
 * their deadline) adds ?overdue=true: only those campaigns, whose terlambat counts sum to it.
 */
export const pactCampaignsLink = (region: string | null, filters: { overdue?: boolean } = {}) =>
  listLink('/pakta-integritas', { region, overdue: filters.overdue ? 'true' : null });
export const pactCampaignLink = (id: number) => `/pakta-integritas/${id}`;

/** The political-report status board of a month (YYYY-MM) at a level. */
export const politicalStatusLink = (region: string | null, period: string, level: string) =>
  listLink('/laporan-politik/status', { period, level, region });

export const mediaLink = (region: string | null) => listLink('/media', { region });
/**
 * The articles "new since yesterday" counts: added at or after the overview's instant (`since`, not
 * "the last 24 hours" again, so a later click shows the same window), dismissed ones and kept
 * duplicates left out (`stories`), as src/modules/media/overview-repo.ts counts them.
 */
export const newArticlesLink = (region: string | null, since: string) => listLink('/media', { region, since, stories: 'true' });
export const articleLink = (id: number) => `/media/${id}`;

export const vulnerabilityRegionLink = (code: string) => `/vulnerability/regions/${code}`;
export const readinessRegionLink = (code: string) => `/readiness/regions/${code}`;
export const readinessLink = (region: string | null) => (region ? readinessRegionLink(region) : '/readiness');
export const calendarLink = () => '/calendar';
