import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { migrate } from '../db/migrate.js';
import { createServices } from '../services.js';
import { withDatabase } from './context.js';
import { DATA_DIR_HELP } from './db.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export function registerAdmin(program: Command) {
  const admin = program.command('admin').description('Accounts');
  admin
    .command('create')
    .description('Create a national administrator (prints a generated password once unless --password-stdin)')
    .requiredOption('--email <email>', 'the administrator’s email, used to sign in')
    .option('--name <name>', 'display name', 'Administrator')
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (options: { email: string; name: string; passwordStdin?: boolean; dataDir?: string }) => {
      const generated = options.passwordStdin ? null : randomBytes(18).toString('base64url');
      const password = generated ?? (await readStdin());
      const user = await withDatabase(options, async (database) => {
        await migrate(database);
        return createServices(database).users.createAdmin(
          { email: options.email, displayName: options.name, password },
          `${os.userInfo().username}@${os.hostname()}`,
        );
      });
      process.stdout.write(`administrator created: ${user.email}\n`);
      if (generated) process.stdout.write(`password (shown once, change it after signing in): ${generated}\n`);
    });
}
