import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { seedReferenceData } from '../src/db/seed/index.js';

/**
 * Vitest global setup: builds one migrated and seeded database per run, which every test file
 * copies. On PGlite it is a dump file; with DATABASE_URL it is a PostgreSQL template database.
 */
// One file per run: two runs side by side (a developer's and a helper's) must not overwrite each other's.
const TEMPLATE_DUMP = path.resolve(`.tmp/test-template-${process.pid}.tar`);
const TEMPLATE_DB = `sinergi_template_${process.pid}`;

export function adminUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDb({ dataDir: '' }, { memory: true });
    await migrate(database);
    await seedReferenceData(database);
    const dump = await database.dump!();
    await database.close();
    fs.mkdirSync(path.dirname(TEMPLATE_DUMP), { recursive: true });
    fs.writeFileSync(TEMPLATE_DUMP, Buffer.from(await dump.arrayBuffer()));
    provide('dbTemplate', `pglite:${TEMPLATE_DUMP}`);
    return () => fs.rmSync(TEMPLATE_DUMP, { force: true });
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB}`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  const database = await openDb({ dataDir: '', databaseUrl: adminUrl(url, TEMPLATE_DB) });
  await migrate(database);
  await seedReferenceData(database);
  await database.close();
  provide('dbTemplate', `postgres:${TEMPLATE_DB}`);
  return async () => {
    await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.end();
  };
}
