import type { FastifyInstance, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import { AppError } from '../domain/errors.js';
import type { Actor, RequestContext } from '../modules/auth/actor.js';
import type { AuthService } from '../modules/auth/service.js';
import type { TokenService } from '../modules/tokens/service.js';

export const SESSION_COOKIE = 'sinergi_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** How the actor was recognised: writes by cookie must prove they come from our own pages. */
    authenticatedBy: 'cookie' | 'token' | null;
  }
}

/**
 * Resolves the bearer token or session cookie on every request, and refuses cross-site writes made
 * with the cookie. A bearer token is never sent by a browser on its own, so it needs no such check.
 */
export async function registerAuth(app: FastifyInstance, auth: AuthService, tokens: TokenService) {
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('authenticatedBy', null);
  app.addHook('onRequest', async (request) => {
    // Only the API acts for someone: the web app's files and the docs need no session lookup.
    if (!request.url.startsWith('/api/')) return;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const bearer = /^Bearer (sng_[A-Za-z0-9_-]{20,100})$/.exec(authorization);
      request.actor = bearer?.[1] ? await tokens.actorForToken(bearer[1]) : null;
      if (!request.actor) throw new AppError('unauthenticated', 401);
      request.authenticatedBy = 'token';
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    request.actor = await auth.actorForSession(token);
    request.authenticatedBy = request.actor ? 'cookie' : null;
    // SameSite cookies stop most cross-site requests; the Origin check stops the rest.
    if (request.actor && !SAFE_METHODS.has(request.method) && !sameOrigin(request)) {
      throw new AppError('forbidden', 403);
    }
  });
}

function sameOrigin(request: FastifyRequest): boolean {
  const source = request.headers.origin ?? request.headers.referer;
  if (!source) return false;
  try {
    // Compare as origins, so that "http://host" and a Host header of "host:80" agree.
    return new URL(source).origin === new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return false;
  }
}

/** The actor of a request that must be signed in. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 401);
  return request.actor;
}

export function requestContext(request: FastifyRequest): RequestContext {
  const client = request.headers['user-agent'];
  return { ip: request.ip ?? null, client: typeof client === 'string' ? client.slice(0, 300) : null };
}
