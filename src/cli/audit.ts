import type { Command } from 'commander';
import { migrate } from '../db/migrate.js';
import { verifyAudit } from '../modules/audit/service.js';
import { DATA_DIR_HELP } from './db.js';
import { withDatabase } from './context.js';

/**
 * A broken chain is the command's answer, not a crash: main() turns any thrown error into exit 1,
 * and an error whose stack is its message prints as that one sentence.
 */
class ChainBrokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChainBrokenError';
    this.stack = message;
  }
}

export function registerAudit(program: Command) {
  const audit = program.command('audit').description('The tamper-evident audit log');
  audit
    .command('verify')
    .description('Check the hash chain of the audit log: exits 0 when intact, 1 naming the first bad row')
    .option('--json', 'print exactly one JSON object: {ok, count[, firstBadId, problem]}')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (options: { json?: boolean; dataDir?: string }) => {
      const verdict = await withDatabase(options, async (database) => {
        await migrate(database);
        return verifyAudit(database.db);
      });
      if (options.json) process.stdout.write(`${JSON.stringify(verdict)}\n`);
      if (verdict.ok) {
        if (!options.json) process.stdout.write(`audit chain intact: ${verdict.count} rows\n`);
        return;
      }
      throw new ChainBrokenError(
        `audit chain broken at row ${verdict.firstBadId}: ${verdict.problem} (${verdict.count} rows verified before it)`,
      );
    });
}
