import { randomBytes } from 'node:crypto';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import { linkExpiry, linkLive } from '../../domain/pacts/link.js';
import { maySubmit } from '../../domain/pacts/review.js';
import { hashSecret } from '../auth/secrets.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { DbTransaction } from '../audit/service.js';
import type { PactContext } from './context.js';
import { createPactRepo, type CampaignRecord, type TargetRecord } from './repo.js';

/** A link token: 32 random bytes, base64url; only its SHA-256 is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The link an office opens: the token rides in the fragment, which browsers never send, so it stays out of server logs. */
export function linkUrl(origin: string, targetId: number, token: string): string {
  return `${origin}/pakta/${targetId}#t=${token}`;
}

export interface IssuedLink {
  targetId: number;
  name: string;
  url: string;
  token: string;
  expiresAt: string;
}

/**
 * Submission links: issued (or re-issued, which makes the earlier token unknown) and revoked by the
 * desk. The token is shown once, in the answer that issues it.
 */
export function createLinkService(ctx: PactContext) {
  const { db, clock, repo } = ctx;

  async function issueIn(tx: DbTransaction, actor: Actor, context: RequestContext, origin: string, target: TargetRecord, campaign: CampaignRecord, days: number): Promise<IssuedLink> {
    const token = newLinkToken();
    const expiresAt = linkExpiry(clock.now(), days);
    await createPactRepo(tx).setLink(target.id, hashSecret(token), expiresAt);
    await ctx.audit(tx, actor, context, {
      action: 'pact_target.link_issue', entityType: 'pact_target', entityId: target.id, regionCode: campaign.regionCode,
      changes: { ...changedFields({ linkExpiresAt: target.tokenExpiresAt?.toISOString() ?? null }, { linkExpiresAt: expiresAt.toISOString() }), version: [target.version, target.version + 1] },
    });
    return { targetId: target.id, name: target.name, url: linkUrl(origin, target.id, token), token, expiresAt: expiresAt.toISOString() };
  }

  return {
    async issue(actor: Actor, targetId: number, days: number, origin: string, context: RequestContext): Promise<{ url: string; token: string; expiresAt: string }> {
      const { campaign } = await ctx.manageableTarget(actor, targetId);
      const issued = await db.transaction(async (tx) => {
        const locked = await createPactRepo(tx).lockTarget(targetId);
        if (!locked) throw new AppError('not_found', 404, { what: 'pact_target' });
        return issueIn(tx, actor, context, origin, locked, campaign, days);
      });
      return { url: issued.url, token: issued.token, expiresAt: issued.expiresAt };
    },

    async revoke(actor: Actor, targetId: number, context: RequestContext): Promise<void> {
      const { campaign } = await ctx.manageableTarget(actor, targetId);
      await db.transaction(async (tx) => {
        const locked = await createPactRepo(tx).lockTarget(targetId);
        if (!locked) throw new AppError('not_found', 404, { what: 'pact_target' });
        if (!locked.hasToken) return;
        await createPactRepo(tx).setLink(targetId, null, null);
        await ctx.audit(tx, actor, context, {
          action: 'pact_target.link_revoke', entityType: 'pact_target', entityId: targetId, regionCode: campaign.regionCode,
          changes: { linkExpiresAt: [locked.tokenExpiresAt?.toISOString() ?? null, null], version: [locked.version, locked.version + 1] },
        });
      });
    },

    /** Links for the listed targets, or for every target that still has to submit (belum, ditolak) and holds no live link. */
    async bulk(actor: Actor, campaignId: number, targetIds: readonly number[] | undefined, origin: string, days: number, context: RequestContext) {
      const campaign = await ctx.manageableCampaign(actor, campaignId);
      const now = clock.now();
      const chosen = targetIds
        ? await repo.targetsByIds(campaignId, [...new Set(targetIds)])
        : (await repo.targets(campaignId, {})).filter((t) => maySubmit(t.state) && !linkLive(t, now));
      if (targetIds && chosen.length !== new Set(targetIds).size) throw new AppError('not_found', 404, { what: 'pact_target' });
      const links = await db.transaction(async (tx) => {
        const out: IssuedLink[] = [];
        for (const target of chosen) {
          const locked = await createPactRepo(tx).lockTarget(target.id);
          if (locked) out.push(await issueIn(tx, actor, context, origin, locked, campaign, days));
        }
        return out;
      });
      return { links: links.map(({ targetId, name, url, expiresAt }) => ({ targetId, name, url, expiresAt })) };
    },
  };
}
