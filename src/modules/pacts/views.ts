import type { PactCampaignSummary, PactSubmission, PactTarget } from '../../contracts/pacts.js';
import { ianaZone } from '../../domain/pacts/deadline.js';
import { submittedLate, targetStatus } from '../../domain/pacts/status.js';
import type { CampaignRecord, SubmissionRecord, TargetRecord } from './repo.js';

const iso = (value: Date | null) => value?.toISOString() ?? null;

export function campaignView(campaign: CampaignRecord): PactCampaignSummary {
  return {
    id: campaign.id, title: campaign.title, legalBasis: campaign.legalBasis, electionId: campaign.electionId, regionCode: campaign.regionCode,
    regionName: campaign.regionName, deadline: campaign.deadline.toISOString(), timeZone: ianaZone(campaign.timeZone),
    requiresDocument: campaign.requiresDocument, requiresVideo: campaign.requiresVideo, requiresSigner: campaign.requiresSigner,
    requiresSignedOn: campaign.requiresSignedOn, notes: campaign.notes, version: campaign.version, counts: campaign.counts,
  };
}

/** A target as lists show it at `now`: its derived status, and whether its latest submission came late. */
export function targetView(target: TargetRecord, deadline: Date, now: Date): PactTarget {
  return {
    id: target.id, campaignId: target.campaignId, name: target.name, kind: target.kind, regionCode: target.regionCode, regionName: target.regionName,
    unitId: target.unitId, contactName: target.contactName, contactEmail: target.contactEmail, contactPhone: target.contactPhone,
    state: target.state, status: targetStatus(target.state, deadline, now), submittedAt: iso(target.submittedAt), late: submittedLate(target.submittedAt, deadline),
    reviewedAt: iso(target.reviewedAt), reviewerName: target.reviewerName, rejectReason: target.rejectReason,
    // The token itself is never shown again: only that one was issued, until when, and whether it was used.
    link: { issued: target.hasToken, expiresAt: target.hasToken ? iso(target.tokenExpiresAt) : null, usedAt: target.hasToken ? iso(target.tokenUsedAt) : null },
    version: target.version,
  };
}

export function submissionView(submission: SubmissionRecord, deadline: Date): PactSubmission {
  return {
    id: submission.id, channel: submission.channel, submittedAt: submission.submittedAt.toISOString(), late: submittedLate(submission.submittedAt, deadline),
    signerName: submission.signerName, signerNip: submission.signerNip, signerPosition: submission.signerPosition, signedOn: submission.signedOn,
    videoUrl: submission.videoUrl, document: submission.document, note: submission.note,
  };
}
