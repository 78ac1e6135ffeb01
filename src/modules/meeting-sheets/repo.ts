import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import type { InvitationRef, UnitRef } from '../../domain/meetings/attendance-import.js';
import type { RsvpState } from '../../domain/meetings/vocabulary.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';
import { meetingFilter, type MeetingFilters, type MeetingVisibility } from '../meetings/repo.js';
import { toInvitation } from '../meetings/parts-repo.js';

type Executor = Pick<Db, 'execute'>;

/** An invitation with who it is: its unit (a person's own unit for person invitations), agency and position. */
export interface AttendanceRow extends InvitationRef {
  personId: number | null;
  agencyCode: string | null;
  position: string | null;
  rsvp: RsvpState;
}

export interface MeetingStats {
  invited: number;
  present: number;
  findings: number;
  openActionItems: number;
}

const idList = (ids: readonly number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `);

/** Reads for exports, the attendance import and attendance rates. */
export function createMeetingSheetRepo(db: Executor) {
  return {
    /** Per meeting: invitations, those present, findings, and action items still open or in progress. */
    async meetingStats(ids: readonly number[]): Promise<Map<number, MeetingStats>> {
      if (ids.length === 0) return new Map();
      const rows = await db.execute(sql`
        select m.id,
          (select count(*)::int from meeting_invitations i where i.meeting_id = m.id) as invited,
          (select count(i.attended_at)::int from meeting_invitations i where i.meeting_id = m.id) as present,
          (select count(*)::int from meeting_findings f where f.meeting_id = m.id) as findings,
          (select count(*)::int from action_items a where a.meeting_id = m.id and a.status in ('open', 'in_progress')) as open_items
        from meetings m where m.id in (${idList(ids)})`);
      return new Map(rows.rows.map((row) => [Number(row.id), {
        invited: Number(row.invited), present: Number(row.present), findings: Number(row.findings), openActionItems: Number(row.open_items),
      }]));
    },

    /** A meeting's invitations in the order of its attendance list: by agency, unit, then person. */
    async attendance(meetingId: number): Promise<AttendanceRow[]> {
      const rows = await db.execute(sql`
        select i.id, i.unit_id, u.name as unit_name, coalesce(u.agency_code, pu.agency_code) as agency_code, i.person_id,
          p.full_name as person_name, p.position, p.unit_id as person_unit_id, pu.name as person_unit_name, i.rsvp, i.attended_at, i.representative
        from meeting_invitations i
        left join units u on u.id = i.unit_id
        left join people p on p.id = i.person_id
        left join units pu on pu.id = p.unit_id
        where i.meeting_id = ${meetingId}
        order by coalesce(u.agency_code, pu.agency_code) nulls last, coalesce(u.name, pu.name) nulls last, p.full_name nulls first, i.id`);
      return rows.rows.map((row) => ({
        ...toInvitation(row),
        position: (row.position as string | null) ?? null,
        personUnitId: row.person_unit_id == null ? null : Number(row.person_unit_id),
        personUnitName: (row.person_unit_name as string | null) ?? null,
      }));
    },

    /**
     * Units with these ids or (normalised) names inside both the meeting's regions and the actor's
     * scope: those an attendance import may invite.
     */
    async unitsToInvite(ids: readonly number[], names: readonly string[], meetingRegions: readonly string[], actorRoots: readonly string[] | null): Promise<UnitRef[]> {
      if (ids.length === 0 && names.length === 0) return [];
      const byId = ids.length === 0 ? sql`false` : sql`id in (${idList(ids)})`;
      const byName = names.length === 0 ? sql`false`
        : sql`lower(regexp_replace(trim(name), '\\s+', ' ', 'g')) in (${sql.join(names.map((name) => sql`${name}`), sql`, `)})`;
      const rows = await db.execute(sql`
        select id, name from units
        where (${byId} or ${byName}) and ${withinRegions(sql`region_code`, meetingRegions)} and ${withinRegions(sql`region_code`, actorRoots)}
        order by id`);
      return rows.rows.map((row) => ({ id: Number(row.id), name: String(row.name) }));
    },

    /** Invites a unit with its attendance already taken; null when it was invited meanwhile. */
    async addInvitation(meetingId: number, unitId: number, attendedAt: string | null, representative: string | null): Promise<number | null> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into meeting_invitations (meeting_id, unit_id, person_id, attended_at, representative)
        values (${meetingId}, ${unitId}, null, ${attendedAt}, ${representative}) on conflict do nothing returning id`);
      return rows.rows[0] ? Number(rows.rows[0].id) : null;
    },

    /** Per action item: its latest note, and the zone of the meeting where it was agreed. */
    async actionItemExtras(ids: readonly number[]): Promise<Map<number, { lastNote: string | null; meetingTimeZone: TimeZoneLabel }>> {
      if (ids.length === 0) return new Map();
      const rows = await db.execute(sql`
        select a.id, m.time_zone,
          (select e.note from action_item_events e where e.action_item_id = a.id and e.note is not null order by e.id desc limit 1) as last_note
        from action_items a join meetings m on m.id = a.meeting_id where a.id in (${idList(ids)})`);
      return new Map(rows.rows.map((row) => [Number(row.id), { lastNote: (row.last_note as string | null) ?? null, meetingTimeZone: row.time_zone as TimeZoneLabel }]));
    },

    /**
     * Invitations and attendance per agency over the visible meetings that pass the filters and had
     * started by `now`. A person's invitation counts for the agency of the unit they work for.
     */
    async attendanceRates(visibility: MeetingVisibility, filters: MeetingFilters, now: Date) {
      const where = sql`${meetingFilter(visibility, filters)} and m.starts_at <= ${now.toISOString()}`;
      const [rows, counted] = await Promise.all([
        db.execute(sql`
          select ag.code, ag.name_id, ag.name_en, count(distinct m.id)::int as meetings, count(*)::int as invited, count(i.attended_at)::int as present
          from meetings m
          join units u on u.id = m.organiser_unit_id
          join meeting_invitations i on i.meeting_id = m.id
          left join people p on p.id = i.person_id
          join units iu on iu.id = coalesce(i.unit_id, p.unit_id)
          join agencies ag on ag.code = iu.agency_code
          where ${where}
          group by ag.code, ag.name_id, ag.name_en`),
        db.execute<{ total: number }>(sql`select count(*)::int as total from meetings m join units u on u.id = m.organiser_unit_id where ${where}`),
      ]);
      return {
        meetings: Number(counted.rows[0]?.total ?? 0),
        items: rows.rows.map((row) => ({
          agencyCode: String(row.code), nameId: String(row.name_id), nameEn: String(row.name_en),
          meetings: Number(row.meetings), invited: Number(row.invited), present: Number(row.present),
        })),
      };
    },
  };
}
