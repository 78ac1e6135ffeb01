import type { Database } from '../client.js';
import { loadAgencies } from './agencies.js';
import { loadElections } from './elections.js';
import { loadGazetteer, type LoadResult } from './gazetteer.js';
import type { ProgressListener } from './progress.js';
import { loadReadinessTemplates } from './readiness.js';
import { loadPoliticalReportTemplates } from './political-reports.js';
import { loadVulnerabilityModels } from './vulnerability.js';

const SEED_LOCK_KEY = 7_405_211_025;

/** Loads all reference data: the gazetteer first, then elections whose contests need it. */
export async function seedReferenceData(
  database: Database,
  options: { force?: boolean; onProgress?: ProgressListener } = {},
): Promise<LoadResult[]> {
  return database.withSessionLock(SEED_LOCK_KEY, async () => [
    await loadGazetteer(database, options),
    await loadElections(database),
    await loadAgencies(database),
    await loadVulnerabilityModels(database),
    await loadReadinessTemplates(database),
    await loadPoliticalReportTemplates(database),
  ]);
}
