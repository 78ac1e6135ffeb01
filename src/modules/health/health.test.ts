import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/helpers.js';
import type { Database } from '../../db/client.js';
import type { ElectionRepo } from '../elections/repo.js';
import type { RegionRepo } from '../regions/repo.js';
import { createStatsService } from './service.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => ctx?.close());

describe('server basics', () => {
  it('reports the database reachable', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: ctx.database.engine });
  });

  it.each([
    ['57P01', 'terminating connection due to administrator command', 'shutting_down'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432', 'refused'],
  ])('says why the database is unreachable (%s)', async (code, message, reason) => {
    const away = { db: { execute: () => Promise.reject(Object.assign(new Error(message), { code })) } } as unknown as Database;
    const stats = createStatsService(away, {} as RegionRepo, {} as ElectionRepo);
    expect(await stats.databaseStatus()).toEqual({ reachable: false, reason });
  });

  it('publishes an OpenAPI document listing every endpoint', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/openapi.json' });
    const paths = Object.keys(response.json().paths);
    for (const path of ['/api/v1/health', '/api/v1/regions', '/api/v1/regions/{code}', '/api/v1/elections', '/api/v1/elections/{id}/contests', '/api/v1/elections/{id}/stages']) {
      expect(paths).toContain(path);
    }
  });

  it('serves browsable docs at /docs', async () => {
    const response = await ctx.app.inject({ url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['id', 'Alamat tidak ditemukan.'],
    ['en', 'Route not found.'],
  ])('answers an unknown API route with a translated 404 (%s)', async (lang, message) => {
    const response = await ctx.app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': lang } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'not_found', message });
  });

  it('refuses a body on a route that takes none without a 5xx', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/regions', payload: '{"__proto__":{"x":1}}', headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'message']);
  });

  it('answers an oversized body with 413 and no internals', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/regions', payload: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } });
    expect([404, 413]).toContain(response.statusCode);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });
});
