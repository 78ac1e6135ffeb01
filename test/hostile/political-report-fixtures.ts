/**
 * The political-report rows the hostile suite's entries name (test/hostile/political-report-endpoints.ts),
 * created with exactly these ids before the first case and put back after the cases that change them:
 * two outlines, a switched-off schedule (it owes nothing before 2100, so no case materialises
 * reports behind the suite's back), and four reports at Bangli and Bali, one in each state an example needs.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';

const FIXED_AT = '2024-09-01T00:00:00.000Z';
const SECTIONS = JSON.stringify([{ key: 'politik', titleId: 'Situasi politik', titleEn: 'Political situation' }, { key: 'keamanan', titleId: 'Keamanan', titleEn: 'Security' }]);
const CONTENT = JSON.stringify({ politik: 'Kondusif (hostile suite).' });

export const POLITICAL_REPORT_FIXTURES = {
  periodicTemplate: { id: 900_001, code: 'hostile-periodik' },
  incidentalTemplate: { id: 900_002, code: 'hostile-insidental' },
  /** What POST /political-report-templates creates (removed after each case, so the example's code stays free). */
  newTemplateCode: 'hostile-baru',
  schedule: { id: 900_001, regionCode: '51', startsOn: '2100-01-01' },
  /** belum: the draft example writes it. */
  blank: { id: 900_001, regionCode: '51.06' },
  /** draf with a version ready to submit. */
  drafted: { id: 900_002, regionCode: '51.06' },
  /** terkirim with one submitted version: review, comments, versions, PDF. */
  submitted: { id: 900_003, regionCode: '51.06' },
  /** Bali's July 2024 periodic report: the roll-up. */
  province: { id: 900_004, regionCode: '51' },
} as const;
const F = POLITICAL_REPORT_FIXTURES;

function resetTemplate(id: number, code: string, kind: 'periodik' | 'insidental'): SQL {
  return sql`
    insert into political_report_templates (id, code, name_id, name_en, kind, sections, active, created_at, updated_at, version)
    values (${id}, ${code}, ${`Templat ${kind} (hostile suite)`}, ${`Template ${kind} (hostile suite)`}, ${kind}, ${SECTIONS}::jsonb, true, ${FIXED_AT}, ${FIXED_AT}, 1)
    on conflict (id) do update set code = excluded.code, name_id = excluded.name_id, name_en = excluded.name_en, kind = excluded.kind, sections = excluded.sections,
      active = true, updated_at = excluded.updated_at, version = 1
    where political_report_templates.version <> 1 or political_report_templates.updated_at <> excluded.updated_at`;
}

const resetSchedule = (): SQL => sql`
  insert into political_report_schedules (id, template_id, level, region_code, period, due_days, starts_on, active, created_at, version)
  values (${F.schedule.id}, ${F.periodicTemplate.id}, 'kabkota', ${F.schedule.regionCode}, 'tahunan', 10, ${F.schedule.startsOn}, false, ${FIXED_AT}, 1)
  on conflict (id) do update set template_id = excluded.template_id, level = excluded.level, region_code = excluded.region_code, period = excluded.period,
    due_days = excluded.due_days, starts_on = excluded.starts_on, active = false, version = 1
  where political_report_schedules.version <> 1`;

/** A report as created, with its one version (none for `belum`); later versions and review marks removed. */
function resetReport(id: number, regionCode: string, state: 'belum' | 'draf' | 'terkirim', periodic = false): SQL {
  const versions = state === 'belum' ? 0 : 1;
  return sql`
    with report as (
      insert into political_reports (id, template_id, kind, region_code, title, period_start, period_end, due_at, occurred_at, state, current_version,
        submitted_at, created_at, updated_at, version)
      values (${id}, ${periodic ? F.periodicTemplate.id : F.incidentalTemplate.id}, ${periodic ? 'periodik' : 'insidental'}, ${regionCode},
        ${`Laporan ${id} (hostile suite)`}, ${periodic ? '2024-07-01' : null}::date, ${periodic ? '2024-07-31' : null}::date,
        ${periodic ? '2024-08-10T15:59:59Z' : null}::timestamptz, ${periodic ? null : '2024-08-09T13:30:00Z'}::timestamptz, ${state}, ${versions},
        ${state === 'terkirim' ? FIXED_AT : null}::timestamptz, ${FIXED_AT}, ${FIXED_AT}, 1)
      on conflict (id) do update set state = excluded.state, current_version = excluded.current_version, submitted_at = excluded.submitted_at,
        reviewed_by = null, reviewed_at = null, updated_at = excluded.updated_at, version = 1
      where political_reports.version <> 1 or political_reports.updated_at <> excluded.updated_at
      returning id),
    later as (delete from political_report_versions where report_id = ${id} and number > ${versions})
    ${versions === 0 ? sql`select 1` : sql`
    insert into political_report_versions (report_id, number, sections, summary, created_at, submitted_at)
    values (${id}, 1, ${CONTENT}::jsonb, 'Situasi kondusif (hostile suite).', ${FIXED_AT}, ${state === 'terkirim' ? FIXED_AT : null}::timestamptz)
    on conflict (report_id, number) do update set sections = excluded.sections, summary = excluded.summary, submitted_at = excluded.submitted_at
    where political_report_versions.sections <> excluded.sections or political_report_versions.summary <> excluded.summary
      or political_report_versions.submitted_at is distinct from excluded.submitted_at`}`;
}

export const POLITICAL_REPORT_RESTORE = {
  politicalReportTemplate: () => resetTemplate(F.incidentalTemplate.id, F.incidentalTemplate.code, 'insidental'),
  politicalReportNewTemplate: () => sql`delete from political_report_templates where code = ${F.newTemplateCode}`,
  politicalReportSchedule: resetSchedule,
  politicalReportBlank: () => resetReport(F.blank.id, F.blank.regionCode, 'belum'),
  politicalReportDrafted: () => resetReport(F.drafted.id, F.drafted.regionCode, 'draf'),
  politicalReportSubmitted: () => resetReport(F.submitted.id, F.submitted.regionCode, 'terkirim'),
  politicalReportProvince: () => resetReport(F.province.id, F.province.regionCode, 'belum', true),
} as const;
export type PoliticalReportRestore = keyof typeof POLITICAL_REPORT_RESTORE;

export async function createPoliticalReportFixtures(db: Db): Promise<void> {
  await db.execute(resetTemplate(F.periodicTemplate.id, F.periodicTemplate.code, 'periodik'));
  for (const restore of Object.values(POLITICAL_REPORT_RESTORE)) await db.execute(restore());
}
