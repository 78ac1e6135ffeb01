import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { indicatorsOf } from '../src/modules/vulnerability/scoring.js';
import { createReadinessRepo } from '../src/modules/readiness/repo.js';
import { createVulnerabilityRepo } from '../src/modules/vulnerability/repo.js';

/**
 * What the regions panel ranks: vulnerability values of the shipped IKP model for every province and
 * kabupaten/kota over two periods, and readiness assessments (three of the checklists, every item
 * given a status) for each of them. Without these the panel answers an empty ranking quickly, and the
 * benchmark would time nothing. Written through the features' repositories (no audit rows: seed data).
 * Deterministic: values come from a hash of the region, indicator and period.
 */

export interface AssessmentFigures {
  regions: number;
  vulnerabilityValues: number;
  readinessAssessments: number;
  ms: number;
}

const PERIODS = ['2024-Q3', '2024-Q4'] as const;
const TEMPLATES_PER_REGION = 3;
const STATUSES = ['siap', 'siap', 'sebagian', 'belum', 'tidak_berlaku'] as const;

/** FNV-1a: a stable fraction in [0, 1) for a text. */
function fraction(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash / 4_294_967_296;
}

export async function seedAssessments(database: Database, now: Date): Promise<AssessmentFigures> {
  const started = performance.now();
  const { db } = database;
  const regions = (await db.execute<{ code: string }>(sql`select code from regions where level <= 2 order by code`)).rows.map((row) => row.code);

  const model = (await db.execute<{ code: string; definition: unknown }>(sql`
    select code, definition from vulnerability_models where status = 'published' order by published_at desc, version desc limit 1`)).rows[0];
  let vulnerabilityValues = 0;
  if (model) {
    const definition = typeof model.definition === 'string' ? JSON.parse(model.definition) : model.definition;
    const indicators = indicatorsOf(definition);
    const vulnerability = createVulnerabilityRepo(db);
    for (const period of PERIODS) {
      const values = regions.flatMap((regionCode) => indicators
        // A desk rarely has every indicator everywhere: about one in ten is missing.
        .filter((indicator) => fraction(`${regionCode}|${indicator.code}|${period}|gap`) >= 0.1)
        .map((indicator) => {
          const share = fraction(`${regionCode}|${indicator.code}|${period}`);
          const value = indicator.kind === 'yes_no' ? (share < 0.3 ? 1 : 0) : Math.round(indicator.scaleMin + share * (indicator.scaleMax - indicator.scaleMin));
          return { regionCode, indicatorCode: indicator.code, period, value };
        }));
      await vulnerability.upsertValues(model.code, values, 'imported', 'bench', null, now);
      vulnerabilityValues += values.length;
    }
  }

  const readiness = createReadinessRepo(db);
  const templates = await readiness.templates();
  const assessedOn = now.toISOString().slice(0, 10);
  let readinessAssessments = 0;
  for (const regionCode of regions) {
    const offset = Math.floor(fraction(regionCode) * templates.length);
    for (let k = 0; k < Math.min(TEMPLATES_PER_REGION, templates.length); k++) {
      const template = templates[(offset + k) % templates.length]!;
      const id = await readiness.insert({ templateId: template.id, regionCode, assessedOn, responsibleUnitId: null, note: null, createdBy: null, now });
      if (id === null) continue;
      await readiness.insertItems(id, template.items.map((item) => ({
        code: item.code, status: STATUSES[Math.floor(fraction(`${regionCode}|${item.code}`) * STATUSES.length)]!, note: null, evidence: null, responsibleUnitId: null,
      })));
      readinessAssessments++;
    }
  }
  return { regions: regions.length, vulnerabilityValues, readinessAssessments, ms: performance.now() - started };
}
