/**
 * Integrity-pact campaigns, targets and submissions written straight into the tables, for the
 * compliance tests (the pacts module's own writers are tested elsewhere; these tests read).
 */
import type { Database } from '../src/db/client.js';
import { pactCampaigns, pactSubmissions, pactTargets } from '../src/db/schema/pacts.js';
import type { PactTargetKind, PactTargetState } from '../src/domain/pacts/vocabulary.js';

export interface FixtureCampaign {
  title: string; regionCode: string; deadline: string; createdAt: string; createdBy?: string | null; legalBasis?: string;
}
export interface FixtureTarget {
  name: string; kind: PactTargetKind; regionCode: string; state?: PactTargetState; submittedAt?: string | null; reviewedAt?: string | null;
  reviewedBy?: string | null; rejectReason?: string | null; contactName?: string | null; contactEmail?: string | null; contactPhone?: string | null;
}

const at = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

export async function insertCampaign(database: Database, campaign: FixtureCampaign): Promise<number> {
  const [row] = await database.db.insert(pactCampaigns).values({
    title: campaign.title, legalBasis: campaign.legalBasis ?? '', regionCode: campaign.regionCode, deadline: new Date(campaign.deadline),
    createdBy: campaign.createdBy ?? null, createdAt: new Date(campaign.createdAt), updatedAt: new Date(campaign.createdAt),
  }).returning({ id: pactCampaigns.id });
  return row!.id;
}

/** Targets with their state; each submitted one gets its submission row too (channel staff). */
export async function insertTargets(database: Database, campaignId: number, targets: readonly FixtureTarget[]): Promise<number[]> {
  const ids: number[] = [];
  for (const t of targets) {
    const [row] = await database.db.insert(pactTargets).values({
      campaignId, name: t.name, kind: t.kind, regionCode: t.regionCode, state: t.state ?? 'belum', submittedAt: at(t.submittedAt),
      reviewedAt: at(t.reviewedAt), reviewedBy: t.reviewedBy ?? null, rejectReason: t.rejectReason ?? null,
      contactName: t.contactName ?? null, contactEmail: t.contactEmail ?? null, contactPhone: t.contactPhone ?? null,
    }).returning({ id: pactTargets.id });
    ids.push(row!.id);
    if (t.submittedAt) {
      await database.db.insert(pactSubmissions).values({
        targetId: row!.id, channel: 'staff', submittedAt: new Date(t.submittedAt), signerName: 'Penandatangan Uji', signerNip: '198001012005011001',
      });
    }
  }
  return ids;
}
