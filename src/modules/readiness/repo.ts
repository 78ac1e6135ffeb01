import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isoInstant, textArraySql } from '../../db/values.js';
import type { ReadinessDomain, ReadinessItemDef } from '../../domain/readiness/default-templates.js';
import type { ReadinessStatus } from '../../domain/readiness/score.js';

type Executor = Pick<Db, 'execute'>;

export interface TemplateRecord {
  id: number;
  code: string;
  version: number;
  domain: ReadinessDomain;
  stageCode: string | null;
  titleId: string;
  titleEn: string;
  items: ReadinessItemDef[];
  status: 'published';
  createdAt: string;
}

export interface AssessmentRecord {
  id: number;
  templateId: number;
  templateCode: string;
  regionCode: string;
  regionName: string;
  regionLevel: number;
  regionParentCode: string | null;
  assessedOn: string;
  responsibleUnitId: number | null;
  responsibleUnitName: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** Item code → status, for the percent. */
  statuses: Record<string, ReadinessStatus>;
}

export interface AssessmentItemRecord {
  itemCode: string;
  status: ReadinessStatus;
  note: string | null;
  evidence: string | null;
  responsibleUnitId: number | null;
  responsibleUnitName: string | null;
  actionItemId: number | null;
  actionItemStatus: string | null;
}

export interface ItemState {
  code: string;
  status: ReadinessStatus;
  note: string | null;
  evidence: string | null;
  responsibleUnitId: number | null;
}

export interface RegionRef {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  timeZone: string;
}

