import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { AssessmentRecord, createReadinessRepo, RegionRef } from './repo.js';

type ReadinessRepo = ReturnType<typeof createReadinessRepo>;

/**
 * The latest assessment of every checklist family in every province and kabupaten/kota, kept in
 * memory for the maps and dashboards that read hundreds of regions at once (reading them with their
 * item statuses costs about 100 ms on the embedded engine at a few thousand assessments).
 * Each read first asks the database for a fingerprint of the assessments and templates (their count,
 * highest id and summed versions: every create, edit or removal through the service changes it), so
 * a write by this process or by another server process on the same database is seen at once.
 */
export function createLatestAssessments(db: Pick<Db, 'execute'>, repo: ReadinessRepo) {
  let held: { fingerprint: string; byRegion: Map<string, AssessmentRecord[]> } | null = null;
  // The gazetteer's provinces and kabupaten/kota change only when reference data is reloaded.
  let assessable: Promise<RegionRef[]> | null = null;
  const regions = () => (assessable ??= repo.assessableRegions().catch((error: unknown) => {
    assessable = null;
    throw error;
  }));

  async function fingerprint(): Promise<string> {
    const rows = await db.execute<{ print: string }>(sql`
      select concat_ws('/', count(*), max(id), sum(version),
        (select concat_ws('/', count(*), max(id)) from readiness_templates)) as print
      from readiness_assessments`);
    return String(rows.rows[0]?.print ?? '');
  }

  async function load(): Promise<Map<string, AssessmentRecord[]>> {
    const print = await fingerprint();
    if (held?.fingerprint === print) return held.byRegion;
    const codes = (await regions()).map((region) => region.code);
    const byRegion = new Map<string, AssessmentRecord[]>();
    for (const record of await repo.latestIn(codes)) {
      const own = byRegion.get(record.regionCode) ?? [];
      own.push(record);
      byRegion.set(record.regionCode, own);
    }
    held = { fingerprint: print, byRegion };
    return byRegion;
  }

  return {
    /** Every province and kabupaten/kota, read once. */
    regions,

    /** As repo.latestIn: the latest assessment per region and family, for these regions. */
    async latestIn(regionCodes: readonly string[]): Promise<AssessmentRecord[]> {
      const byRegion = await load();
      return regionCodes.flatMap((code) => byRegion.get(code) ?? []);
    },
  };
}

export type LatestAssessments = ReturnType<typeof createLatestAssessments>;
