import type { ActionItemListQuery, CreateActionItem, UpdateActionItem } from '../../contracts/meetings.js';
import { can, inScope } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { canMoveTo } from '../../domain/meetings/action-items.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit, fieldsChangedSince, type DbOrTx, type DbTransaction } from '../audit/service.js';
import { readFile, storeFile } from '../files/repo.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { canEditMeeting, editableMeeting, visibilityOf } from '../meetings/access.js';
import { createMeetingPartsRepo } from '../meetings/parts-repo.js';
import { createMeetingRepo } from '../meetings/repo.js';
import { createActionItemRepo, type ActionItemFields } from './repo.js';

/** What a new action item holds besides its meeting (it starts open, at version 1). */
export interface NewActionItem {
  title: string;
  ownerUnitId: number;
  ownerPersonId: number | null;
  dueDate: string | null;
  findingId: number | null;
  strategyId: number | null;
}

/** An owner unit the actor can see, and an owner person who works in it; 400 otherwise. */
export async function checkActionItemOwner(db: DbOrTx, actor: Actor, ownerUnitId: number, ownerPersonId: number | null) {
  const parts = createMeetingPartsRepo(db);
  const [unit] = await parts.unitsByIds([ownerUnitId]);
  if (!unit || !inScope(actor.principal, unit.regionCode)) throw new AppError('invalid', 400, { detail: 'ownerUnitId' });
  if (ownerPersonId !== null) {
    const [person] = await parts.peopleByIds([ownerPersonId]);
    if (!person || person.unitId !== ownerUnitId) throw new AppError('invalid', 400, { detail: 'ownerPersonId' });
  }
  return unit;
}

/**
 * Records an action item agreed at `meetingId` inside the caller's transaction: the row, the first
 * event of its history (→ open) and its audit row under the owner unit's region. The one way an
 * action item comes to be, whether typed at a meeting or made from a readiness gap
 * (src/modules/readiness). The caller has checked the meeting (editableMeeting) and the owner
 * (checkActionItemOwner).
 */
export async function insertActionItem(
  tx: DbTransaction,
  entry: { actor: Actor; context: RequestContext; at: Date; meetingId: number; ownerRegionCode: string; item: NewActionItem },
): Promise<number> {
  const { actor, context, at, meetingId, item } = entry;
  const fields = { ...item, status: 'open' as const };
  const txRepo = createActionItemRepo(tx);
  const created = await txRepo.insert(meetingId, fields, at);
  await txRepo.addEvent({ actionItemId: created, at, actorId: actor.userId, actorLabel: actor.label, fromStatus: null, toStatus: 'open', note: null, fileId: null });
  await appendAudit(tx, {
    actor: { type: actor.type, id: actor.userId, label: actor.label },
    action: 'action_item.create', entityType: 'action_item', entityId: String(created), regionCode: entry.ownerRegionCode,
    changes: changedFields(null, { meetingId, ...fields, version: 1 }), ip: context.ip, client: context.client, at,
  });
  return created;
}

