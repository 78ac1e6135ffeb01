/** The desk's meetings, alerts, pacts and political reports are the product's demo data now (src/modules/demo-data); kept for the benchmark's imports. */
export { writeMeetings } from '../src/modules/demo-data/meetings.js';
export { writeAlerts, writePacts } from '../src/modules/demo-data/alerts-pacts.js';
export { writePoliticalReports } from '../src/modules/demo-data/political-reports.js';

export interface ActivityFigures {
  meetings: number;
  invitations: number;
  actionItems: number;
  overdueActionItems: number;
  alerts: number;
  pactCampaigns: number;
  pactTargets: number;
  politicalReports: number;
  ms: number;
}
