import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { buildApp } from '../src/server/app.js';
import { createServices } from '../src/services.js';
import type { RegionList } from '../src/contracts/regions.js';
import { QUERY_KINDS, type QueryKind, type TypedQuery } from './queries.js';
import { median, ratio, summarise, type Summary } from './stats.js';

/**
 * Region search latency as the API serves it (`services.regions.list`, then the same through
 * Fastify with `app.inject`), against a primary-key lookup on the same connection as the
 * baseline: what one trivial round trip costs on this engine and machine right now.
 */

const LIMIT = 20;

export interface KindFigures extends Summary {
  /** Share of queries whose intended region is among the 20 results (not expected for 1–2 letters). */
  hitRate: number;
  /** Share of queries that found nothing at all. */
  emptyRate: number;
  /** Median number of matching rows the query counted: how much work the count(*) had. */
  medianTotal: number;
}

export interface SearchFigures {
  queries: number;
  service: Summary;
  pk: Summary;
  /** Null when the pass ran without the HTTP leg. */
  http: Summary | null;
  /** Service against primary-key lookup. */
  ratioP50: number;
  ratioP95: number;
  /** HTTP (inject) against the service call: what routing, validation and serialisation add. */
  httpRatioP50: number | null;
  httpRatioP95: number | null;
  byKind: Partial<Record<QueryKind, KindFigures>>;
  /** The slowest service-level queries, to see what the tail is made of. */
  slowest: { q: string; kind: QueryKind; ms: number; total: number }[];
}

export async function benchRegionSearch(
  database: Database,
  queries: readonly TypedQuery[],
  warmup: readonly TypedQuery[],
  options: { http: boolean },
): Promise<SearchFigures> {
  const services = createServices(database);
  // No web build needed: buildApp serves the API without it.
  const app = await buildApp(services, { webDist: '/nonexistent' });
  await app.ready();
  try {
    const viaService = (q: string) => services.regions.list({ q, limit: LIMIT, offset: 0 });
    // In-process (no socket): routing, zod validation, the service, serialisation, hooks. The
    // body is not parsed here, which would be the client's cost, not the server's.
    const viaHttp = async (q: string): Promise<void> => {
      const response = await app.inject({ method: 'GET', url: `/api/v1/regions?q=${encodeURIComponent(q)}&limit=${LIMIT}` });
      if (response.statusCode !== 200) throw new Error(`GET /api/v1/regions?q=${q}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    };
    // The same driver path as the repository's queries (drizzle execute), one statement.
    const viaPk = (code: string) => database.db.execute(sql`select * from regions where code = ${code}`);

    // Warm-up: JIT, prepared plans, caches, Fastify's first-request work; not measured.
    for (const { q, target } of warmup) {
      await viaService(q);
      if (options.http) await viaHttp(q);
      await viaPk(target);
    }

    const service: number[] = [];
    const http: number[] = [];
    const pk: number[] = [];
    const results: { query: TypedQuery; ms: number; list: RegionList }[] = [];
    for (const [i, query] of queries.entries()) {
      // Interleaved so machine noise falls on all three alike; which of service and HTTP goes
      // first alternates, so neither always gets the cache the other warmed for this query.
      const steps: Array<() => Promise<void>> = [
        async () => {
          const start = performance.now();
          const list = await viaService(query.q);
          const ms = performance.now() - start;
          service.push(ms);
          results.push({ query, ms, list });
        },
        async () => {
          const start = performance.now();
          await viaHttp(query.q);
          http.push(performance.now() - start);
        },
      ].slice(0, options.http ? 2 : 1);
      if (i % 2 === 1) steps.reverse();
      for (const step of steps) await step();
      const start = performance.now();
      const found = await viaPk(query.target);
      pk.push(performance.now() - start);
      if (found.rows.length !== 1) throw new Error(`primary-key lookup of ${query.target} found ${found.rows.length} rows`);
    }

    const byKind: Partial<Record<QueryKind, KindFigures>> = {};
    for (const kind of QUERY_KINDS) {
      const mine = results.filter((r) => r.query.kind === kind);
      if (mine.length === 0) continue;
      byKind[kind] = {
        ...summarise(mine.map((r) => r.ms)),
        hitRate: mine.filter((r) => r.list.items.some((item) => item.code === r.query.target)).length / mine.length,
        emptyRate: mine.filter((r) => r.list.total === 0).length / mine.length,
        medianTotal: median(mine.map((r) => r.list.total)),
      };
    }
    const slowest = [...results]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map((r) => ({ q: r.query.q, kind: r.query.kind, ms: r.ms, total: r.list.total }));

    const s = summarise(service);
    const p = summarise(pk);
    const h = options.http ? summarise(http) : null;
    return {
      queries: queries.length,
      service: s,
      pk: p,
      http: h,
      ratioP50: ratio(s.p50, p.p50),
      ratioP95: ratio(s.p95, p.p95),
      httpRatioP50: h ? ratio(h.p50, s.p50) : null,
      httpRatioP95: h ? ratio(h.p95, s.p95) : null,
      byKind,
      slowest,
    };
  } finally {
    await app.close();
  }
}
