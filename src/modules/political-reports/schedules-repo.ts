import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import type { PoliticalReportLevel, PoliticalReportPeriod } from '../../domain/political-reports/vocabulary.js';
import { dayOrNull, num, str, strOrNull } from './sql.js';

type Executor = Pick<Db, 'execute'>;

export interface ScheduleRecord {
  id: number; templateId: number; templateName: string; templateNameEn: string; level: PoliticalReportLevel; regionCode: string | null; regionName: string | null;
  period: PoliticalReportPeriod; dueDays: number; startsOn: string; active: boolean; version: number;
}
export type ScheduleFields = Pick<ScheduleRecord, 'templateId' | 'level' | 'regionCode' | 'period' | 'dueDays' | 'startsOn' | 'active'>;

const row = (r: Record<string, unknown>): ScheduleRecord => ({
  id: num(r.id), templateId: num(r.template_id), templateName: str(r.template_name), templateNameEn: str(r.template_name_en), level: str(r.level) as PoliticalReportLevel,
  regionCode: strOrNull(r.region_code), regionName: strOrNull(r.region_name), period: str(r.period) as PoliticalReportPeriod,
  dueDays: num(r.due_days), startsOn: dayOrNull(r.starts_on)!, active: Boolean(r.active), version: num(r.version),
});

const SELECT = sql`
  select s.*, t.name_id as template_name, t.name_en as template_name_en, g.name as region_name
  from political_report_schedules s join political_report_templates t on t.id = s.template_id left join regions g on g.code = s.region_code`;

/** Who owes periodic reports, per level and region. */
export function createScheduleRepo(db: Executor) {
  return {
    /**
     * Schedules a scope sees: national ones and those whose region overlaps the scope (a province
     * desk sees the national schedule its kabupaten/kota owe under, and its own).
     */
    async list(roots: string[] | null): Promise<ScheduleRecord[]> {
      const overlap = roots === null ? sql`true`
        : sql`(s.region_code is null or ${withinRegions(sql`s.region_code`, roots)} or ${sql.join(roots.map((root) => sql`starts_with(${root}, s.region_code || '.')`), sql` or `)})`;
      return (await db.execute(sql`${SELECT} where ${overlap} order by s.active desc, s.id`)).rows.map(row);
    },
    async active(): Promise<ScheduleRecord[]> {
      return (await db.execute(sql`${SELECT} where s.active and t.active order by s.id`)).rows.map(row);
    },
    async get(id: number): Promise<ScheduleRecord | null> {
      const r = (await db.execute(sql`${SELECT} where s.id = ${id}`)).rows[0];
      return r ? row(r) : null;
    },
    async insert(f: ScheduleFields, createdBy: string, now: Date): Promise<number> {
      const r = await db.execute(sql`
        insert into political_report_schedules (template_id, level, region_code, period, due_days, starts_on, active, created_by, created_at)
        values (${f.templateId}, ${f.level}, ${f.regionCode}, ${f.period}, ${f.dueDays}, ${f.startsOn}::date, ${f.active}, ${createdBy}, ${now.toISOString()})
        returning id`);
      return num(r.rows[0]!.id);
    },
    async update(id: number, version: number, f: ScheduleFields): Promise<boolean> {
      const r = await db.execute(sql`
        update political_report_schedules set template_id = ${f.templateId}, level = ${f.level}, region_code = ${f.regionCode}, period = ${f.period},
          due_days = ${f.dueDays}, starts_on = ${f.startsOn}::date, active = ${f.active}, version = version + 1
        where id = ${id} and version = ${version} returning id`);
      return r.rows.length === 1;
    },
  };
}
