import type { Command } from 'commander';
import { dbConfigFrom } from '../config.js';
import { backupEmbedded, restoreEmbedded } from '../db/backup/embedded.js';
import { BackupRefusal } from '../db/backup/files.js';
import { backupPostgres, restorePostgres } from '../db/backup/postgres.js';
import type { Say } from '../db/backup/say.js';
import { migrate } from '../db/migrate.js';
import { BACKUP_WORDS, type BackupWords } from '../i18n/backup.js';
import { languageFromEnv } from '../i18n/messages.js';
import { fillWords } from '../i18n/sitrep.js';
import { verifyAudit } from '../modules/audit/service.js';
import { progressPrinter, withDatabase } from './context.js';
import { DATA_DIR_HELP } from './db.js';

const words = (): BackupWords => BACKUP_WORDS[languageFromEnv(process.env)];

const say: Say = (step, params = {}) => {
  process.stderr.write(`${fillWords(words().progress[step], params)}\n`);
};

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A refusal is the command's answer: one translated sentence and exit 1; anything else goes to main(). */
async function refusingClearly(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    if (!(error instanceof BackupRefusal)) throw error;
    process.stderr.write(`sinergi: ${fillWords(words().refusal[error.key], error.params)}\n`);
    process.exitCode = 1;
  }
}

interface Flags {
  dataDir?: string;
  force?: boolean;
}

async function backup(file: string, flags: Flags): Promise<void> {
  const config = dbConfigFrom(flags, process.env);
  const force = Boolean(flags.force);
  let size: number;
  let location: string;
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    const progress = progressPrinter();
    ({ size, location } = await withDatabase(flags, async (database) => ({
      size: await backupPostgres(database, url, file, { force, say, onTables: (p) => progress.update(p), tablesLabel: words().progress.tables }).finally(() => progress.stop()),
      location: database.location,
    })));
  } else {
    size = await backupEmbedded(config.dataDir, file, { force, say });
    location = config.dataDir;
  }
  const engine = config.databaseUrl ? 'PostgreSQL' : 'PGlite';
  process.stdout.write(`${fillWords(words().result.backedUp, { engine, location, path: file, size: megabytes(size) })}\n`);
}

async function restore(file: string, flags: Flags): Promise<void> {
  const config = dbConfigFrom(flags, process.env);
  if (!config.databaseUrl) await restoreEmbedded(file, config.dataDir, say);
  const url = config.databaseUrl;
  const verdict = await withDatabase(flags, async (database) => {
    if (url) {
      const progress = progressPrinter();
      await restorePostgres(database, url, file, { say, onTables: (p) => progress.update(p), tablesLabel: words().progress.tables }).finally(() => progress.stop());
    }
    process.stdout.write(`${fillWords(words().result.restored, { path: file, target: database.location })}\n`);
    // A backup of an older schema is brought up to date like any database this build opens.
    say('migrating');
    const migration = await migrate(database);
    process.stdout.write(`${fillWords(words().result.migrated, { applied: migration.applied, total: migration.total })}\n`);
    say('verifying');
    return verifyAudit(database.db);
  });
  if (verdict.ok) {
    process.stdout.write(`${fillWords(words().result.auditIntact, { count: verdict.count })}\n`);
    return;
  }
  process.stdout.write(`${fillWords(words().result.auditBroken, { firstBadId: verdict.firstBadId, problem: verdict.problem, count: verdict.count })}\n`);
  process.exitCode = 1;
}

export function registerBackup(program: Command) {
  program
    .command('backup')
    .description('Write a consistent backup of the database to FILE: pg_dump custom format on PostgreSQL (pg_restore reads it), a data-folder archive on the embedded database')
    .argument('<file>', 'the backup file to write')
    .option('--force', 'overwrite FILE when it exists')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action((file: string, flags: Flags) => refusingClearly(() => backup(file, flags)));
  program
    .command('restore')
    .description('Restore a backup made by `sinergi backup` into an EMPTY database or data folder, migrate it and verify the audit chain')
    .argument('<file>', 'the backup file to read')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action((file: string, flags: Flags) => refusingClearly(() => restore(file, flags)));
}
