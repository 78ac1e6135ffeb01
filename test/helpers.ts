import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { openDb, type Database } from '../src/db/client.js';
import type { Role } from '../src/domain/access/rules.js';
import { createAuthRepo } from '../src/modules/auth/repo.js';
import { hashPassword } from '../src/modules/auth/secrets.js';
import { buildApp, type AppOptions } from '../src/server/app.js';
import { createServices, type Clock } from '../src/services.js';
import { adminUrl } from './db-template.js';
import { multipartBody as buildMultipart, MULTIPART_BOUNDARY, type MultipartPart } from './hostile/files.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}

export interface TestDatabase {
  database: Database;
  /** On PostgreSQL, where the copy is: a second handle on it stands for a second server process. */
  url?: string;
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
    url: adminUrl(url, name),
    async cleanup() {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface CliTarget {
  /** Environment and flags that point the `sinergi` command at a private seeded database. */
  env: NodeJS.ProcessEnv;
  args: string[];
  cleanup(): Promise<void>;
}

/** A private seeded database for a spawned CLI: a data folder, or a PostgreSQL copy via DATABASE_URL. */
export async function prepareCliTarget(dataDir: string): Promise<CliTarget> {
  const template = inject('dbTemplate');
  const [engine, location] = template.split(/:(.*)/s) as [string, string];
  if (engine === 'pglite') {
    const seeded = await PGlite.create({ dataDir, loadDataDir: new Blob([fs.readFileSync(location)]), extensions: { pg_trgm } });
    await seeded.close();
    const env = { ...process.env };
    delete env.DATABASE_URL;
    return { env, args: ['--data-dir', dataDir], cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const url = process.env.DATABASE_URL!;
  const name = `sinergi_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${location}`);
  return {
    env: { ...process.env, DATABASE_URL: adminUrl(url, name) },
    args: [],
    async cleanup() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface TestUser {
  email: string;
  password: string;
  role: Role;
  scopeRegionCode: string | null;
  unitId?: number | null;
}

/** Creates an account directly (the API that creates accounts is itself under test elsewhere). */
export async function createTestUser(database: Database, user: TestUser): Promise<string> {
  const record = await createAuthRepo(database.db).insertUser({
    email: user.email, displayName: user.email, passwordHash: await hashPassword(user.password), role: user.role,
    scopeRegionCode: user.scopeRegionCode, unitId: user.unitId ?? null, language: 'id',
  });
  return record.id;
}

/** A unit (agency at a region), created directly for tests that need one. */
export async function createTestUnit(database: Database, agencyCode: string, regionCode: string, name: string): Promise<number> {
  const rows = await database.db.execute<{ id: number }>(
    sql`insert into units (agency_code, region_code, name) values (${agencyCode}, ${regionCode}, ${name}) returning id`,
  );
  return Number(rows.rows[0]!.id);
}

/** Signs in through the API and returns the session cookie's value. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const cookie = response.cookies.find((c) => c.name === 'sinergi_session');
  if (!cookie) throw new Error(`sign-in failed for ${email}: ${response.statusCode} ${response.body}`);
  return cookie.value;
}

/** The Origin the test app accepts for cookie-authenticated writes. */
export const TEST_ORIGIN = 'http://localhost:80';

/** A fixed clock, for tests that depend on today's date. */
export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

/** The whole HTTP app over a private test database; `options` adjust the app (logger, rate limit). */
export async function openTestApp(clock?: Clock, options: AppOptions = {}) {
  const testDb = await openTestDatabase();
  const services = createServices(testDb.database, clock);
  const app = await buildApp(services, { webDist: '/nonexistent', ...options });
  return {
    app,
    services,
    database: testDb.database,
    databaseUrl: testDb.url,
    async close() {
      await app.close();
      await testDb.cleanup();
    },
  };
}

/**
 * A multipart/form-data body: text fields first, then one file in the field "file" (or none). Built by
 * the hostile suite's general builder (test/hostile/files.ts), so there is one way to write a body.
 */
export function multipartBody(file: { content: Buffer | string; filename: string } | null, fields: Record<string, string> = {}) {
  const parts: MultipartPart[] = Object.entries(fields).map(([name, content]) => ({ name, content }));
  if (file) parts.push({ name: 'file', filename: file.filename, contentType: 'application/octet-stream', content: file.content });
  return { payload: buildMultipart(parts), contentType: `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` };
}

/** Creates each account directly and signs it in through the API: the session cookies, by the caller's names. */
export async function signInAll<Who extends string>(app: FastifyInstance, database: Database, users: Record<Who, TestUser>): Promise<Record<Who, string>> {
  const cookies = {} as Record<Who, string>;
  for (const [who, user] of Object.entries(users) as [Who, TestUser][]) {
    await createTestUser(database, user);
    cookies[who] = await signIn(app, user.email, user.password);
  }
  return cookies;
}

/** An API request (`/api/v1` + url) with the app's Origin, signed with `cookie` or, without one, signed out. */
export function requestAs(
  app: FastifyInstance, cookie: string | undefined, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method, url: `/api/v1${url}`, payload: payload as never, headers: { origin: TEST_ORIGIN, ...headers }, ...(cookie ? { cookies: { sinergi_session: cookie } } : {}),
  });
}
