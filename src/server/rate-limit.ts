import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client.js';
import { windowStart } from '../domain/access/session-policy.js';
import { AppError } from '../domain/errors.js';
import { createAuthRepo } from '../modules/auth/repo.js';
import type { Clock } from '../services.js';

/** Writes per minute per account (or per address when signed out): generous for people, not for scripts gone wrong. */
export const WRITES_PER_MINUTE = 120;
const WINDOW_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Counts writes in the database, so that several server processes share one budget. Reads are not
 * counted: a counter write per read would double the database's work for the busiest requests.
 */
export function registerWriteRateLimit(app: FastifyInstance, db: Db, clock: Clock, limit = WRITES_PER_MINUTE) {
  const repo = createAuthRepo(db);
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const who = request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`;
    const now = clock.now();
    const hits = await repo.hit(`write:${who}`, windowStart(now, WINDOW_MS));
    if (hits > limit) {
      reply.header('retry-after', String(Math.ceil((WINDOW_MS - (now.getTime() % WINDOW_MS)) / 1000)));
      throw new AppError('rate_limited', 429);
    }
  });
}
