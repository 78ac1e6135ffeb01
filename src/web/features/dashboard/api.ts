import { getJson } from '../../api';
import type { Language } from '../../i18n';
import type { DashboardAlerts, DashboardElection, DashboardFollowUp, DashboardIncidents, DashboardRegions } from '../../../contracts/dashboard';

// The dashboard API (issue 10): one endpoint per panel, shapes from src/contracts/dashboard.ts.

export type { DashboardAlerts, DashboardElection, DashboardFollowUp, DashboardIncident, DashboardIncidents, DashboardRegions } from '../../../contracts/dashboard';

export interface DashboardPanels {
  election: DashboardElection;
  incidents: DashboardIncidents;
  alerts: DashboardAlerts;
  regions: DashboardRegions;
  'follow-up': DashboardFollowUp;
}
export type PanelName = keyof DashboardPanels;

/** One panel of the region (none: the account's own scope). */
export function fetchPanel<P extends PanelName>(panel: P, lang: Language, region: string | undefined, signal?: AbortSignal): Promise<DashboardPanels[P]> {
  return getJson<DashboardPanels[P]>(`/dashboard/${panel}`, lang, { region }, signal);
}
