import type { DashboardAlerts, DashboardElection, DashboardFollowUp, DashboardIncidents, DashboardRegions } from '../../contracts/dashboard.js';
import type { Principal } from '../../domain/access/rules.js';

/** What the situation report reads: the dashboard service's panels (services.dashboard), nothing else. */
export interface SitrepDashboard {
  election(principal: Principal, regionCode: string | null, now: Date): Promise<DashboardElection>;
  incidents(principal: Principal, regionCode: string | null, now: Date): Promise<DashboardIncidents>;
  alerts(principal: Principal, regionCode: string | null, now: Date): Promise<DashboardAlerts>;
  regions(principal: Principal, regionCode: string | null, now: Date): Promise<DashboardRegions>;
  followUp(principal: Principal, regionCode: string | null, now: Date): Promise<DashboardFollowUp>;
}

export type ElectionPanel = DashboardElection;
export type IncidentPanel = DashboardIncidents;
export type AlertPanel = DashboardAlerts;
export type RegionPanel = DashboardRegions;
export type FollowUpPanel = DashboardFollowUp;
