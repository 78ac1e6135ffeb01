import { sql, type SQL } from 'drizzle-orm';
import type { ReportListQuery } from '../../contracts/political-reports.js';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import { monthBounds } from '../../domain/political-reports/periods.js';
import type { PoliticalReportKind, PoliticalReportLevel, PoliticalReportState } from '../../domain/political-reports/vocabulary.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';
import { dateOrNull, dayOrNull, GAZETTEER_LEVEL, json, lateSql, localDateSql, num, str, strOrNull } from './sql.js';

type Executor = Pick<Db, 'execute'>;

export interface ReportRecord {
  id: number; templateId: number; scheduleId: number | null; kind: PoliticalReportKind; regionCode: string; regionName: string; timeZone: TimeZoneLabel;
  title: string; periodStart: string | null; periodEnd: string | null; dueAt: Date | null; occurredAt: Date | null; state: PoliticalReportState;
  currentVersion: number; submittedAt: Date | null; reviewedAt: Date | null; reviewedBy: string | null; createdBy: string | null; version: number;
}

export interface VersionRecord {
  number: number; sections: Record<string, string>; summary: string; authorId: string | null; authorName: string | null; createdAt: Date; submittedAt: Date | null;
}

export interface CommentRecord {
  id: number; versionNumber: number; sectionKey: string | null; body: string; authorLabel: string; createdAt: Date;
}

/** One period of a schedule to materialise, with its due instant in each zone. */
export interface OwedPeriod {
  start: string; end: string; title: string; due: Record<TimeZoneLabel, Date>;
}

const report = (r: Record<string, unknown>): ReportRecord => ({
  id: num(r.id), templateId: num(r.template_id), scheduleId: r.schedule_id == null ? null : num(r.schedule_id), kind: str(r.kind) as PoliticalReportKind,
  regionCode: str(r.region_code), regionName: str(r.region_name), timeZone: str(r.time_zone) as TimeZoneLabel, title: str(r.title),
  periodStart: dayOrNull(r.period_start), periodEnd: dayOrNull(r.period_end), dueAt: dateOrNull(r.due_at), occurredAt: dateOrNull(r.occurred_at),
  state: str(r.state) as PoliticalReportState, currentVersion: num(r.current_version), submittedAt: dateOrNull(r.submitted_at),
  reviewedAt: dateOrNull(r.reviewed_at), reviewedBy: strOrNull(r.reviewed_by), createdBy: strOrNull(r.created_by), version: num(r.version),
});

const SELECT = sql`select r.*, g.name as region_name, g.time_zone from political_reports r join regions g on g.code = r.region_code`;

/** Reports of one period: periodic ones overlapping it, incidental ones that happened in it (local date). */
function inMonth(month: string): SQL {
  const { start, end } = monthBounds(month);
  return sql`((r.period_start is not null and r.period_start <= ${end}::date and r.period_end >= ${start}::date)
    or (r.occurred_at is not null and ${localDateSql(sql`r.occurred_at`)} between ${start}::date and ${end}::date))`;
}

