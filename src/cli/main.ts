import { Command, CommanderError } from 'commander';
import { registerAudit } from './audit.js';
import { registerAdmin } from './admin.js';
import { registerBackup } from './backup.js';
import { registerDb } from './db.js';
import { registerExtract } from './extract.js';
import { registerRegions } from './regions.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerReport } from './report.js';
import { registerDemoData } from './demo-data.js';
import { registerExportIncidents } from './export-incidents.js';
import { reportFailure } from './context.js';

/** Usage errors (unknown flag, missing argument) exit with 2, failures with 1. */
export const USAGE_EXIT_CODE = 2;

export function buildProgram(): Command {
  const program = new Command('sinergi')
    .description('Sinergi: shared system for election monitoring desks')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerDb(program);
  registerStats(program);
  registerRegions(program);
  registerAudit(program);
  registerAdmin(program);
  registerExtract(program);
  registerReport(program);
  registerDemoData(program);
  registerBackup(program);
  registerExportIncidents(program);
  // Sub-commands inherit exitOverride only when set before they are created; set it on all of them.
  const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)];
  for (const command of all(program)) command.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
    }
    return reportFailure(error);
  }
}
