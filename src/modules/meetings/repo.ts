import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import { isoInstant, isoInstantOrNull, textArraySql, textList } from '../../db/values.js';
import type { Meeting, MeetingListQuery } from '../../contracts/meetings.js';
import type { MeetingKind, MeetingLevel, MeetingMode } from '../../domain/meetings/vocabulary.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';

type Executor = Pick<Db, 'execute'>;

/** Who may see meetings: region subtrees (null = all) and, for officers, the unit whose invitations count too. */
export interface MeetingVisibility {
  roots: string[] | null;
  unitId: number | null;
}

/** The stored fields of a meeting, as the service has checked and normalised them. */
export interface MeetingRecord {
  kind: MeetingKind;
  title: string;
  organiserUnitId: number;
  level: MeetingLevel;
  electionId: string | null;
  stageCode: string | null;
  startsAt: string;
  endsAt: string | null;
  timeZone: TimeZoneLabel;
  venue: string | null;
  mode: MeetingMode;
  legalBasis: string[];
  agenda: string | null;
  summary: string | null;
  chairName: string | null;
  chairPosition: string | null;
  minuteTakerName: string | null;
  minuteTakerPosition: string | null;
}


const SELECT_MEETING = sql`
  select m.id, m.kind, m.title, m.organiser_unit_id, u.name as organiser_name, u.agency_code as organiser_agency,
    u.region_code as organiser_region, m.level, m.election_id, m.stage_code, m.starts_at, m.ends_at, m.time_zone,
    m.venue, m.mode, m.legal_basis, m.agenda, m.summary, m.chair_name, m.chair_position,
    m.minute_taker_name, m.minute_taker_position, m.version, m.updated_at
  from meetings m join units u on u.id = m.organiser_unit_id`;

/** SQL true when the caller may see meeting `m`: it covers a region in scope, is organised in scope, or invites the caller's unit. */
export function meetingVisible(visibility: MeetingVisibility): SQL {
  if (visibility.roots === null) return sql`true`;
  const invited = visibility.unitId === null
    ? sql`false`
    : sql`exists (select 1 from meeting_invitations vi where vi.meeting_id = m.id and vi.unit_id = ${visibility.unitId})`;
  return sql`(exists (select 1 from meeting_regions vr where vr.meeting_id = m.id and ${withinRegions(sql`vr.region_code`, visibility.roots)})
    or ${withinRegions(sql`u.region_code`, visibility.roots)} or ${invited})`;
}

/** The meetings text-search expression; it matches the GIN index of migration 0004 exactly. */
export const MEETING_DOCUMENT = sql`to_tsvector('indonesian', m.title || ' ' || coalesce(m.agenda, '') || ' ' || coalesce(m.summary, ''))`;

export type MeetingFilters = Partial<Pick<MeetingListQuery, 'region' | 'agency' | 'kind' | 'from' | 'to' | 'q'>>;

/**
 * SQL true for the visible meetings `m` (organiser `u`) that pass the list filters: covered region,
 * involved agency, kind, time and text. Lists, exports and attendance rates share it.
 */
export function meetingFilter(visibility: MeetingVisibility, query: MeetingFilters): SQL {
  const conditions: SQL[] = [meetingVisible(visibility)];
  if (query.region) conditions.push(sql`exists (select 1 from meeting_regions fr where fr.meeting_id = m.id and ${withinRegions(sql`fr.region_code`, [query.region])})`);
  if (query.agency) {
    conditions.push(sql`(u.agency_code = ${query.agency} or exists (select 1 from meeting_invitations fi join units iu on iu.id = fi.unit_id
      where fi.meeting_id = m.id and iu.agency_code = ${query.agency}))`);
  }
  if (query.kind) conditions.push(sql`m.kind = ${query.kind}`);
  if (query.from) conditions.push(sql`m.starts_at >= ${query.from}`);
  if (query.to) conditions.push(sql`m.starts_at < ${query.to}`);
  if (query.q) conditions.push(sql`${MEETING_DOCUMENT} @@ websearch_to_tsquery('indonesian', ${query.q})`);
  return sql.join(conditions, sql` and `);
}

