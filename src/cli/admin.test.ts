import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCliTarget, type CliTarget } from '../../test/helpers.js';
import { runCli } from '../../test/cli.js';


const run = (args: string[], env: NodeJS.ProcessEnv, stdin = '') => runCli(args, { env, stdin });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-admin-'));
let target: CliTarget;
beforeAll(async () => {
  target = await prepareCliTarget(path.join(tmp, 'db'));
});
afterAll(async () => {
  await target?.cleanup();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('sinergi admin create', () => {
  it('generates a password and shows it once', async () => {
    const { code, stdout } = await run(['admin', 'create', '--email', 'first@desk.go.id', ...target.args], target.env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/administrator created: first@desk\.go\.id/);
    expect(stdout).toMatch(/password \(shown once.*\): \S{20,}/);
  });

  it('takes the password from standard input and never prints it', async () => {
    const { code, stdout } = await run(['admin', 'create', '--email', 'second@desk.go.id', '--password-stdin', ...target.args], target.env, 'a very long passphrase\n');
    expect(code).toBe(0);
    expect(stdout).not.toContain('a very long passphrase');
    expect(stdout).not.toMatch(/password/);
  });

  it.each([
    [['--email', 'FIRST@desk.go.id'], '', /Conflicts with existing data: first@desk\.go\.id/],
    [['--email', 'third@desk.go.id', '--password-stdin'], 'short\n', /password/],
    [['--email', 'not an email'], '', /email/],
  ])('refuses %j with one clear sentence', async (args, stdin, message) => {
    const { code, stderr } = await run(['admin', 'create', ...args, ...target.args], target.env, stdin);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('requires --email', async () => {
    const { code, stderr } = await run(['admin', 'create', ...target.args], target.env);
    expect(code).toBe(2);
    expect(stderr).toMatch(/required option '--email <email>'/);
  });
});
