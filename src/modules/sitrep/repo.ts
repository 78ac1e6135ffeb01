import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../audit/repo.js';
import type { SitrepTrigger } from '../../domain/sitrep/vocabulary.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';

export interface StoredSitrep {
  id: number;
  regionCode: string | null;
  reportDate: string;
  timeZone: TimeZoneLabel;
  trigger: SitrepTrigger;
  generatedBy: string | null;
  generatedAt: Date;
  pdfSize: number;
  xlsxSize: number;
}

export interface ScheduleRecord {
  id: number;
  regionCode: string | null;
  localHour: number;
  enabled: boolean;
  nextRunAt: Date;
  leasedUntil: Date | null;
  lastRunAt: Date | null;
  lastError: string | null;
}

const day = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
const at = (value: unknown): Date => new Date(value instanceof Date ? value.getTime() : String(value));
const atOrNull = (value: unknown): Date | null => (value == null ? null : at(value));
const strOrNull = (value: unknown): string | null => (value == null ? null : String(value));

function toReport(row: Record<string, unknown>): StoredSitrep {
  return {
    id: Number(row.id), regionCode: strOrNull(row.region_code), reportDate: day(row.report_date), timeZone: String(row.time_zone) as TimeZoneLabel,
    trigger: String(row.trigger) as SitrepTrigger, generatedBy: strOrNull(row.generated_by), generatedAt: at(row.generated_at),
    pdfSize: Number(row.pdf_size), xlsxSize: Number(row.xlsx_size),
  };
}

function toSchedule(row: Record<string, unknown>): ScheduleRecord {
  return {
    id: Number(row.id), regionCode: strOrNull(row.region_code), localHour: Number(row.local_hour), enabled: Boolean(row.enabled),
    nextRunAt: at(row.next_run_at), leasedUntil: atOrNull(row.leased_until), lastRunAt: atOrNull(row.last_run_at), lastError: strOrNull(row.last_error),
  };
}

/** `column` lies in one of the subtrees `roots` (null: anywhere, national rows included). */
function inRoots(column: SQL, roots: string[] | null): SQL {
  if (roots === null) return sql`true`;
  if (roots.length === 0) return sql`false`;
  return sql`(${sql.join(roots.map((root) => sql`(${column} = ${root} or ${column} like ${`${root}.%`})`), sql` or `)})`;
}

/** Which region's rows a list shows: one region's own (undefined: national), or a whole scope. */
export type RegionPick = { one: string | null } | { roots: string[] | null };

function pick(column: SQL, region: RegionPick): SQL {
  if ('one' in region) return region.one === null ? sql`${column} is null` : sql`${column} = ${region.one}`;
  return inRoots(column, region.roots);
}

