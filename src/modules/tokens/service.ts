import type { ApiToken, CreateToken } from '../../contracts/tokens.js';
import { canGrant, inScope, type Principal } from '../../domain/access/rules.js';
import { createUnitRepo } from '../units/repo.js';
import { SESSION_TOUCH_INTERVAL_MS } from '../../domain/access/session-policy.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import type { FieldChanges } from '../../domain/audit/chain.js';
import { appendAudit, type DbOrTx } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { createAuthRepo } from '../auth/repo.js';
import { createTokenRepo, type TokenRecord } from './repo.js';

const DAY_MS = 86_400_000;

function publicView({ userId: _userId, ...token }: TokenRecord): ApiToken {
  return token;
}

export function createTokenService(db: Db, clock: Clock) {
  const repo = createTokenRepo(db);
  const audit = (tx: DbOrTx, actor: Actor, action: string, token: TokenRecord, context: RequestContext, changes: FieldChanges) =>
    appendAudit(tx, {
      actor: { type: actor.type, id: actor.userId, label: actor.label },
      action, entityType: 'api_token', entityId: String(token.id), regionCode: token.scopeRegionCode,
      changes, ip: context.ip, client: context.client, at: clock.now(),
    });

  return {
    /**
     * Creates a token carrying at most the creator's own rights (a role they may grant, inside their
     * region). The secret is returned here once and stored only as a hash.
     */
    async create(actor: Actor, input: CreateToken, context: RequestContext) {
      const grant: Principal = {
        role: input.role,
        regionCode: input.scopeRegionCode === undefined ? actor.principal.regionCode : input.scopeRegionCode,
        unitId: input.unitId ?? null,
      };
      if (!canGrant(actor.principal, grant)) throw new AppError('forbidden', 403);
      if (grant.role === 'officer' && grant.unitId === null) throw new AppError('invalid', 400, { detail: 'unitId' });
      const units = createUnitRepo(db);
      if (grant.regionCode !== null && !(await units.regionExists(grant.regionCode))) throw new AppError('invalid', 400, { detail: 'region_code' });
      if (grant.unitId !== null) {
        // A unit outside the token's region, or outside what the creator sees, is answered like an unknown one.
        const unit = await units.get(grant.unitId);
        if (!unit || !inScope(grant, unit.regionCode) || !inScope(actor.principal, unit.regionCode)) throw new AppError('invalid', 400, { detail: 'unitId' });
      }
      const secret = newSecret('sng');
      const now = clock.now();
      const token = await db.transaction(async (tx) => {
        const created = await createTokenRepo(tx).insert({
          name: input.name, tokenHash: hashSecret(secret), userId: actor.userId, role: grant.role,
          scopeRegionCode: grant.regionCode, unitId: grant.unitId,
          createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS).toISOString(),
        });
        await audit(tx, actor, 'api_token.create', created, context, {
          name: [null, created.name], role: [null, created.role], scopeRegionCode: [null, created.scopeRegionCode], expiresAt: [null, created.expiresAt],
        });
        return created;
      });
      return { ...publicView(token), token: secret };
    },

    /** An account's own tokens; administrators see every token. */
    async list(actor: Actor): Promise<{ items: ApiToken[] }> {
      const tokens = await repo.list(actor.principal.role === 'admin' ? null : actor.userId);
      return { items: tokens.map(publicView) };
    },

    async revoke(actor: Actor, id: number, context: RequestContext): Promise<void> {
      const token = await repo.byId(id);
      if (!token || (token.userId !== actor.userId && actor.principal.role !== 'admin')) throw new AppError('not_found', 404, { what: 'resource' });
      if (token.revokedAt) return;
      await db.transaction(async (tx) => {
        const now = clock.now();
        await createTokenRepo(tx).revoke(id, now);
        await audit(tx, actor, 'api_token.revoke', token, context, { revokedAt: [null, now.toISOString()] });
      });
    },

    /**
     * The actor behind a bearer token, or null when it is unknown, expired, revoked, its owner is
     * disabled, or the owner's own rights have since shrunk below the token's (a token never carries
     * more than its owner could grant today).
     */
    async actorForToken(secret: string): Promise<Actor | null> {
      const now = clock.now();
      const token = await repo.byHash(hashSecret(secret));
      if (!token || token.revokedAt || Date.parse(token.expiresAt) <= now.getTime()) return null;
      const owner = await createAuthRepo(db).userById(token.userId);
      if (!owner || owner.disabledAt) return null;
      const principal: Principal = { role: token.role, regionCode: token.scopeRegionCode, unitId: token.unitId };
      if (!canGrant({ role: owner.role, regionCode: owner.scopeRegionCode, unitId: owner.unitId }, principal)) return null;
      if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) > SESSION_TOUCH_INTERVAL_MS) await repo.touch(token.id, now);
      return {
        type: 'token',
        userId: owner.id,
        tokenId: token.id,
        label: `${token.name} (${owner.email})`,
        principal,
        language: owner.language,
      };
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
