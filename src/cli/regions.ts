import type { Command } from 'commander';
import { createServices } from '../services.js';
import { DATA_DIR_HELP } from './db.js';
import { withDatabase } from './context.js';
import { parseLimit } from './options.js';
import { migrate } from '../db/migrate.js';

export function registerRegions(program: Command) {
  const regions = program.command('regions').description('The gazetteer');
  regions
    .command('search')
    .description('Find regions by name as a person types it ("kab bangli", "Kaltim", "denpasr")')
    .argument('<text>', 'name, short form or part of a name')
    .option('-n, --limit <n>', 'how many results', parseLimit, 10)
    .option('--json', 'print JSON')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (text: string, options: { limit: number; json?: boolean; dataDir?: string }) => {
      const result = await withDatabase(options, async (database) => {
        await migrate(database);
        return createServices(database).regions.list({ q: text.slice(0, 100), limit: options.limit, offset: 0 });
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      for (const region of result.items) {
        const where = [region.regencyName, region.provinceName].filter(Boolean).join(', ');
        process.stdout.write(`${region.code.padEnd(14)} ${region.name}${where ? ` (${where})` : ''}\n`);
      }
      process.stdout.write(`${result.items.length} of ${result.total}\n`);
    });
}
