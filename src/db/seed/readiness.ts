import { DEFAULT_READINESS_TEMPLATES } from '../../domain/readiness/default-templates.js';
import type { Database } from '../client.js';
import type { LoadResult } from './gazetteer.js';

/**
 * The shipped checklists' version: raise it when DEFAULT_READINESS_TEMPLATES changes, so desks get
 * the new version beside the old one (assessments made against the old one keep their items).
 */
export const DEFAULT_READINESS_VERSION = 1;

/**
 * Adds the shipped readiness checklists as published templates once. A stored version is never
 * rewritten: assessments name the version they were made against.
 */
export async function loadReadinessTemplates(database: Database): Promise<LoadResult> {
  return database.transactionRaw(async (client) => {
    let added = 0;
    for (const template of DEFAULT_READINESS_TEMPLATES) {
      const result = await client.query(
        `insert into readiness_templates (code, version, domain, stage_code, title_id, title_en, items, status)
         values ($1, $2, $3, $4, $5, $6, $7::jsonb, 'published')
         on conflict (code, version) do nothing returning id`,
        [template.code, DEFAULT_READINESS_VERSION, template.domain, template.stageCode, template.title.id, template.title.en, JSON.stringify(template.items)],
      );
      added += result.length;
    }
    return { dataset: 'readiness-templates', version: `default@${DEFAULT_READINESS_VERSION}`, rows: DEFAULT_READINESS_TEMPLATES.length, skipped: added === 0 };
  });
}
