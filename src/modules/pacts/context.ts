import type { Db } from '../../db/client.js';
import type { FieldChanges } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import { mayManageCampaign, mayReadCampaign } from '../../domain/pacts/permissions.js';
import type { Clock } from '../../services.js';
import { appendAudit, type DbTransaction } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createPactRepo, type CampaignRecord, type TargetRecord } from './repo.js';

export const notFound = (what: 'pact_campaign' | 'pact_target' | 'pact_submission') => new AppError('not_found', 404, { what });

/** Who an audit row names: a signed-in person, or the link of a target when nobody is signed in. */
export type PactAuditActor = Actor | { linkOfTarget: number };

/**
 * What every part of the pacts module shares: the database, the clock, and the lookups that decide
 * access. Outside the caller's read scope a campaign does not exist (404); inside it but without the
 * right to manage, 403.
 */
export function createPactContext(db: Db, clock: Clock) {
  const repo = createPactRepo(db);

  async function readableCampaign(actor: Actor, id: number): Promise<CampaignRecord> {
    const campaign = await repo.campaign(id, clock.now());
    if (!campaign || !mayReadCampaign(actor.principal, campaign)) throw notFound('pact_campaign');
    return campaign;
  }

  async function manageableCampaign(actor: Actor, id: number): Promise<CampaignRecord> {
    const campaign = await readableCampaign(actor, id);
    if (!mayManageCampaign(actor.principal, campaign)) throw new AppError('forbidden', 403);
    return campaign;
  }

  async function readableTarget(actor: Actor, targetId: number): Promise<{ target: TargetRecord; campaign: CampaignRecord }> {
    const target = await repo.target(targetId);
    const campaign = target ? await repo.campaign(target.campaignId, clock.now()) : null;
    if (!target || !campaign || !mayReadCampaign(actor.principal, campaign)) throw notFound('pact_target');
    return { target, campaign };
  }

  async function manageableTarget(actor: Actor, targetId: number) {
    const found = await readableTarget(actor, targetId);
    if (!mayManageCampaign(actor.principal, found.campaign)) throw new AppError('forbidden', 403);
    return found;
  }

  async function audit(tx: DbTransaction, who: PactAuditActor, context: RequestContext, entry: { action: string; entityType: string; entityId: number; regionCode: string; changes: FieldChanges }) {
    const actor = 'linkOfTarget' in who
      ? { type: 'system' as const, id: null, label: `pact link ${who.linkOfTarget}` }
      : { type: who.type, id: who.userId, label: who.label };
    await appendAudit(tx, {
      actor, action: entry.action, entityType: entry.entityType, entityId: String(entry.entityId), regionCode: entry.regionCode,
      ip: context.ip, client: context.client, at: clock.now(), changes: entry.changes,
    });
  }

  return { db, clock, repo, readableCampaign, manageableCampaign, readableTarget, manageableTarget, audit };
}

export type PactContext = ReturnType<typeof createPactContext>;
