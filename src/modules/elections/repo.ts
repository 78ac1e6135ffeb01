import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Election } from '../../contracts/elections.js';
import type { Office, Regime, StageDefinition } from '../../domain/elections/types.js';
import { toSummary } from '../regions/repo.js';
import type { RegionSummary } from '../../contracts/regions.js';

interface ElectionRow extends Record<string, unknown> {
  id: string;
  regime: Regime;
  name_id: string;
  name_en: string;
  voting_date: string;
  legal_basis: string;
  contest_count: number;
  stage_count: number;
}

/** A stored stage: its definition with every field present, and its place in the cycle. */
export type StageRecord = Required<StageDefinition> & { position: number };

const SELECT_ELECTION = sql`
  select e.id, e.regime, e.name_id, e.name_en, e.voting_date::text as voting_date, e.legal_basis,
         (select count(*)::int from contests c where c.election_id = e.id) as contest_count,
         (select count(*)::int from election_stages s where s.election_id = e.id) as stage_count
  from elections e`;

function toElection(row: ElectionRow): Election {
  return {
    id: row.id,
    regime: row.regime,
    nameId: row.name_id,
    nameEn: row.name_en,
    votingDate: row.voting_date,
    legalBasis: row.legal_basis,
    contestCount: row.contest_count,
    stageCount: row.stage_count,
  };
}

export function createElectionRepo(db: Db) {
  return {
    async list(): Promise<Election[]> {
      const rows = await db.execute<ElectionRow>(sql`${SELECT_ELECTION} order by e.voting_date desc, e.id`);
      return rows.rows.map(toElection);
    },

    async get(id: string): Promise<Election | null> {
      const rows = await db.execute<ElectionRow>(sql`${SELECT_ELECTION} where e.id = ${id}`);
      return rows.rows[0] ? toElection(rows.rows[0]) : null;
    },

    async stages(electionId: string): Promise<StageRecord[]> {
      const rows = await db.execute<Record<string, unknown>>(sql`
        select position, code, name_id, name_en, starts_on::text as starts_on, ends_on::text as ends_on, legal_basis, is_voting_day
        from election_stages where election_id = ${electionId} order by starts_on, position`);
      return rows.rows.map((row) => ({
        position: Number(row.position),
        code: String(row.code),
        nameId: String(row.name_id),
        nameEn: String(row.name_en),
        startsOn: String(row.starts_on),
        endsOn: String(row.ends_on),
        legalBasis: String(row.legal_basis),
        isVotingDay: Boolean(row.is_voting_day),
      }));
    },

    /** Contests held in any of `regionCodes` (all when null), with their regions. */
    async contests(
      electionId: string,
      filter: { regionCodes: string[] | null; subtreeOf: string | null; office: Office | null; limit: number; offset: number },
    ): Promise<{ items: { id: number; office: Office; region: RegionSummary }[]; total: number }> {
      const parts: SQL[] = [sql`c.election_id = ${electionId}`];
      const inRegion: SQL[] = [];
      if (filter.regionCodes) inRegion.push(sql`c.region_code in (${sql.join(filter.regionCodes.map((c) => sql`${c}`), sql`, `)})`);
      if (filter.subtreeOf) inRegion.push(sql`r.province_code = ${filter.subtreeOf}`);
      if (inRegion.length) parts.push(sql`(${sql.join(inRegion, sql` or `)})`);
      if (filter.office) parts.push(sql`c.office = ${filter.office}`);
      const where = sql.join(parts, sql` and `);
      const rows = await db.execute<Record<string, unknown>>(sql`
        select c.id, c.office, r.code, r.name, r.level, r.kind, r.parent_code, r.time_zone, r.source,
               p.name as province_name, null as regency_name
        from contests c join regions r on r.code = c.region_code
        left join regions p on p.code = r.province_code and r.level > 1
        where ${where} order by r.code, c.office limit ${filter.limit} offset ${filter.offset}`);
      const counted = await db.execute<{ total: number }>(
        sql`select count(*)::int as total from contests c join regions r on r.code = c.region_code where ${where}`,
      );
      return {
        items: rows.rows.map((row) => ({
          id: Number(row.id),
          office: row.office as Office,
          region: toSummary(row as Parameters<typeof toSummary>[0]),
        })),
        total: counted.rows[0]?.total ?? 0,
      };
    },

    async counts(): Promise<{ contests: number; stages: number }> {
      const rows = await db.execute<{ contests: number; stages: number }>(sql`
        select (select count(*)::int from contests) as contests, (select count(*)::int from election_stages) as stages`);
      return rows.rows[0] ?? { contests: 0, stages: 0 };
    },
  };
}

export type ElectionRepo = ReturnType<typeof createElectionRepo>;
