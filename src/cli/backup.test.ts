import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Database } from '../db/client.js';
import { verifyAudit } from '../modules/audit/service.js';
import { report } from '../modules/incidents/test-desk.js';
import { buildApp } from '../server/app.js';
import { createServices } from '../services.js';
import { buildMultipartAttachments, PDF_BYTES, PNG_BYTES } from '../../test/attachments.js';
import { adminUrl } from '../../test/db-template.js';
import { createTestUnit, requestAs, signInAll } from '../../test/helpers.js';
import { databaseFingerprint } from '../../test/table-checksums.js';
import { runCli } from '../../test/cli.js';

const ON_POSTGRES = Boolean(process.env.DATABASE_URL);

const run = (args: string[], env: NodeJS.ProcessEnv) => runCli(args, { env });

/** Where a database lives, for the CLI (env and flags) and for this test (open it, is it empty). */
interface Side {
  env: NodeJS.ProcessEnv;
  args: string[];
  open(): Promise<Database>;
  isEmpty(): Promise<boolean>;
}

function folderSide(dir: string): Side {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return {
    env, args: ['--data-dir', dir],
    open: () => openDb({ dataDir: dir }),
    isEmpty: async () => !fs.existsSync(dir) || fs.readdirSync(dir).length === 0,
  };
}

function postgresSide(url: string): Side {
  const open = () => openDb({ dataDir: '', databaseUrl: url });
  return {
    env: { ...process.env, DATABASE_URL: url }, args: [], open,
    async isEmpty() {
      const database = await open();
      try {
        const rows = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%' and c.relkind in ('r', 'S', 'v')`);
        return Number(rows.rows[0]!.n) === 0;
      } finally {
        await database.close();
      }
    },
  };
}

/** Real data written through the app: reports with timestamps, attachments (bytea), a decision, a situation report (PDF in bytea), their audit rows. */
async function seedThroughTheApp(database: Database) {
  const services = createServices(database);
  const app = await buildApp(services, { webDist: '/nonexistent' });
  try {
    await createTestUnit(database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
    const password = 'backup test password';
    const sessions = await signInAll(app, database, {
      bali: { email: 'bali@backup.id', password, role: 'coordinator', scopeRegionCode: '51' },
      reporter: { email: 'reporter@backup.id', password, role: 'reporter', scopeRegionCode: '51.06' },
    });
    const ids: number[] = [];
    for (const n of [1, 2, 3]) {
      const made = await requestAs(app, sessions.reporter, 'POST', '/incidents', report({ description: `Pembagian amplop uang kepada warga, laporan ke-${n} untuk uji cadangan.` }));
      expect(made.statusCode, made.body).toBe(201);
      ids.push(made.json().id);
    }
    const body = buildMultipartAttachments([{ filename: 'foto.png', content: PNG_BYTES }, { filename: 'surat.pdf', content: PDF_BYTES }]);
    const uploaded = await requestAs(app, sessions.reporter, 'POST', `/incidents/${ids[0]}/attachments`, body.payload, { 'content-type': body.contentType });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const verified = await requestAs(app, sessions.bali, 'POST', `/incidents/${ids[1]}/transitions`, { action: 'verifikasi', reason: 'Benar terjadi', version: 1 });
    expect(verified.statusCode, verified.body).toBe(200);
    await services.sitrep.service.generate({
      principal: { role: 'admin', regionCode: null, unitId: null },
      audit: { type: 'cli', id: null, label: 'backup-test' },
      context: { ip: null, client: 'backup test' },
    }, { regionCode: '51', date: '2024-11-26', language: 'id' }, 'cli');
  } finally {
    await app.close();
  }
}

async function fingerprintOf(side: Side) {
  const database = await side.open();
  try {
    return { tables: await databaseFingerprint(database), audit: await verifyAudit(database.db) };
  } finally {
    await database.close();
  }
}

/** A database whose schema stops one migration short of this build's, as an older Sinergi left it. */
async function migrateAllButTheLast(side: Side): Promise<void> {
  const folder = path.join(tmp, 'older-migrations');
  fs.cpSync(path.resolve('src/db/migrations'), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta/_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries.pop();
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  const database = await side.open();
  try {
    if (database.engine === 'pglite') await migratePglite(database.db as unknown as PgliteDatabase<Record<string, never>>, { migrationsFolder: folder });
    else await migratePg(database.db as unknown as NodePgDatabase<Record<string, never>>, { migrationsFolder: folder });
  } finally {
    await database.close();
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-backup-'));
const backupFile = path.join(tmp, ON_POSTGRES ? 'sinergi.dump' : 'sinergi.tgz');
const scratch = `sinergi_test_backup_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
let admin: pg.Client | null = null;
let source: Side;
let target: Side;

beforeAll(async () => {
  const [engine, location] = inject('dbTemplate').split(/:(.*)/s) as [string, string];
  if (engine === 'pglite') {
    const seeded = await PGlite.create({ dataDir: path.join(tmp, 'source'), loadDataDir: new Blob([fs.readFileSync(location)]), extensions: { pg_trgm } });
    await seeded.close();
    source = folderSide(path.join(tmp, 'source'));
    target = folderSide(path.join(tmp, 'restored'));
  } else {
    const url = process.env.DATABASE_URL!;
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${scratch}_source template ${location}`);
    await admin.query(`create database ${scratch}_restored`);
    source = postgresSide(adminUrl(url, `${scratch}_source`));
    target = postgresSide(adminUrl(url, `${scratch}_restored`));
  }
  const database = await source.open();
  try {
    await seedThroughTheApp(database);
  } finally {
    await database.close();
  }
});

