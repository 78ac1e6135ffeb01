import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { createObligations } from '../political-reports/obligations.js';

/**
 * The political reports owed by every kabupaten/kota (monthly) and province (quarterly) since
 * January of the voting year, materialised by the product's own obligations code, then given
 * states from a hash of their id (reproducible, spread evenly over regions and periods).
 * Made only when the desk has no schedules yet.
 */
export async function writePoliticalReports(database: Database, now: Date, since: string): Promise<number> {
  const existing = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from political_report_schedules`);
  if (Number(existing.rows[0]?.n) > 0) return 0;
  const template = await database.db.execute<{ id: number }>(sql`select id from political_report_templates where kind = 'periodik' and active order by id limit 1`);
  const templateId = template.rows[0]?.id;
  if (templateId === undefined) return 0;
  const at = now.toISOString();
  await database.db.execute(sql`
    insert into political_report_schedules (template_id, level, region_code, period, due_days, starts_on, created_at) values
      (${templateId}, 'kabkota', null, 'bulanan', 10, ${since}, ${at}),
      (${templateId}, 'provinsi', null, 'triwulanan', 15, ${since}, ${at})`);
  await createObligations(database.db, { now: () => now }).ensure();
  await database.db.execute(sql`
    update political_reports set
      state = case when due_at < ${at}::timestamptz then
                case when mod(id * 7919, 100) < 78 then 'diterima' when mod(id * 7919, 100) < 88 then 'terkirim' else 'belum' end
              else case when mod(id * 7919, 100) < 30 then 'terkirim' when mod(id * 7919, 100) < 50 then 'draf' else 'belum' end end,
      current_version = case when due_at >= ${at}::timestamptz and mod(id * 7919, 100) >= 50 then 0
                             when due_at < ${at}::timestamptz and mod(id * 7919, 100) >= 88 then 0 else 1 end`);
  await database.db.execute(sql`
    update political_reports set submitted_at = least(${at}::timestamptz,
      case when mod(id * 31, 100) < 80 then due_at - interval '2 days' else due_at + interval '4 days' end)
    where state in ('terkirim', 'diterima')`);
  await database.db.execute(sql`
    insert into political_report_versions (report_id, number, sections, summary, created_at, submitted_at)
    select id, 1, '{}'::jsonb, 'Situasi politik dan keamanan kondusif.', coalesce(submitted_at, ${at}::timestamptz), submitted_at
    from political_reports where current_version = 1`);
  const total = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from political_reports`);
  return Number(total.rows[0]?.n ?? 0);
}
