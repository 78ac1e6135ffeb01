import type { PactCampaignCreate, PactCampaignListQuery, PactCampaignSummary, PactCampaignUpdate } from '../../contracts/pacts.js';
import { can, visibleRoots } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { parseLocalDeadline } from '../../domain/pacts/deadline.js';
import { mayManageCampaign } from '../../domain/pacts/permissions.js';
import { timeZoneOfRegion } from '../../domain/regions/timezones.js';
import { fieldsChangedSince } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { PactContext } from './context.js';
import { createPactRepo, type CampaignFields, type CampaignRecord } from './repo.js';
import { campaignView } from './views.js';

const stored = (c: CampaignRecord): CampaignFields => ({
  title: c.title, legalBasis: c.legalBasis, electionId: c.electionId, deadline: c.deadline, requiresDocument: c.requiresDocument,
  requiresVideo: c.requiresVideo, requiresSigner: c.requiresSigner, requiresSignedOn: c.requiresSignedOn, notes: c.notes,
});
const auditable = (fields: CampaignFields) => ({ ...fields, deadline: fields.deadline.toISOString() });

/** Campaigns: listed in the caller's scope, created and changed by the desk (admins, coordinators) of their region. */
export function createCampaignService(ctx: PactContext) {
  const { db, clock, repo } = ctx;

  function deadlineIn(regionCode: string, text: string): Date {
    const deadline = parseLocalDeadline(text, timeZoneOfRegion(regionCode));
    if (!deadline) throw new AppError('invalid', 400, { detail: 'pact.deadline_invalid' });
    return deadline;
  }

  async function checkElection(electionId: string | null | undefined) {
    if (electionId && !(await repo.electionExists(electionId))) throw new AppError('invalid', 400, { detail: 'pact.election_unknown' });
  }

  return {
    async list(actor: Actor, query: PactCampaignListQuery): Promise<{ items: PactCampaignSummary[]; total: number }> {
      if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      const found = await repo.campaigns(visibleRoots(actor.principal), {
        regionCode: query.regionCode, electionId: query.electionId, overdue: query.overdue === 'true', limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
      }, clock.now());
      return { items: found.items.map(campaignView), total: found.total };
    },

    async get(actor: Actor, id: number): Promise<PactCampaignSummary> {
      return campaignView(await ctx.readableCampaign(actor, id));
    },

    async create(actor: Actor, input: PactCampaignCreate, context: RequestContext): Promise<PactCampaignSummary> {
      if (!mayManageCampaign(actor.principal, input)) throw new AppError('forbidden', 403);
      if (!(await repo.regionExists(input.regionCode))) throw new AppError('invalid', 400, { detail: 'pact.region_unknown' });
      await checkElection(input.electionId);
      const fields: CampaignFields = {
        title: input.title, legalBasis: input.legalBasis ?? '', electionId: input.electionId ?? null, deadline: deadlineIn(input.regionCode, input.deadlineLocal),
        requiresDocument: input.requiresDocument ?? true, requiresVideo: input.requiresVideo ?? false, requiresSigner: input.requiresSigner ?? true,
        requiresSignedOn: input.requiresSignedOn ?? true, notes: input.notes ?? '',
      };
      const id = await db.transaction(async (tx) => {
        const created = await createPactRepo(tx).insertCampaign({ ...fields, regionCode: input.regionCode, createdBy: actor.userId }, clock.now());
        await ctx.audit(tx, actor, context, {
          action: 'pact_campaign.create', entityType: 'pact_campaign', entityId: created, regionCode: input.regionCode,
          changes: changedFields(null, { ...auditable(fields), regionCode: input.regionCode, version: 1 }),
        });
        return created;
      });
      return campaignView((await repo.campaign(id, clock.now()))!);
    },

    async update(actor: Actor, id: number, input: PactCampaignUpdate, context: RequestContext): Promise<PactCampaignSummary> {
      const before = await ctx.manageableCampaign(actor, id);
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'pact_campaign', String(id), input.version), campaignView((await repo.campaign(id, clock.now()))!));
      if (input.version !== before.version) throw await stale();
      await checkElection(input.electionId);
      const old = stored(before);
      const fields: CampaignFields = {
        title: input.title ?? old.title, legalBasis: input.legalBasis ?? old.legalBasis,
        electionId: input.electionId === undefined ? old.electionId : input.electionId,
        deadline: input.deadlineLocal ? deadlineIn(before.regionCode, input.deadlineLocal) : old.deadline,
        requiresDocument: input.requiresDocument ?? old.requiresDocument, requiresVideo: input.requiresVideo ?? old.requiresVideo,
        requiresSigner: input.requiresSigner ?? old.requiresSigner, requiresSignedOn: input.requiresSignedOn ?? old.requiresSignedOn, notes: input.notes ?? old.notes,
      };
      const saved = await db.transaction(async (tx) => {
        if (!(await createPactRepo(tx).updateCampaign(id, input.version, fields, clock.now()))) return false;
        await ctx.audit(tx, actor, context, {
          action: 'pact_campaign.update', entityType: 'pact_campaign', entityId: id, regionCode: before.regionCode,
          changes: { ...changedFields(auditable(old), auditable(fields)), version: [input.version, input.version + 1] },
        });
        return true;
      });
      if (!saved) throw await stale();
      return campaignView((await repo.campaign(id, clock.now()))!);
    },

    /** Deletes a campaign at the version read, only while none of its targets has submitted (their history stays otherwise). */
    async remove(actor: Actor, id: number, version: number, context: RequestContext): Promise<void> {
      const before = await ctx.manageableCampaign(actor, id);
      if (version !== before.version) throw staleVersion(await fieldsChangedSince(db, 'pact_campaign', String(id), version), campaignView(before));
      await db.transaction(async (tx) => {
        const txRepo = createPactRepo(tx);
        const locked = await txRepo.lockCampaign(id);
        if (!locked) throw new AppError('not_found', 404, { what: 'pact_campaign' });
        if (locked.version !== version) throw new AppError('stale_version', 409, { detail: 'version' });
        if (await txRepo.anySubmitted(id)) throw new AppError('conflict', 409, { detail: 'pact.campaign_has_submissions' });
        await txRepo.deleteCampaign(id);
        await ctx.audit(tx, actor, context, {
          action: 'pact_campaign.delete', entityType: 'pact_campaign', entityId: id, regionCode: before.regionCode,
          changes: changedFields({ ...auditable(stored(before)), version }, null),
        });
      });
    },
  };
}
