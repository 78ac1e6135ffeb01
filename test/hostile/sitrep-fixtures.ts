/**
 * The stored situation report the hostile suite's download entries name (test/hostile/sitrep-endpoints.ts),
 * created with exactly this id before the first case. Its files are small stand-ins: the downloads
 * serve stored bytes as they are, so what matters is that the row exists and is in scope.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';

export const SITREP_FIXTURES = {
  report: { id: 900_201, regionCode: '51.06', reportDate: '2024-11-26' },
} as const;

const PDF = Buffer.from('%PDF-1.4\n% Sinergi hostile-suite stand-in\n%%EOF\n');
const XLSX = Buffer.from('PK\u0003\u0004 Sinergi hostile-suite stand-in');

export async function createSitrepFixtures(db: Db): Promise<void> {
  const { report } = SITREP_FIXTURES;
  await db.execute(sql`
    insert into situation_reports (id, region_code, report_date, time_zone, trigger, generated_at, pdf, xlsx, pdf_size, xlsx_size)
    values (${report.id}, ${report.regionCode}, ${report.reportDate}, 'WITA', 'manual', '2024-11-26T12:00:00Z', ${PDF}, ${XLSX}, ${PDF.length}, ${XLSX.length})
    on conflict (id) do nothing`);
}
