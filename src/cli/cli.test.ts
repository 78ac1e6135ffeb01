import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCliTarget, type CliTarget } from '../../test/helpers.js';
import { runCli } from '../../test/cli.js';


const run = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(args, { env });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-cli-'));
let target: CliTarget;
beforeAll(async () => {
  target = await prepareCliTarget(path.join(tmp, 'seeded'));
});
afterAll(async () => {
  await target?.cleanup();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('sinergi usage', () => {
  it('prints help listing its commands', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'db', 'seed', 'stats', 'regions', 'audit', 'admin', 'extract', 'report']) expect(stdout).toContain(command);
  });

  it.each([
    [['stats', '--bogus'], /unknown option '--bogus'/],
    [['regions', 'search'], /missing required argument 'text'/],
    [['serve', '--port', 'abc'], /port is a number/],
    [['regions', 'search', 'x', '--limit', '0'], /number from 1 to 500/],
    [['frobnicate'], /unknown command/],
  ])('%j is a usage error with exit code 2', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('sinergi against a seeded database', () => {
  it('stats --json prints exactly one JSON object with the real counts', async () => {
    const { code, stdout } = await run(['stats', '--json', ...target.args], target.env);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual({ provinces: 38, regencies: 514, districts: 7285, villages: 83762, contests: 545, stages: 25 });
  });

  it('regions search prints the best match first', async () => {
    const { code, stdout } = await run(['regions', 'search', 'kab bangli', ...target.args], target.env);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^51\.06\s+Kabupaten Bangli \(Bali\)/);
  });

  it('seed again loads nothing', async () => {
    const { code, stdout } = await run(['seed', ...target.args], target.env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/gazetteer \(idn-area-data@4\.0\.1\): already loaded, 91599 rows/);
  });
});

describe('sinergi db migrate on a fresh folder', () => {
  it('applies the migrations once', async () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const dir = path.join(tmp, 'fresh');
    const first = await run(['db', 'migrate', '--data-dir', dir], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/migrations: [1-9]\d* applied/);
    const second = await run(['db', 'migrate', '--data-dir', dir], env);
    expect(second.stdout).toMatch(/migrations: 0 applied/);
  });
});

describe('sinergi reports configuration problems in one sentence', () => {
  it.each([
    [{ DATABASE_URL: 'nonsense' }, 'en', /^sinergi: DATABASE_URL is not valid/],
    [{ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }, 'en', /^sinergi: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none: connection refused/],
    [{ DATABASE_URL: 'nonsense' }, 'id', /^sinergi: DATABASE_URL tidak valid/],
  ])('%j (%s)', async (extra, lang, message) => {
    const { code, stderr } = await run(['stats'], { ...process.env, ...extra, SINERGI_LANG: lang });
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names a data folder it cannot write', async () => {
    const file = path.join(tmp, 'plain-file');
    fs.writeFileSync(file, '');
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const { code, stderr } = await run(['stats', '--data-dir', path.join(file, 'data')], env);
    expect(code).toBe(1);
    expect(stderr).toContain(`Data folder ${path.join(file, 'data')} is not writable`);
  });
});
