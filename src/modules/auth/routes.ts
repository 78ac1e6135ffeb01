import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordSchema, currentUserSchema, loginBodySchema, updateProfileSchema, type CurrentUser } from '../../contracts/auth.js';
import { errorSchema } from '../../contracts/common.js';
import { SESSION_ABSOLUTE_MS } from '../../domain/access/session-policy.js';
import { requestContext, requireActor, SESSION_COOKIE } from '../../server/auth.js';
import type { Actor } from './actor.js';
import type { AuthService } from './service.js';

function currentUser(actor: Actor, { email, displayName }: { email: string; displayName: string }): CurrentUser {
  return {
    id: actor.userId, email, displayName, role: actor.principal.role,
    scopeRegionCode: actor.principal.regionCode, unitId: actor.principal.unitId, language: actor.language,
  };
}

export function authRoutes(auth: AuthService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/auth/login', {
      schema: {
        tags: ['auth'], summary: 'Sign in; sets an httpOnly session cookie',
        body: loginBodySchema,
        response: { 200: currentUserSchema, 400: errorSchema, 401: errorSchema, 429: errorSchema },
      },
    }, async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await auth.logout(previous, requestContext(request));
      const session = await auth.login(request.body.email, request.body.password, requestContext(request));
      // Max-Age, not Expires: the browser counts the week from its own clock, so a server whose clock is
      // pinned (SINERGI_CLOCK, demos and browser tests) does not hand out a cookie that expired long ago.
      // The server still ends the session by its own clock (expires_at in the database).
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/', maxAge: SESSION_ABSOLUTE_MS / 1000,
      });
      return currentUser(session.actor, await auth.account(session.actor.userId));
    });

    app.post('/auth/logout', {
      schema: { tags: ['auth'], summary: 'Sign out of this session', response: { 204: z.null() } },
    }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await auth.logout(token, requestContext(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    });

    app.post('/auth/logout-everywhere', {
      schema: { tags: ['auth'], summary: 'End every session of this account', response: { 200: z.object({ ended: z.number().int() }), 401: errorSchema } },
    }, async (request, reply) => {
      const ended = await auth.logoutEverywhere(requireActor(request), requestContext(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ended };
    });

    app.patch('/auth/me', {
      schema: { tags: ['auth'], summary: 'Change your language or display name', body: updateProfileSchema, response: { 200: currentUserSchema, 400: errorSchema, 401: errorSchema } },
    }, async (request) => {
      const actor = requireActor(request);
      await auth.updateProfile(actor, request.body, requestContext(request));
      const account = await auth.account(actor.userId);
      return currentUser({ ...actor, language: request.body.language ?? actor.language }, account);
    });

    app.post('/auth/password', {
      schema: { tags: ['auth'], summary: 'Change your password; your other sessions end', body: changePasswordSchema, response: { 204: z.null(), 400: errorSchema, 401: errorSchema } },
    }, async (request, reply) => {
      await auth.changePassword(requireActor(request), request.body.currentPassword, request.body.newPassword, request.cookies[SESSION_COOKIE] ?? null, requestContext(request));
      return reply.status(204).send(null);
    });

    app.get('/auth/me', {
      schema: { tags: ['auth'], summary: 'The signed-in account', response: { 200: currentUserSchema, 401: errorSchema } },
    }, async (request) => {
      const actor = requireActor(request);
      return currentUser(actor, await auth.account(actor.userId));
    });
  };
}
