import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDb, type Database } from '../src/db/client.js';
import { buildApp } from '../src/server/app.js';
import { createServices, type Clock } from '../src/services.js';
import { adminUrl } from './db-template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}

export interface TestDatabase {
  database: Database;
  cleanup(): Promise<void>;
}

/** A private copy of the run's seeded template database, on whichever engine the run uses. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const template = inject('dbTemplate');
  const [engine, location] = template.split(/:(.*)/s) as [string, string];
  if (engine === 'pglite') {
    const blob = new Blob([fs.readFileSync(location)]);
    const database = await openDb({ dataDir: '' }, { loadDataDir: blob });
    return { database, cleanup: () => database.close() };
  }
  const url = process.env.DATABASE_URL!;
  const name = `sinergi_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${location}`);
  const database = await openDb({ dataDir: '', databaseUrl: adminUrl(url, name) });
  return {
    database,
    async cleanup() {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** A fixed clock, for tests that depend on today's date. */
export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

/** The whole HTTP app over a private test database. */
export async function openTestApp(clock?: Clock) {
  const testDb = await openTestDatabase();
  const services = createServices(testDb.database, clock);
  const app = await buildApp(services, { webDist: '/nonexistent' });
  return {
    app,
    services,
    database: testDb.database,
    async close() {
      await app.close();
      await testDb.cleanup();
    },
  };
}
