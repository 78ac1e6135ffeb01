import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers.js';
import { withIndexesDeferred } from './deferred-indexes.js';
import { DemoDataRefused, generateDemoData } from './generate.js';

let test: TestDatabase;
let database: Database;
beforeAll(async () => {
  test = await openTestDatabase();
  database = test.database;
});
afterAll(() => test?.cleanup());

async function one(text: string): Promise<number> {
  return database.transactionRaw(async (client) => Number(Object.values((await client.query<Record<string, unknown>>(text))[0] ?? {})[0]));
}
const indexDefinitions = () => database.transactionRaw(async (client) =>
  (await client.query<{ d: string }>(`select indexdef as d from pg_indexes where tablename in ('incidents', 'incident_transitions') order by indexname`)).map((r) => r.d));

describe('indexes deferred during a large load', () => {
  it('are gone during the load and back exactly as the migrations made them', async () => {
    const before = await indexDefinitions();
    expect(before.some((d) => d.includes('gin_trgm_ops'))).toBe(true);
    const during = await database.transactionRaw((client) => withIndexesDeferred(client, ['incidents', 'incident_transitions'], async () =>
      (await client.query<{ d: string }>(`select indexdef as d from pg_indexes where tablename = 'incidents'`)).map((r) => r.d)));
    expect(during.result.some((d) => d.includes('gin'))).toBe(false);
    // The unique reference and the primary key stay, as they enforce rules.
    expect(during.result.some((d) => d.includes('incidents_reference_unique'))).toBe(true);
    expect(await indexDefinitions()).toEqual(before);
  });

  it('come back when the load fails (its transaction rolls back)', async () => {
    const before = await indexDefinitions();
    await expect(database.transactionRaw((client) => withIndexesDeferred(client, ['incidents'], async () => {
      throw new Error('load failed');
    }))).rejects.toThrow('load failed');
    expect(await indexDefinitions()).toEqual(before);
  });
});

describe('demo data at the size that defers indexes', () => {
  it('keeps the open-count rollup equal to a fresh count and the indexes as they were', async () => {
    const before = await indexDefinitions();
    const steps: string[] = [];
    const figures = await generateDemoData(database, { incidents: 12_000, meetings: 30, alerts: 20, pactCampaigns: 2, seed: 9, today: '2026-01-01', onStep: (s) => steps.push(s) });
    expect(steps).toEqual(['units', 'incidents', 'indexes', 'meetings', 'alerts_pacts', 'political_reports', 'analyze']);
    expect(figures.incidents.count).toBe(12_000);
    expect(figures.incidents.indexMs).toBeGreaterThan(0);
    expect(await indexDefinitions()).toEqual(before);
    const fresh = `select left(region_code, 5) as k, category, severity, count(*)::int as n from incidents where status not in ('ditolak', 'duplikat', 'selesai') group by 1, 2, 3`;
    expect(await one(`select count(*) from (${fresh}) f full join (select * from incident_open_counts where count <> 0) c
      on c.region_key = f.k and c.category = f.category and c.severity = f.severity where f.n is distinct from c.count`)).toBe(0);
    expect(await one('select count(*) from incident_open_counts where count <> 0')).toBeGreaterThan(100);
    expect(await one('select count(*) from incidents where status not in (\'ditolak\', \'duplikat\', \'selesai\')')).toBe(figures.incidents.open);
    // Left vacuumed: the visibility map covers the loaded pages, so counts need not read them.
    expect(await one(`select round(100.0 * relallvisible / greatest(relpages, 1)) from pg_class where relname = 'incidents'`)).toBeGreaterThan(90);
  });

  it('refuses to run again without append, naming how many incidents there are', async () => {
    await expect(generateDemoData(database, { incidents: 5, meetings: 0, alerts: 0, pactCampaigns: 0, seed: 9, today: '2026-01-01' }))
      .rejects.toMatchObject(new DemoDataRefused('has_incidents', { count: 12_000 }));
  });
});
