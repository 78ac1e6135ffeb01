import type { DashboardFollowUp } from '../../contracts/dashboard.js';
import {
  actionItemLink, articleLink, mediaLink, newArticlesLink, overdueActionItemsLink, pactCampaignsLink, politicalStatusLink,
} from '../../domain/dashboard/links.js';
import { previousMonth } from '../../domain/dashboard/regions.js';
import { localDate } from '../../domain/regions/timezones.js';
import type { ActionItemService } from '../action-items/service.js';
import type { MediaService } from '../media/service.js';
import type { PactComplianceService } from '../pact-compliance/service.js';
import type { PoliticalReportService } from '../political-reports/service.js';
import { scopeFields, type DashboardScope } from './scope.js';

export interface FollowUpSources {
  actionItems: Pick<ActionItemService, 'list'>;
  pactCompliance: Pick<PactComplianceService, 'overview'>;
  politicalReports: Pick<PoliticalReportService, 'status'>;
  media: Pick<MediaService, 'fresh'>;
}

const OVERDUE_SHOWN = 5;
const ARTICLES_SHOWN = 5;

/** What is owed: overdue action items, integrity pacts, political reports of last month, and the news of the last day. */
export async function followUpPanel(sources: FollowUpSources, scope: DashboardScope, now: Date): Promise<DashboardFollowUp> {
  const region = scope.code;
  const { reader } = scope;
  const period = previousMonth(localDate(now, scope.zone));
  // The status board's own default: a national desk follows the provinces, a regional one its kabupaten/kota.
  const level = region === null ? 'provinsi' as const : 'kabkota' as const;
  const [overdue, campaigns, reports, media] = await Promise.all([
    sources.actionItems.list(reader, { mine: 'region', overdue: 'true', region: region ?? undefined, limit: OVERDUE_SHOWN, offset: 0 }),
    sources.pactCompliance.overview(reader, { regionCode: region ?? undefined }),
    sources.politicalReports.status(reader, { period, level, regionCode: region ?? undefined }),
    sources.media.fresh(reader, { region: region ?? undefined, limit: ARTICLES_SHOWN }),
  ]);
  const sum = (pick: (row: (typeof campaigns)[number]) => number, rows = campaigns) => rows.reduce((total, row) => total + pick(row), 0);
  const pastDeadline = campaigns.filter((campaign) => Date.parse(campaign.deadline) < now.getTime());
  const pacts = pactCampaignsLink(region);
  const status = politicalStatusLink(region, period, level);
  const news = mediaLink(region);
  return {
    ...scopeFields(scope),
    overdueActionItems: {
      total: overdue.total, link: overdueActionItemsLink(region),
      items: overdue.items.map((item) => ({ id: item.id, title: item.title, ownerUnitName: item.ownerUnitName, dueDate: item.dueDate, link: actionItemLink(item.id) })),
    },
    pacts: {
      campaigns: { count: campaigns.length, link: pacts },
      targets: { count: sum((row) => row.targets), link: pacts },
      signed: { count: sum((row) => row.verified), link: pacts },
      overdue: { count: sum((row) => row.missing, pastDeadline), link: pactCampaignsLink(region, { overdue: true }) },
    },
    politicalReports: {
      period, level,
      owed: { count: reports.totals.regions, link: status },
      missing: { count: reports.totals.missing, link: status },
      late: { count: reports.totals.late, link: status },
    },
    media: {
      newSinceYesterday: { count: media.newSinceYesterday, link: newArticlesLink(region, media.since) },
      latest: media.latest.map((article) => ({ ...article, link: articleLink(article.id) })),
      link: news,
    },
  };
}
