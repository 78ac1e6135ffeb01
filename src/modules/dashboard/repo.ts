import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import { isoInstant } from '../../db/values.js';
import type { IncidentSeverity } from '../../domain/incidents/vocabulary.js';
import { CLOSED_STATUSES, type IncidentStatus } from '../../domain/incidents/workflow.js';
import { IANA_ZONE, type TimeZoneLabel } from '../../domain/regions/timezones.js';

type Executor = Pick<Db, 'execute'>;

/** Reports of a region subtree (null: the whole country). */
const inRegion = (region: string | null) => withinRegions(sql`i.region_code`, region === null ? null : [region]);
const closed = sql.join(CLOSED_STATUSES.map((status) => sql`${status}`), sql`, `);

export interface NewestIncident {
  id: number; reference: string; category: string; severity: IncidentSeverity; status: IncidentStatus;
  regionCode: string; regionName: string; occurredAt: Date;
}

/** The dashboard's own aggregates over incidents (the other panels read through their features' services). */
export function createDashboardRepo(db: Executor) {
  return {
    async region(code: string): Promise<{ code: string; name: string; level: number } | null> {
      const rows = await db.execute<{ code: string; name: string; level: number }>(sql`select code, name, level from regions where code = ${code}`);
      const row = rows.rows[0];
      return row ? { code: row.code, name: row.name, level: Number(row.level) } : null;
    },

    /**
     * Open reports (not closed) grouped by category and severity: for the country, a province or a
     * kabupaten/kota from the counters of migration 0016 (a few thousand rows, not every report);
     * below that level from the reports themselves (a kecamatan has few).
     */
    async openCounts(region: { code: string; level: number } | null): Promise<{ category: string; severity: IncidentSeverity; count: number }[]> {
      const rows = await db.execute<{ category: string; severity: string; count: number }>(region === null || region.level <= 2
        ? sql`
          select c.category, c.severity, sum(c.count)::int as count from incident_open_counts c
          where ${withinRegions(sql`c.region_key`, region === null ? null : [region.code])}
          group by c.category, c.severity having sum(c.count) > 0`
        : sql`
          select i.category, i.severity, count(*)::int as count from incidents i
          where i.status not in (${closed}) and ${inRegion(region.code)}
          group by i.category, i.severity`);
      return rows.rows.map((row) => ({ category: row.category, severity: row.severity as IncidentSeverity, count: Number(row.count) }));
    },

    /**
     * Reports of any status per local day (in `zone`) of their time of event, for events in [from, to):
     * for the country, a province or a kabupaten/kota from the hourly counters of migration 0017 (at
     * most 24 rows a day); below that level from the reports themselves. `from` and `to` are whole hours.
     */
    async perLocalDay(region: { code: string; level: number } | null, zone: TimeZoneLabel, from: Date, to: Date): Promise<Map<string, number>> {
      const rows = await db.execute<{ day: string; count: number }>(region === null || region.level <= 2
        ? sql`
          select to_char((c.hour at time zone 'UTC') at time zone ${IANA_ZONE[zone]}, 'YYYY-MM-DD') as day, sum(c.count)::int as count
          from incident_hour_counts c
          where c.region_key = ${region?.code ?? ''}
            and c.hour >= (${from.toISOString()}::timestamptz at time zone 'UTC') and c.hour < (${to.toISOString()}::timestamptz at time zone 'UTC')
          group by 1`
        : sql`
          select to_char(i.occurred_at at time zone ${IANA_ZONE[zone]}, 'YYYY-MM-DD') as day, count(*)::int as count from incidents i
          where i.occurred_at >= ${from.toISOString()} and i.occurred_at < ${to.toISOString()} and ${inRegion(region.code)}
          group by 1`);
      return new Map(rows.rows.map((row) => [row.day, Number(row.count)]));
    },

    /** The latest reports by time of event up to `until` (the list's order), any status. */
    async newest(region: string | null, until: Date, limit: number): Promise<NewestIncident[]> {
      const rows = await db.execute(sql`
        select i.id, i.reference, i.category, i.severity, i.status, i.region_code, r.name as region_name, i.occurred_at
        from incidents i join regions r on r.code = i.region_code
        where i.occurred_at <= ${until.toISOString()} and ${inRegion(region)} order by i.occurred_at desc, i.id desc limit ${limit}`);
      return rows.rows.map((row) => ({
        id: Number(row.id), reference: String(row.reference), category: String(row.category), severity: row.severity as IncidentSeverity,
        status: row.status as IncidentStatus, regionCode: String(row.region_code), regionName: String(row.region_name),
        occurredAt: new Date(isoInstant(row.occurred_at)),
      }));
    },
  };
}

export type DashboardRepo = ReturnType<typeof createDashboardRepo>;
