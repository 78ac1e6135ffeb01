import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { createCampaignService } from './campaigns.js';
import { createPactContext } from './context.js';
import { createLinkService } from './links.js';
import { createReviewService } from './review.js';
import { createSubmissionService } from './submissions.js';
import { createTargetImport } from './target-import.js';
import { createTargetService } from './targets.js';

/** Integrity-pact campaigns (issue 8): campaigns, their targets, submission links, submissions and reviews. */
export function createPactService(db: Db, clock: Clock) {
  const ctx = createPactContext(db, clock);
  return {
    campaigns: createCampaignService(ctx),
    targets: createTargetService(ctx),
    targetImport: createTargetImport(ctx),
    links: createLinkService(ctx),
    submissions: createSubmissionService(ctx),
    reviews: createReviewService(ctx),
  };
}

export type PactService = ReturnType<typeof createPactService>;
