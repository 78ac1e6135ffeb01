import { sql } from 'drizzle-orm';
import type { PactTarget, PactTargetInput, PactTargetListQuery } from '../../contracts/pacts.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { nameKey } from '../../domain/pacts/import-rows.js';
import { hasSubmitted } from '../../domain/pacts/status.js';
import type { PactTargetKind } from '../../domain/pacts/vocabulary.js';
import { isWithin } from '../../domain/regions/codes.js';
import { translateTerm, type Language } from '../../i18n/messages.js';
import { fieldsChangedSince, type DbTransaction } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { PactAuditActor, PactContext } from './context.js';
import { createPactRepo, type CampaignRecord, type TargetFields } from './repo.js';
import { targetView } from './views.js';

/** A detail text with a list filled in, already in the caller's language. */
export function detailWith(key: string, lang: Language, values: Record<string, string>): string {
  return translateTerm(key, lang).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/**
 * Adds targets to a campaign in the caller's transaction, all or none: each region inside the
 * campaign's and known, each name new in its region (409 naming the duplicates).
 */
export async function insertTargets(
  ctx: PactContext, tx: DbTransaction, actor: PactAuditActor, context: RequestContext, campaign: CampaignRecord, drafts: readonly TargetFields[], lang: Language,
): Promise<number[]> {
  const repo = createPactRepo(tx);
  await tx.execute(sqlLock(campaign.id));
  if (drafts.some((d) => !isWithin(d.regionCode, campaign.regionCode))) throw new AppError('invalid', 400, { detail: 'pact.target_outside' });
  const known = await repo.knownRegions([...new Set(drafts.map((d) => d.regionCode))]);
  if (drafts.some((d) => !known.has(d.regionCode))) throw new AppError('invalid', 400, { detail: 'pact.region_unknown' });
  const taken = new Set((await repo.nameKeys(campaign.id)).map((t) => nameKey(t.regionCode, t.name)));
  const duplicates: string[] = [];
  for (const draft of drafts) {
    const key = nameKey(draft.regionCode, draft.name);
    if (taken.has(key)) duplicates.push(draft.name);
    taken.add(key);
  }
  if (duplicates.length > 0) throw new AppError('conflict', 409, { detail: detailWith('pact.duplicate_names', lang, { names: [...new Set(duplicates)].slice(0, 20).join(', ') }) });
  const ids: number[] = [];
  for (const draft of drafts) ids.push(await repo.insertTarget(campaign.id, draft, ctx.clock.now()));
  await ctx.audit(tx, actor, context, {
    action: 'pact_target.create', entityType: 'pact_campaign', entityId: campaign.id, regionCode: campaign.regionCode,
    changes: { targets: [null, drafts.map((d, i) => ({ id: ids[i]!, name: d.name, kind: d.kind, regionCode: d.regionCode }))] },
  });
  return ids;
}

/** Serialises additions to one campaign, so two imports cannot both add the same name. */
const sqlLock = (campaignId: number) => sql`select id from pact_campaigns where id = ${campaignId} for update`;

/** The campaign's target list, filtered, and additions and removals by the desk. */
export function createTargetService(ctx: PactContext) {
  const { db, clock, repo } = ctx;

  async function views(campaign: CampaignRecord, ids: readonly number[]): Promise<PactTarget[]> {
    const now = clock.now();
    return (await repo.targetsByIds(campaign.id, ids)).map((t) => targetView(t, campaign.deadline, now));
  }

  const fields = (input: PactTargetInput): TargetFields => ({
    name: input.name.replace(/\s+/g, ' '), kind: input.kind, regionCode: input.regionCode, unitId: input.unitId ?? null, contactName: input.contactName || null,
    contactEmail: input.contactEmail || null, contactPhone: input.contactPhone || null,
  });

  return {
    views,

    async list(actor: Actor, campaignId: number, query: PactTargetListQuery): Promise<{ items: PactTarget[]; total: number }> {
      const campaign = await ctx.readableCampaign(actor, campaignId);
      const now = clock.now();
      const items = (await repo.targets(campaignId, query)).map((t) => targetView(t, campaign.deadline, now)).filter((t) => !query.status || t.status === query.status);
      return { items, total: items.length };
    },

    async add(actor: Actor, campaignId: number, inputs: readonly PactTargetInput[], context: RequestContext, lang: Language): Promise<PactTarget[]> {
      const campaign = await ctx.manageableCampaign(actor, campaignId);
      const unitIds = inputs.flatMap((input) => (input.unitId ? [input.unitId] : []));
      if ((await repo.units(unitIds)).length !== new Set(unitIds).size) throw new AppError('invalid', 400, { detail: 'pact.unit_unknown' });
      const ids = await db.transaction((tx) => insertTargets(ctx, tx, actor, context, campaign, inputs.map(fields), lang));
      return views(campaign, ids);
    },

    /** Targets picked from the unit catalogue: named as the unit, in its region, which must lie inside the campaign's. */
    async fromUnits(actor: Actor, campaignId: number, unitIds: readonly number[], kind: PactTargetKind, context: RequestContext, lang: Language): Promise<PactTarget[]> {
      const campaign = await ctx.manageableCampaign(actor, campaignId);
      const wanted = [...new Set(unitIds)];
      const units = await repo.units(wanted);
      if (units.length !== wanted.length) throw new AppError('invalid', 400, { detail: 'pact.unit_unknown' });
      const drafts = units.map((unit): TargetFields => ({
        name: unit.name, kind, regionCode: unit.regionCode, unitId: unit.id, contactName: null, contactEmail: null, contactPhone: null,
      }));
      const ids = await db.transaction((tx) => insertTargets(ctx, tx, actor, context, campaign, drafts, lang));
      return views(campaign, ids);
    },

    /** Removes a target at the version read, only while it has never submitted. */
    async remove(actor: Actor, targetId: number, version: number, context: RequestContext): Promise<void> {
      const { target, campaign } = await ctx.manageableTarget(actor, targetId);
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'pact_target', String(targetId), version), targetView((await repo.target(targetId))!, campaign.deadline, clock.now()));
      if (version !== target.version) throw await stale();
      await db.transaction(async (tx) => {
        const locked = await createPactRepo(tx).lockTarget(targetId);
        if (!locked) throw new AppError('not_found', 404, { what: 'pact_target' });
        if (locked.version !== version) throw await stale();
        if (hasSubmitted(locked)) throw new AppError('conflict', 409, { detail: 'pact.target_has_submissions' });
        await createPactRepo(tx).deleteTarget(targetId);
        await ctx.audit(tx, actor, context, {
          action: 'pact_target.delete', entityType: 'pact_target', entityId: targetId, regionCode: target.regionCode,
          changes: changedFields({ campaignId: campaign.id, name: target.name, kind: target.kind, regionCode: target.regionCode, version }, null),
        });
      });
    },
  };
}
