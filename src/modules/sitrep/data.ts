import type { Principal } from '../../domain/access/rules.js';
import { reportInstant } from '../../domain/sitrep/days.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { AlertPanel, ElectionPanel, FollowUpPanel, IncidentPanel, RegionPanel, SitrepDashboard } from './source.js';

/** Everything one situation report prints, read once and rendered twice (PDF and XLSX). */
export interface SitrepData {
  regionCode: string | null;
  regionName: string;
  date: string;
  timeZone: TimeZoneLabel;
  /** The instant the figures were read at: the end of the report's local day, or generation time if that is earlier. */
  asOf: Date;
  generatedAt: Date;
  election: ElectionPanel;
  incidents: IncidentPanel;
  alerts: AlertPanel;
  regions: RegionPanel;
  followUp: FollowUpPanel;
}

export interface SitrepSubject {
  principal: Principal;
  regionCode: string | null;
  regionName: string;
  date: string;
  timeZone: TimeZoneLabel;
}

/** Reads the dashboard's panels for the report's region and day, side by side. */
export async function gatherSitrep(dashboard: SitrepDashboard, subject: SitrepSubject, now: Date): Promise<SitrepData> {
  const at = reportInstant(subject.date, subject.timeZone, now);
  const { principal, regionCode } = subject;
  const [election, incidents, alerts, regions, followUp] = await Promise.all([
    dashboard.election(principal, regionCode, at),
    dashboard.incidents(principal, regionCode, at),
    dashboard.alerts(principal, regionCode, at),
    dashboard.regions(principal, regionCode, at),
    dashboard.followUp(principal, regionCode, at),
  ]);
  return {
    regionCode, regionName: subject.regionName, date: subject.date, timeZone: subject.timeZone, asOf: at, generatedAt: now,
    election, incidents, alerts, regions, followUp,
  };
}
