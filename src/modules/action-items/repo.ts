import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import { isoInstant } from '../../db/values.js';
import type { ActionItem } from '../../contracts/meetings.js';
import type { ActionStatus } from '../../domain/meetings/vocabulary.js';
import { meetingVisible, type MeetingVisibility } from '../meetings/repo.js';

type Executor = Pick<Db, 'execute'>;


/**
 * SQL true when the item is open or in progress past the end of its due day in its owner's zone:
 * the same rule as isOverdue (src/domain/meetings/action-items.ts), which a module test checks it
 * against, written in SQL so that lists can filter and sort by it.
 */
function overdueSql(now: Date): SQL {
  // Implied by the rule, and what an index can serve (action_items_open_due_idx): a due day already
  // over is before today's date in the easternmost zone (WIT, UTC+9).
  const witToday = new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  return sql`(a.status in ('open', 'in_progress') and a.due_date is not null and a.due_date < ${witToday}::date
    and ${now.toISOString()}::timestamptz >= ((a.due_date + 1)::timestamp
      - make_interval(hours => case ownr.time_zone when 'WIB' then 7 when 'WITA' then 8 else 9 end)) at time zone 'UTC')`;
}

const selectItems = (now: Date) => sql`
  select a.id, a.meeting_id, m.title as meeting_title, m.starts_at as meeting_starts_at, a.finding_id, a.strategy_id, a.title,
    a.owner_unit_id, ou.name as owner_unit_name, ou.region_code as owner_region_code, a.owner_person_id, op.full_name as owner_person_name,
    a.due_date::text as due_date, a.status, a.version, a.updated_at, ${overdueSql(now)} as overdue
  from action_items a
  join meetings m on m.id = a.meeting_id
  join units u on u.id = m.organiser_unit_id
  join units ou on ou.id = a.owner_unit_id
  join regions ownr on ownr.code = ou.region_code
  left join people op on op.id = a.owner_person_id`;

function toItem(row: Record<string, unknown>): ActionItem {
  return {
    id: Number(row.id), meetingId: Number(row.meeting_id), meetingTitle: String(row.meeting_title), meetingStartsAt: isoInstant(row.meeting_starts_at),
    findingId: row.finding_id == null ? null : Number(row.finding_id), strategyId: row.strategy_id == null ? null : Number(row.strategy_id),
    title: String(row.title), ownerUnitId: Number(row.owner_unit_id), ownerUnitName: String(row.owner_unit_name), ownerRegionCode: String(row.owner_region_code),
    ownerPersonId: row.owner_person_id == null ? null : Number(row.owner_person_id), ownerPersonName: (row.owner_person_name as string | null) ?? null,
    dueDate: (row.due_date as string | null) ?? null, status: row.status as ActionStatus, overdue: row.overdue === true || row.overdue === 't',
    version: Number(row.version), updatedAt: isoInstant(row.updated_at),
  };
}

/** Visible items: owned by a unit in scope, or agreed at a meeting the caller can see. */
function itemVisible(visibility: MeetingVisibility): SQL {
  if (visibility.roots === null) return sql`true`;
  const ownUnit = visibility.unitId === null ? sql`false` : sql`a.owner_unit_id = ${visibility.unitId}`;
  return sql`(${withinRegions(sql`ou.region_code`, visibility.roots)} or ${ownUnit} or ${meetingVisible(visibility)})`;
}

export interface ActionItemFilter {
  visibility: MeetingVisibility;
  ownerUnitId?: number;
  status?: ActionStatus;
  overdue?: boolean;
  region?: string;
  limit: number;
  offset: number;
}

export interface ActionItemFields {
  title: string;
  ownerUnitId: number;
  ownerPersonId: number | null;
  dueDate: string | null;
  status: ActionStatus;
}

