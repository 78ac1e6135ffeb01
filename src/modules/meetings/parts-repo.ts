import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isoInstantOrNull, textArraySql, textList } from '../../db/values.js';
import type { CreateDeclaration, CreateFinding, CreateSpeaker, Invitation } from '../../contracts/meetings.js';
import type { FindingDomain, RsvpState, Severity } from '../../domain/meetings/vocabulary.js';

type Executor = Pick<Db, 'execute'>;


export interface FindingRecord {
  id: number;
  meetingId: number;
  problem: string;
  domain: FindingDomain;
  regionCode: string | null;
  severity: Severity;
  version: number;
}

const SELECT_INVITATION = sql`
  select i.id, i.unit_id, u.name as unit_name, u.agency_code, i.person_id, p.full_name as person_name, i.rsvp, i.attended_at, i.representative
  from meeting_invitations i left join units u on u.id = i.unit_id left join people p on p.id = i.person_id`;

/** An invitation row (columns of SELECT_INVITATION, or more) as the API shows it. */
export function toInvitation(row: Record<string, unknown>): Invitation {
  return {
    id: Number(row.id),
    unitId: row.unit_id == null ? null : Number(row.unit_id),
    unitName: (row.unit_name as string | null) ?? null,
    agencyCode: (row.agency_code as string | null) ?? null,
    personId: row.person_id == null ? null : Number(row.person_id),
    personName: (row.person_name as string | null) ?? null,
    rsvp: row.rsvp as RsvpState,
    attendedAt: isoInstantOrNull(row.attended_at),
    representative: (row.representative as string | null) ?? null,
  };
}

function toFinding(row: Record<string, unknown>): FindingRecord {
  return {
    id: Number(row.id), meetingId: Number(row.meeting_id), problem: String(row.problem), domain: row.domain as FindingDomain,
    regionCode: (row.region_code as string | null) ?? null, severity: row.severity as Severity, version: Number(row.version),
  };
}

