import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client.js';
import { windowStart } from '../domain/access/session-policy.js';
import { AppError } from '../domain/errors.js';
import { createAuthRepo } from '../modules/auth/repo.js';
import type { Clock } from '../services.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Which write budget a route's requests draw from. 'gateway': the SMS/WhatsApp gateway's deliveries,
     * which relay many people's reports through one token and must not be slowed to one person's pace.
     */
    writeBudget?: 'gateway';
  }
}

/** Writes per minute per account (or per address when signed out): generous for people, not for scripts gone wrong. */
export const WRITES_PER_MINUTE = 120;
/**
 * Gateway deliveries per minute per token: a gateway relays a whole region's messages on voting day,
 * so its budget is far above a person's; it still stops a gateway caught in a loop.
 */
export const GATEWAY_WRITES_PER_MINUTE = 6000;
const WINDOW_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface WriteLimits {
  /** Ordinary writes per minute per account. */
  writesPerMinute?: number;
  /** Gateway deliveries per minute per token (or per account signed in by cookie). */
  gatewayWritesPerMinute?: number;
}

/** The gateway budget from SINERGI_GATEWAY_WRITES_PER_MINUTE (a positive whole number), else the default. */
export function gatewayWritesPerMinuteFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.SINERGI_GATEWAY_WRITES_PER_MINUTE?.trim();
  if (!raw) return GATEWAY_WRITES_PER_MINUTE;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1) {
    throw new Error(`SINERGI_GATEWAY_WRITES_PER_MINUTE must be a positive whole number, not "${raw}"`);
  }
  return value;
}

/**
 * Counts writes in the database, so that several server processes share one budget. Reads are not
 * counted: a counter write per read would double the database's work for the busiest requests.
 * A signed-in caller's gateway deliveries count in their own budget, per token, and not in the
 * account's ordinary one (nor the other way round): a busy gateway never locks its owner out, and a
 * script on the same token cannot eat the gateway's room. Signed-out requests keep the ordinary budget.
 */
export function registerWriteRateLimit(app: FastifyInstance, db: Db, clock: Clock, limits: WriteLimits = {}) {
  const repo = createAuthRepo(db);
  const ordinary = limits.writesPerMinute ?? WRITES_PER_MINUTE;
  const gateway = limits.gatewayWritesPerMinute ?? GATEWAY_WRITES_PER_MINUTE;
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const actor = request.actor;
    const isGateway = actor !== null && request.routeOptions.config?.writeBudget === 'gateway';
    const who = actor ? `user:${actor.userId}` : `ip:${request.ip}`;
    const key = isGateway ? `gateway:${actor.tokenId ? `token:${actor.tokenId}` : who}` : `write:${who}`;
    const now = clock.now();
    const hits = await repo.hit(key, windowStart(now, WINDOW_MS));
    if (hits > (isGateway ? gateway : ordinary)) {
      reply.header('retry-after', String(Math.ceil((WINDOW_MS - (now.getTime() % WINDOW_MS)) / 1000)));
      // A gateway is told that its retry is safe: the message id makes a repeat land once.
      throw new AppError('rate_limited', 429, isGateway ? { detail: 'gateway.rate_limited' } : {});
    }
  });
}