export function createActionItemRepo(db: Executor) {
  return {
    async get(id: number, now: Date): Promise<ActionItem | null> {
      const rows = await db.execute(sql`${selectItems(now)} where a.id = ${id}`);
      return rows.rows[0] ? toItem(rows.rows[0]) : null;
    },

    async isVisible(id: number, visibility: MeetingVisibility): Promise<boolean> {
      const rows = await db.execute(sql`
        select 1 from action_items a join meetings m on m.id = a.meeting_id join units u on u.id = m.organiser_unit_id
        join units ou on ou.id = a.owner_unit_id where a.id = ${id} and ${itemVisible(visibility)}`);
      return rows.rows.length > 0;
    },

    /** The board: overdue first, then by due date (undated last), then newest. */
    async list(filter: ActionItemFilter, now: Date) {
      const conditions: SQL[] = [itemVisible(filter.visibility)];
      if (filter.ownerUnitId !== undefined) conditions.push(sql`a.owner_unit_id = ${filter.ownerUnitId}`);
      if (filter.status) conditions.push(sql`a.status = ${filter.status}`);
      if (filter.overdue !== undefined) conditions.push(filter.overdue ? overdueSql(now) : sql`not ${overdueSql(now)}`);
      if (filter.region) conditions.push(withinRegions(sql`ou.region_code`, [filter.region]));
      const where = sql.join(conditions, sql` and `);
      const rows = await db.execute(sql`${selectItems(now)} where ${where}
        order by ${overdueSql(now)} desc, a.due_date asc nulls last, a.id desc limit ${filter.limit} offset ${filter.offset}`);
      const counted = await db.execute<{ total: number }>(sql`
        select count(*)::int as total from action_items a join meetings m on m.id = a.meeting_id join units u on u.id = m.organiser_unit_id
        join units ou on ou.id = a.owner_unit_id join regions ownr on ownr.code = ou.region_code where ${where}`);
      return { items: rows.rows.map(toItem), total: Number(counted.rows[0]?.total ?? 0) };
    },

    /** Items agreed at this meeting. */
    async ofMeeting(meetingId: number, now: Date): Promise<ActionItem[]> {
      const rows = await db.execute(sql`${selectItems(now)} where a.meeting_id = ${meetingId} order by a.id`);
      return rows.rows.map(toItem);
    },

    /** Items from earlier meetings carried forward to this one. */
    async carriedTo(meetingId: number, now: Date): Promise<ActionItem[]> {
      const rows = await db.execute(sql`${selectItems(now)} join action_item_meetings c on c.action_item_id = a.id
        where c.meeting_id = ${meetingId} order by a.id`);
      return rows.rows.map(toItem);
    },

    /**
     * Still-pending items agreed at earlier meetings that covered any of these regions or a region
     * inside them, not yet carried to this meeting: what the next meeting should look at again.
     * Only those the caller may see: a meeting visible through its organiser or an invitation does
     * not open the earlier meetings on its regions.
     */
    async pendingBefore(meetingId: number, startsAt: string, regionCodes: string[], visibility: MeetingVisibility, now: Date): Promise<ActionItem[]> {
      if (regionCodes.length === 0) return [];
      const rows = await db.execute(sql`${selectItems(now)}
        where a.status in ('open', 'in_progress') and m.starts_at < ${startsAt} and a.meeting_id <> ${meetingId} and ${itemVisible(visibility)}
          and exists (select 1 from meeting_regions er where er.meeting_id = a.meeting_id and ${withinRegions(sql`er.region_code`, regionCodes)})
          and not exists (select 1 from action_item_meetings c where c.action_item_id = a.id and c.meeting_id = ${meetingId})
        order by ${overdueSql(now)} desc, a.due_date asc nulls last, a.id limit 500`);
      return rows.rows.map(toItem);
    },

    async insert(meetingId: number, fields: ActionItemFields & { findingId: number | null; strategyId: number | null }, now: Date): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into action_items (meeting_id, finding_id, strategy_id, title, owner_unit_id, owner_person_id, due_date, status, created_at, updated_at)
        values (${meetingId}, ${fields.findingId}, ${fields.strategyId}, ${fields.title}, ${fields.ownerUnitId}, ${fields.ownerPersonId},
          ${fields.dueDate}, ${fields.status}, ${now.toISOString()}, ${now.toISOString()}) returning id`);
      return Number(rows.rows[0]!.id);
    },

    /** Writes the fields if the item is still at `expectedVersion`; false when someone saved first. */
    async update(id: number, fields: ActionItemFields, expectedVersion: number, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update action_items set title = ${fields.title}, owner_unit_id = ${fields.ownerUnitId}, owner_person_id = ${fields.ownerPersonId},
          due_date = ${fields.dueDate}, status = ${fields.status}, version = version + 1, updated_at = ${now.toISOString()}
        where id = ${id} and version = ${expectedVersion} returning id`);
      return rows.rows.length > 0;
    },

    async addEvent(event: { actionItemId: number; at: Date; actorId: string | null; actorLabel: string; fromStatus: ActionStatus | null; toStatus: ActionStatus | null; note: string | null; fileId: number | null }) {
      await db.execute(sql`
        insert into action_item_events (action_item_id, at, actor_id, actor_label, from_status, to_status, note, file_id)
        values (${event.actionItemId}, ${event.at.toISOString()}, ${event.actorId}, ${event.actorLabel}, ${event.fromStatus}, ${event.toStatus}, ${event.note}, ${event.fileId})`);
    },

    async hasEvidence(id: number, fileId: number): Promise<boolean> {
      const rows = await db.execute(sql`select 1 from action_item_events where action_item_id = ${id} and file_id = ${fileId} limit 1`);
      return rows.rows.length > 0;
    },

    async history(id: number) {
      const rows = await db.execute(sql`
        select e.id, e.at, e.actor_label, e.from_status, e.to_status, e.note, f.id as file_id, f.name as file_name, f.media_type, f.size
        from action_item_events e left join files f on f.id = e.file_id where e.action_item_id = ${id} order by e.id`);
      return rows.rows.map((row) => ({
        id: Number(row.id), at: isoInstant(row.at), actorLabel: String(row.actor_label),
        fromStatus: (row.from_status as ActionStatus | null) ?? null, toStatus: (row.to_status as ActionStatus | null) ?? null,
        note: (row.note as string | null) ?? null,
        file: row.file_id == null ? null : { id: Number(row.file_id), name: String(row.file_name), mediaType: String(row.media_type), size: Number(row.size) },
      }));
    },

    async carriedMeetings(id: number) {
      const rows = await db.execute(sql`
        select m.id, m.title, m.starts_at from action_item_meetings c join meetings m on m.id = c.meeting_id
        where c.action_item_id = ${id} order by m.starts_at`);
      return rows.rows.map((row) => ({ meetingId: Number(row.id), title: String(row.title), startsAt: isoInstant(row.starts_at) }));
    },

    /** Links an item to a later meeting; false when it was already linked. */
    async carry(actionItemId: number, meetingId: number, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        insert into action_item_meetings (action_item_id, meeting_id, carried_at) values (${actionItemId}, ${meetingId}, ${now.toISOString()})
        on conflict do nothing returning action_item_id`);
      return rows.rows.length > 0;
    },
  };
}

export type ActionItemRepo = ReturnType<typeof createActionItemRepo>;
