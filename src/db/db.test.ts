import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/helpers.js';
import { AppError } from '../domain/errors.js';
import { describePostgresUrl, openDb } from './client.js';
import { migrate } from './migrate.js';
import { loadGazetteer } from './seed/gazetteer.js';
import { seedReferenceData } from './seed/index.js';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => testDb?.cleanup());

async function count(table: string): Promise<number> {
  const result = await testDb.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
  return result.rows[0]?.n ?? -1;
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe('migrations', () => {
  it('change nothing the second time', async () => {
    const result = await migrate(testDb.database);
    expect(result.applied).toBe(0);
    expect(result.total).toBeGreaterThanOrEqual(3);
  });

  it('refuse a database written by a newer schema, changing nothing', async () => {
    const regionsBefore = await count('regions');
    await testDb.database.db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', ${Date.UTC(2099, 0, 1)})`,
    );
    try {
      await expectAppError(migrate(testDb.database), 'schema_too_new');
      expect(await count('regions')).toBe(regionsBefore);
    } finally {
      await testDb.database.db.execute(sql`delete from drizzle.__drizzle_migrations where hash = 'from-the-future'`);
    }
    expect((await migrate(testDb.database)).applied).toBe(0);
  });
});

describe('reference data', () => {
  it('holds the real gazetteer and Pilkada 2024', async () => {
    const levels = await testDb.database.db.execute<{ level: number; n: number }>(
      sql`select level, count(*)::int as n from regions group by level order by level`,
    );
    expect(levels.rows.map((r) => r.n)).toEqual([38, 514, 7285, 83762]);
    expect(await count('contests')).toBe(545);
  });

  it('gives every region its parent, ancestors and time zone', async () => {
    const orphans = await testDb.database.db.execute<{ n: number }>(sql`
      select count(*)::int as n from regions r left join regions p on p.code = r.parent_code
      where r.level > 1 and p.code is null`);
    expect(orphans.rows[0]?.n).toBe(0);
    const bangli = await testDb.database.db.execute(sql`select * from regions where code = '51.06.01.2001'`);
    expect(bangli.rows[0]).toMatchObject({ parent_code: '51.06.01', province_code: '51', regency_code: '51.06', district_code: '51.06.01', time_zone: 'WITA', level: 4 });
  });

  it('is skipped when already loaded, and a forced reload keeps counts and references', async () => {
    const skipped = await seedReferenceData(testDb.database);
    expect(skipped[0]).toMatchObject({ dataset: 'gazetteer', skipped: true, rows: 91599 });
    const progress: number[] = [];
    const forced = await loadGazetteer(testDb.database, { force: true, onProgress: (p) => progress.push(p.done) });
    expect(forced).toMatchObject({ skipped: false, rows: 91599 });
    expect(progress.at(-1)).toBe(91599);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await count('regions')).toBe(91599);
    expect(await count('contests')).toBe(545);
    expect(await count('election_stages')).toBe(25);
  });
});

describe('opening the embedded database', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-db-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('refuses a folder that cannot be written, clearly', async () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const error = await expectAppError(openDb({ dataDir: path.join(file, 'data') }), 'data_dir_not_writable');
    expect(error.params.dir).toBe(path.join(file, 'data'));
  });

  it('lets one process at a time open a folder, and persists data across opens', async () => {
    const dir = tempDir();
    const first = await openDb({ dataDir: dir });
    await migrate(first);
    await first.db.execute(sql`insert into elections (id, regime, name_id, name_en, voting_date, legal_basis) values ('x', 'PEMILU', 'x', 'x', '2029-01-01', 'x')`);
    await expectAppError(openDb({ dataDir: dir }), 'data_dir_in_use');
    await first.close();
    const second = await openDb({ dataDir: dir });
    const rows = await second.db.execute<{ id: string }>(sql`select id from elections`);
    expect(rows.rows.map((r) => r.id)).toEqual(['x']);
    await second.close();
  });
});

describe('PostgreSQL URLs', () => {
  it.each([
    ['not a url', 'db_url_invalid'],
    ['mysql://root@127.0.0.1/x', 'db_url_invalid'],
    ['postgres://', 'db_url_invalid'],
  ])('%j is refused before connecting', async (url, code) => {
    await expectAppError(openDb({ dataDir: '', databaseUrl: url }), code);
  });

  it('describes a URL without its password', () => {
    expect(describePostgresUrl('postgres://me:secret@db.example:6543/sinergi')).toBe('db.example:6543/sinergi');
  });

  it('reports an unreachable server clearly', async () => {
    const error = await expectAppError(openDb({ dataDir: '', databaseUrl: 'postgres://postgres@127.0.0.1:1/none' }), 'db_unreachable');
    expect(error.params.detail).toMatch(/refused/);
    expect(error.params.target).toBe('127.0.0.1:1/none');
  });
});