/** Action items: agreed at a meeting, owned by a unit, followed until done, across meetings. */
export function createActionItemService(db: Db, clock: Clock) {
  const repo = createActionItemRepo(db);
  const meetings = createMeetingRepo(db);
  const parts = createMeetingPartsRepo(db);
  const notFound = () => new AppError('not_found', 404, { what: 'resource' });
  const checkOwner = (actor: Actor, ownerUnitId: number, ownerPersonId: number | null) => checkActionItemOwner(db, actor, ownerUnitId, ownerPersonId);

  /** Those who run the item's meeting, and the owner unit (its officers, coordinators over its region). */
  async function mayFollowUp(actor: Actor, item: { meetingId: number; ownerRegionCode: string; ownerUnitId: number }) {
    const meeting = (await meetings.get(item.meetingId))!;
    return {
      runsMeeting: canEditMeeting(actor, meeting),
      owns: can(actor.principal, 'write', { regionCode: item.ownerRegionCode, unitId: item.ownerUnitId }),
    };
  }

  async function visibleItem(actor: Actor, id: number) {
    if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw notFound();
    const item = await repo.get(id, clock.now());
    if (!item || !(await repo.isVisible(id, visibilityOf(actor)))) throw notFound();
    return item;
  }

  return {
    async create(actor: Actor, meetingId: number, input: CreateActionItem, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      const unit = await checkOwner(actor, input.ownerUnitId, input.ownerPersonId ?? null);
      if (input.findingId && !(await parts.finding(meetingId, input.findingId))) throw new AppError('invalid', 400, { detail: 'findingId' });
      if (input.strategyId && !(await parts.strategies(meetingId)).some((s) => s.id === input.strategyId)) throw new AppError('invalid', 400, { detail: 'strategyId' });
      const item: NewActionItem = {
        title: input.title, ownerUnitId: unit.id, ownerPersonId: input.ownerPersonId ?? null, dueDate: input.dueDate ?? null,
        findingId: input.findingId ?? null, strategyId: input.strategyId ?? null,
      };
      const id = await db.transaction((tx) =>
        insertActionItem(tx, { actor, context, at: clock.now(), meetingId: meeting.id, ownerRegionCode: unit.regionCode, item }));
      return (await repo.get(id, clock.now()))!;
    },

    /** The board: "my unit" (the caller's own unit) or "my region" (its whole scope); overdue first. */
    async list(actor: Actor, query: ActionItemListQuery) {
      if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      if (query.mine === 'unit' && actor.principal.unitId === null) return { items: [], total: 0 };
      return repo.list({
        visibility: visibilityOf(actor),
        ownerUnitId: query.mine === 'unit' ? actor.principal.unitId! : undefined,
        status: query.status, overdue: query.overdue === undefined ? undefined : query.overdue === 'true', region: query.region,
        limit: query.limit, offset: query.offset,
      }, clock.now());
    },

    async detail(actor: Actor, id: number) {
      const item = await visibleItem(actor, id);
      const [history, carriedTo] = await Promise.all([repo.history(id), repo.carriedMeetings(id)]);
      return { ...item, history, carriedTo };
    },

    /**
     * Changes an item at the version the client read. Those who run its meeting change anything;
     * the owner unit (its officers, coordinators over its region) moves the status and adds notes.
     * Every status move and note goes to the item's history.
     */
    async update(actor: Actor, id: number, input: UpdateActionItem, context: RequestContext) {
      const before = await visibleItem(actor, id);
      const { runsMeeting, owns } = await mayFollowUp(actor, before);
      const reassigns = input.title !== undefined || input.ownerUnitId !== undefined || input.ownerPersonId !== undefined || input.dueDate !== undefined;
      if (!runsMeeting && !(owns && !reassigns)) throw new AppError('forbidden', 403);
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'action_item', String(id), input.version), (await repo.get(id, clock.now()))!);
      if (input.version !== before.version) throw await stale();
      const after: ActionItemFields = {
        title: input.title ?? before.title,
        ownerUnitId: input.ownerUnitId ?? before.ownerUnitId,
        ownerPersonId: input.ownerPersonId === undefined ? (input.ownerUnitId === undefined ? before.ownerPersonId : null) : input.ownerPersonId,
        dueDate: input.dueDate === undefined ? before.dueDate : input.dueDate,
        status: input.status ?? before.status,
      };
      if (after.status !== before.status && !canMoveTo(before.status, after.status)) throw new AppError('invalid', 400, { detail: `status: ${before.status} → ${after.status}` });
      if (after.ownerUnitId !== before.ownerUnitId || after.ownerPersonId !== before.ownerPersonId) await checkOwner(actor, after.ownerUnitId, after.ownerPersonId);
      const changes = changedFields(
        { title: before.title, ownerUnitId: before.ownerUnitId, ownerPersonId: before.ownerPersonId, dueDate: before.dueDate, status: before.status },
        { ...after },
      );
      const note = input.note ?? null;
      if (Object.keys(changes).length === 0 && note === null) return this.detail(actor, id);
      const saved = await db.transaction(async (tx) => {
        const now = clock.now();
        const txRepo = createActionItemRepo(tx);
        if (!(await txRepo.update(id, after, input.version, now))) return false;
        const moved = after.status !== before.status;
        await txRepo.addEvent({
          actionItemId: id, at: now, actorId: actor.userId, actorLabel: actor.label,
          fromStatus: moved ? before.status : null, toStatus: moved ? after.status : null, note, fileId: null,
        });
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'action_item.update', entityType: 'action_item', entityId: String(id), regionCode: before.ownerRegionCode,
          changes: { ...changes, ...(note === null ? {} : { note: [null, note] }), version: [input.version, input.version + 1] },
          ip: context.ip, client: context.client, at: now,
        });
        return true;
      });
      if (!saved) throw await stale();
      return this.detail(actor, id);
    },

    /**
     * Adds evidence (a PDF, PNG or JPEG, and an optional note) to the item's history. It changes no
     * field of the item, so it needs no version: two officers adding evidence never conflict.
     */
    async addEvidence(actor: Actor, id: number, upload: { bytes: Buffer; fileName: string | undefined; note: string | null }, context: RequestContext) {
      const item = await visibleItem(actor, id);
      const { runsMeeting, owns } = await mayFollowUp(actor, item);
      if (!runsMeeting && !owns) throw new AppError('forbidden', 403);
      await db.transaction(async (tx) => {
        const now = clock.now();
        const file = await storeFile(tx, upload, { regionCode: item.ownerRegionCode, createdBy: actor.userId });
        await createActionItemRepo(tx).addEvent({
          actionItemId: id, at: now, actorId: actor.userId, actorLabel: actor.label, fromStatus: null, toStatus: null, note: upload.note, fileId: file.id,
        });
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'action_item.evidence', entityType: 'action_item', entityId: String(id), regionCode: item.ownerRegionCode,
          changes: { evidence: [null, { fileId: file.id, name: file.name, mediaType: file.mediaType, size: file.size, sha256: file.sha256 }], ...(upload.note === null ? {} : { note: [null, upload.note] }) },
          ip: context.ip, client: context.client, at: now,
        });
      });
      return this.detail(actor, id);
    },

    /** An evidence file of an item the reader can see; any other file id is unknown here. */
    async evidenceFile(actor: Actor, id: number, fileId: number) {
      await visibleItem(actor, id);
      if (!(await repo.hasEvidence(id, fileId))) throw notFound();
      const file = await readFile(db, fileId);
      if (!file) throw notFound();
      return file;
    },
  };
}

export type ActionItemService = ReturnType<typeof createActionItemService>;
