import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import type { IncidentSeverity } from '../../domain/incidents/vocabulary.js';
import type { IncidentStatus } from '../../domain/incidents/workflow.js';
import { incidentVisible, type IncidentVisibility } from './repo.js';

type Executor = Pick<Db, 'execute'>;

/** What the map needs of a report: where, what, how bad. */
export interface PlacedIncident {
  id: number;
  reference: string;
  category: string;
  severity: IncidentSeverity;
  longitude: number;
  latitude: number;
}

export interface MapFilter {
  visibility: IncidentVisibility;
  /** A region subtree (a province), or null for every visible report. */
  within: string | null;
  from: string;
  to: string | null;
  category: string | null;
  status: IncidentStatus | null;
}

function condition(filter: MapFilter): SQL {
  const conditions: SQL[] = [incidentVisible(filter.visibility), sql`i.occurred_at >= ${filter.from}`];
  if (filter.within) conditions.push(withinRegions(sql`i.region_code`, [filter.within]));
  if (filter.to) conditions.push(sql`i.occurred_at < ${filter.to}`);
  if (filter.category) conditions.push(sql`i.category = ${filter.category}`);
  if (filter.status) conditions.push(sql`i.status = ${filter.status}`);
  return sql.join(conditions, sql` and `);
}

export function createIncidentMapRepo(db: Executor) {
  return {
    async region(code: string): Promise<{ code: string; name: string; level: number } | null> {
      const rows = await db.execute<{ code: string; name: string; level: number }>(sql`select code, name, level from regions where code = ${code}`);
      const row = rows.rows[0];
      return row ? { code: row.code, name: row.name, level: Number(row.level) } : null;
    },

    /** Matching reports with coordinates, latest event first, at most `limit` (the caller reads one more to know it capped). */
    async placed(filter: MapFilter, limit: number): Promise<PlacedIncident[]> {
      const rows = await db.execute(sql`
        select i.id, i.reference, i.category, i.severity, i.longitude, i.latitude from incidents i
        where ${condition(filter)} and i.latitude is not null and i.longitude is not null
        order by i.occurred_at desc, i.id desc limit ${limit}`);
      return rows.rows.map((row) => ({
        id: Number(row.id), reference: String(row.reference), category: String(row.category), severity: row.severity as IncidentSeverity,
        longitude: Number(row.longitude), latitude: Number(row.latitude),
      }));
    },

    /** How many matching reports have no coordinates. */
    async unplaced(filter: MapFilter): Promise<number> {
      const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from incidents i where ${condition(filter)} and (i.latitude is null or i.longitude is null)`);
      return Number(rows.rows[0]?.n ?? 0);
    },
  };
}
