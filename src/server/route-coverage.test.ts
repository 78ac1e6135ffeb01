/**
 * Every route of the API has its entry in the hostile-input suite's table (test/hostile/endpoints.ts),
 * so that a route added without one fails here, by name, instead of going untested. The routes are
 * read from the app as built (app.printRoutes), each checked back with app.hasRoute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestApp } from '../../test/helpers.js';
import { ENDPOINTS, endpointLabel } from '../../test/hostile/endpoints.js';

const API = '/api/v1/';

/**
 * Routes that need no entry: none so far. Only a route that reads no path parameter, query or body
 * may be listed, with the reason. Keep it short.
 */
const EXEMPT: Readonly<Record<string, string>> = {};

/**
 * Routes whose entry is still to be written, with what stands in the way. Each one is a debt: the
 * suite does not throw anything at it yet. Remove the line with the entry.
 */
const TODO: Readonly<Record<string, string>> = {};

/** "METHOD /path" of every route the app answers, HEAD left out (Fastify adds it to every GET). */
function registeredRoutes(app: FastifyInstance): string[] {
  const routes: string[] = [];
  const prefixes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const node = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!node) continue;
    const depth = (node[1] ?? '').length / 4;
    const path = (depth > 0 ? (prefixes[depth - 1] ?? '') : '') + (node[2] ?? '');
    prefixes[depth] = path;
    prefixes.length = depth + 1;
    for (const method of (node[3] ?? '').split(', ').filter((m) => m !== '' && m !== 'HEAD')) routes.push(`${method} ${path}`);
  }
  return routes;
}

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let routes: string[] = [];

beforeAll(async () => {
  ctx = await openTestApp();
  routes = registeredRoutes(ctx.app).filter((route) => route.split(' ')[1]?.startsWith(API));
});
afterAll(async () => ctx?.close());

const entries = new Set(ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.url}`));

describe('hostile-input coverage of the API routes', () => {
  it('reads the routes of the app as they are registered', () => {
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) {
      const [method = '', url = ''] = route.split(' ');
      expect(ctx.app.hasRoute({ method: method as 'GET', url }), `${route} was read from printRoutes but is not a route`).toBe(true);
    }
    expect(routes).toContain('PUT /api/v1/meetings/:id/declarations/:partId/signatories/:signatoryId');
  });

  it('every route has an entry in test/hostile/endpoints.ts (or is listed as exempt or to do)', () => {
    const missing = routes.filter((route) => !entries.has(route) && !(route in EXEMPT) && !(route in TODO));
    expect(missing, `routes without a hostile entry: add one to test/hostile/endpoints.ts\n  ${missing.join('\n  ')}\n`).toEqual([]);
  });

  it('every entry names a registered route, and the lists name only routes without an entry', () => {
    const registered = new Set(routes);
    const stale = ENDPOINTS.filter((endpoint) => !registered.has(`${endpoint.method} ${endpoint.url}`)).map(endpointLabel);
    expect(stale, 'entries of test/hostile/endpoints.ts for routes the app does not have').toEqual([]);
    const listed = [...Object.keys(EXEMPT), ...Object.keys(TODO)];
    expect(listed.filter((route) => !registered.has(route) || entries.has(route)), 'exempt or to-do routes that are gone or have an entry now').toEqual([]);
  });
});
