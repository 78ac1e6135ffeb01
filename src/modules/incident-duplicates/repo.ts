import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import { isoInstant } from '../../db/values.js';
import type { IncidentChannel } from '../../domain/incidents/vocabulary.js';
import type { IncidentStatus } from '../../domain/incidents/workflow.js';
import { AppError } from '../../domain/errors.js';
import { incidentVisible, type IncidentVisibility } from '../incidents/repo.js';

type Executor = Pick<Db, 'execute'>;

/** A report that may repeat another, with the trigram similarity of its description. */
export interface CandidateRow {
  id: number;
  reference: string;
  category: string;
  status: IncidentStatus;
  description: string;
  occurredAt: Date;
  regionCode: string;
  regionName: string;
  tps: string | null;
  channel: IncidentChannel;
  latitude: number | null;
  longitude: number | null;
  textSimilarity: number;
}

/** What the database is asked for: the bounds come from the service (similarity.ts decides the area). */
export interface CandidateSearch {
  id: number;
  description: string;
  area: string;
  category: string | null;
  from: Date;
  to: Date;
  /** 0–1: pg_trgm.similarity_threshold for the `%` operator. */
  threshold: number;
  /** How many rows the database hands over for ranking. */
  limit: number;
}

/** One report among a primary's sources, as stored. */
export interface SourceRow {
  id: number;
  reference: string;
  channel: IncidentChannel;
  knownAt: Date;
  reporterName: string | null;
  reporterContact: string | null;
  reporterAnonymous: boolean;
  description: string;
  regionCode: string;
  createdBy: string | null;
  status: IncidentStatus;
  referredUnitId: number | null;
}

const number = (value: unknown) => (value == null ? null : Number(value));
const text = (value: unknown) => (value == null ? null : String(value));

/** Coarser codes, down to kabupaten/kota, that contain `area`: a report filed only "in Bangli" may be the same event. */
export function enclosingCodes(area: string): string[] {
  const parts = area.split('.');
  const codes: string[] = [];
  for (let n = 2; n < parts.length; n++) codes.push(parts.slice(0, n).join('.'));
  return codes;
}

export function createDuplicateRepo(db: Executor) {
  return {
    /**
     * Visible reports in the area and window that are alike in text, most alike first. The `%`
     * operator (similarity ≥ pg_trgm.similarity_threshold, set for this transaction only) is what
     * the trigram GIN index of migration 0011 serves; similarity() then gives the value to rank by.
     * Reports already marked duplicate (of this one or of another) are left out: the report they
     * repeat is the one to merge into, and it is found itself.
     * Call inside a transaction: set_config(…, true) lasts until its end.
     */
    async candidates(visibility: IncidentVisibility, search: CandidateSearch): Promise<CandidateRow[]> {
      await db.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(search.threshold)}, true)`);
      // The planner prices `%` as a cheap operator and a long description's many trigrams as a costly
      // GIN scan, so over a wide window it picks a sequential scan that computes similarity() on every
      // row: 1 s against 7 ms through the trigram index on 20,000 reports (bench/incident-similar-explain.sql).
      // Narrow windows still go through the btree indexes (category, occurred_at; region prefix).
      await db.execute(sql`select set_config('enable_seqscan', 'off', true)`);
      const enclosing = enclosingCodes(search.area);
      const inArea = enclosing.length === 0
        ? withinRegions(sql`i.region_code`, [search.area])
        : sql`(${withinRegions(sql`i.region_code`, [search.area])} or i.region_code in (${sql.join(enclosing.map((c) => sql`${c}`), sql`, `)}))`;
      const rows = await db.execute(sql`
        select i.id, i.reference, i.category, i.status, i.description, i.occurred_at, i.region_code, r.name as region_name, i.tps, i.channel,
          i.latitude, i.longitude, similarity(i.description, ${search.description}) as text_similarity
        from incidents i join regions r on r.code = i.region_code
        where i.description % ${search.description}
          and i.id <> ${search.id} and i.status <> 'duplikat'
          and i.occurred_at between ${search.from.toISOString()} and ${search.to.toISOString()}
          and ${inArea}
          ${search.category === null ? sql`` : sql`and i.category = ${search.category}`}
          and ${incidentVisible(visibility)}
        order by text_similarity desc, i.id
        limit ${search.limit}`);
      return rows.rows.map((row) => ({
        id: Number(row.id), reference: String(row.reference), category: String(row.category), status: row.status as IncidentStatus,
        description: String(row.description), occurredAt: new Date(isoInstant(row.occurred_at)), regionCode: String(row.region_code),
        regionName: String(row.region_name), tps: text(row.tps), channel: row.channel as IncidentChannel, latitude: number(row.latitude),
        longitude: number(row.longitude), textSimilarity: Number(row.text_similarity),
      }));
    },

    /** The report and every report marked duplicate of it: itself first, then by the time they became known. */
    async sources(id: number): Promise<SourceRow[]> {
      const rows = await db.execute(sql`
        select id, reference, channel, known_at, reporter_name, reporter_contact, reporter_anonymous, description, region_code, created_by, status, referred_unit_id
        from incidents where id = ${id} or duplicate_of = ${id}
        order by (id = ${id}) desc, known_at, id`);
      return rows.rows.map((row) => ({
        id: Number(row.id), reference: String(row.reference), channel: row.channel as IncidentChannel, knownAt: new Date(isoInstant(row.known_at)),
        reporterName: text(row.reporter_name), reporterContact: text(row.reporter_contact),
        reporterAnonymous: row.reporter_anonymous === true || row.reporter_anonymous === 't', description: String(row.description),
        regionCode: String(row.region_code), createdBy: text(row.created_by), status: row.status as IncidentStatus, referredUnitId: number(row.referred_unit_id),
      }));
    },
  };
}

/**
 * The merge rule, checked inside the transaction that marks `id` duplicate of `target`, with both
 * rows locked (in id order, so two opposite merges cannot deadlock):
 * - the target must not itself be a duplicate (it may have become one since it was read);
 * - a report that already has duplicates is not marked duplicate of another: 409. Re-pointing its
 *   duplicates would rewrite closed decisions (each says "duplicate of A" in its transition and audit
 *   rows) without anyone deciding them again; merging the other way round (mark the other report
 *   duplicate of this one) keeps every source under one primary and every decision as it was taken.
 * Locking both rows makes the rule hold against a concurrent merge into `id`.
 */
export async function guardMerge(tx: Executor, id: number, target: number): Promise<void> {
  const locked = await tx.execute<{ id: number; status: string }>(sql`
    select id, status from incidents where id in (${id}, ${target}) order by id for update`);
  const targetRow = locked.rows.find((row) => Number(row.id) === target);
  if (!targetRow || targetRow.status === 'duplikat') throw new AppError('invalid', 400, { detail: 'incident.duplicate_of_duplicate' });
  const held = await tx.execute<{ n: number }>(sql`select count(*)::int as n from incidents where duplicate_of = ${id}`);
  if (Number(held.rows[0]?.n ?? 0) > 0) throw new AppError('conflict', 409, { detail: 'incident.duplicate_has_sources' });
}