export function createMeetingRepo(db: Executor) {
  async function attachRegionsAndContests(rows: Record<string, unknown>[]): Promise<Meeting[]> {
    if (rows.length === 0) return [];
    const ids = sql.join(rows.map((row) => sql`${Number(row.id)}`), sql`, `);
    const [regionRows, contestRows] = await Promise.all([
      db.execute<{ meeting_id: number; code: string; name: string }>(sql`
        select mr.meeting_id, r.code, r.name from meeting_regions mr join regions r on r.code = mr.region_code
        where mr.meeting_id in (${ids}) order by r.code`),
      db.execute<{ meeting_id: number; contest_id: number }>(sql`
        select meeting_id, contest_id from meeting_contests where meeting_id in (${ids}) order by contest_id`),
    ]);
    return rows.map((row) => {
      const id = Number(row.id);
      return {
        id,
        kind: row.kind as MeetingKind,
        title: String(row.title),
        organiser: { unitId: Number(row.organiser_unit_id), name: String(row.organiser_name), agencyCode: String(row.organiser_agency), regionCode: String(row.organiser_region) },
        level: row.level as MeetingLevel,
        regions: regionRows.rows.filter((r) => Number(r.meeting_id) === id).map((r) => ({ code: r.code, name: r.name })),
        electionId: (row.election_id as string | null) ?? null,
        stageCode: (row.stage_code as string | null) ?? null,
        contestIds: contestRows.rows.filter((c) => Number(c.meeting_id) === id).map((c) => Number(c.contest_id)),
        startsAt: isoInstant(row.starts_at),
        endsAt: isoInstantOrNull(row.ends_at),
        timeZone: row.time_zone as TimeZoneLabel,
        venue: (row.venue as string | null) ?? null,
        mode: row.mode as MeetingMode,
        legalBasis: textList(row.legal_basis),
        agenda: (row.agenda as string | null) ?? null,
        summary: (row.summary as string | null) ?? null,
        chairName: (row.chair_name as string | null) ?? null,
        chairPosition: (row.chair_position as string | null) ?? null,
        minuteTakerName: (row.minute_taker_name as string | null) ?? null,
        minuteTakerPosition: (row.minute_taker_position as string | null) ?? null,
        version: Number(row.version),
        updatedAt: isoInstant(row.updated_at),
      };
    });
  }

  return {
    async get(id: number): Promise<Meeting | null> {
      const rows = await db.execute(sql`${SELECT_MEETING} where m.id = ${id}`);
      return (await attachRegionsAndContests(rows.rows))[0] ?? null;
    },

    /** Whether the caller may see this meeting (the same rule lists use). */
    async isVisible(id: number, visibility: MeetingVisibility): Promise<boolean> {
      const rows = await db.execute(sql`select 1 from meetings m join units u on u.id = m.organiser_unit_id where m.id = ${id} and ${meetingVisible(visibility)}`);
      return rows.rows.length > 0;
    },

    /** Visible meetings, newest first, filtered by covered region, involved agency, kind, time and text. */
    async list(visibility: MeetingVisibility, query: MeetingListQuery) {
      const where = meetingFilter(visibility, query);
      const rows = await db.execute(sql`${SELECT_MEETING} where ${where} order by m.starts_at desc, m.id desc limit ${query.limit} offset ${query.offset}`);
      const counted = await db.execute<{ total: number }>(sql`select count(*)::int as total from meetings m join units u on u.id = m.organiser_unit_id where ${where}`);
      return { items: await attachRegionsAndContests(rows.rows), total: Number(counted.rows[0]?.total ?? 0) };
    },

    async insert(meeting: MeetingRecord, regionCodes: string[], contestIds: number[], createdBy: string | null, now: Date): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into meetings (kind, title, organiser_unit_id, level, election_id, stage_code, starts_at, ends_at, time_zone, venue, mode,
          legal_basis, agenda, summary, chair_name, chair_position, minute_taker_name, minute_taker_position, created_by, created_at, updated_at)
        values (${meeting.kind}, ${meeting.title}, ${meeting.organiserUnitId}, ${meeting.level}, ${meeting.electionId}, ${meeting.stageCode},
          ${meeting.startsAt}, ${meeting.endsAt}, ${meeting.timeZone}, ${meeting.venue}, ${meeting.mode}, ${textArraySql(meeting.legalBasis)},
          ${meeting.agenda}, ${meeting.summary}, ${meeting.chairName}, ${meeting.chairPosition}, ${meeting.minuteTakerName},
          ${meeting.minuteTakerPosition}, ${createdBy}, ${now.toISOString()}, ${now.toISOString()})
        returning id`);
      const id = Number(rows.rows[0]!.id);
      await this.replaceLinks(id, regionCodes, contestIds);
      return id;
    },

    /** Writes the fields if the stored version is still `expectedVersion`; false when someone saved first. */
    async update(id: number, meeting: MeetingRecord, regionCodes: string[], contestIds: number[], expectedVersion: number, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update meetings set kind = ${meeting.kind}, title = ${meeting.title}, organiser_unit_id = ${meeting.organiserUnitId}, level = ${meeting.level},
          election_id = ${meeting.electionId}, stage_code = ${meeting.stageCode}, starts_at = ${meeting.startsAt}, ends_at = ${meeting.endsAt},
          time_zone = ${meeting.timeZone}, venue = ${meeting.venue}, mode = ${meeting.mode}, legal_basis = ${textArraySql(meeting.legalBasis)},
          agenda = ${meeting.agenda}, summary = ${meeting.summary}, chair_name = ${meeting.chairName}, chair_position = ${meeting.chairPosition},
          minute_taker_name = ${meeting.minuteTakerName}, minute_taker_position = ${meeting.minuteTakerPosition}, version = version + 1, updated_at = ${now.toISOString()}
        where id = ${id} and version = ${expectedVersion} returning id`);
      if (rows.rows.length === 0) return false;
      await this.replaceLinks(id, regionCodes, contestIds);
      return true;
    },

    async replaceLinks(id: number, regionCodes: string[], contestIds: number[]) {
      await db.execute(sql`delete from meeting_regions where meeting_id = ${id}`);
      await db.execute(sql`delete from meeting_contests where meeting_id = ${id}`);
      for (const code of new Set(regionCodes)) await db.execute(sql`insert into meeting_regions (meeting_id, region_code) values (${id}, ${code})`);
      for (const contest of new Set(contestIds)) await db.execute(sql`insert into meeting_contests (meeting_id, contest_id) values (${id}, ${contest})`);
    },

    /** Which of these codes are regions of the gazetteer. */
    async knownRegions(codes: string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await db.execute<{ code: string }>(sql`select code from regions where code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`);
      return new Set(rows.rows.map((r) => r.code));
    },

    /** Contests of this election among these ids. */
    async knownContests(electionId: string | null, ids: number[]): Promise<Set<number>> {
      if (ids.length === 0 || electionId === null) return new Set();
      const rows = await db.execute<{ id: number }>(sql`
        select id from contests where election_id = ${electionId} and id in (${sql.join(ids.map((c) => sql`${c}`), sql`, `)})`);
      return new Set(rows.rows.map((r) => Number(r.id)));
    },

    async stageExists(electionId: string, code: string): Promise<boolean> {
      const rows = await db.execute(sql`select 1 from election_stages where election_id = ${electionId} and code = ${code}`);
      return rows.rows.length > 0;
    },

    async electionExists(electionId: string): Promise<boolean> {
      const rows = await db.execute(sql`select 1 from elections where id = ${electionId}`);
      return rows.rows.length > 0;
    },
  };
}

export type MeetingRepo = ReturnType<typeof createMeetingRepo>;
