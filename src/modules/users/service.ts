import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/access/session-policy.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import { createAuthRepo } from '../auth/repo.js';
import { hashPassword } from '../auth/secrets.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { CreateUser, UpdateUser, User } from '../../contracts/accounts.js';
import { changedFields } from '../../domain/audit/chain.js';
import { can, canGrant, visibleRoots, type Principal } from '../../domain/access/rules.js';
import { isWithin } from '../../domain/regions/codes.js';
import { createUnitRepo } from '../units/repo.js';
import { createUserRepo } from './repo.js';

const adminInputSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
});

const principalOf = (user: User): Principal => ({ role: user.role, regionCode: user.scopeRegionCode, unitId: user.unitId });

export function createUserService(db: Db, clock: Clock) {
  const users = createUserRepo(db);

  /**
   * The scope names a region of the gazetteer, and an officer works for one unit that lies inside
   * the officer's region.
   */
  async function checkScope(grant: Principal) {
    if (grant.regionCode !== null && !(await createUnitRepo(db).regionExists(grant.regionCode))) {
      throw new AppError('invalid', 400, { detail: 'scopeRegionCode' });
    }
    if (grant.role !== 'officer') return;
    const unit = grant.unitId === null ? null : await createUnitRepo(db).get(grant.unitId);
    if (!unit || grant.regionCode === null || !isWithin(unit.regionCode, grant.regionCode)) {
      throw new AppError('invalid', 400, { detail: 'unitId' });
    }
  }

  /**
   * Another account the actor manages: visible (else 404) and holding no more than the actor may
   * grant (else 403), so a coordinator cannot touch an administrator or a neighbour's desk.
   */
  async function managed(actor: Actor, id: string): Promise<User> {
    const user = await users.get(id);
    if (!user || !can(actor.principal, 'manage_accounts', { regionCode: user.scopeRegionCode })) throw new AppError('not_found', 404, { what: 'resource' });
    if (!canGrant(actor.principal, principalOf(user))) throw new AppError('forbidden', 403);
    return user;
  }

  return {
    /** Accounts inside the actor's region subtree, for administrators and coordinators. */
    async list(actor: Actor, query: { limit: number; offset: number }) {
      if (!can(actor.principal, 'manage_accounts', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      return users.list(visibleRoots(actor.principal), query.limit, query.offset);
    },

    /** One account; outside the actor's scope it does not exist (404). */
    async get(actor: Actor, id: string): Promise<User> {
      const user = await users.get(id);
      const visible = user && (user.id === actor.userId || (can(actor.principal, 'manage_accounts', { regionCode: user.scopeRegionCode })));
      if (!user || !visible) throw new AppError('not_found', 404, { what: 'resource' });
      return user;
    },

    /**
     * Creates an account with a role and scope the actor may grant. An officer belongs to one unit,
     * and that unit must lie inside the officer's region.
     */
    async create(actor: Actor, input: CreateUser, context: RequestContext): Promise<User> {
      const grant = { role: input.role, regionCode: input.scopeRegionCode, unitId: input.unitId };
      if (!can(actor.principal, 'manage_accounts', { regionCode: input.scopeRegionCode }) || !canGrant(actor.principal, grant)) {
        throw new AppError('forbidden', 403);
      }
      await checkScope(grant);
      const passwordHash = await hashPassword(input.password);
      const id = await db.transaction(async (tx) => {
        const repo = createAuthRepo(tx);
        if (await repo.userByEmail(input.email)) throw new AppError('conflict', 409, { detail: input.email });
        const user = await repo.insertUser({
          email: input.email, displayName: input.displayName, passwordHash, role: input.role,
          scopeRegionCode: input.scopeRegionCode, unitId: input.role === 'officer' ? input.unitId : null, language: input.language,
        });
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'user.create', entityType: 'user', entityId: user.id, regionCode: user.scopeRegionCode,
          changes: {
            email: [null, user.email], displayName: [null, user.displayName], role: [null, user.role],
            scopeRegionCode: [null, user.scopeRegionCode], ...(user.unitId === null ? {} : { unitId: [null, user.unitId] }),
          },
          ip: context.ip, client: context.client, at: clock.now(),
        });
        return user.id;
      });
      return (await users.get(id))!;
    },

    /**
     * Changes another account's name, language, role, scope, unit or whether it may sign in. The new
     * role and scope must be ones the actor may grant. Nobody changes their own role or scope, or
     * disables themselves (the profile page edits one's own name and language). Disabling ends the
     * account's sessions at once; its API tokens stop working while it stays disabled.
     */
    async update(actor: Actor, id: string, input: UpdateUser, context: RequestContext): Promise<User> {
      if (id === actor.userId) throw new AppError('forbidden', 403);
      const before = await managed(actor, id);
      const role = input.role ?? before.role;
      const after: User = {
        ...before,
        displayName: input.displayName ?? before.displayName,
        language: input.language ?? before.language,
        role,
        scopeRegionCode: input.scopeRegionCode === undefined ? before.scopeRegionCode : input.scopeRegionCode,
        unitId: role !== 'officer' ? null : input.unitId === undefined ? before.unitId : input.unitId,
        disabled: input.disabled ?? before.disabled,
      };
      if (!canGrant(actor.principal, principalOf(after))) throw new AppError('forbidden', 403);
      await checkScope(principalOf(after));
      const changes = changedFields(before, after);
      if (Object.keys(changes).length === 0) return before;
      await db.transaction(async (tx) => {
        const now = clock.now();
        await createUserRepo(tx).update(id, { ...after, disabledAt: after.disabled ? now : null });
        if (after.disabled && !before.disabled) await createAuthRepo(tx).deleteOtherSessions(id, null);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'user.update', entityType: 'user', entityId: id, regionCode: after.scopeRegionCode,
          changes, ip: context.ip, client: context.client, at: now,
        });
      });
      return (await users.get(id))!;
    },

    /**
     * Sets a new password for someone who lost theirs (one's own changes on the profile page, with
     * the current password). Every session of that account ends; the password is never audited.
     */
    async resetPassword(actor: Actor, id: string, newPassword: string, context: RequestContext): Promise<void> {
      if (id === actor.userId) throw new AppError('forbidden', 403);
      const user = await managed(actor, id);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        const now = clock.now();
        const repo = createAuthRepo(tx);
        await repo.setPassword(id, passwordHash, now);
        const ended = await repo.deleteOtherSessions(id, null);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'user.password_reset', entityType: 'user', entityId: id, regionCode: user.scopeRegionCode,
          changes: { ...changedFields({ password: 'old' }, { password: 'new' }, ['password']), sessionsEnded: [null, ended] },
          ip: context.ip, client: context.client, at: now,
        });
      });
    },

    /**
     * Creates a national administrator from the command line, the only way the first account comes
     * to exist: no default password ships anywhere.
     */
    async createAdmin(input: { email: string; displayName: string; password: string }, operator: string) {
      const parsed = adminInputSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError('invalid', 400, { detail: `${issue?.path.join('.') || 'input'}: ${issue?.message ?? ''}` });
      }
      const passwordHash = await hashPassword(parsed.data.password);
      return db.transaction(async (tx) => {
        const repo = createAuthRepo(tx);
        if (await repo.userByEmail(parsed.data.email)) throw new AppError('conflict', 409, { detail: parsed.data.email });
        const user = await repo.insertUser({
          email: parsed.data.email, displayName: parsed.data.displayName, passwordHash,
          role: 'admin', scopeRegionCode: null, unitId: null, language: 'id',
        });
        await appendAudit(tx, {
          actor: { type: 'cli', id: null, label: operator },
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          regionCode: null,
          changes: { email: [null, user.email], role: [null, 'admin'], displayName: [null, user.displayName] },
          ip: null,
          client: 'sinergi admin create',
          at: clock.now(),
        });
        return user;
      });
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
