import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCliTarget, type CliTarget } from '../../test/helpers.js';
import { openDb, type Database } from '../db/client.js';
import { appendAudit } from '../modules/audit/service.js';
import { runCli } from '../../test/cli.js';


const run = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(args, { env });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-audit-cli-'));
const dataDir = path.join(tmp, 'seeded');
let target: CliTarget;

/** The CLI's private database, opened from the test; closed again before the CLI runs (PGlite allows one process). */
async function withTarget<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const url = target.env.DATABASE_URL;
  const database = await openDb(url ? { dataDir: '', databaseUrl: url } : { dataDir });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

let ids: number[] = [];
beforeAll(async () => {
  target = await prepareCliTarget(dataDir);
  ids = await withTarget(async ({ db }) => {
    const written: number[] = [];
    for (let n = 0; n < 5; n += 1) {
      const row = await db.transaction((tx) =>
        appendAudit(tx, {
          actor: { type: 'cli', id: null, label: 'operator' },
          action: 'region.note',
          entityType: 'region',
          entityId: `51.0${n}`,
          regionCode: `51.0${n}`,
          changes: { note: [null, `catatan ${n} ✓`] },
          ip: null,
          client: 'cli',
          at: new Date(Date.UTC(2024, 10, 27, 6, 0, n, 250 + n)),
        }),
      );
      written.push(row.id);
    }
    return written;
  });
});
afterAll(async () => {
  await target?.cleanup();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('sinergi audit', () => {
  it('explains itself', async () => {
    const group = await run(['audit', '--help']);
    expect(group.code).toBe(0);
    expect(group.stdout).toMatch(/verify/);
    const verify = await run(['audit', 'verify', '--help']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/--json/);
    expect(verify.stdout).toMatch(/--data-dir/);
  });

  it('treats an unknown flag as a usage error', async () => {
    const { code, stderr } = await run(['audit', 'verify', '--bogus', ...target.args], target.env);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown option '--bogus'/);
  });

  it('reports an intact chain, then the first tampered row', async () => {
    const intact = await run(['audit', 'verify', ...target.args], target.env);
    expect(intact).toMatchObject({ code: 0, stdout: 'audit chain intact: 5 rows\n' });
    const json = await run(['audit', 'verify', '--json', ...target.args], target.env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ ok: true, count: 5 });

    await withTarget(({ db }) => db.execute(sql`update audit_log set changes = '{"note":[null,"diubah"]}' where id = ${ids[2]!}`));

    const broken = await run(['audit', 'verify', ...target.args], target.env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toBe(`sinergi: audit chain broken at row ${ids[2]}: edited (2 rows verified before it)\n`);
    const brokenJson = await run(['audit', 'verify', '--json', ...target.args], target.env);
    expect(brokenJson.code).toBe(1);
    expect(brokenJson.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(brokenJson.stdout)).toEqual({ ok: false, count: 2, firstBadId: ids[2], problem: 'edited' });
  });
});
