import { AGENCIES, AGENCY_CATALOGUE_VERSION } from '../../domain/agencies/catalogue.js';
import type { Database } from '../client.js';
import type { LoadResult } from './gazetteer.js';

/**
 * Upserts the shipped agency catalogue. A row is rewritten only when the release changed it, so a
 * second run changes nothing. Agencies dropped from the catalogue are kept: units and past records
 * still point at them (a dissolved body gets `valid_to`, never a delete).
 */
export async function loadAgencies(database: Database): Promise<LoadResult> {
  return database.transactionRaw(async (client) => {
    for (const agency of AGENCIES) {
      await client.query(
        `insert into agencies (code, name_id, name_en, aliases, valid_from, valid_to, successor_code)
         values ($1, $2, $3, $4::text[], $5::date, $6::date, $7)
         on conflict (code) do update set name_id = excluded.name_id, name_en = excluded.name_en, aliases = excluded.aliases,
           valid_from = excluded.valid_from, valid_to = excluded.valid_to, successor_code = excluded.successor_code
         where (agencies.name_id, agencies.name_en, agencies.aliases, agencies.valid_from, agencies.valid_to, agencies.successor_code)
           is distinct from (excluded.name_id, excluded.name_en, excluded.aliases, excluded.valid_from, excluded.valid_to, excluded.successor_code)`,
        [agency.code, agency.nameId, agency.nameEn, [...agency.aliases], agency.validFrom ?? null, agency.validTo ?? null, agency.successorCode ?? null],
      );
    }
    await client.query('analyze agencies');
    return { dataset: 'agencies', version: AGENCY_CATALOGUE_VERSION, rows: AGENCIES.length, skipped: false };
  });
}
