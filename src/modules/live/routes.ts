import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import { liveQuerySchema } from '../../contracts/live.js';
import { can } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import { requireActor } from '../../server/auth.js';
import { LIVE_GAP, type LiveBus, type LiveEvent } from './bus.js';

/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;
/**
 * A stream ends after this long and the browser's EventSource opens a new one, signing in again: a
 * revoked session or a narrowed scope stops reaching the screen within this time.
 */
const STREAM_LIFETIME_MS = 15 * 60_000;
const MAX_STREAMS_PER_ACCOUNT = 5;
const MAX_STREAMS_PER_PROCESS = 1_000;

export interface LiveLimits {
  heartbeatMs?: number;
  lifetimeMs?: number;
}

export function liveRoutes(bus: LiveBus, limits: LiveLimits = {}): FastifyPluginAsyncZod {
  const perAccount = new Map<string, number>();
  /** How to end each open stream. */
  const streams = new Set<() => void>();
  let open = 0;
  return async (app) => {
    // A server that stops ends its streams first (their browsers reconnect, to another process if
    // there is one); otherwise closing would wait for each stream's lifetime to run out.
    app.addHook('preClose', async () => {
      for (const end of [...streams]) end();
    });

    app.get('/live/events', {
      schema: {
        tags: ['live'],
        summary: 'Server-Sent Events: which incidents and alerts changed, inside your scope, as they happen in any server process (fetch the record itself through the API)',
        querystring: liveQuerySchema,
        response: { 200: z.unknown().meta({ description: 'text/event-stream: `event: incident.created` / `data: {type, id, regionCode, at}` lines' }), 400: errorSchema, 401: errorSchema, 403: errorSchema, 429: errorSchema },
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      const account = actor.userId;
      if (open >= MAX_STREAMS_PER_PROCESS || (perAccount.get(account) ?? 0) >= MAX_STREAMS_PER_ACCOUNT) throw new AppError('rate_limited', 429);
      const prefixes = request.query.types?.split(',');
      const wanted = (event: LiveEvent) =>
        (!prefixes || prefixes.some((prefix) => event.type === prefix || event.type.startsWith(`${prefix}.`)))
        && can(actor.principal, 'read', { regionCode: event.regionCode });

      const raw = reply.raw;
      let sequence = 0;
      /** Ends the stream once it is open (a gap heard before that has nothing to end yet). */
      let endStream: (() => void) | null = null;
      // Subscribed before the answer starts: a feed that cannot listen is still an ordinary error reply.
      const unsubscribe = await bus.subscribe((event) => {
        // This process may have missed events: the browser reconnects (perhaps to another process) and reads again.
        if (event.type === LIVE_GAP) return endStream?.();
        if (wanted(event)) raw.write(`id: ${++sequence}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      // The stream is written by hand (hijacked from Fastify's reply), so that it can be ended at
      // once when the browser goes away or the server stops, whatever the connection's keep-alive.
      void reply.hijack();
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-accel-buffering': 'no',
      });
      open += 1;
      perAccount.set(account, (perAccount.get(account) ?? 0) + 1);
      const heartbeat = setInterval(() => raw.write(': ping\n\n'), limits.heartbeatMs ?? HEARTBEAT_MS);
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        streams.delete(end);
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        open -= 1;
        const left = (perAccount.get(account) ?? 1) - 1;
        if (left > 0) perAccount.set(account, left);
        else perAccount.delete(account);
        // The connection is closed, not kept alive: a client that stopped reading would otherwise hold
        // it (and a server's shutdown) until the keep-alive timeout. The browser opens a new stream anyway.
        raw.end();
        raw.destroy();
      };
      const lifetime = setTimeout(end, limits.lifetimeMs ?? STREAM_LIFETIME_MS);
      streams.add(end);
      endStream = end;
      raw.on('close', end);
      // A reconnecting EventSource waits this long; the comment tells the client the stream is open.
      raw.write('retry: 3000\n: open\n\n');
    });
  };
}
