import type { ComplianceOverviewItem, ComplianceTarget, ComplianceView, ReminderItem } from '../../contracts/pact-compliance.js';
import { can, visibleRoots } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import { summariseCompliance, summariseCounts, type Compliance } from '../../domain/pacts/compliance.js';
import { mayReadCampaign } from '../../domain/pacts/permissions.js';
import { reminderMessage } from '../../domain/pacts/reminder.js';
import { submittedLate, targetStatus } from '../../domain/pacts/status.js';
import { IANA_ZONE } from '../../domain/regions/timezones.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import type { Actor } from '../auth/actor.js';
import { createPactComplianceRepo, type CampaignRecord, type TargetRecord } from './repo.js';

const campaignNotFound = () => new AppError('not_found', 404, { what: 'pact_compliance.campaign' });
const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/** A campaign with its targets and their figures, as every compliance view and export starts from. */
export interface CampaignFigures {
  campaign: CampaignRecord;
  targets: TargetRecord[];
  compliance: Compliance<TargetRecord>;
  /** Names of the regions the figures are grouped by. */
  regionNames: Map<string, string>;
  now: Date;
}

/**
 * Compliance of integrity-pact campaigns (issue 8): read-only figures, reminder lists and the
 * province overview, for whoever reads in the campaign's region (reporters do not). A campaign out
 * of the caller's reach answers 404, like one that does not exist.
 */
export function createPactComplianceService(db: Db, clock: Clock) {
  const repo = createPactComplianceRepo(db);

  async function figures(actor: Actor, campaignId: number): Promise<CampaignFigures> {
    const campaign = await repo.campaign(campaignId);
    if (!campaign || !mayReadCampaign(actor.principal, campaign)) throw campaignNotFound();
    const targets = await repo.targets(campaignId);
    const now = clock.now();
    const compliance = summariseCompliance({
      targets, campaignRegionCode: campaign.regionCode, deadline: campaign.deadline, createdAt: campaign.createdAt, zone: campaign.zone, now,
    });
    const regionNames = await repo.regionNames(compliance.byRegion.map((r) => r.regionCode));
    return { campaign, targets, compliance, regionNames, now };
  }

  function targetView(target: TargetRecord, campaign: CampaignRecord, now: Date): ComplianceTarget {
    return {
      id: target.id, name: target.name, kind: target.kind, regionCode: target.regionCode, regionName: target.regionName,
      contactName: target.contactName, contactEmail: target.contactEmail, contactPhone: target.contactPhone, state: target.state,
      status: targetStatus(target.state, campaign.deadline, now), submittedAt: iso(target.submittedAt), late: submittedLate(target.submittedAt, campaign.deadline),
      reviewedAt: iso(target.reviewedAt), reviewerName: target.reviewerName, rejectReason: target.rejectReason,
    };
  }

  /** Every target not yet verified, with the reminder to send it. */
  function reminderItems({ campaign, targets, now }: CampaignFigures): ReminderItem[] {
    return targets.filter((t) => t.state !== 'diverifikasi').map((target) => {
      const status = targetStatus(target.state, campaign.deadline, now);
      return {
        targetId: target.id, name: target.name, kind: target.kind, regionCode: target.regionCode, regionName: target.regionName,
        contactName: target.contactName, contactEmail: target.contactEmail, contactPhone: target.contactPhone, status,
        submittedAt: iso(target.submittedAt), late: submittedLate(target.submittedAt, campaign.deadline),
        message: reminderMessage({
          officeName: target.name, contactName: target.contactName, campaignTitle: campaign.title, deadline: campaign.deadline, zone: campaign.zone,
          rejected: target.state === 'ditolak', status, submittedAt: target.submittedAt, rejectReason: target.rejectReason,
        }),
      };
    });
  }

  return {
    figures,
    reminderItems,
    targetView,

    async compliance(actor: Actor, campaignId: number): Promise<ComplianceView> {
      const all = await figures(actor, campaignId);
      const { campaign, compliance, regionNames, now } = all;
      return {
        campaignId: campaign.id, title: campaign.title, regionCode: campaign.regionCode, regionName: campaign.regionName,
        deadline: campaign.deadline.toISOString(), timeZone: IANA_ZONE[campaign.zone],
        totals: compliance.totals,
        byRegion: compliance.byRegion.map((r) => ({ ...r, regionName: regionNames.get(r.regionCode) ?? r.regionCode })),
        byKind: compliance.byKind,
        progress: compliance.progress,
        late: compliance.late.map((t) => targetView(t, campaign, now)),
        missing: compliance.missing.map((t) => targetView(t, campaign, now)),
      };
    },

    async reminders(actor: Actor, campaignId: number): Promise<{ items: ReminderItem[] }> {
      return { items: reminderItems(await figures(actor, campaignId)) };
    },

    /** Every campaign the caller reads (inside `regionCode` when given), with its headline figures. */
    async overview(actor: Actor, query: { regionCode?: string | undefined }): Promise<ComplianceOverviewItem[]> {
      // Reporters read nothing at all: a refusal, not an empty province.
      if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      const rows = await repo.overview(visibleRoots(actor.principal), query.regionCode ?? null);
      return rows.map(({ campaign, counts }) => ({
        campaignId: campaign.id, title: campaign.title, regionCode: campaign.regionCode, regionName: campaign.regionName,
        deadline: campaign.deadline.toISOString(), timeZone: IANA_ZONE[campaign.zone], ...summariseCounts(counts),
      }));
    },
  };
}

export type PactComplianceService = ReturnType<typeof createPactComplianceService>;
