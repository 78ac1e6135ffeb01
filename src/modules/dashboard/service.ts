import type { DashboardAlerts, DashboardElection, DashboardFollowUp, DashboardIncidents, DashboardRegions } from '../../contracts/dashboard.js';
import type { Principal } from '../../domain/access/rules.js';
import { alertLink, alertsLink, calendarLink } from '../../domain/dashboard/links.js';
import { daysToVotingDay, followedElection } from '../../domain/dashboard/election.js';
import { currentStages } from '../../domain/elections/stages.js';
import { localDate } from '../../domain/regions/timezones.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import type { AlertService } from '../alerts/service.js';
import type { ElectionService } from '../elections/service.js';
import type { CategoryCatalogue } from '../incident-categories/catalogue.js';
import { followUpPanel, type FollowUpSources } from './follow-up-panel.js';
import { incidentsPanel } from './incidents-panel.js';
import { regionsPanel, type RegionSources } from './regions-panel.js';
import { createDashboardRepo } from './repo.js';
import { resolveScope, scopeFields } from './scope.js';

/** The features the dashboard reads through (their own rules of who sees what apply). */
export interface DashboardSources extends FollowUpSources, RegionSources {
  elections: Pick<ElectionService, 'list' | 'stages'>;
  alerts: Pick<AlertService, 'list'>;
  categories: Pick<CategoryCatalogue, 'current'>;
}

/** How many open alerts the panel lists. */
const ALERTS_SHOWN = 20;

/**
 * The situation room's panels for a region (default: the caller's scope) as of `now`. Each takes a
 * principal, so the situation report and the CLI ask the same questions as the web page.
 * `now` dates the dashboard's own counts; figures read through other features are as of their clock.
 */
export function createDashboardService(db: Db, clock: Clock, sources: DashboardSources) {
  const repo = createDashboardRepo(db);
  const scopeOf = (principal: Principal, regionCode: string | null | undefined) => resolveScope(repo, principal, regionCode);

  return {
    /** Where the election stands in the region's zone: today's stages and the days to voting day. */
    async election(principal: Principal, regionCode?: string | null, now: Date = clock.now()): Promise<DashboardElection> {
      const scope = await scopeOf(principal, regionCode);
      const today = localDate(now, scope.zone);
      const { items } = await sources.elections.list();
      const election = followedElection(items, today);
      const stages = election ? (await sources.elections.stages(election.id, scope.code ?? undefined)).items : [];
      return {
        ...scopeFields(scope), today,
        election: election && { id: election.id, name: { id: election.nameId, en: election.nameEn } },
        currentStages: currentStages(stages, now, scope.zone).map((stage) => ({
          code: stage.code, name: { id: stage.nameId, en: stage.nameEn }, startsOn: stage.startsOn, endsOn: stage.endsOn,
        })),
        votingDay: election?.votingDate ?? null,
        daysToVotingDay: election ? daysToVotingDay(today, election.votingDate) : null,
        link: calendarLink(),
      };
    },

    async incidents(principal: Principal, regionCode?: string | null, now: Date = clock.now()): Promise<DashboardIncidents> {
      return incidentsPanel(repo, sources.categories, await scopeOf(principal, regionCode), now);
    },

    /** Open alerts (baru, diakui) in the region, newest first. */
    async alerts(principal: Principal, regionCode?: string | null, _now: Date = clock.now()): Promise<DashboardAlerts> {
      const scope = await scopeOf(principal, regionCode);
      const { items, total } = await sources.alerts.list(scope.reader, { open: 'true', region: scope.code ?? undefined, limit: ALERTS_SHOWN, offset: 0 });
      return {
        ...scopeFields(scope),
        active: items.map((alert) => ({
          id: alert.id, rule: alert.ruleName, regionCode: alert.regionCode, regionName: alert.regionName, raisedAt: alert.triggeredAt,
          category: alert.category, incidentCount: alert.incidentCount, link: alertLink(scope.code, alert.id),
        })),
        total, link: alertsLink(scope.code),
      };
    },

    async regions(principal: Principal, regionCode?: string | null, _now: Date = clock.now()): Promise<DashboardRegions> {
      return regionsPanel(sources, await scopeOf(principal, regionCode));
    },

    async followUp(principal: Principal, regionCode?: string | null, now: Date = clock.now()): Promise<DashboardFollowUp> {
      return followUpPanel(sources, await scopeOf(principal, regionCode), now);
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
