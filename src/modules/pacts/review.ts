import type { PactReview, PactTarget } from '../../contracts/pacts.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { reviewOutcome } from '../../domain/pacts/review.js';
import { fieldsChangedSince } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { notFound, type PactContext } from './context.js';
import { createPactRepo } from './repo.js';
import { targetView } from './views.js';

/**
 * The desk's review of a submission: verify it, or reject it with a reason (the office may then
 * submit again, through a new link). Only a submission waiting for review is decided (409 otherwise).
 */
export function createReviewService(ctx: PactContext) {
  const { db, clock, repo } = ctx;
  return {
    async review(actor: Actor, targetId: number, input: PactReview, context: RequestContext): Promise<PactTarget> {
      const { target, campaign } = await ctx.manageableTarget(actor, targetId);
      const current = async () => targetView((await repo.target(targetId))!, campaign.deadline, clock.now());
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'pact_target', String(targetId), input.version), await current());
      if (input.version !== target.version) throw await stale();
      const outcome = reviewOutcome(target.state, input.decision, input.reason);
      if (!outcome.ok) throw new AppError(outcome.error === 'pact.reason_required' ? 'invalid' : 'conflict', outcome.error === 'pact.reason_required' ? 400 : 409, { detail: outcome.error });
      const saved = await db.transaction(async (tx) => {
        const txRepo = createPactRepo(tx);
        const locked = await txRepo.lockTarget(targetId);
        if (!locked) throw notFound('pact_target');
        if (locked.version !== input.version) return false;
        if (!(await txRepo.review(targetId, input.version, outcome.state, outcome.reason, actor.userId, clock.now()))) return false;
        await ctx.audit(tx, actor, context, {
          action: 'pact_target.review', entityType: 'pact_target', entityId: targetId, regionCode: target.regionCode,
          changes: { state: [locked.state, outcome.state], rejectReason: [locked.rejectReason, outcome.reason], version: [input.version, input.version + 1] },
        });
        return true;
      });
      if (!saved) throw await stale();
      return current();
    },
  };
}
