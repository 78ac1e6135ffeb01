import type { Language } from './messages.js';

/** Why a backup or a restore was refused: each key is one sentence below. */
export type BackupRefusalKey =
  | 'fileExists' | 'fileUnwritable' | 'fileUnreadable' | 'notBackup' | 'damaged'
  | 'postgresBackupForEmbedded' | 'embeddedBackupForPostgres' | 'noDatabaseInDir' | 'dataDirLocked'
  | 'targetNotEmpty' | 'toolMissing' | 'toolTooOld' | 'toolFailed' | 'restoreRolledBack';

export interface BackupWords {
  refusal: Record<BackupRefusalKey, string>;
  /** Progress lines, on stderr. */
  progress: { opening: string; snapshot: string; writing: string; checking: string; loading: string; migrating: string; verifying: string; tables: string };
  /** The command's answer, on stdout. */
  result: { backedUp: string; restored: string; migrated: string; auditIntact: string; auditBroken: string };
}

const ID: BackupWords = {
  refusal: {
    fileExists: 'Berkas {path} sudah ada. Pilih nama lain, atau tambahkan --force untuk menimpanya.',
    fileUnwritable: 'Berkas cadangan {path} tidak dapat ditulisi: {detail}',
    fileUnreadable: 'Berkas cadangan {path} tidak dapat dibaca: {detail}',
    notBackup: 'Berkas {path} bukan cadangan Sinergi (bukan arsip pg_dump format custom dan bukan arsip folder data bawaan). Tidak ada yang diubah.',
    damaged: 'Berkas cadangan {path} rusak atau terpotong: {detail}. Tidak ada yang diubah.',
    postgresBackupForEmbedded: 'Berkas {path} adalah cadangan PostgreSQL (pg_dump). Pulihkan dengan DATABASE_URL yang menunjuk basis data PostgreSQL kosong. Tidak ada yang diubah.',
    embeddedBackupForPostgres: 'Berkas {path} adalah cadangan basis data bawaan (PGlite). Pulihkan tanpa DATABASE_URL, ke folder data kosong (--data-dir). Tidak ada yang diubah.',
    noDatabaseInDir: 'Tidak ada basis data bawaan di folder {dir}. Periksa --data-dir atau SINERGI_DATA_DIR.',
    dataDirLocked: 'Folder data {dir} sedang dipakai oleh proses {pid} (berkas kunci {lock}), biasanya `sinergi serve`. Hentikan proses itu lalu ulangi: salinan folder yang sedang ditulisi bisa tidak utuh, jadi cadangan tidak dibuat.',
    targetNotEmpty: 'Tujuan pemulihan {target} tidak kosong ({detail}). Pemulihan hanya ke basis data atau folder data yang kosong; tidak ada yang diubah.',
    toolMissing: 'Program {tool} tidak ditemukan. Pasang klien PostgreSQL (paket postgresql-client) dengan versi yang sama atau lebih baru dari servernya, atau tunjuk foldernya dengan SINERGI_PG_BINDIR.',
    toolTooOld: '{tool} versi {toolVersion} lebih tua dari server PostgreSQL versi {serverVersion}. Pasang klien PostgreSQL {serverVersion} atau lebih baru (SINERGI_PG_BINDIR menunjuk foldernya).',
    toolFailed: '{tool} gagal: {detail}',
    restoreRolledBack: 'pg_restore gagal, dan seluruh pemulihan dibatalkan dalam satu transaksi (basis data tujuan tetap kosong): {detail}',
  },
  progress: {
    opening: 'Membuka {location} …',
    snapshot: 'Membuat salinan konsisten …',
    writing: 'Menulis {path} …',
    checking: 'Memeriksa berkas cadangan {path} …',
    loading: 'Memulihkan ke {target} …',
    migrating: 'Menjalankan migrasi …',
    verifying: 'Memeriksa rantai log audit …',
    tables: 'tabel',
  },
  result: {
    backedUp: 'Cadangan {engine} dari {location} ditulis ke {path} ({size}).',
    restored: 'Cadangan {path} dipulihkan ke {target}.',
    migrated: 'Migrasi: {applied} diterapkan, {total} dikenal.',
    auditIntact: 'Rantai log audit utuh: {count} baris.',
    auditBroken: 'Rantai log audit putus di baris {firstBadId}: {problem} ({count} baris terperiksa sebelumnya).',
  },
};

const EN: BackupWords = {
  refusal: {
    fileExists: 'The file {path} already exists. Choose another name, or add --force to overwrite it.',
    fileUnwritable: 'Cannot write the backup file {path}: {detail}',
    fileUnreadable: 'Cannot read the backup file {path}: {detail}',
    notBackup: 'The file {path} is not a Sinergi backup (neither a pg_dump custom-format archive nor an archive of an embedded data folder). Nothing was changed.',
    damaged: 'The backup file {path} is damaged or truncated: {detail}. Nothing was changed.',
    postgresBackupForEmbedded: 'The file {path} is a PostgreSQL backup (pg_dump). Restore it with DATABASE_URL pointing at an empty PostgreSQL database. Nothing was changed.',
    embeddedBackupForPostgres: 'The file {path} is a backup of the embedded database (PGlite). Restore it without DATABASE_URL, into an empty data folder (--data-dir). Nothing was changed.',
    noDatabaseInDir: 'There is no embedded database in the folder {dir}. Check --data-dir or SINERGI_DATA_DIR.',
    dataDirLocked: 'The data folder {dir} is in use by process {pid} (lock file {lock}), usually `sinergi serve`. Stop it and run this again: a copy of a folder being written may be torn, so no backup was made.',
    targetNotEmpty: 'The restore target {target} is not empty ({detail}). Restore only into an empty database or data folder; nothing was changed.',
    toolMissing: 'The program {tool} was not found. Install the PostgreSQL client (package postgresql-client) of the server’s version or newer, or point SINERGI_PG_BINDIR at its folder.',
    toolTooOld: '{tool} version {toolVersion} is older than the PostgreSQL server, version {serverVersion}. Install the PostgreSQL {serverVersion} client or newer (SINERGI_PG_BINDIR points at its folder).',
    toolFailed: '{tool} failed: {detail}',
    restoreRolledBack: 'pg_restore failed, and the whole restore was rolled back as one transaction (the target database is still empty): {detail}',
  },
  progress: {
    opening: 'Opening {location} …',
    snapshot: 'Taking a consistent snapshot …',
    writing: 'Writing {path} …',
    checking: 'Checking the backup file {path} …',
    loading: 'Restoring into {target} …',
    migrating: 'Running migrations …',
    verifying: 'Verifying the audit log chain …',
    tables: 'tables',
  },
  result: {
    backedUp: 'Backup of the {engine} database {location} written to {path} ({size}).',
    restored: 'Backup {path} restored into {target}.',
    migrated: 'Migrations: {applied} applied, {total} known.',
    auditIntact: 'Audit log chain intact: {count} rows.',
    auditBroken: 'Audit log chain broken at row {firstBadId}: {problem} ({count} rows verified before it).',
  },
};

export const BACKUP_WORDS: Record<Language, BackupWords> = { id: ID, en: EN };
