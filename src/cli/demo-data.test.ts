import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Database } from '../db/client.js';
import { prepareCliTarget, type CliTarget } from '../../test/helpers.js';
import { runCli } from '../../test/cli.js';

const N = 2_000;

const run = (args: string[], target: CliTarget) => runCli(['demo-data', ...args, ...target.args], { env: target.env });

/** Runs `fn` on the target's database between CLI runs (the embedded one is locked while a command holds it). */
async function query<T>(target: CliTarget, fn: (database: Database) => Promise<T>): Promise<T> {
  const dataDir = target.args[1] ?? '';
  const database = await openDb({ databaseUrl: target.env.DATABASE_URL, dataDir });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function rows<T>(database: Database, text: string): Promise<T[]> {
  let result: T[] = [];
  await database.transactionRaw(async (client) => {
    result = await client.query<T>(text);
  });
  return result;
}
const one = async (database: Database, text: string) => Number(Object.values((await rows<Record<string, unknown>>(database, text))[0] ?? {})[0]);

/** What the same seed must reproduce: every generated table, row by row. */
async function fingerprint(database: Database): Promise<Record<string, string>> {
  const tables = ['incidents', 'incident_transitions', 'meetings', 'meeting_invitations', 'action_items', 'alerts', 'pact_targets'];
  const out: Record<string, string> = {};
  for (const table of tables) {
    out[table] = String((await rows<{ h: string }>(database, `select md5(string_agg(t::text, '|' order by t::text)) as h from ${table} t`))[0]?.h);
  }
  return out;
}

const CLOSED = `('ditolak', 'duplikat', 'selesai')`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-demo-data-'));
let first: CliTarget;
let second: CliTarget;
beforeAll(async () => {
  [first, second] = await Promise.all([prepareCliTarget(path.join(tmp, 'first')), prepareCliTarget(path.join(tmp, 'second'))]);
});
afterAll(async () => {
  await Promise.all([first?.cleanup(), second?.cleanup()]);
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('sinergi demo-data', () => {
  it('writes incidents with their history, meetings and action items, keeping the open-count rollup right', async () => {
    const { code, stdout, stderr } = await run(['--incidents', String(N), '--seed', '5'], first);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/Demo data \(pilkada-2024, seed 5, "now" 2024-12-16T17:00:00\.000Z\)/);
    expect(stdout).toMatch(/incidents +2,000 \(/);
    expect(stderr).toMatch(/incidents 2,000\/2,000 · [\d,]+ rows · [\d,]+ rows\/s/);
    await query(first, async (database) => {
      expect(await one(database, 'select count(*) from incidents')).toBe(N);
      expect(await one(database, 'select min(id) from incidents')).toBe(1);
      // Every region exists and is a kabupaten/kota or below.
      expect(await one(database, 'select count(*) from incidents i left join regions r on r.code = i.region_code where r.code is null or r.level < 2')).toBe(0);
      // Within the voting year (WIB), known after it happened.
      expect(await one(database, `select count(*) from incidents where occurred_at < '2024-01-01T00:00:00+07:00' or known_at >= '2024-12-16T17:00:00Z' or known_at < occurred_at`)).toBe(0);
      // Populous Java (provinces 31–36) draws far more than its 6 of 38 provinces.
      expect(await one(database, `select avg(case when left(region_code, 2) between '31' and '36' then 1.0 else 0 end) from incidents`)).toBeGreaterThan(0.25);
      // The history: one row per move, the version counting them, the last move ending at the status.
      expect(await one(database, 'select count(*) from incident_transitions')).toBe(await one(database, 'select sum(version - 1) from incidents'));
      expect(await one(database, `select count(*) from incidents i where version > 1 and status <> (
        select to_status from incident_transitions t where t.incident_id = i.id order by t.at desc, t.id desc limit 1)`)).toBe(0);
      expect(await one(database, `select count(*) from incident_transitions t join incidents i on i.id = t.incident_id where t.at < i.known_at or t.at > i.updated_at`)).toBe(0);
      // The rollup of migration 0016 equals a fresh count, both ways.
      const fresh = `select left(region_code, 5) as region_key, category, severity, count(*)::int as count from incidents where status not in ${CLOSED} group by 1, 2, 3`;
      const rollup = 'select region_key, category, severity, count from incident_open_counts where count <> 0';
      expect(await one(database, `select count(*) from ((${fresh}) except (${rollup})) x`)).toBe(0);
      expect(await one(database, `select count(*) from ((${rollup}) except (${fresh})) x`)).toBe(0);
      expect(await one(database, 'select count(*) from meetings')).toBe(40);
      expect(await one(database, 'select count(*) from action_items')).toBeGreaterThan(40);
      expect(await one(database, 'select count(*) from meeting_invitations')).toBeGreaterThan(40);
      expect(await one(database, 'select count(*) from alerts')).toBeGreaterThan(0);
      expect(await one(database, 'select count(*) from political_reports')).toBeGreaterThan(0);
    });
  });

  it('gives the same rows for the same seed on a fresh database', async () => {
    const { code, stderr } = await run(['--incidents', String(N), '--seed', '5'], second);
    expect(code, stderr).toBe(0);
    // Before the first database is appended to by the next test.
    const [a, b] = await Promise.all([query(first, fingerprint), query(second, fingerprint)]);
    expect(b).toEqual(a);
  });

  it('refuses a database that already holds incidents (exit 1), and adds to it with --append', async () => {
    const refused = await run(['--incidents', '10', '--seed', '5'], first);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds 2,000 incident reports: .*Add --append/);
    expect(await query(first, (database) => one(database, 'select count(*) from incidents'))).toBe(N);

    const appended = await run(['--incidents', '150', '--seed', '6', '--meetings', '3', '--append'], first);
    expect(appended.code, appended.stderr).toBe(0);
    expect(appended.stdout).toMatch(/units +[\d,]+ \(0 new\)/);
    await query(first, async (database) => {
      expect(await one(database, 'select count(*) from incidents')).toBe(N + 150);
      expect(await one(database, 'select max(id) from incidents')).toBe(N + 150);
      expect(await one(database, 'select count(*) from meetings')).toBe(43);
      expect(await one(database, `select count(*) from incident_open_counts`)).toBeGreaterThan(0);
      const mismatched = `select count(*) from (select left(region_code, 5) as k, category, severity, count(*)::int as n from incidents where status not in ${CLOSED} group by 1, 2, 3) f
        full join (select * from incident_open_counts where count <> 0) c on c.region_key = f.k and c.category = f.category and c.severity = f.severity
        where f.n is distinct from c.count`;
      expect(await one(database, mismatched)).toBe(0);
    });
  });

  it.each([
    [['--incidents', '0'], /Not a valid count: 0 \(a whole number from 1 to 10,000,000\)/],
    [['--incidents', '10000001'], /Not a valid count: 10000001/],
    [['--incidents', 'many'], /Not a valid count: many/],
    [['--incidents', '10', '--seed', '1.5'], /Not a valid seed: 1\.5/],
    [['--incidents', '10', '--seed', '4294967296'], /Not a valid seed/],
    [['--incidents', '10', '--meetings', '-3'], /-3/],
    [['--seed', '1'], /required option '--incidents <n>'/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const { code, stderr } = await run(args, second);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('names the elections it knows when --election names none of them (exit 1)', async () => {
    const { code, stderr } = await run(['--incidents', '10', '--election', 'pilkada-2031', '--append'], second);
    expect(code).toBe(1);
    expect(stderr).toMatch(/No election "pilkada-2031" in the database \(there are: .*pilkada-2024/);
  });
});
