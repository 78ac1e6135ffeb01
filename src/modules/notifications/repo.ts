import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inChunks } from '../../db/chunks.js';
import { withinRegions } from '../../db/scope.js';
import { isoInstant, isoInstantOrNull } from '../../db/values.js';
import type { DeliveryStatus, NotificationChannelKind, NotificationKind } from '../../domain/notifications/vocabulary.js';
import type { NotificationPayload } from '../../i18n/notifications.js';

type Executor = Pick<Db, 'execute'>;

/** Whose notifications a caller reads: its own unit's, and those of units in the region subtrees `roots` (null: all, [] : none). */
export interface NotificationReach {
  unitId: number | null;
  roots: string[] | null;
}

export interface UnitRow {
  id: number;
  name: string;
  regionCode: string;
}

export interface ChannelRow {
  id: number;
  unitId: number;
  kind: NotificationChannelKind;
  target: string;
  secret: string | null;
  active: boolean;
  createdAt: string;
}

export interface NotificationRow {
  id: number;
  kind: NotificationKind;
  unit: { id: number; name: string };
  incident: { id: number; reference: string } | null;
  alertId: number | null;
  regionCode: string | null;
  payload: NotificationPayload;
  createdAt: string;
  readAt: string | null;
}

export interface DeliveryRow {
  id: number;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
  channel: { id: number; kind: NotificationChannelKind; target: string };
  unit: { id: number; name: string; regionCode: string };
  notification: { id: number; kind: NotificationKind; incident: { id: number; reference: string } | null; alertId: number | null; createdAt: string };
}

/** A delivery claimed by a worker, with everything needed to send it. */
export interface ClaimedDelivery {
  id: number;
  attempts: number;
  channel: { id: number; kind: NotificationChannelKind; target: string; secret: string | null };
  notification: { id: number; kind: NotificationKind; unitId: number; incidentId: number | null; alertId: number | null; regionCode: string | null; payload: NotificationPayload; createdAt: Date };
  unitName: string;
}

const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
const num = (value: unknown) => (value == null ? null : Number(value));

/** Units the reach covers: its own, and those whose region lies in its subtrees. */
function reachable(reach: NotificationReach, unitColumn: SQL, unitRegion: SQL): SQL {
  const own = reach.unitId === null ? sql`false` : sql`${unitColumn} = ${reach.unitId}`;
  const scoped = reach.roots !== null && reach.roots.length === 0 ? sql`false` : withinRegions(unitRegion, reach.roots);
  return sql`(${own} or ${scoped})`;
}

function toChannel(row: Record<string, unknown>): ChannelRow {
  return {
    id: Number(row.id), unitId: Number(row.unit_id), kind: row.kind as NotificationChannelKind, target: String(row.target),
    secret: row.secret == null ? null : String(row.secret), active: row.active === true || row.active === 't', createdAt: isoInstant(row.created_at),
  };
}

