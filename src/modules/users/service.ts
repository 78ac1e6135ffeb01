import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/access/session-policy.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import { createAuthRepo } from '../auth/repo.js';
import { hashPassword } from '../auth/secrets.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { CreateUser, User } from '../../contracts/accounts.js';
import { can, canGrant, visibleRoots } from '../../domain/access/rules.js';
import { isWithin } from '../../domain/regions/codes.js';
import { createUnitRepo } from '../units/repo.js';
import { createUserRepo } from './repo.js';

const adminInputSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
});

export function createUserService(db: Db, clock: Clock) {
  const users = createUserRepo(db);
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
      if (input.role === 'officer') {
        const unit = input.unitId === null ? null : await createUnitRepo(db).get(input.unitId);
        if (!unit || input.scopeRegionCode === null || !isWithin(unit.regionCode, input.scopeRegionCode)) {
          throw new AppError('invalid', 400, { detail: 'unitId' });
        }
      }
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