afterAll(async () => {
  if (admin) {
    for (const suffix of ['source', 'restored', 'older', 'older_restored']) await admin.query(`drop database if exists ${scratch}_${suffix} with (force)`);
    await admin.end();
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe(`sinergi backup and restore (${ON_POSTGRES ? 'PostgreSQL' : 'embedded PGlite'})`, () => {
  it('writes a consistent backup, with progress on stderr', async () => {
    const { code, stdout, stderr } = await run(['backup', backupFile, ...source.args], source.env);
    expect(stderr).toContain('Taking a consistent snapshot');
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`written to ${backupFile}`);
    if (ON_POSTGRES) {
      // The file is pg_dump's custom format: pg_restore itself reads it.
      const listing = spawnSync('pg_restore', ['--list', backupFile], { encoding: 'utf8' });
      expect(listing.status, listing.stderr).toBe(0);
      expect(listing.stdout).toMatch(/TABLE DATA public audit_log/);
    } else {
      expect([...fs.readFileSync(backupFile).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    }
    // Nothing half-written is left beside it.
    expect(fs.readdirSync(tmp).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const before = fs.statSync(backupFile).mtimeMs;
    const { code, stderr } = await run(['backup', backupFile, ...source.args], source.env);
    expect(code).toBe(1);
    expect(stderr).toContain(`The file ${backupFile} already exists`);
    expect(fs.statSync(backupFile).mtimeMs).toBe(before);
  });

  it('refuses unreadable, foreign, other-engine and truncated files with exit 1, leaving the empty target untouched', async () => {
    const whole = fs.readFileSync(backupFile);
    const cases: [string, Buffer | null, RegExp][] = [
      ['missing.bin', null, /Cannot read the backup file .*missing\.bin: ENOENT/],
      ['notes.txt', Buffer.from('not a backup at all\n'.repeat(50)), /is not a Sinergi backup/],
      // On PostgreSQL pg_restore reads the archive's table of contents, then fails in the middle of the data: one transaction, rolled back.
      ['half', whole.subarray(0, Math.floor(whole.length / 2)), ON_POSTGRES ? /pg_restore failed, and the whole restore was rolled back/ : /damaged or truncated: unexpected end of file/],
      ON_POSTGRES
        ? ['other.tgz', zlib.gzipSync(Buffer.alloc(4096)), /is a backup of the embedded database \(PGlite\)/]
        : ['other.dump', Buffer.concat([Buffer.from('PGDMP'), Buffer.alloc(600, 1)]), /is a PostgreSQL backup \(pg_dump\)/],
    ];
    if (!ON_POSTGRES) {
      // Cut between two entries of the tar itself: only the missing end marker tells.
      const tar = zlib.gunzipSync(whole);
      cases.push(['cut.tar', tar.subarray(0, Math.floor(tar.length / 2 / 512) * 512), /damaged or truncated/]);
    }
    for (const [name, content, message] of cases) {
      const file = path.join(tmp, name);
      if (content) fs.writeFileSync(file, content);
      const { code, stderr } = await run(['restore', file, ...target.args], target.env);
      expect(stderr, name).toMatch(message);
      expect(code, name).toBe(1);
      expect(await target.isEmpty(), name).toBe(true);
    }
    expect(fs.readdirSync(tmp).filter((name) => name.includes('.restoring-'))).toEqual([]);
  });

  it('restores into an empty database every table row for row, and the audit chain verifies', async () => {
    const { code, stdout, stderr } = await run(['restore', backupFile, ...target.args], target.env);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('Running migrations');
    expect(stdout).toContain('Migrations: 0 applied');
    expect(stdout).toMatch(/Audit log chain intact: [1-9]\d* rows/);

    const [original, restored] = [await fingerprintOf(source), await fingerprintOf(target)];
    expect(Object.keys(restored.tables)).toEqual(Object.keys(original.tables));
    for (const table of Object.keys(original.tables)) expect(restored.tables[table], table).toEqual(original.tables[table]);
    // The comparison covered what was seeded: files in bytea, the situation report, decisions and their audit rows.
    expect(original.tables['public.incident_attachments']).toMatchObject({ rows: 2 });
    expect(original.tables['public.incident_transitions']).toMatchObject({ rows: 1 });
    expect((original.tables['public.situation_reports'] as { rows: number }).rows).toBeGreaterThan(0);
    expect((original.tables['public.audit_log'] as { rows: number }).rows).toBeGreaterThan(5);
    expect(restored.audit).toEqual({ ok: true, count: (original.tables['public.audit_log'] as { rows: number }).rows });
  });

  it('refuses to restore into a database that is not empty, changing nothing', async () => {
    const before = await fingerprintOf(target);
    const { code, stderr } = await run(['restore', backupFile, ...target.args], target.env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/The restore target .* is not empty .*nothing was changed/);
    expect(await fingerprintOf(target)).toEqual(before);
  });

  it('restores a backup of an older schema and brings it up to date', async () => {
    let older: Side;
    let restored: Side;
    if (admin) {
      await admin.query(`create database ${scratch}_older`);
      await admin.query(`create database ${scratch}_older_restored`);
      older = postgresSide(adminUrl(process.env.DATABASE_URL!, `${scratch}_older`));
      restored = postgresSide(adminUrl(process.env.DATABASE_URL!, `${scratch}_older_restored`));
    } else {
      [older, restored] = [folderSide(path.join(tmp, 'older')), folderSide(path.join(tmp, 'older-restored'))];
    }
    await migrateAllButTheLast(older);
    const file = path.join(tmp, ON_POSTGRES ? 'older.dump' : 'older.tgz');
    const made = await run(['backup', file, ...older.args], older.env);
    expect(made.code, made.stderr).toBe(0);
    const { code, stdout, stderr } = await run(['restore', file, ...restored.args], restored.env);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/Migrations: 1 applied, (\d+) known/);
    expect(stdout).toContain('Audit log chain intact: 0 rows');
  });

  it.skipIf(ON_POSTGRES)('refuses to back up a data folder another process holds, naming the lock', async () => {
    const holder = await source.open();
    try {
      const file = path.join(tmp, 'while-serving.tgz');
      const { code, stderr } = await run(['backup', file, ...source.args], source.env);
      expect(code).toBe(1);
      expect(stderr).toContain(`in use by process ${process.pid} (lock file ${path.join(tmp, 'source', 'sinergi.lock')})`);
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      await holder.close();
    }
  });
});