export function createNotificationRepo(db: Executor) {
  return {
    async unit(id: number): Promise<UnitRow | null> {
      const rows = await db.execute<{ id: number; name: string; region_code: string }>(sql`select id, name, region_code from units where id = ${id}`);
      const row = rows.rows[0];
      return row ? { id: Number(row.id), name: row.name, regionCode: row.region_code } : null;
    },

    async channels(unitId: number): Promise<ChannelRow[]> {
      const rows = await db.execute(sql`select * from notification_channels where unit_id = ${unitId} order by id`);
      return rows.rows.map(toChannel);
    },

    async channel(id: number): Promise<ChannelRow | null> {
      const rows = await db.execute(sql`select * from notification_channels where id = ${id}`);
      return rows.rows[0] ? toChannel(rows.rows[0]) : null;
    },

    async insertChannel(fields: { unitId: number; kind: NotificationChannelKind; target: string; secret: string | null; active: boolean; createdBy: string }, now: Date): Promise<ChannelRow> {
      const rows = await db.execute(sql`
        insert into notification_channels (unit_id, kind, target, secret, active, created_by, created_at)
        values (${fields.unitId}, ${fields.kind}, ${fields.target}, ${fields.secret}, ${fields.active}, ${fields.createdBy}, ${now.toISOString()}) returning *`);
      return toChannel(rows.rows[0]!);
    },

    async updateChannel(id: number, fields: { target: string; active: boolean; secret: string | null }): Promise<ChannelRow> {
      const rows = await db.execute(sql`update notification_channels set target = ${fields.target}, active = ${fields.active}, secret = ${fields.secret} where id = ${id} returning *`);
      return toChannel(rows.rows[0]!);
    },

    /** Deletes a channel that never had a delivery; false when it has some (their history stays). */
    async deleteUnusedChannel(id: number): Promise<boolean> {
      const rows = await db.execute(sql`
        delete from notification_channels c where c.id = ${id} and not exists (select 1 from notification_deliveries d where d.channel_id = c.id) returning c.id`);
      return rows.rows.length > 0;
    },

    /** Which of these dedupe keys were raised before: a scan skips them in one read, not one write each. */
    async raisedKeys(keys: readonly string[]): Promise<Set<string>> {
      const raised = new Set<string>();
      for (const chunk of inChunks(keys, 1_000)) {
        const rows = await db.execute<{ dedupe_key: string }>(sql`select dedupe_key from notifications where dedupe_key in (${sql.join(chunk.map((key) => sql`${key}`), sql`, `)})`);
        for (const row of rows.rows) raised.add(row.dedupe_key);
      }
      return raised;
    },

    /** The new notification's id, or null when one with this dedupe key exists (raised before). */
    async insertNotification(fields: {
      unitId: number; kind: NotificationKind; dedupeKey: string; incidentId: number | null; alertId: number | null; regionCode: string | null; payload: NotificationPayload;
    }, now: Date): Promise<number | null> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into notifications (unit_id, kind, dedupe_key, incident_id, alert_id, region_code, payload, created_at)
        values (${fields.unitId}, ${fields.kind}, ${fields.dedupeKey}, ${fields.incidentId}, ${fields.alertId}, ${fields.regionCode}, ${JSON.stringify(fields.payload)}::jsonb, ${now.toISOString()})
        on conflict (dedupe_key) do nothing returning id`);
      return rows.rows[0] ? Number(rows.rows[0].id) : null;
    },

    /** One pending delivery per active channel of the unit, due at once. */
    async insertDeliveries(notificationId: number, unitId: number, now: Date): Promise<number> {
      const rows = await db.execute(sql`
        insert into notification_deliveries (notification_id, channel_id, status, attempts, next_attempt_at)
        select ${notificationId}, c.id, 'pending', 0, ${now.toISOString()} from notification_channels c where c.unit_id = ${unitId} and c.active
        on conflict do nothing returning id`);
      return rows.rows.length;
    },

    async listNotifications(reach: NotificationReach, query: { unread?: boolean; limit: number; offset: number }): Promise<{ items: NotificationRow[]; total: number; unread: number }> {
      const visible = reachable(reach, sql`n.unit_id`, sql`u.region_code`);
      const where = query.unread ? sql`${visible} and n.read_at is null` : visible;
      const rows = await db.execute(sql`
        select n.*, u.name as unit_name, i.reference as incident_reference
        from notifications n join units u on u.id = n.unit_id left join incidents i on i.id = n.incident_id
        where ${where} order by n.created_at desc, n.id desc limit ${query.limit} offset ${query.offset}`);
      const counted = await db.execute<{ total: number; unread: number }>(sql`
        select count(*) filter (where ${where})::int as total, count(*) filter (where n.read_at is null)::int as unread
        from notifications n join units u on u.id = n.unit_id where ${visible}`);
      return {
        items: rows.rows.map((row) => ({
          id: Number(row.id), kind: row.kind as NotificationKind, unit: { id: Number(row.unit_id), name: String(row.unit_name) },
          incident: row.incident_id == null ? null : { id: Number(row.incident_id), reference: String(row.incident_reference) }, alertId: num(row.alert_id),
          regionCode: row.region_code == null ? null : String(row.region_code), payload: json(row.payload) as NotificationPayload,
          createdAt: isoInstant(row.created_at), readAt: isoInstantOrNull(row.read_at),
        })),
        total: Number(counted.rows[0]?.total ?? 0), unread: Number(counted.rows[0]?.unread ?? 0),
      };
    },

    /** The notification's unit when the reach covers it. */
    async reachableNotification(reach: NotificationReach, id: number): Promise<{ id: number; unitId: number; unitRegion: string; readAt: string | null } | null> {
      const rows = await db.execute(sql`
        select n.id, n.unit_id, u.region_code, n.read_at from notifications n join units u on u.id = n.unit_id
        where n.id = ${id} and ${reachable(reach, sql`n.unit_id`, sql`u.region_code`)}`);
      const row = rows.rows[0];
      return row ? { id: Number(row.id), unitId: Number(row.unit_id), unitRegion: String(row.region_code), readAt: isoInstantOrNull(row.read_at) } : null;
    },

    async markRead(id: number, userId: string, now: Date): Promise<void> {
      await db.execute(sql`update notifications set read_at = ${now.toISOString()}, read_by = ${userId} where id = ${id} and read_at is null`);
    },

    async listDeliveries(roots: string[] | null, query: { status: DeliveryStatus; limit: number; offset: number }): Promise<{ items: DeliveryRow[]; total: number }> {
      const where = sql`${withinRegions(sql`u.region_code`, roots)} and d.status = ${query.status}`;
      const from = sql`from notification_deliveries d join notification_channels c on c.id = d.channel_id join notifications n on n.id = d.notification_id
        join units u on u.id = n.unit_id left join incidents i on i.id = n.incident_id`;
      const rows = await db.execute(sql`
        select d.*, c.kind as channel_kind, c.target as channel_target, u.id as unit_id, u.name as unit_name, u.region_code as unit_region,
          n.kind as notification_kind, n.incident_id, n.alert_id, n.created_at as notification_created_at, i.reference as incident_reference
        ${from} where ${where} order by coalesce(d.last_attempt_at, d.next_attempt_at) desc, d.id desc limit ${query.limit} offset ${query.offset}`);
      const counted = await db.execute<{ total: number }>(sql`select count(*)::int as total ${from} where ${where}`);
      return { items: rows.rows.map(toDelivery), total: Number(counted.rows[0]?.total ?? 0) };
    },

    async delivery(id: number): Promise<(DeliveryRow & { unitRegion: string }) | null> {
      const rows = await db.execute(sql`
        select d.*, c.kind as channel_kind, c.target as channel_target, u.id as unit_id, u.name as unit_name, u.region_code as unit_region,
          n.kind as notification_kind, n.incident_id, n.alert_id, n.created_at as notification_created_at, i.reference as incident_reference
        from notification_deliveries d join notification_channels c on c.id = d.channel_id join notifications n on n.id = d.notification_id
        join units u on u.id = n.unit_id left join incidents i on i.id = n.incident_id where d.id = ${id}`);
      const row = rows.rows[0];
      return row ? { ...toDelivery(row), unitRegion: String(row.unit_region) } : null;
    },

    /** Moves a failed delivery on (retry: pending now; dismiss); false when it was no longer failed. */
    async resolveFailed(id: number, to: 'pending' | 'dismissed', userId: string, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update notification_deliveries set status = ${to}, resolved_by = ${userId}, resolved_at = ${now.toISOString()},
          next_attempt_at = case when ${to} = 'pending' then ${now.toISOString()}::timestamptz else next_attempt_at end
        where id = ${id} and status = 'failed' returning id`);
      return rows.rows.length > 0;
    },

    /**
     * Claims up to `limit` due deliveries for one worker: their next attempt moves `leaseMs` ahead, so
     * no other worker (process) takes them while this one sends; rows another worker is claiming at
     * this very moment are skipped, not waited for. A worker that dies mid-send leaves its deliveries
     * to be tried again when the lease runs out.
     */
    async claimDue(now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
      const rows = await db.execute(sql`
        with due as (
          select d.id from notification_deliveries d join notification_channels c on c.id = d.channel_id
          where d.status = 'pending' and d.next_attempt_at <= ${now.toISOString()} and c.active
          order by d.next_attempt_at, d.id limit ${limit} for update of d skip locked
        )
        update notification_deliveries d set next_attempt_at = ${new Date(now.getTime() + leaseMs).toISOString()}
        from due where d.id = due.id returning d.id`);
      const ids = rows.rows.map((row) => Number(row.id));
      if (ids.length === 0) return [];
      const details = await db.execute(sql`
        select d.id, d.attempts, c.id as channel_id, c.kind, c.target, c.secret, n.id as notification_id, n.kind as notification_kind, n.unit_id,
          n.incident_id, n.alert_id, n.region_code, n.payload, n.created_at, u.name as unit_name
        from notification_deliveries d join notification_channels c on c.id = d.channel_id join notifications n on n.id = d.notification_id
        join units u on u.id = n.unit_id where d.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) order by d.id`);
      return details.rows.map((row) => ({
        id: Number(row.id), attempts: Number(row.attempts),
        channel: { id: Number(row.channel_id), kind: row.kind as NotificationChannelKind, target: String(row.target), secret: row.secret == null ? null : String(row.secret) },
        notification: {
          id: Number(row.notification_id), kind: row.notification_kind as NotificationKind, unitId: Number(row.unit_id), incidentId: num(row.incident_id),
          alertId: num(row.alert_id), regionCode: row.region_code == null ? null : String(row.region_code), payload: json(row.payload) as NotificationPayload,
          createdAt: new Date(isoInstant(row.created_at)),
        },
        unitName: String(row.unit_name),
      }));
    },

    /** Records an attempt's outcome. */
    async recordAttempt(id: number, outcome: { status: DeliveryStatus; attempts: number; nextAttemptAt?: Date; lastError?: string; deliveredAt?: Date }, now: Date): Promise<void> {
      await db.execute(sql`
        update notification_deliveries set status = ${outcome.status}, attempts = ${outcome.attempts}, last_attempt_at = ${now.toISOString()},
          last_error = ${outcome.lastError ?? null}, delivered_at = ${outcome.deliveredAt?.toISOString() ?? null},
          next_attempt_at = coalesce(${outcome.nextAttemptAt?.toISOString() ?? null}::timestamptz, next_attempt_at)
        where id = ${id}`);
    },

    /** The language most of the unit's active accounts read in (Bahasa Indonesia when none or tied). */
    async unitLanguage(unitId: number): Promise<'id' | 'en'> {
      const rows = await db.execute<{ language: string }>(sql`
        select language from users where unit_id = ${unitId} and disabled_at is null group by language order by count(*) desc, (language = 'id') desc limit 1`);
      return rows.rows[0]?.language === 'en' ? 'en' : 'id';
    },
  };
}

function toDelivery(row: Record<string, unknown>): DeliveryRow {
  return {
    id: Number(row.id), status: row.status as DeliveryStatus, attempts: Number(row.attempts), nextAttemptAt: isoInstant(row.next_attempt_at),
    lastAttemptAt: isoInstantOrNull(row.last_attempt_at), lastError: row.last_error == null ? null : String(row.last_error), deliveredAt: isoInstantOrNull(row.delivered_at),
    channel: { id: Number(row.channel_id), kind: row.channel_kind as NotificationChannelKind, target: String(row.channel_target) },
    unit: { id: Number(row.unit_id), name: String(row.unit_name), regionCode: String(row.unit_region) },
    notification: {
      id: Number(row.notification_id), kind: row.notification_kind as NotificationKind,
      incident: row.incident_id == null ? null : { id: Number(row.incident_id), reference: String(row.incident_reference) }, alertId: num(row.alert_id),
      createdAt: isoInstant(row.notification_created_at),
    },
  };
}

export type NotificationRepo = ReturnType<typeof createNotificationRepo>;
