import type { CreateUnit, Unit } from '../../contracts/accounts.js';
import { can, visibleRoots } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createUnitRepo } from './repo.js';

export function createUnitService(db: Db, clock: Clock) {
  const repo = createUnitRepo(db);
  return {
    /** Units the actor may see: inside its region subtree, filtered in SQL. */
    async list(actor: Actor, query: { region?: string; agency?: string; limit: number; offset: number }) {
      if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      return repo.list({ roots: visibleRoots(actor.principal), ...query });
    },

    /** One unit; outside the actor's scope it does not exist (404, so nothing can be enumerated). */
    async get(actor: Actor, id: number): Promise<Unit> {
      const unit = await repo.get(id);
      if (!unit || !can(actor.principal, 'read', { regionCode: unit.regionCode })) throw new AppError('not_found', 404, { what: 'resource' });
      return unit;
    },

    async create(actor: Actor, input: CreateUnit, context: RequestContext): Promise<Unit> {
      if (!can(actor.principal, 'manage_accounts', { regionCode: input.regionCode })) throw new AppError('forbidden', 403);
      const agencyCode = input.agencyCode.toUpperCase();
      if (!(await repo.agencyExists(agencyCode))) throw new AppError('invalid', 400, { detail: `agencyCode: ${agencyCode}` });
      if (!(await repo.regionExists(input.regionCode))) throw new AppError('invalid', 400, { detail: `regionCode: ${input.regionCode}` });
      const id = await db.transaction(async (tx) => {
        const created = await createUnitRepo(tx).insert({ ...input, agencyCode });
        if (!created) throw new AppError('conflict', 409, { detail: input.name });
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'unit.create', entityType: 'unit', entityId: String(created), regionCode: input.regionCode,
          changes: { agencyCode: [null, agencyCode], regionCode: [null, input.regionCode], name: [null, input.name] },
          ip: context.ip, client: context.client, at: clock.now(),
        });
        return created;
      });
      return (await repo.get(id))!;
    },
  };
}

export type UnitService = ReturnType<typeof createUnitService>;
