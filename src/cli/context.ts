import cliProgress from 'cli-progress';
import { dbConfigFrom } from '../config.js';
import { openDb, type Database } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { seedReferenceData } from '../db/seed/index.js';
import type { LoadProgress } from '../db/seed/progress.js';
import { AppError } from '../domain/errors.js';
import { languageFromEnv, translateError } from '../i18n/messages.js';

export interface DbFlags {
  dataDir?: string;
}

/** Opens the configured database for one command and always closes it. */
export async function withDatabase<T>(flags: DbFlags, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDb(dbConfigFrom(flags, process.env));
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Draws a bar on a terminal; elsewhere (CI logs) prints a line per quarter so logs stay short. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  let bar: cliProgress.SingleBar | null = null;
  let lastQuarter = -1;
  return {
    update({ dataset, done, total }: LoadProgress) {
      if (stream.isTTY) {
        if (!bar) {
          bar = new cliProgress.SingleBar({ format: `${dataset} [{bar}] {percentage}% {value}/{total}`, stream }, cliProgress.Presets.shades_classic);
          bar.start(total, 0);
        }
        bar.update(done);
        return;
      }
      const quarter = Math.floor((done / total) * 4);
      if (quarter !== lastQuarter) {
        lastQuarter = quarter;
        stream.write(`${dataset}: ${done}/${total}\n`);
      }
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

/** Migrates, then loads reference data when it is missing, showing progress. */
export async function prepareDatabase(database: Database, options: { force?: boolean; quiet?: boolean } = {}) {
  const migration = await migrate(database);
  const progress = progressPrinter();
  try {
    const loads = await seedReferenceData(database, {
      force: options.force,
      onProgress: options.quiet ? undefined : (p) => progress.update(p),
    });
    return { migration, loads };
  } finally {
    progress.stop();
  }
}

/** Prints an expected failure as one translated sentence; anything else with its stack. */
export function reportFailure(error: unknown): number {
  if (error instanceof AppError) {
    process.stderr.write(`sinergi: ${translateError(error.code, languageFromEnv(process.env), error.params)}\n`);
    return 1;
  }
  process.stderr.write(`sinergi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
