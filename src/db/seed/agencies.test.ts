import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers.js';
import { AGENCIES, AGENCY_CATALOGUE_VERSION } from '../../domain/agencies/catalogue.js';
import { loadAgencies } from './agencies.js';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => testDb?.cleanup());

type AgencyRow = {
  code: string;
  name_id: string;
  name_en: string;
  aliases: string[];
  valid_from: string | null;
  valid_to: string | null;
  successor_code: string | null;
  // The row version: unchanged when an upsert left the row alone.
  version: string;
};

async function agencyRows(): Promise<AgencyRow[]> {
  const result = await testDb.database.db.execute<AgencyRow>(
    sql`select code, name_id, name_en, aliases, valid_from::text as valid_from, valid_to::text as valid_to, successor_code, xmin::text as version
        from agencies order by code`,
  );
  return result.rows;
}

describe('loadAgencies', () => {
  it('has loaded the whole catalogue with the reference data', async () => {
    const rows = await agencyRows();
    expect(rows.map((r) => r.code)).toEqual(AGENCIES.map((a) => a.code).sort());
    const kpu = AGENCIES.find((a) => a.code === 'KPU');
    expect(rows.find((r) => r.code === 'KPU')).toMatchObject({ name_id: kpu?.nameId, name_en: kpu?.nameEn, aliases: kpu?.aliases });
  });

  it('records that KASN was dissolved and its duties went to BKN', async () => {
    const rows = await agencyRows();
    expect(rows.find((r) => r.code === 'KASN')).toMatchObject({ valid_to: '2024-08-23', successor_code: 'BKN' });
    expect(rows.find((r) => r.code === 'BKN')).toMatchObject({ valid_to: null, successor_code: null });
    expect(rows.find((r) => r.code === 'KOMINFO')?.aliases).toContain('KOMDIGI');
  });

  it('changes nothing when run again', async () => {
    const before = await agencyRows();
    const result = await loadAgencies(testDb.database);
    expect(result).toEqual({ dataset: 'agencies', version: AGENCY_CATALOGUE_VERSION, rows: AGENCIES.length, skipped: false });
    expect(await agencyRows()).toEqual(before);
  });

  it('restores a row that differs from the catalogue, and only that row', async () => {
    await testDb.database.db.execute(sql`update agencies set name_en = 'Old name', aliases = '{}' where code = 'BAWASLU'`);
    const before = await agencyRows();
    await loadAgencies(testDb.database);
    const after = await agencyRows();
    expect(after.find((r) => r.code === 'BAWASLU')).toMatchObject({ name_en: 'Election Supervisory Agency', aliases: expect.arrayContaining(['Panwaslih']) });
    const rewritten = after.filter((row, i) => row.version !== before[i]?.version).map((r) => r.code);
    expect(rewritten).toEqual(['BAWASLU']);
  });
});
