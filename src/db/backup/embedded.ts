import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { AppError } from '../../domain/errors.js';
import { openDb } from '../client.js';
import { BackupRefusal, backupKind, checkOutputFile, embeddedTar, readWhole, writeAtomically } from './files.js';
import type { Say } from './say.js';

const LOCK_FILE = 'sinergi.lock';

/**
 * Backs up the embedded database's folder as PGlite's own archive of its data folder (gzipped tar).
 * The folder is opened like any command opens it, so its lock is held for the whole copy: while
 * `sinergi serve` holds the folder the backup is refused, naming the lock, rather than copying files
 * another process is writing (a torn copy). A CHECKPOINT first writes every change into the data
 * files, and PGlite archives between queries, so the archive is a consistent snapshot.
 */
export async function backupEmbedded(dataDir: string, file: string, options: { force: boolean; say: Say }): Promise<number> {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw new BackupRefusal('noDatabaseInDir', { dir: dataDir });
  checkOutputFile(file, options.force);
  options.say('opening', { location: dataDir });
  let database;
  try {
    database = await openDb({ dataDir });
  } catch (error) {
    if (error instanceof AppError && error.code === 'data_dir_in_use') {
      throw new BackupRefusal('dataDirLocked', { dir: dataDir, pid: error.params.pid ?? '?', lock: path.join(dataDir, LOCK_FILE) });
    }
    throw error;
  }
  try {
    options.say('snapshot');
    await database.db.execute(sql`checkpoint`);
    const archive = await database.dump!('gzip');
    options.say('writing', { path: file });
    return await writeAtomically(file, (temporary) =>
      pipeline(Readable.fromWeb(archive.stream() as WebReadableStream<Uint8Array>), fs.createWriteStream(temporary)));
  } finally {
    await database.close();
  }
}

/** Why a restore target folder is not empty, or null when it is empty or absent. */
function notEmpty(dataDir: string): string | null {
  if (!fs.existsSync(dataDir)) return null;
  if (!fs.statSync(dataDir).isDirectory()) return 'not a folder';
  const entries = fs.readdirSync(dataDir);
  if (entries.length === 0) return null;
  return `${entries.length} files: ${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}`;
}

/**
 * Restores an archive written by `backupEmbedded` into an empty data folder. The archive is checked
 * whole first, then loaded into a staging folder beside the target and renamed into place only once
 * PGlite has opened it: a bad file or a failed load leaves the target as it was.
 */
export async function restoreEmbedded(file: string, dataDir: string, say: Say): Promise<void> {
  say('checking', { path: file });
  const bytes = readWhole(file);
  const kind = backupKind(bytes);
  if (kind === 'postgres') throw new BackupRefusal('postgresBackupForEmbedded', { path: file });
  if (kind === null) throw new BackupRefusal('notBackup', { path: file });
  const tar = embeddedTar(file, bytes);
  const occupied = notEmpty(dataDir);
  if (occupied) throw new BackupRefusal('targetNotEmpty', { target: dataDir, detail: occupied });

  say('loading', { target: dataDir });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const staging = path.join(path.dirname(dataDir), `.${path.basename(dataDir)}.restoring-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    const loaded = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([new Uint8Array(tar)]), extensions: { pg_trgm } });
    try {
      await loaded.query('select 1');
    } finally {
      await loaded.close();
    }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new BackupRefusal('damaged', { path: file, detail: error instanceof Error ? error.message : String(error) });
  }
  // The archive carries the lock of the process that made it: that process is gone, the lock must go too.
  fs.rmSync(path.join(staging, LOCK_FILE), { force: true });
  if (fs.existsSync(dataDir)) fs.rmdirSync(dataDir);
  fs.renameSync(staging, dataDir);
}