/** Reports, their versions and comments; obligations materialised here (idempotent by the unique constraint). */
export function createReportRepo(db: Executor) {
  return {
    /**
     * Inserts the owed reports of these periods for every region of `level` inside `regionCode`
     * (null: the country). ON CONFLICT on (schedule, region, period start) makes it safe to run from
     * two requests or two processes at once.
     */
    async materialise(schedule: { id: number; templateId: number; level: PoliticalReportLevel; regionCode: string | null }, periods: readonly OwedPeriod[], now: Date): Promise<number> {
      if (periods.length === 0) return 0;
      const values = sql.join(periods.map((p) =>
        sql`(${p.start}::date, ${p.end}::date, ${p.title}, ${p.due.WIB.toISOString()}::timestamptz, ${p.due.WITA.toISOString()}::timestamptz, ${p.due.WIT.toISOString()}::timestamptz)`), sql`, `);
      const r = await db.execute(sql`
        insert into political_reports (template_id, schedule_id, kind, region_code, title, period_start, period_end, due_at, created_at, updated_at)
        select ${schedule.templateId}, ${schedule.id}, 'periodik', g.code, p.title, p.period_start, p.period_end,
          case g.time_zone when 'WIB' then p.due_wib when 'WITA' then p.due_wita else p.due_wit end, ${now.toISOString()}, ${now.toISOString()}
        from regions g cross join (values ${values}) as p(period_start, period_end, title, due_wib, due_wita, due_wit)
        where g.level = ${GAZETTEER_LEVEL[schedule.level]} and ${withinRegions(sql`g.code`, schedule.regionCode === null ? null : [schedule.regionCode])}
        on conflict (schedule_id, region_code, period_start) do nothing
        returning id`);
      return r.rows.length;
    },

    /** The period ends and zones of a schedule's reports not yet submitted (what a new dueDays re-dates). */
    async openPeriods(scheduleId: number): Promise<{ periodEnd: string; timeZone: TimeZoneLabel }[]> {
      const r = await db.execute(sql`select distinct r.period_end, g.time_zone from political_reports r join regions g on g.code = r.region_code
        where r.schedule_id = ${scheduleId} and r.submitted_at is null`);
      return r.rows.map((row) => ({ periodEnd: dayOrNull(row.period_end)!, timeZone: str(row.time_zone) as TimeZoneLabel }));
    },

    /** Moves the due instant of a schedule's unsubmitted reports of one period end in one zone. */
    async redate(scheduleId: number, periodEnd: string, zone: TimeZoneLabel, dueAt: Date): Promise<void> {
      await db.execute(sql`update political_reports r set due_at = ${dueAt.toISOString()}::timestamptz from regions g
        where r.schedule_id = ${scheduleId} and r.period_end = ${periodEnd}::date and r.submitted_at is null and g.code = r.region_code and g.time_zone = ${zone}`);
    },

    async list(roots: string[] | null, q: ReportListQuery, now: Date): Promise<{ items: (ReportRecord & { late: boolean })[]; total: number }> {
      const where: SQL[] = [withinRegions(sql`r.region_code`, roots)];
      if (q.regionCode) where.push(withinRegions(sql`r.region_code`, [q.regionCode]));
      if (q.state) where.push(sql`r.state = ${q.state}`);
      if (q.kind) where.push(sql`r.kind = ${q.kind}`);
      if (q.period) where.push(inMonth(q.period));
      if (q.late === 'true') where.push(lateSql(now));
      if (q.late === 'false') where.push(sql`not ${lateSql(now)}`);
      const day = sql`coalesce(r.period_end, ${localDateSql(sql`r.occurred_at`)})`;
      if (q.from) where.push(sql`${day} >= ${q.from}::date`);
      if (q.to) where.push(sql`${day} <= ${q.to}::date`);
      const filter = sql.join(where, sql` and `);
      const from = sql`from political_reports r join regions g on g.code = r.region_code where ${filter}`;
      const [rows, count] = await Promise.all([
        db.execute(sql`select r.*, g.name as region_name, g.time_zone, ${lateSql(now)} as late ${from}
          order by ${day} desc nulls last, r.region_code, r.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`),
        db.execute(sql`select count(*)::int as n ${from}`),
      ]);
      return { items: rows.rows.map((r) => ({ ...report(r), late: Boolean(r.late) })), total: num(count.rows[0]!.n) };
    },

    async get(id: number): Promise<ReportRecord | null> {
      const r = (await db.execute(sql`${SELECT} where r.id = ${id}`)).rows[0];
      return r ? report(r) : null;
    },

    async insertIncidental(f: { templateId: number; regionCode: string; title: string; occurredAt: string }, createdBy: string, now: Date): Promise<number> {
      const r = await db.execute(sql`
        insert into political_reports (template_id, kind, region_code, title, occurred_at, created_by, created_at, updated_at)
        values (${f.templateId}, 'insidental', ${f.regionCode}, ${f.title}, ${f.occurredAt}::timestamptz, ${createdBy}, ${now.toISOString()}, ${now.toISOString()})
        returning id`);
      return num(r.rows[0]!.id);
    },

    /** Moves the report at the version read; false when someone else moved it first. */
    async update(id: number, version: number, set: SQL, now: Date): Promise<boolean> {
      const r = await db.execute(sql`update political_reports set ${set}, updated_at = ${now.toISOString()}, version = version + 1
        where id = ${id} and version = ${version} returning id`);
      return r.rows.length === 1;
    },

    async versions(reportId: number): Promise<VersionRecord[]> {
      const r = await db.execute(sql`select v.*, u.display_name as author_name from political_report_versions v left join users u on u.id = v.author_id
        where v.report_id = ${reportId} order by v.number`);
      return r.rows.map((v) => ({
        number: num(v.number), sections: json<Record<string, string>>(v.sections), summary: str(v.summary), authorId: strOrNull(v.author_id),
        authorName: strOrNull(v.author_name), createdAt: new Date(String(v.created_at)), submittedAt: dateOrNull(v.submitted_at),
      }));
    },

    /** Writes the content of version `number` (a new one, or the open draft again). */
    async saveVersion(reportId: number, number: number, content: { sections: Record<string, string>; summary: string }, authorId: string, now: Date, submitted: boolean): Promise<void> {
      const at = now.toISOString();
      await db.execute(sql`
        insert into political_report_versions (report_id, number, sections, summary, author_id, created_at, submitted_at)
        values (${reportId}, ${number}, ${JSON.stringify(content.sections)}::jsonb, ${content.summary}, ${authorId}, ${at}, ${submitted ? at : null})
        on conflict (report_id, number) do update set sections = excluded.sections, summary = excluded.summary, author_id = excluded.author_id,
          submitted_at = excluded.submitted_at`);
    },

    async comments(reportId: number): Promise<CommentRecord[]> {
      const r = await db.execute(sql`select * from political_report_comments where report_id = ${reportId} order by created_at, id`);
      return r.rows.map((c) => ({
        id: num(c.id), versionNumber: num(c.version_number), sectionKey: strOrNull(c.section_key), body: str(c.body), authorLabel: str(c.author_label),
        createdAt: new Date(String(c.created_at)),
      }));
    },

    async insertComment(c: { reportId: number; versionNumber: number; sectionKey: string | null; body: string; authorId: string; authorLabel: string }, now: Date): Promise<number> {
      const r = await db.execute(sql`
        insert into political_report_comments (report_id, version_number, section_key, body, author_id, author_label, created_at)
        values (${c.reportId}, ${c.versionNumber}, ${c.sectionKey}, ${c.body}, ${c.authorId}, ${c.authorLabel}, ${now.toISOString()}) returning id`);
      return num(r.rows[0]!.id);
    },

    async userName(id: string): Promise<string | null> {
      const r = await db.execute(sql`select display_name from users where id = ${id}`);
      return r.rows[0] ? str(r.rows[0].display_name) : null;
    },

    async region(code: string): Promise<{ code: string; name: string; level: number; timeZone: TimeZoneLabel } | null> {
      const r = (await db.execute(sql`select code, name, level, time_zone from regions where code = ${code}`)).rows[0];
      return r ? { code: str(r.code), name: str(r.name), level: num(r.level), timeZone: str(r.time_zone) as TimeZoneLabel } : null;
    },

    /**
     * Every region of `level` inside `roots`, each with its periodic report covering the month (the
     * latest-starting one when schedules overlap), or of exactly one template period (the roll-up).
     */
    async standing(level: PoliticalReportLevel, roots: string[] | null, window: { month: string } | { start: string; end: string; templateId: number }, now: Date) {
      const match = 'month' in window
        ? (({ start, end }) => sql`r.period_start <= ${end}::date and r.period_end >= ${start}::date`)(monthBounds(window.month))
        : sql`r.period_start = ${window.start}::date and r.period_end = ${window.end}::date and r.template_id = ${window.templateId}`;
      const rows = await db.execute(sql`
        select g.code, g.name, x.id as report_id, x.state, x.late, x.submitted_at, x.due_at
        from regions g left join lateral (
          select r.id, r.state, r.submitted_at, r.due_at, ${lateSql(now)} as late from political_reports r
          where r.region_code = g.code and r.kind = 'periodik' and ${match}
          order by r.period_start desc, r.id desc limit 1
        ) x on true
        where g.level = ${GAZETTEER_LEVEL[level]} and ${withinRegions(sql`g.code`, roots)}
        order by g.code`);
      return rows.rows.map((r) => ({
        regionCode: str(r.code), regionName: str(r.name), reportId: r.report_id == null ? null : num(r.report_id),
        state: (r.state == null ? 'belum' : str(r.state)) as PoliticalReportState, late: Boolean(r.late), submittedAt: dateOrNull(r.submitted_at), dueAt: dateOrNull(r.due_at),
      }));
    },

    /** The latest submitted summary of each of these reports. */
    async submittedSummaries(reportIds: readonly number[]): Promise<Map<number, string>> {
      if (reportIds.length === 0) return new Map();
      const r = await db.execute(sql`
        select distinct on (report_id) report_id, summary from political_report_versions
        where report_id in (${sql.join(reportIds.map((id) => sql`${id}`), sql`, `)}) and submitted_at is not null
        order by report_id, number desc`);
      return new Map(r.rows.map((v) => [num(v.report_id), str(v.summary)]));
    },

    /** The unit whose letterhead heads the PDF: the author's, else a Kesbangpol unit of the region. */
    async letterheadUnit(authorId: string | null, regionCode: string): Promise<number | null> {
      const own = authorId === null ? undefined : (await db.execute(sql`select unit_id from users where id = ${authorId} and unit_id is not null`)).rows[0];
      if (own) return num(own.unit_id);
      const office = (await db.execute(sql`select id from units where region_code = ${regionCode} and agency_code = 'KESBANGPOL' order by id limit 1`)).rows[0];
      return office ? num(office.id) : null;
    },
  };
}

export type ReportRepo = ReturnType<typeof createReportRepo>;
