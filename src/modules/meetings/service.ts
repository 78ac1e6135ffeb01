import type { CreateMeeting, Meeting, MeetingDetail, MeetingListQuery, UpdateMeeting } from '../../contracts/meetings.js';
import { can, inScope } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { levelOfRegion } from '../../domain/meetings/vocabulary.js';
import { timeZoneOfRegion } from '../../domain/regions/timezones.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { createActionItemRepo } from '../action-items/repo.js';
import { appendAudit, fieldsChangedSince } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createUnitRepo } from '../units/repo.js';
import { canEditMeeting, editableMeeting, visibilityOf, visibleMeeting } from './access.js';
import { createMeetingPartsRepo } from './parts-repo.js';
import { createMeetingRepo, type MeetingRecord } from './repo.js';
import { searchMeetings } from './search-repo.js';

/** The audited form of a meeting: its fields plus covered regions and contests. */
function auditedFields(meeting: MeetingRecord & { regionCodes: string[]; contestIds: number[] }) {
  return { ...meeting, regionCodes: [...meeting.regionCodes].sort(), contestIds: [...meeting.contestIds].sort((a, b) => a - b) };
}

function recordOf(meeting: Meeting): MeetingRecord & { regionCodes: string[]; contestIds: number[] } {
  return {
    kind: meeting.kind, title: meeting.title, organiserUnitId: meeting.organiser.unitId, level: meeting.level, electionId: meeting.electionId,
    stageCode: meeting.stageCode, startsAt: meeting.startsAt, endsAt: meeting.endsAt, timeZone: meeting.timeZone, venue: meeting.venue,
    mode: meeting.mode, legalBasis: meeting.legalBasis, agenda: meeting.agenda, summary: meeting.summary,
    chairName: meeting.chairName, chairPosition: meeting.chairPosition, minuteTakerName: meeting.minuteTakerName, minuteTakerPosition: meeting.minuteTakerPosition,
    regionCodes: meeting.regions.map((r) => r.code), contestIds: meeting.contestIds,
  };
}

