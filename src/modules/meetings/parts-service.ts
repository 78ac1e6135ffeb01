import type {
  CreateDeclaration, CreateFinding, CreateSpeaker, CreateStrategy, Invite, UpdateFinding, UpdateInvitation,
} from '../../contracts/meetings.js';
import { can, inScope } from '../../domain/access/rules.js';
import { changedFields, type FieldChanges } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { resolveTemplate } from '../../domain/meetings/invitation-templates.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit, fieldsChangedSince, type DbOrTx } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { editableMeeting, visibleMeeting } from './access.js';
import { createMeetingPartsRepo, type FindingRecord } from './parts-repo.js';
import { createMeetingRepo } from './repo.js';

type PartTable = Parameters<ReturnType<typeof createMeetingPartsRepo>['deletePart']>[0];
const PART_TABLES: Record<'speakers' | 'findings' | 'strategies' | 'decisions' | 'declarations', PartTable> = {
  speakers: 'meeting_speakers', findings: 'meeting_findings', strategies: 'meeting_strategies', decisions: 'meeting_decisions', declarations: 'declarations',
};
export type PartKind = keyof typeof PART_TABLES;

/** Invitations and attendance, speakers, findings, strategies, decisions and declarations of one meeting. */
export function createMeetingPartsService(db: Db, clock: Clock) {
  const meetings = createMeetingRepo(db);
  const parts = createMeetingPartsRepo(db);

  const notFound = () => new AppError('not_found', 404, { what: 'resource' });

  /** Writes in one transaction with one audit row about a part of the meeting. */
  async function write<T>(actor: Actor, context: RequestContext, entry: { action: string; entityType: string; entityId: (result: T) => string; regionCode: string }, work: (tx: DbOrTx) => Promise<{ result: T; changes: FieldChanges }>) {
    return db.transaction(async (tx) => {
      const { result, changes } = await work(tx);
      await appendAudit(tx, {
        actor: { type: actor.type, id: actor.userId, label: actor.label },
        action: entry.action, entityType: entry.entityType, entityId: entry.entityId(result), regionCode: entry.regionCode,
        changes, ip: context.ip, client: context.client, at: clock.now(),
      });
      return result;
    });
  }

  /** Units and people the actor can see; any other id is answered like an unknown one (400). */
  async function checkInvitees(actor: Actor, unitIds: number[], personIds: number[]) {
    const units = await parts.unitsByIds(unitIds);
    const people = await parts.peopleByIds(personIds);
    const visible = (regionCode: string) => inScope(actor.principal, regionCode);
    if (units.length !== new Set(unitIds).size || units.some((u) => !visible(u.regionCode))) throw new AppError('invalid', 400, { detail: 'unitIds' });
    if (people.length !== new Set(personIds).size || people.some((p) => !visible(p.regionCode))) throw new AppError('invalid', 400, { detail: 'personIds' });
  }

  return {
    /**
     * Invites units and people, and/or every unit of a template at a region (the meeting's first
     * region by default). Already-invited ones are skipped; agencies without a unit there are named.
     */
    async invite(actor: Actor, meetingId: number, input: Invite, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      await checkInvitees(actor, input.unitIds, input.personIds);
      let unitIds = [...new Set(input.unitIds)];
      let missingAgencies: string[] = [];
      if (input.template) {
        const region = input.templateRegion ?? meeting.regions[0]!.code;
        if (!inScope(actor.principal, region)) throw new AppError('forbidden', 403);
        const resolved = resolveTemplate(input.template as Parameters<typeof resolveTemplate>[0], region, await parts.unitsAtRegion(region));
        unitIds = [...new Set([...unitIds, ...resolved.unitIds])];
        missingAgencies = resolved.missingAgencies;
      }
      const added = await write(actor, context, { action: 'meeting.invite', entityType: 'meeting', entityId: () => String(meetingId), regionCode: meeting.regions[0]!.code }, async (tx) => {
        const txParts = createMeetingPartsRepo(tx);
        const addedUnits: number[] = [];
        const addedPeople: number[] = [];
        for (const unitId of unitIds) if (await txParts.invite(meetingId, unitId, null)) addedUnits.push(unitId);
        for (const personId of new Set(input.personIds)) if (await txParts.invite(meetingId, null, personId)) addedPeople.push(personId);
        return { result: addedUnits.length + addedPeople.length, changes: { invitedUnitIds: [null, addedUnits], invitedPersonIds: [null, addedPeople] } };
      });
      return { added, missingAgencies, invitations: await parts.invitations(meetingId) };
    },

    /**
     * RSVP and attendance at the door. Those who run the meeting change anything; a unit's own
     * people may answer its RSVP.
     */
    async updateInvitation(actor: Actor, meetingId: number, invitationId: number, input: UpdateInvitation, context: RequestContext) {
      const meeting = await visibleMeeting(meetings, actor, meetingId);
      const before = await parts.invitation(meetingId, invitationId);
      if (!before) throw notFound();
      const runsMeeting = can(actor.principal, 'write', { regionCode: meeting.organiser.regionCode, unitId: meeting.organiser.unitId });
      const ownUnit = before.unitId !== null && actor.principal.unitId === before.unitId && can(actor.principal, 'write', { regionCode: actor.principal.regionCode, unitId: before.unitId });
      const onlyRsvp = input.attended === undefined && input.attendedAt === undefined && input.representative === undefined;
      if (!runsMeeting && !(ownUnit && onlyRsvp)) throw new AppError('forbidden', 403);
      const attendedAt = input.attended === false ? null
        : input.attended === true || input.attendedAt !== undefined ? new Date(input.attendedAt ?? clock.now()).toISOString()
        : before.attendedAt;
      const after = { rsvp: input.rsvp ?? before.rsvp, attendedAt, representative: input.representative === undefined ? before.representative : input.representative };
      const changes = changedFields({ rsvp: before.rsvp, attendedAt: before.attendedAt, representative: before.representative }, after);
      if (Object.keys(changes).length > 0) {
        await write(actor, context, { action: 'meeting.invitation.update', entityType: 'meeting_invitation', entityId: () => String(invitationId), regionCode: meeting.regions[0]!.code }, async (tx) => {
          await createMeetingPartsRepo(tx).updateInvitation(invitationId, after);
          return { result: null, changes };
        });
      }
      return (await parts.invitation(meetingId, invitationId))!;
    },

    async removeInvitation(actor: Actor, meetingId: number, invitationId: number, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      const before = await parts.invitation(meetingId, invitationId);
      if (!before) throw notFound();
      await write(actor, context, { action: 'meeting.invitation.delete', entityType: 'meeting_invitation', entityId: () => String(invitationId), regionCode: meeting.regions[0]!.code }, async (tx) => {
        await createMeetingPartsRepo(tx).deleteInvitation(invitationId);
        return { result: null, changes: changedFields({ unitId: before.unitId, personId: before.personId, attendedAt: before.attendedAt }, null) };
      });
    },

    async addSpeaker(actor: Actor, meetingId: number, input: CreateSpeaker, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      await checkInvitees(actor, input.unitId ? [input.unitId] : [], input.personId ? [input.personId] : []);
      const id = await write(actor, context, { action: 'meeting.speaker.add', entityType: 'meeting_speaker', entityId: (id: number) => String(id), regionCode: meeting.regions[0]!.code }, async (tx) => ({
        result: await createMeetingPartsRepo(tx).addSpeaker(meetingId, input),
        changes: changedFields(null, { meetingId, ...input }),
      }));
      return (await parts.speakers(meetingId)).find((s) => s.id === id)!;
    },

    async addFinding(actor: Actor, meetingId: number, input: CreateFinding, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      const finding = { ...input, regionCode: input.regionCode ?? null };
      await checkRegion(actor, finding.regionCode);
      const id = await write(actor, context, { action: 'meeting.finding.add', entityType: 'finding', entityId: (id: number) => String(id), regionCode: finding.regionCode ?? meeting.regions[0]!.code }, async (tx) => ({
        result: await createMeetingPartsRepo(tx).addFinding(meetingId, finding),
        changes: changedFields(null, { meetingId, ...finding, version: 1 }),
      }));
      return publicFinding((await parts.finding(meetingId, id))!);
    },

    async updateFinding(actor: Actor, meetingId: number, findingId: number, input: UpdateFinding, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      const before = await parts.finding(meetingId, findingId);
      if (!before) throw notFound();
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'finding', String(findingId), input.version), publicFinding((await parts.finding(meetingId, findingId))!));
      if (before.version !== input.version) throw await stale();
      const after = {
        problem: input.problem ?? before.problem, domain: input.domain ?? before.domain, severity: input.severity ?? before.severity,
        regionCode: input.regionCode === undefined ? before.regionCode : input.regionCode,
      };
      await checkRegion(actor, after.regionCode);
      const changes = changedFields({ problem: before.problem, domain: before.domain, severity: before.severity, regionCode: before.regionCode }, after);
      if (Object.keys(changes).length === 0) return publicFinding(before);
      const saved = await write(actor, context, { action: 'meeting.finding.update', entityType: 'finding', entityId: () => String(findingId), regionCode: after.regionCode ?? meeting.regions[0]!.code }, async (tx) => ({
        result: await createMeetingPartsRepo(tx).updateFinding(findingId, after, input.version),
        changes: { ...changes, version: [input.version, input.version + 1] },
      }));
      if (!saved) throw await stale();
      return publicFinding((await parts.finding(meetingId, findingId))!);
    },

    async addStrategy(actor: Actor, meetingId: number, input: CreateStrategy, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      const findingIds = new Set((await parts.findings(meetingId)).map((f) => f.id));
      if (input.findingIds.some((id) => !findingIds.has(id))) throw new AppError('invalid', 400, { detail: 'findingIds' });
      const id = await write(actor, context, { action: 'meeting.strategy.add', entityType: 'strategy', entityId: (id: number) => String(id), regionCode: meeting.regions[0]!.code }, async (tx) => ({
        result: await createMeetingPartsRepo(tx).addStrategy(meetingId, input.text, input.findingIds),
        changes: changedFields(null, { meetingId, text: input.text, findingIds: [...new Set(input.findingIds)].sort((a, b) => a - b) }),
      }));
      return (await parts.strategies(meetingId)).find((s) => s.id === id)!;
    },

    async addDecision(actor: Actor, meetingId: number, text: string, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      const id = await write(actor, context, { action: 'meeting.decision.add', entityType: 'decision', entityId: (id: number) => String(id), regionCode: meeting.regions[0]!.code }, async (tx) => ({
        result: await createMeetingPartsRepo(tx).addDecision(meetingId, text),
        changes: changedFields(null, { meetingId, text }),
      }));
      return { id, text };
    },

    async addDeclaration(actor: Actor, meetingId: number, input: CreateDeclaration, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      await checkInvitees(actor, input.signatories.flatMap((s) => (s.unitId ? [s.unitId] : [])), input.signatories.flatMap((s) => (s.personId ? [s.personId] : [])));
      const id = await write(actor, context, { action: 'meeting.declaration.add', entityType: 'declaration', entityId: (id: number) => String(id), regionCode: meeting.regions[0]!.code }, async (tx) => ({
        result: await createMeetingPartsRepo(tx).addDeclaration(meetingId, input),
        changes: changedFields(null, { meetingId, title: input.title, text: input.text, signatories: input.signatories.map((s) => s.name) }),
      }));
      return (await parts.declarations(meetingId)).find((d) => d.id === id)!;
    },

    /** Records that a signatory signed (now) or takes it back. */
    async sign(actor: Actor, meetingId: number, declarationId: number, signatoryId: number, signed: boolean, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      const signedAt = signed ? clock.now().toISOString() : null;
      await write(actor, context, { action: 'meeting.declaration.sign', entityType: 'declaration', entityId: () => String(declarationId), regionCode: meeting.regions[0]!.code }, async (tx) => {
        const ok = await createMeetingPartsRepo(tx).sign(meetingId, declarationId, signatoryId, signedAt);
        if (!ok) throw notFound();
        return { result: ok, changes: { [`signatory ${signatoryId}`]: [null, signedAt] } };
      });
      return (await parts.declarations(meetingId)).find((d) => d.id === declarationId)!;
    },

    /** Removes a speaker, finding, strategy, decision or declaration recorded by mistake. */
    async removePart(actor: Actor, meetingId: number, kind: PartKind, partId: number, context: RequestContext) {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      await write(actor, context, { action: `meeting.${kind}.delete`, entityType: kind, entityId: () => String(partId), regionCode: meeting.regions[0]!.code }, async (tx) => {
        if (!(await createMeetingPartsRepo(tx).deletePart(PART_TABLES[kind], meetingId, partId))) throw notFound();
        return { result: null, changes: { deleted: [partId, null] } };
      });
    },
  };

  /** A finding's region must be a gazetteer region inside the actor's scope. */
  async function checkRegion(actor: Actor, regionCode: string | null) {
    if (regionCode === null) return;
    if (!(await meetings.knownRegions([regionCode])).has(regionCode)) throw new AppError('invalid', 400, { detail: `regionCode: ${regionCode}` });
    if (!inScope(actor.principal, regionCode)) throw new AppError('forbidden', 403);
  }
}

function publicFinding({ meetingId: _meetingId, ...finding }: FindingRecord): Omit<FindingRecord, 'meetingId'> {
  return finding;
}

export type MeetingPartsService = ReturnType<typeof createMeetingPartsService>;