/** The parts of a meeting: invitations and attendance, speakers, findings, strategies, decisions, declarations. */
export function createMeetingPartsRepo(db: Executor) {
  return {
    async invitations(meetingId: number): Promise<Invitation[]> {
      const rows = await db.execute(sql`${SELECT_INVITATION} where i.meeting_id = ${meetingId} order by u.agency_code nulls last, u.name, p.full_name, i.id`);
      return rows.rows.map(toInvitation);
    },

    async invitation(meetingId: number, id: number): Promise<Invitation | null> {
      const rows = await db.execute(sql`${SELECT_INVITATION} where i.meeting_id = ${meetingId} and i.id = ${id}`);
      return rows.rows[0] ? toInvitation(rows.rows[0]) : null;
    },

    /** Adds an invitation unless the same unit/person pair is already invited; true when added. */
    async invite(meetingId: number, unitId: number | null, personId: number | null): Promise<boolean> {
      const rows = await db.execute(sql`
        insert into meeting_invitations (meeting_id, unit_id, person_id) values (${meetingId}, ${unitId}, ${personId})
        on conflict do nothing returning id`);
      return rows.rows.length > 0;
    },

    async updateInvitation(id: number, fields: { rsvp: RsvpState; attendedAt: string | null; representative: string | null }) {
      await db.execute(sql`update meeting_invitations set rsvp = ${fields.rsvp}, attended_at = ${fields.attendedAt}, representative = ${fields.representative} where id = ${id}`);
    },

    async deleteInvitation(id: number) {
      await db.execute(sql`delete from meeting_invitations where id = ${id}`);
    },

    async speakers(meetingId: number) {
      const rows = await db.execute(sql`select id, position, person_id, unit_id, name, title, points from meeting_speakers where meeting_id = ${meetingId} order by position, id`);
      return rows.rows.map((row) => ({
        id: Number(row.id), position: Number(row.position), personId: row.person_id == null ? null : Number(row.person_id),
        unitId: row.unit_id == null ? null : Number(row.unit_id), name: String(row.name), title: (row.title as string | null) ?? null, points: textList(row.points),
      }));
    },

    async addSpeaker(meetingId: number, speaker: CreateSpeaker): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into meeting_speakers (meeting_id, position, person_id, unit_id, name, title, points)
        values (${meetingId}, (select coalesce(max(position), 0) + 1 from meeting_speakers where meeting_id = ${meetingId}),
          ${speaker.personId ?? null}, ${speaker.unitId ?? null}, ${speaker.name}, ${speaker.title ?? null}, ${textArraySql(speaker.points)})
        returning id`);
      return Number(rows.rows[0]!.id);
    },

    async findings(meetingId: number): Promise<FindingRecord[]> {
      const rows = await db.execute(sql`select * from meeting_findings where meeting_id = ${meetingId} order by id`);
      return rows.rows.map(toFinding);
    },

    async finding(meetingId: number, id: number): Promise<FindingRecord | null> {
      const rows = await db.execute(sql`select * from meeting_findings where meeting_id = ${meetingId} and id = ${id}`);
      return rows.rows[0] ? toFinding(rows.rows[0]) : null;
    },

    async addFinding(meetingId: number, finding: Required<CreateFinding>): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into meeting_findings (meeting_id, problem, domain, region_code, severity)
        values (${meetingId}, ${finding.problem}, ${finding.domain}, ${finding.regionCode}, ${finding.severity}) returning id`);
      return Number(rows.rows[0]!.id);
    },

    /** Writes a finding if it is still at `expectedVersion`; false when someone saved first. */
    async updateFinding(id: number, finding: Omit<FindingRecord, 'id' | 'meetingId' | 'version'>, expectedVersion: number): Promise<boolean> {
      const rows = await db.execute(sql`
        update meeting_findings set problem = ${finding.problem}, domain = ${finding.domain}, region_code = ${finding.regionCode},
          severity = ${finding.severity}, version = version + 1
        where id = ${id} and version = ${expectedVersion} returning id`);
      return rows.rows.length > 0;
    },

    async strategies(meetingId: number) {
      const rows = await db.execute(sql`
        select s.id, s.text, s.version, coalesce(array_agg(sf.finding_id order by sf.finding_id) filter (where sf.finding_id is not null), '{}') as finding_ids
        from meeting_strategies s left join strategy_findings sf on sf.strategy_id = s.id
        where s.meeting_id = ${meetingId} group by s.id order by s.id`);
      return rows.rows.map((row) => ({
        id: Number(row.id), text: String(row.text), version: Number(row.version),
        findingIds: (Array.isArray(row.finding_ids) ? row.finding_ids : []).map(Number),
      }));
    },

    async addStrategy(meetingId: number, text: string, findingIds: number[]): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`insert into meeting_strategies (meeting_id, text) values (${meetingId}, ${text}) returning id`);
      const id = Number(rows.rows[0]!.id);
      for (const findingId of new Set(findingIds)) await db.execute(sql`insert into strategy_findings (strategy_id, finding_id) values (${id}, ${findingId})`);
      return id;
    },

    async decisions(meetingId: number) {
      const rows = await db.execute(sql`select id, text from meeting_decisions where meeting_id = ${meetingId} order by id`);
      return rows.rows.map((row) => ({ id: Number(row.id), text: String(row.text) }));
    },

    async addDecision(meetingId: number, text: string): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`insert into meeting_decisions (meeting_id, text) values (${meetingId}, ${text}) returning id`);
      return Number(rows.rows[0]!.id);
    },

    /** Deletes one part of this meeting; false when there was none with that id here. */
    async deletePart(table: 'meeting_speakers' | 'meeting_findings' | 'meeting_strategies' | 'meeting_decisions' | 'declarations', meetingId: number, id: number): Promise<boolean> {
      const rows = await db.execute(sql`delete from ${sql.identifier(table)} where meeting_id = ${meetingId} and id = ${id} returning id`);
      return rows.rows.length > 0;
    },

    async declarations(meetingId: number) {
      const [declarations, signatories] = await Promise.all([
        db.execute(sql`select id, title, text from declarations where meeting_id = ${meetingId} order by id`),
        db.execute(sql`
          select s.id, s.declaration_id, s.unit_id, s.person_id, s.name, s.position, s.signed_at from declaration_signatories s
          join declarations d on d.id = s.declaration_id where d.meeting_id = ${meetingId} order by s.id`),
      ]);
      return declarations.rows.map((row) => ({
        id: Number(row.id), title: String(row.title), text: String(row.text),
        signatories: signatories.rows.filter((s) => Number(s.declaration_id) === Number(row.id)).map((s) => ({
          id: Number(s.id), unitId: s.unit_id == null ? null : Number(s.unit_id), personId: s.person_id == null ? null : Number(s.person_id),
          name: String(s.name), position: (s.position as string | null) ?? null, signedAt: isoInstantOrNull(s.signed_at),
        })),
      }));
    },

    async addDeclaration(meetingId: number, declaration: CreateDeclaration): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`insert into declarations (meeting_id, title, text) values (${meetingId}, ${declaration.title}, ${declaration.text}) returning id`);
      const id = Number(rows.rows[0]!.id);
      for (const s of declaration.signatories) {
        await db.execute(sql`
          insert into declaration_signatories (declaration_id, unit_id, person_id, name, position)
          values (${id}, ${s.unitId ?? null}, ${s.personId ?? null}, ${s.name}, ${s.position ?? null})`);
      }
      return id;
    },

    /** Marks a signatory of a declaration of this meeting signed (now) or unsigned; false when there is no such signatory here. */
    async sign(meetingId: number, declarationId: number, signatoryId: number, signedAt: string | null): Promise<boolean> {
      const rows = await db.execute(sql`
        update declaration_signatories s set signed_at = ${signedAt}
        from declarations d where d.id = s.declaration_id and d.meeting_id = ${meetingId} and d.id = ${declarationId} and s.id = ${signatoryId}
        returning s.id`);
      return rows.rows.length > 0;
    },

    /** Units among these ids that exist, with their region (to check scope). */
    async unitsByIds(ids: number[]) {
      if (ids.length === 0) return [];
      const rows = await db.execute(sql`select id, agency_code, region_code from units where id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
      return rows.rows.map((row) => ({ id: Number(row.id), agencyCode: String(row.agency_code), regionCode: String(row.region_code) }));
    },

    async peopleByIds(ids: number[]) {
      if (ids.length === 0) return [];
      const rows = await db.execute(sql`
        select p.id, p.unit_id, u.region_code from people p join units u on u.id = p.unit_id
        where p.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
      return rows.rows.map((row) => ({ id: Number(row.id), unitId: Number(row.unit_id), regionCode: String(row.region_code) }));
    },

    async unitsAtRegion(regionCode: string) {
      const rows = await db.execute(sql`select id, agency_code, region_code from units where region_code = ${regionCode} order by id`);
      return rows.rows.map((row) => ({ id: Number(row.id), agencyCode: String(row.agency_code), regionCode: String(row.region_code) }));
    },
  };
}

export type MeetingPartsRepo = ReturnType<typeof createMeetingPartsRepo>;
