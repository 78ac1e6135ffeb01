import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/helpers.js';
import { withinRegions } from './scope.js';

/** The subtree test as the database runs it, on codes placed to trip a prefix or a range (region columns hold gazetteer codes: digits and dots). */
const CODES = ['35', '35.01', '35.01.02', '35.01.02.2001', '35.10', '351', '3', '36', '34.35', '35/', null];

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => testDb?.cleanup());

async function kept(roots: string[] | null): Promise<Array<string | null>> {
  const values = sql.join(CODES.map((code) => sql`(${code}::text)`), sql`, `);
  const rows = await testDb.database.db.execute<{ code: string | null }>(sql`
    select code from (values ${values}) as t(code) where ${withinRegions(sql`t.code`, roots)} order by code collate "C" nulls last`);
  return rows.rows.map((row) => row.code);
}

describe('withinRegions', () => {
  it('keeps a code and everything below it, nothing that only shares its first characters', async () => {
    expect(await kept(['35'])).toEqual(['35', '35.01', '35.01.02', '35.01.02.2001', '35.10']);
    expect(await kept(['35.01'])).toEqual(['35.01', '35.01.02', '35.01.02.2001']);
    expect(await kept(['35.01.02.2001'])).toEqual(['35.01.02.2001']);
    expect(await kept(['3'])).toEqual(['3']);
  });

  it('joins several subtrees; no roots keeps nothing, null roots everything', async () => {
    expect(await kept(['36', '35.10'])).toEqual(['35.10', '36']);
    expect(await kept([])).toEqual([]);
    expect(await kept(null)).toEqual([...CODES].sort((a, b) => (a === null ? 1 : b === null ? -1 : Buffer.compare(Buffer.from(a), Buffer.from(b)))));
  });

  it('treats a code with other characters literally (no range, no pattern)', async () => {
    expect(await kept(['35-'])).toEqual([]);
    expect(await kept(['%'])).toEqual([]);
    expect(await kept(['35/'])).toEqual(['35/']);
  });
});
