import type { Command } from 'commander';
import { migrate } from '../db/migrate.js';
import { prepareDatabase, withDatabase } from './context.js';

const DATA_DIR_HELP = 'folder of the embedded database (default ./.sinergi/data, or SINERGI_DATA_DIR)';

export function registerDb(program: Command) {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Bring the schema up to date (running it twice changes nothing)')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (options: { dataDir?: string }) => {
      const result = await withDatabase(options, migrate);
      process.stdout.write(`migrations: ${result.applied} applied, ${result.total} known\n`);
    });

  program
    .command('seed')
    .description('Load reference data: gazetteer, election cycles, contests and stages (idempotent)')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .option('--force', 'reload even when this version is already loaded')
    .action(async (options: { dataDir?: string; force?: boolean }) => {
      const { loads } = await withDatabase(options, (database) => prepareDatabase(database, { force: options.force }));
      for (const load of loads) {
        process.stdout.write(`${load.dataset} (${load.version}): ${load.skipped ? 'already loaded' : 'loaded'}, ${load.rows} rows\n`);
      }
    });
}

export { DATA_DIR_HELP };
