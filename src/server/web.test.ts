import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../../test/helpers.js';
import { createServices } from '../services.js';
import { buildApp } from './app.js';

// A stand-in build, so this test does not depend on the real web bundle being present.
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-web-'));
fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Sinergi</title>');
fs.mkdirSync(path.join(webDist, 'assets'));
fs.writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log(1)');

let testDb: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  testDb = await openTestDatabase();
  app = await buildApp(createServices(testDb.database), { webDist });
});
afterAll(async () => {
  await app?.close();
  await testDb?.cleanup();
  fs.rmSync(webDist, { recursive: true, force: true });
});

describe('the web app behind the API', () => {
  it.each(['/', '/regions', '/regions/51.06', '/regions/51.06.01.2001', '/calendar?region=51.06&election=pilkada-2024', '/regions/99.99'])(
    'answers the deep link %s with the app',
    async (url) => {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.body).toContain('<title>Sinergi</title>');
    },
  );

  it('serves built assets and 404s missing ones as JSON', async () => {
    expect((await app.inject({ url: '/assets/app.js' })).statusCode).toBe(200);
    const missing = await app.inject({ url: '/assets/missing.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
  });

  it('keeps unknown API routes as JSON 404s', async () => {
    const response = await app.inject({ url: '/api/v1/regions/51.06/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });
});
