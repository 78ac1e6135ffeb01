import { AppError } from '../../domain/errors.js';
import {
  absoluteExpiry, LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_IP, LOGIN_WINDOW_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS,
  sessionAlive, windowStart,
} from '../../domain/access/session-policy.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from './actor.js';
import { createAuthRepo, type UserRecord } from './repo.js';
import { dummyPasswordHash, hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.js';
import type { UpdateProfile } from '../../contracts/auth.js';

export function actorOf(user: UserRecord): Actor {
  return {
    type: 'user',
    userId: user.id,
    label: user.email,
    principal: { role: user.role, regionCode: user.scopeRegionCode, unitId: user.unitId },
    language: user.language,
  };
}

export function createAuthService(db: Db, clock: Clock) {
  const repo = createAuthRepo(db);

  async function throttled(email: string, ip: string | null, window: Date): Promise<boolean> {
    const [account, address] = await Promise.all([repo.hits(`login:account:${email}`, window), ip ? repo.hits(`login:ip:${ip}`, window) : 0]);
    return account >= LOGIN_MAX_FAILURES_PER_ACCOUNT || address >= LOGIN_MAX_FAILURES_PER_IP;
  }

  return {
    /**
     * Deletes dead sessions and rate-limit counters of windows long closed, so neither table grows
     * without bound. Safe to run from several processes at once: each row goes once.
     */
    async purgeExpired() {
      const now = clock.now();
      return repo.purge(now, new Date(now.getTime() - SESSION_IDLE_MS), new Date(now.getTime() - 2 * LOGIN_WINDOW_MS));
    },

    /**
     * Checks a password and opens a new session (a fresh token at every login, so a token planted
     * before login is worthless). Failures count per account and per address, in the database.
     */
    async login(email: string, password: string, context: RequestContext) {
      const now = clock.now();
      const normalised = email.trim().toLowerCase();
      const window = windowStart(now, LOGIN_WINDOW_MS);
      if (await throttled(normalised, context.ip, window)) {
        const minutes = Math.ceil((window.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 60_000);
        throw new AppError('login_throttled', 429, { minutes });
      }
      const user = await repo.userByEmail(normalised);
      const valid = user && !user.disabledAt
        ? await verifyPassword(user.passwordHash, password)
        : (await verifyPassword(await dummyPasswordHash(), password), false);
      if (!user || !valid) {
        await repo.hit(`login:account:${normalised}`, window);
        if (context.ip) await repo.hit(`login:ip:${context.ip}`, window);
        throw new AppError('login_failed', 401);
      }
      const token = newSecret('ses');
      const expiresAt = absoluteExpiry(now);
      await db.transaction(async (tx) => {
        await createAuthRepo(tx).insertSession(hashSecret(token), user.id, now, expiresAt, context.ip, context.client);
        await appendAudit(tx, {
          actor: { type: 'user', id: user.id, label: user.email },
          action: 'auth.login',
          entityType: 'session',
          entityId: user.id,
          regionCode: user.scopeRegionCode,
          changes: {},
          ip: context.ip,
          client: context.client,
          at: now,
        });
      });
      return { token, expiresAt, actor: actorOf(user) };
    },

    /** The account's own email and name (an actor's label may be a token's name). */
    async account(userId: string): Promise<{ email: string; displayName: string }> {
      const user = await repo.userById(userId);
      return { email: user?.email ?? '', displayName: user?.displayName ?? '' };
    },

    /** The actor behind a session cookie, or null when it is unknown, idle too long or past its end. */
    async actorForSession(token: string): Promise<Actor | null> {
      const now = clock.now();
      const tokenHash = hashSecret(token);
      const session = await repo.session(tokenHash);
      if (!session || !sessionAlive(session, now)) return null;
      const user = await repo.userById(session.userId);
      if (!user || user.disabledAt) return null;
      if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) await repo.touchSession(tokenHash, now);
      return actorOf(user);
    },

    async logout(token: string, context: RequestContext): Promise<void> {
      const now = clock.now();
      const tokenHash = hashSecret(token);
      const session = await repo.session(tokenHash);
      if (!session) return;
      const user = await repo.userById(session.userId);
      await db.transaction(async (tx) => {
        if (!(await createAuthRepo(tx).deleteSession(tokenHash))) return;
        // The account's own label and region, so that its coordinator sees the sign-out too.
        await appendAudit(tx, {
          actor: { type: 'user', id: session.userId, label: user?.email ?? session.userId },
          action: 'auth.logout',
          entityType: 'session',
          entityId: session.userId,
          regionCode: user?.scopeRegionCode ?? null,
          changes: {},
          ip: context.ip,
          client: context.client,
          at: now,
        });
      });
    },

    async updateProfile(actor: Actor, changes: UpdateProfile, context: RequestContext): Promise<void> {
      const before = await repo.userById(actor.userId);
      if (!before) throw new AppError('unauthenticated', 401);
      await db.transaction(async (tx) => {
        await createAuthRepo(tx).updateProfile(actor.userId, changes);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'user.update_profile', entityType: 'user', entityId: actor.userId, regionCode: before.scopeRegionCode,
          changes: {
            ...(changes.language && changes.language !== before.language ? { language: [before.language, changes.language] } : {}),
            ...(changes.displayName && changes.displayName !== before.displayName ? { displayName: [before.displayName, changes.displayName] } : {}),
          },
          ip: context.ip, client: context.client, at: clock.now(),
        });
      });
    },

    /** Changes the actor's own password after checking the current one; other sessions end. */
    async changePassword(actor: Actor, currentPassword: string, newPassword: string, sessionToken: string | null, context: RequestContext) {
      const user = await repo.userById(actor.userId);
      if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) throw new AppError('login_failed', 401);
      const passwordHash = await hashPassword(newPassword);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const txRepo = createAuthRepo(tx);
        await txRepo.setPassword(user.id, passwordHash, now);
        const ended = await txRepo.deleteOtherSessions(user.id, sessionToken ? hashSecret(sessionToken) : null);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'user.change_password', entityType: 'user', entityId: user.id, regionCode: user.scopeRegionCode,
          changes: { password: ['[redacted]', '[redacted]'], otherSessionsEnded: [0, ended] },
          ip: context.ip, client: context.client, at: now,
        });
      });
    },

    /** Ends every session of the actor's account, on every device. */
    async logoutEverywhere(actor: Actor, context: RequestContext): Promise<number> {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const ended = await createAuthRepo(tx).deleteSessionsOf(actor.userId);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'auth.logout_everywhere',
          entityType: 'session',
          entityId: actor.userId,
          regionCode: actor.principal.regionCode,
          changes: { sessions: [ended, 0] },
          ip: context.ip,
          client: context.client,
          at: now,
        });
        return ended;
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