export function createMeetingService(db: Db, clock: Clock) {
  const repo = createMeetingRepo(db);
  const parts = createMeetingPartsRepo(db);
  const items = createActionItemRepo(db);

  /**
   * Checks what a meeting refers to: an organiser unit the actor may write for, regions of the
   * gazetteer inside the actor's scope, an election with that stage, contests of that election.
   * The zone is the first region's; the level follows it unless given.
   */
  async function checked(actor: Actor, input: Omit<CreateMeeting, 'level'> & { level?: CreateMeeting['level'] }) {
    const unit = await createUnitRepo(db).get(input.organiserUnitId);
    if (!unit || !can(actor.principal, 'read', { regionCode: unit.regionCode })) throw new AppError('invalid', 400, { detail: 'organiserUnitId' });
    if (!can(actor.principal, 'write', { regionCode: unit.regionCode, unitId: unit.id })) throw new AppError('forbidden', 403);
    const regionCodes = [...new Set(input.regionCodes)];
    const known = await repo.knownRegions(regionCodes);
    const unknown = regionCodes.find((code) => !known.has(code));
    if (unknown) throw new AppError('invalid', 400, { detail: `regionCodes: ${unknown}` });
    if (regionCodes.some((code) => !inScope(actor.principal, code))) throw new AppError('forbidden', 403);
    const electionId = input.electionId ?? null;
    if (electionId !== null && !(await repo.electionExists(electionId))) throw new AppError('invalid', 400, { detail: 'electionId' });
    const stageCode = input.stageCode ?? null;
    if (stageCode !== null && (electionId === null || !(await repo.stageExists(electionId, stageCode)))) throw new AppError('invalid', 400, { detail: 'stageCode' });
    const contestIds = [...new Set(input.contestIds ?? [])];
    const contests = await repo.knownContests(electionId, contestIds);
    if (contestIds.some((id) => !contests.has(id))) throw new AppError('invalid', 400, { detail: 'contestIds' });
    const endsAt = input.endsAt ?? null;
    if (endsAt !== null && Date.parse(endsAt) < Date.parse(input.startsAt)) throw new AppError('invalid', 400, { detail: 'endsAt' });
    const first = regionCodes[0]!;
    const record: MeetingRecord = {
      kind: input.kind, title: input.title, organiserUnitId: unit.id, level: input.level ?? levelOfRegion(first), electionId, stageCode,
      startsAt: new Date(input.startsAt).toISOString(), endsAt: endsAt === null ? null : new Date(endsAt).toISOString(),
      timeZone: timeZoneOfRegion(first), venue: input.venue ?? null, mode: input.mode, legalBasis: [...new Set(input.legalBasis)],
      agenda: input.agenda ?? null, summary: input.summary ?? null,
      chairName: input.chairName || null, chairPosition: input.chairPosition || null,
      minuteTakerName: input.minuteTakerName || null, minuteTakerPosition: input.minuteTakerPosition || null,
    };
    return { record, regionCodes, contestIds };
  }

  const audit = (tx: Parameters<typeof appendAudit>[0], actor: Actor, context: RequestContext, action: string, id: number, regionCode: string, changes: Parameters<typeof appendAudit>[1]['changes']) =>
    appendAudit(tx, {
      actor: { type: actor.type, id: actor.userId, label: actor.label },
      action, entityType: 'meeting', entityId: String(id), regionCode, changes, ip: context.ip, client: context.client, at: clock.now(),
    });

  return {
    async list(actor: Actor, query: MeetingListQuery) {
      if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      return repo.list(visibilityOf(actor), query);
    },

    async create(actor: Actor, input: CreateMeeting, context: RequestContext): Promise<Meeting> {
      const { record, regionCodes, contestIds } = await checked(actor, input);
      const id = await db.transaction(async (tx) => {
        const now = clock.now();
        const created = await createMeetingRepo(tx).insert(record, regionCodes, contestIds, actor.userId, now);
        await audit(tx, actor, context, 'meeting.create', created, regionCodes[0]!, changedFields(null, { ...auditedFields({ ...record, regionCodes, contestIds }), version: 1 }));
        return created;
      });
      return (await repo.get(id))!;
    },

    /**
     * Changes a meeting if the client's `version` is still the stored one; otherwise a 409 names the
     * fields others changed since and carries the meeting as it is now.
     */
    async update(actor: Actor, id: number, input: UpdateMeeting, context: RequestContext): Promise<Meeting> {
      const before = await editableMeeting(repo, actor, id);
      const stale = async (current: Meeting) => staleVersion(await fieldsChangedSince(db, 'meeting', String(id), input.version), current);
      if (input.version !== before.version) throw await stale(before);
      const { version: _version, ...changes } = input;
      const merged = { ...recordOf(before), ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
      const { record, regionCodes, contestIds } = await checked(actor, merged as CreateMeeting);
      const diff = changedFields(auditedFields(recordOf(before)), auditedFields({ ...record, regionCodes, contestIds }));
      if (Object.keys(diff).length === 0) return before;
      const saved = await db.transaction(async (tx) => {
        if (!(await createMeetingRepo(tx).update(id, record, regionCodes, contestIds, input.version, clock.now()))) return false;
        await audit(tx, actor, context, 'meeting.update', id, regionCodes[0]!, { ...diff, version: [input.version, input.version + 1] });
        return true;
      });
      const after = (await repo.get(id))!;
      if (!saved) throw await stale(after);
      return after;
    },

    /** The whole meeting page: the meeting and every part, with what the caller may do. */
    async detail(actor: Actor, id: number): Promise<MeetingDetail> {
      const meeting = await visibleMeeting(repo, actor, id);
      const now = clock.now();
      const [invitations, speakers, findings, strategies, decisions, actionItems, carriedItems, declarations] = await Promise.all([
        parts.invitations(id), parts.speakers(id), parts.findings(id), parts.strategies(id), parts.decisions(id),
        items.ofMeeting(id, now), items.carriedTo(id, now), parts.declarations(id),
      ]);
      return {
        ...meeting, invitations, speakers, declarations, strategies, decisions, actionItems, carriedItems,
        findings: findings.map(({ meetingId: _m, ...finding }) => finding),
        canEdit: canEditMeeting(actor, meeting),
      };
    },

    /** Pending action items of earlier meetings on the same regions, to review and carry forward. */
    async earlierPending(actor: Actor, id: number) {
      const meeting = await visibleMeeting(repo, actor, id);
      return { items: await items.pendingBefore(id, meeting.startsAt, meeting.regions.map((r) => r.code), visibilityOf(actor), clock.now()) };
    },

    /** Links earlier items to this meeting; each must be visible to the actor and still pending. */
    async carryForward(actor: Actor, id: number, actionItemIds: number[], context: RequestContext) {
      const meeting = await editableMeeting(repo, actor, id);
      const pending = new Map((await items.pendingBefore(id, meeting.startsAt, meeting.regions.map((r) => r.code), visibilityOf(actor), clock.now())).map((i) => [i.id, i]));
      const wanted = [...new Set(actionItemIds)];
      if (wanted.some((itemId) => !pending.has(itemId))) throw new AppError('invalid', 400, { detail: 'actionItemIds' });
      await db.transaction(async (tx) => {
        const txItems = createActionItemRepo(tx);
        for (const itemId of wanted) await txItems.carry(itemId, id, clock.now());
        await audit(tx, actor, context, 'meeting.carry_forward', id, meeting.regions[0]!.code, { carriedActionItemIds: [null, wanted] });
      });
      return { carried: wanted.length };
    },

    /** Full-text search (PostgreSQL `indonesian`) over meetings, findings, strategies and action items the actor may see. */
    async search(actor: Actor, q: string, limit: number) {
      if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      return { items: await searchMeetings(db, visibilityOf(actor), q, limit) };
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
