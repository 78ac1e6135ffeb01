import type { NeutralityCase, NeutralityCaseAnswer, NeutralityCaseInput } from '../../contracts/neutrality.js';
import type { Db } from '../../db/client.js';
import { can } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { mayReadIncident, mayTakeAction, type IncidentActor } from '../../domain/incidents/permissions.js';
import { appendAudit, fieldsChangedSince } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createIncidentRepo, type IncidentRecord } from '../incidents/repo.js';
import type { Clock } from '../../services.js';
import { createNeutralityCaseRepo, type NeutralityCaseRow } from './repo.js';

/** The catalogue category whose reports carry an ASN case (DOMAIN.md §6). */
export const NEUTRALITY_CATEGORY = 'netralitas_asn';

const incidentActor = (actor: Actor): IncidentActor => ({ principal: actor.principal, userId: actor.userId });
const notFound = () => new AppError('not_found', 404, { what: 'incident' });

function view(row: NeutralityCaseRow): NeutralityCase {
  return {
    incidentId: row.incidentId, unitId: row.unitId, unitName: row.unitName, pactTargetId: row.pactTargetId,
    pactTarget: row.pactTarget && { name: row.pactTarget.name, campaignId: row.pactTarget.campaignId, campaignTitle: row.pactTarget.campaignTitle, state: row.pactTarget.state },
    officeName: row.officeName, personName: row.personName, personNip: row.personNip, personPosition: row.personPosition,
    outcome: row.outcome as NeutralityCase['outcome'], decidedBy: row.decidedBy, decidedOn: row.decidedOn, outcomeNote: row.outcomeNote,
    updatedAt: row.updatedAt.toISOString(), version: row.version,
  };
}

/**
 * The ASN side of neutrality reports (issue 8): which office and official a report concerns and what
 * came of it. Who reads the report reads its case; who may follow the report up (the desk over its
 * region, the officers of the unit it was referred to) records it.
 */
export function createNeutralityCaseService(db: Db, clock: Clock) {
  const incidents = createIncidentRepo(db);
  const repo = createNeutralityCaseRepo(db);

  async function readable(actor: Actor, incidentId: number): Promise<IncidentRecord> {
    const record = await incidents.get(incidentId);
    if (!record || !mayReadIncident(incidentActor(actor), record)) throw notFound();
    return record;
  }

  const mayEdit = (actor: Actor, record: IncidentRecord) =>
    record.category === NEUTRALITY_CATEGORY && mayTakeAction(incidentActor(actor), record, 'tindak_lanjuti');

  /** A linked unit or pact target must exist and lie where the actor reads; otherwise it is "unknown" (no probing). */
  async function checkLinks(actor: Actor, input: NeutralityCaseInput): Promise<void> {
    if (input.unitId !== null) {
      const region = await repo.unitRegion(input.unitId);
      if (region === null || !can(actor.principal, 'read', { regionCode: region })) throw new AppError('invalid', 400, { detail: 'neutrality.unit_unknown' });
    }
    if (input.pactTargetId !== null) {
      const region = await repo.pactTargetRegion(input.pactTargetId);
      if (region === null || !can(actor.principal, 'read', { regionCode: region })) throw new AppError('invalid', 400, { detail: 'neutrality.pact_target_unknown' });
    }
    if (input.unitId === null && input.pactTargetId === null && input.officeName === null) {
      throw new AppError('invalid', 400, { detail: 'neutrality.office_missing' });
    }
  }

  return {
    async get(actor: Actor, incidentId: number): Promise<NeutralityCaseAnswer> {
      const record = await readable(actor, incidentId);
      const row = await repo.get(incidentId);
      return { case: row && view(row), mayEdit: mayEdit(actor, record) };
    },

    /**
     * Records or updates the case at the version the caller read (none for the first save): 409
     * conflict for a report of another category, 409 stale_version when someone saved in between.
     */
    async save(actor: Actor, incidentId: number, input: NeutralityCaseInput, context: RequestContext): Promise<NeutralityCaseAnswer> {
      const record = await readable(actor, incidentId);
      if (record.category !== NEUTRALITY_CATEGORY) throw new AppError('conflict', 409, { detail: 'neutrality.not_neutrality' });
      if (!mayEdit(actor, record)) throw new AppError('forbidden', 403);
      await checkLinks(actor, input);
      const { version, ...fields } = input;
      const now = clock.now();
      const current = async () => {
        const row = await repo.get(incidentId);
        return { case: row && view(row), mayEdit: true };
      };
      const stale = async (since: number) => staleVersion(await fieldsChangedSince(db, 'neutrality_case', String(incidentId), since), await current());
      const saved = await db.transaction(async (tx) => {
        const txRepo = createNeutralityCaseRepo(tx);
        const before = await txRepo.get(incidentId);
        const wrote = version === undefined
          ? before === null && (await txRepo.insert(incidentId, fields, actor.userId, now))
          : before !== null && (await txRepo.update(incidentId, version, fields, actor.userId, now));
        if (!wrote) return false;
        const was = before ? Object.fromEntries(Object.keys(fields).map((key) => [key, before[key as keyof typeof fields]])) : null;
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: before ? 'neutrality_case.update' : 'neutrality_case.create',
          entityType: 'neutrality_case', entityId: String(incidentId), regionCode: record.regionCode, ip: context.ip, client: context.client, at: now,
          changes: { ...changedFields(was, fields), version: [before?.version ?? null, (before?.version ?? 0) + 1] },
        });
        return true;
      });
      if (!saved) {
        if (version === undefined) throw new AppError('conflict', 409, { detail: 'neutrality.exists' });
        throw await stale(version);
      }
      return { case: view((await repo.get(incidentId))!), mayEdit: true };
    },

    /** Cases recorded against a pact target, limited to reports the reader may see. */
    async forPactTarget(actor: Actor, targetId: number) {
      const region = await repo.pactTargetRegion(targetId);
      if (region === null || !can(actor.principal, 'read', { regionCode: region })) throw new AppError('not_found', 404, { what: 'neutrality.pact_target' });
      const who = incidentActor(actor);
      const rows = await repo.forPactTarget(targetId);
      return {
        items: rows
          .filter((row) => mayReadIncident(who, { ...row, status: row.status as IncidentRecord['status'] }))
          .map((row) => ({ incidentId: row.incidentId, reference: row.reference, occurredAt: row.occurredAt.toISOString(), regionCode: row.regionCode, personName: row.personName, outcome: row.outcome as NeutralityCase['outcome'] })),
      };
    },
  };
}

export type NeutralityCaseService = ReturnType<typeof createNeutralityCaseService>;
