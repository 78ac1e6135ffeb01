import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { TemplateSection } from '../../domain/political-reports/templates.js';
import type { PoliticalReportKind } from '../../domain/political-reports/vocabulary.js';
import { json, num, str } from './sql.js';

type Executor = Pick<Db, 'execute'>;

export interface TemplateRecord {
  id: number; code: string; nameId: string; nameEn: string; kind: PoliticalReportKind; sections: TemplateSection[]; active: boolean; version: number;
}

const row = (r: Record<string, unknown>): TemplateRecord => ({
  id: num(r.id), code: str(r.code), nameId: str(r.name_id), nameEn: str(r.name_en), kind: str(r.kind) as PoliticalReportKind,
  sections: json<TemplateSection[]>(r.sections), active: Boolean(r.active), version: num(r.version),
});

/** Report outlines. */
export function createTemplateRepo(db: Executor) {
  return {
    async list(): Promise<TemplateRecord[]> {
      return (await db.execute(sql`select * from political_report_templates order by kind, id`)).rows.map(row);
    },
    async get(id: number): Promise<TemplateRecord | null> {
      const r = (await db.execute(sql`select * from political_report_templates where id = ${id}`)).rows[0];
      return r ? row(r) : null;
    },
    async byCode(code: string): Promise<TemplateRecord | null> {
      const r = (await db.execute(sql`select * from political_report_templates where code = ${code}`)).rows[0];
      return r ? row(r) : null;
    },
    /** Null when the code is taken. */
    async insert(t: Omit<TemplateRecord, 'id' | 'version'>, now: Date): Promise<number | null> {
      const r = await db.execute(sql`
        insert into political_report_templates (code, name_id, name_en, kind, sections, active, created_at, updated_at)
        values (${t.code}, ${t.nameId}, ${t.nameEn}, ${t.kind}, ${JSON.stringify(t.sections)}::jsonb, ${t.active}, ${now.toISOString()}, ${now.toISOString()})
        on conflict (code) do nothing returning id`);
      return r.rows[0] ? num(r.rows[0].id) : null;
    },
    /** False when the version moved on. */
    async update(id: number, version: number, t: Pick<TemplateRecord, 'nameId' | 'nameEn' | 'sections' | 'active'>, now: Date): Promise<boolean> {
      const r = await db.execute(sql`
        update political_report_templates set name_id = ${t.nameId}, name_en = ${t.nameEn}, sections = ${JSON.stringify(t.sections)}::jsonb,
          active = ${t.active}, updated_at = ${now.toISOString()}, version = version + 1
        where id = ${id} and version = ${version} returning id`);
      return r.rows.length === 1;
    },
  };
}