/** PGlite and pg both hand jsonb over parsed; a string would only come from a driver change. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

function toTemplate(row: Record<string, unknown>): TemplateRecord {
  return {
    id: Number(row.id), code: String(row.code), version: Number(row.version), domain: row.domain as ReadinessDomain,
    stageCode: (row.stage_code as string | null) ?? null, titleId: String(row.title_id), titleEn: String(row.title_en),
    items: json<ReadinessItemDef[]>(row.items), status: 'published', createdAt: isoInstant(row.created_at),
  };
}

const SELECT_ASSESSMENTS = sql`
  select a.id, a.template_id, t.code as template_code, a.region_code, r.name as region_name, r.level as region_level, r.parent_code as region_parent_code,
    a.assessed_on::text as assessed_on, a.responsible_unit_id, u.name as responsible_unit_name, a.note, a.created_at, a.updated_at, a.version,
    coalesce((select jsonb_object_agg(i.item_code, i.status) from readiness_assessment_items i where i.assessment_id = a.id), '{}'::jsonb) as statuses
  from readiness_assessments a
  join readiness_templates t on t.id = a.template_id
  join regions r on r.code = a.region_code
  left join units u on u.id = a.responsible_unit_id`;

function toAssessment(row: Record<string, unknown>): AssessmentRecord {
  return {
    id: Number(row.id), templateId: Number(row.template_id), templateCode: String(row.template_code), regionCode: String(row.region_code), regionName: String(row.region_name),
    regionLevel: Number(row.region_level), regionParentCode: (row.region_parent_code as string | null) ?? null, assessedOn: String(row.assessed_on),
    responsibleUnitId: row.responsible_unit_id == null ? null : Number(row.responsible_unit_id),
    responsibleUnitName: (row.responsible_unit_name as string | null) ?? null, note: (row.note as string | null) ?? null,
    createdAt: isoInstant(row.created_at), updatedAt: isoInstant(row.updated_at), version: Number(row.version),
    statuses: json<Record<string, ReadinessStatus>>(row.statuses),
  };
}

function toRegion(row: Record<string, unknown>): RegionRef {
  return {
    code: String(row.code), name: String(row.name), level: Number(row.level), parentCode: (row.parent_code as string | null) ?? null,
    timeZone: String(row.time_zone),
  };
}

/** Checklist templates (readiness_templates) and assessments (readiness_assessments and their items). */
export function createReadinessRepo(db: Executor) {
  return {
    /** Every version of every template, in the order they were added. */
    async templates(): Promise<TemplateRecord[]> {
      const rows = await db.execute(sql`
        select id, code, version, domain, stage_code, title_id, title_en, items, status, created_at from readiness_templates order by id`);
      return rows.rows.map(toTemplate);
    },

    async template(id: number): Promise<TemplateRecord | null> {
      const rows = await db.execute(sql`
        select id, code, version, domain, stage_code, title_id, title_en, items, status, created_at from readiness_templates where id = ${id}`);
      return rows.rows[0] ? toTemplate(rows.rows[0]) : null;
    },

    async region(code: string): Promise<RegionRef | null> {
      const rows = await db.execute(sql`select code, name, level, parent_code, time_zone from regions where code = ${code}`);
      return rows.rows[0] ? toRegion(rows.rows[0]) : null;
    },

    /** The provinces, by code. */
    async provinces(): Promise<RegionRef[]> {
      const rows = await db.execute(sql`select code, name, level, parent_code, time_zone from regions where level = 1 order by code`);
      return rows.rows.map(toRegion);
    },

    /** Every province and kabupaten/kota (what readiness is assessed for), by code. */
    async assessableRegions(): Promise<RegionRef[]> {
      const rows = await db.execute(sql`select code, name, level, parent_code, time_zone from regions where level <= 2 order by code`);
      return rows.rows.map(toRegion);
    },

    /** A province's kabupaten/kota, by code. */
    async children(provinceCode: string): Promise<RegionRef[]> {
      const rows = await db.execute(sql`
        select code, name, level, parent_code, time_zone from regions where parent_code = ${provinceCode} and level = 2 order by code`);
      return rows.rows.map(toRegion);
    },

    async unit(id: number): Promise<{ id: number; regionCode: string; name: string } | null> {
      const rows = await db.execute(sql`select id, region_code, name from units where id = ${id}`);
      const row = rows.rows[0];
      return row ? { id: Number(row.id), regionCode: String(row.region_code), name: String(row.name) } : null;
    },

    async assessment(id: number): Promise<AssessmentRecord | null> {
      const rows = await db.execute(sql`${SELECT_ASSESSMENTS} where a.id = ${id}`);
      return rows.rows[0] ? toAssessment(rows.rows[0]) : null;
    },

    /** Assessments matching `where` (over a, t, r), newest day first. */
    async assessments(where: SQL, page?: { limit: number; offset: number }): Promise<AssessmentRecord[]> {
      const rows = await db.execute(sql`${SELECT_ASSESSMENTS} where ${where} order by a.assessed_on desc, a.id desc
        ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}`);
      return rows.rows.map(toAssessment);
    },

    async countAssessments(where: SQL): Promise<number> {
      const rows = await db.execute<{ total: number }>(sql`
        select count(*)::int as total from readiness_assessments a join readiness_templates t on t.id = a.template_id
        join regions r on r.code = a.region_code where ${where}`);
      return Number(rows.rows[0]?.total ?? 0);
    },

    /**
     * The latest assessment (by day, then id) of each template family in each of these regions: what
     * a province's roll-up is made of.
     */
    async latestIn(regionCodes: readonly string[]): Promise<AssessmentRecord[]> {
      if (regionCodes.length === 0) return [];
      const rows = await db.execute(sql`${SELECT_ASSESSMENTS} where a.id in (
          select distinct on (l.region_code, lt.code) l.id from readiness_assessments l join readiness_templates lt on lt.id = l.template_id
          where l.region_code = any(${textArraySql(regionCodes)})
          order by l.region_code, lt.code, l.assessed_on desc, l.id desc)
        order by a.region_code, t.code`);
      return rows.rows.map(toAssessment);
    },

    async items(assessmentId: number): Promise<AssessmentItemRecord[]> {
      const rows = await db.execute(sql`
        select i.item_code, i.status, i.note, i.evidence, i.responsible_unit_id, u.name as responsible_unit_name, i.action_item_id,
          ai.status as action_item_status
        from readiness_assessment_items i
        left join units u on u.id = i.responsible_unit_id
        left join action_items ai on ai.id = i.action_item_id
        where i.assessment_id = ${assessmentId}`);
      return rows.rows.map((row) => ({
        itemCode: String(row.item_code), status: row.status as ReadinessStatus, note: (row.note as string | null) ?? null,
        evidence: (row.evidence as string | null) ?? null,
        responsibleUnitId: row.responsible_unit_id == null ? null : Number(row.responsible_unit_id),
        responsibleUnitName: (row.responsible_unit_name as string | null) ?? null,
        actionItemId: row.action_item_id == null ? null : Number(row.action_item_id),
        actionItemStatus: (row.action_item_status as string | null) ?? null,
      }));
    },

    /** A new assessment; null when the template, region and day already have one. */
    async insert(assessment: { templateId: number; regionCode: string; assessedOn: string; responsibleUnitId: number | null; note: string | null; createdBy: string | null; now: Date }): Promise<number | null> {
      const at = assessment.now.toISOString();
      const rows = await db.execute<{ id: number }>(sql`
        insert into readiness_assessments (template_id, region_code, assessed_on, responsible_unit_id, note, created_by, created_at, updated_at, version)
        values (${assessment.templateId}, ${assessment.regionCode}, ${assessment.assessedOn}, ${assessment.responsibleUnitId}, ${assessment.note},
          ${assessment.createdBy}, ${at}, ${at}, 1)
        on conflict (template_id, region_code, assessed_on) do nothing returning id`);
      return rows.rows[0] ? Number(rows.rows[0].id) : null;
    },

    async insertItems(assessmentId: number, items: readonly ItemState[]) {
      if (items.length === 0) return;
      const tuples = items.map((i) => sql`(${assessmentId}, ${i.code}, ${i.status}, ${i.note}, ${i.evidence}, ${i.responsibleUnitId})`);
      await db.execute(sql`
        insert into readiness_assessment_items (assessment_id, item_code, status, note, evidence, responsible_unit_id)
        values ${sql.join(tuples, sql`, `)}`);
    },

    /** Writes the assessment's own fields if it is still at `expectedVersion`; false when someone saved first. */
    async update(id: number, expectedVersion: number, fields: { responsibleUnitId: number | null; note: string | null }, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update readiness_assessments set responsible_unit_id = ${fields.responsibleUnitId}, note = ${fields.note}, version = version + 1,
          updated_at = ${now.toISOString()}
        where id = ${id} and version = ${expectedVersion} returning id`);
      return rows.rows.length > 0;
    },

    /** Writes an item's state (the row exists for every item of the template, else it is added). */
    async saveItem(assessmentId: number, item: ItemState) {
      await db.execute(sql`
        insert into readiness_assessment_items (assessment_id, item_code, status, note, evidence, responsible_unit_id)
        values (${assessmentId}, ${item.code}, ${item.status}, ${item.note}, ${item.evidence}, ${item.responsibleUnitId})
        on conflict (assessment_id, item_code) do update set status = excluded.status, note = excluded.note, evidence = excluded.evidence,
          responsible_unit_id = excluded.responsible_unit_id`);
    },

    async linkActionItem(assessmentId: number, itemCode: string, actionItemId: number) {
      await db.execute(sql`
        update readiness_assessment_items set action_item_id = ${actionItemId} where assessment_id = ${assessmentId} and item_code = ${itemCode}`);
    },
  };
}

export type ReadinessRepo = ReturnType<typeof createReadinessRepo>;
