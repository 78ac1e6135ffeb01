import { BUILT_IN_TEMPLATES } from '../../domain/political-reports/templates.js';
import type { Database } from '../client.js';
import type { LoadResult } from './gazetteer.js';

/** Raise when BUILT_IN_TEMPLATES changes; stored templates are never rewritten (desks edit their copy). */
export const POLITICAL_REPORT_TEMPLATES_VERSION = 1;

/**
 * Adds the shipped political-report outlines (Permendagri 61/2011, periodic and incidental) once,
 * by code: a database seeded before, or one whose desk edited them, keeps what it has.
 */
export async function loadPoliticalReportTemplates(database: Database): Promise<LoadResult> {
  return database.transactionRaw(async (client) => {
    let added = 0;
    for (const template of BUILT_IN_TEMPLATES) {
      const result = await client.query(
        `insert into political_report_templates (code, name_id, name_en, kind, sections)
         values ($1, $2, $3, $4, $5::jsonb)
         on conflict (code) do nothing returning id`,
        [template.code, template.nameId, template.nameEn, template.kind, JSON.stringify(template.sections)],
      );
      added += result.length;
    }
    return {
      dataset: 'political-report-templates', version: `default@${POLITICAL_REPORT_TEMPLATES_VERSION}`,
      rows: BUILT_IN_TEMPLATES.length, skipped: added === 0,
    };
  });
}
