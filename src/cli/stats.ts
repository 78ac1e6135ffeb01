import type { Command } from 'commander';
import { createServices } from '../services.js';
import { DATA_DIR_HELP } from './db.js';
import { withDatabase } from './context.js';
import { migrate } from '../db/migrate.js';

export function registerStats(program: Command) {
  program
    .command('stats')
    .description('Count what the database holds')
    .option('--json', 'print exactly one JSON object')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (options: { json?: boolean; dataDir?: string }) => {
      const counts = await withDatabase(options, async (database) => {
        await migrate(database);
        return createServices(database).stats.counts();
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(counts)}\n`);
        return;
      }
      for (const [key, value] of Object.entries(counts)) process.stdout.write(`${key.padEnd(10)} ${value}\n`);
    });
}
