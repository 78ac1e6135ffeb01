import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import { isoInstant } from '../../db/values.js';
import type { StateCount } from '../../domain/pacts/compliance.js';
import type { PactTargetKind, PactTargetState } from '../../domain/pacts/vocabulary.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';

type Executor = Pick<Db, 'execute'>;

export interface CampaignRecord {
  id: number; title: string; legalBasis: string; regionCode: string; regionName: string; zone: TimeZoneLabel; deadline: Date; createdAt: Date;
  /** The unit of the account that created the campaign: its letterhead heads the recap PDF. */
  creatorUnitId: number | null;
}

export interface TargetRecord {
  id: number; name: string; kind: PactTargetKind; regionCode: string; regionName: string;
  contactName: string | null; contactEmail: string | null; contactPhone: string | null;
  state: PactTargetState; submittedAt: Date | null; reviewedAt: Date | null; reviewerName: string | null; rejectReason: string | null;
}

export interface OverviewRow { campaign: Omit<CampaignRecord, 'legalBasis' | 'createdAt' | 'creatorUnitId'>; counts: StateCount[] }

const txt = (value: unknown) => (value == null ? null : String(value));
const instant = (value: unknown) => (value == null ? null : new Date(isoInstant(value)));
const flag = (value: unknown) => value === true || value === 't';

/** Read-only SQL over the pact tables for compliance figures and exports (the writes are the pacts module's). */
export function createPactComplianceRepo(db: Executor) {
  return {
    async campaign(id: number): Promise<CampaignRecord | null> {
      const { rows } = await db.execute(sql`
        select c.id, c.title, c.legal_basis, c.region_code, r.name as region_name, r.time_zone, c.deadline, c.created_at, u.unit_id as creator_unit_id
        from pact_campaigns c join regions r on r.code = c.region_code left join users u on u.id = c.created_by
        where c.id = ${id}`);
      const row = rows[0];
      if (!row) return null;
      return {
        id: Number(row.id), title: String(row.title), legalBasis: String(row.legal_basis ?? ''), regionCode: String(row.region_code),
        regionName: String(row.region_name), zone: row.time_zone as TimeZoneLabel, deadline: instant(row.deadline)!, createdAt: instant(row.created_at)!,
        creatorUnitId: row.creator_unit_id == null ? null : Number(row.creator_unit_id),
      };
    },

    /** Every target of a campaign, by region then name. */
    async targets(campaignId: number): Promise<TargetRecord[]> {
      const { rows } = await db.execute(sql`
        select t.id, t.name, t.kind, t.region_code, r.name as region_name, t.contact_name, t.contact_email, t.contact_phone, t.state,
          t.submitted_at, t.reviewed_at, rv.display_name as reviewer_name, t.reject_reason
        from pact_targets t join regions r on r.code = t.region_code left join users rv on rv.id = t.reviewed_by
        where t.campaign_id = ${campaignId}
        order by t.region_code, lower(t.name), t.id`);
      return rows.map((row) => ({
        id: Number(row.id), name: String(row.name), kind: row.kind as PactTargetKind, regionCode: String(row.region_code), regionName: String(row.region_name),
        contactName: txt(row.contact_name), contactEmail: txt(row.contact_email), contactPhone: txt(row.contact_phone), state: row.state as PactTargetState,
        submittedAt: instant(row.submitted_at), reviewedAt: instant(row.reviewed_at), reviewerName: txt(row.reviewer_name), rejectReason: txt(row.reject_reason),
      }));
    },

    async regionNames(codes: readonly string[]): Promise<Map<string, string>> {
      if (codes.length === 0) return new Map();
      const { rows } = await db.execute(sql`select code, name from regions where code in (${sql.join([...new Set(codes)].map((c) => sql`${c}`), sql`, `)})`);
      return new Map(rows.map((row) => [String(row.code), String(row.name)]));
    },

    /**
     * Every campaign inside `roots` (null: all) and, when given, inside `regionCode`, with its targets
     * counted per state and lateness; newest deadline first.
     */
    async overview(roots: readonly string[] | null, regionCode: string | null): Promise<OverviewRow[]> {
      const { rows } = await db.execute(sql`
        select c.id, c.title, c.region_code, r.name as region_name, r.time_zone, c.deadline, t.state,
          coalesce(t.submitted_at > c.deadline, false) as late, count(t.id) as n
        from pact_campaigns c join regions r on r.code = c.region_code left join pact_targets t on t.campaign_id = c.id
        where ${withinRegions(sql`c.region_code`, roots)} and ${regionCode === null ? sql`true` : withinRegions(sql`c.region_code`, [regionCode])}
        group by c.id, c.title, c.region_code, r.name, r.time_zone, c.deadline, t.state, coalesce(t.submitted_at > c.deadline, false)
        order by c.deadline desc, c.id`);
      const byId = new Map<number, OverviewRow>();
      for (const row of rows) {
        const id = Number(row.id);
        if (!byId.has(id)) {
          byId.set(id, {
            campaign: {
              id, title: String(row.title), regionCode: String(row.region_code), regionName: String(row.region_name), zone: row.time_zone as TimeZoneLabel,
              deadline: instant(row.deadline)!,
            },
            counts: [],
          });
        }
        // A campaign without targets comes once, with a null state and a count of 0.
        if (row.state != null) byId.get(id)!.counts.push({ state: row.state as PactTargetState, late: flag(row.late), count: Number(row.n) });
      }
      return [...byId.values()];
    },
  };
}

export type PactComplianceRepo = ReturnType<typeof createPactComplianceRepo>;