export function createSitrepRepo(db: DbOrTx) {
  const columns = sql`id, region_code, report_date, time_zone, trigger, generated_by, generated_at, pdf_size, xlsx_size`;
  return {
    async insert(report: { regionCode: string | null; reportDate: string; timeZone: TimeZoneLabel; trigger: SitrepTrigger; generatedBy: string | null; generatedAt: Date; pdf: Buffer; xlsx: Buffer }): Promise<StoredSitrep> {
      const rows = await db.execute(sql`
        insert into situation_reports (region_code, report_date, time_zone, trigger, generated_by, generated_at, pdf, xlsx, pdf_size, xlsx_size)
        values (${report.regionCode}, ${report.reportDate}, ${report.timeZone}, ${report.trigger}, ${report.generatedBy}, ${report.generatedAt.toISOString()},
          ${report.pdf}, ${report.xlsx}, ${report.pdf.length}, ${report.xlsx.length})
        returning ${columns}`);
      return toReport(rows.rows[0]!);
    },

    async list(region: RegionPick, range: { from?: string; to?: string }, page: { limit: number; offset: number }): Promise<{ items: StoredSitrep[]; total: number }> {
      const where = sql.join([
        pick(sql`region_code`, region),
        range.from ? sql`report_date >= ${range.from}` : sql`true`,
        range.to ? sql`report_date <= ${range.to}` : sql`true`,
      ], sql` and `);
      const [items, total] = await Promise.all([
        db.execute(sql`select ${columns} from situation_reports where ${where} order by report_date desc, generated_at desc, id desc limit ${page.limit} offset ${page.offset}`),
        db.execute(sql`select count(*)::int as n from situation_reports where ${where}`),
      ]);
      return { items: items.rows.map(toReport), total: Number(total.rows[0]?.n ?? 0) };
    },

    async get(id: number): Promise<StoredSitrep | null> {
      const row = (await db.execute(sql`select ${columns} from situation_reports where id = ${id}`)).rows[0];
      return row ? toReport(row) : null;
    },

    async file(id: number, kind: 'pdf' | 'xlsx'): Promise<Buffer> {
      const row = (await db.execute(sql`select ${kind === 'pdf' ? sql`pdf` : sql`xlsx`} as bytes from situation_reports where id = ${id}`)).rows[0];
      const bytes = row?.bytes;
      return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as Uint8Array);
    },

    /** The Kesbangpol office of the region, whose letterhead heads a report nobody's unit heads. */
    async kesbangpolUnit(regionCode: string | null): Promise<number | null> {
      if (regionCode === null) return null;
      const row = (await db.execute(sql`select id from units where region_code = ${regionCode} and agency_code = 'KESBANGPOL' order by id limit 1`)).rows[0];
      return row ? Number(row.id) : null;
    },

    async schedules(region: RegionPick): Promise<ScheduleRecord[]> {
      const rows = await db.execute(sql`select * from situation_report_schedules where ${pick(sql`region_code`, region)} order by region_code nulls first`);
      return rows.rows.map(toSchedule);
    },

    async schedule(regionCode: string | null): Promise<ScheduleRecord | null> {
      const row = (await db.execute(sql`select * from situation_report_schedules where coalesce(region_code, '') = ${regionCode ?? ''}`)).rows[0];
      return row ? toSchedule(row) : null;
    },

    /** Creates or changes a region's schedule; its next run is recomputed. */
    async upsertSchedule(input: { regionCode: string | null; localHour: number; enabled: boolean; nextRunAt: Date; createdBy: string | null }): Promise<ScheduleRecord> {
      const rows = await db.execute(sql`
        insert into situation_report_schedules (region_code, local_hour, enabled, next_run_at, created_by)
        values (${input.regionCode}, ${input.localHour}, ${input.enabled}, ${input.nextRunAt.toISOString()}, ${input.createdBy})
        on conflict ((coalesce(region_code, ''))) do update set local_hour = excluded.local_hour, enabled = excluded.enabled,
          next_run_at = excluded.next_run_at, last_error = case when excluded.enabled then situation_report_schedules.last_error else null end,
          version = situation_report_schedules.version + 1
        returning *`);
      return toSchedule(rows.rows[0]!);
    },

    /**
     * Takes the schedules that are due and leases them, skipping rows another process holds
     * (FOR UPDATE SKIP LOCKED) or leased and not yet expired, so each run is made by one process.
     */
    async claimDue(now: Date, leaseMs: number, limit: number): Promise<ScheduleRecord[]> {
      const rows = await db.execute(sql`
        with due as (
          select id from situation_report_schedules
          where enabled and next_run_at <= ${now.toISOString()} and (leased_until is null or leased_until <= ${now.toISOString()})
          order by next_run_at, id limit ${limit} for update skip locked
        )
        update situation_report_schedules s set leased_until = ${new Date(now.getTime() + leaseMs).toISOString()}
        from due where s.id = due.id returning s.*`);
      return rows.rows.map(toSchedule).sort((a, b) => a.nextRunAt.getTime() - b.nextRunAt.getTime() || a.id - b.id);
    },

    /** Records a run and lets go of the schedule; `nextRunAt` is the next local day's hour, or a retry. */
    async finishRun(id: number, run: { at: Date; nextRunAt: Date; error: string | null }): Promise<void> {
      await db.execute(sql`
        update situation_report_schedules set leased_until = null, next_run_at = ${run.nextRunAt.toISOString()},
          last_run_at = ${run.error === null ? sql`${run.at.toISOString()}` : sql`last_run_at`}, last_error = ${run.error}
        where id = ${id}`);
    },
  };
}

export type SitrepRepo = ReturnType<typeof createSitrepRepo>;
