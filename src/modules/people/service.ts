import type { CreatePerson, Person } from '../../contracts/people.js';
import { can, visibleRoots } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { readableOr404 } from '../auth/guards.js';
import { createUnitRepo } from '../units/repo.js';
import { createPeopleRepo } from './repo.js';

/** People of the units the desk works with; their scope is their unit's region. */
export function createPeopleService(db: Db, clock: Clock) {
  const repo = createPeopleRepo(db);
  return {
    async list(actor: Actor, query: { unit?: number; q?: string; limit: number; offset: number }) {
      if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      return repo.list({ roots: visibleRoots(actor.principal), ...query });
    },

    async get(actor: Actor, id: number): Promise<Person> {
      return readableOr404(actor, await repo.get(id));
    },

    /** Officers add people to their own unit; coordinators and admins to any unit in their region. */
    async create(actor: Actor, input: CreatePerson, context: RequestContext): Promise<Person> {
      const unit = await createUnitRepo(db).get(input.unitId);
      if (!unit || !can(actor.principal, 'read', { regionCode: unit.regionCode })) throw new AppError('invalid', 400, { detail: 'unitId' });
      if (!can(actor.principal, 'write', { regionCode: unit.regionCode, unitId: unit.id })) throw new AppError('forbidden', 403);
      const id = await db.transaction(async (tx) => {
        const created = await createPeopleRepo(tx).insert(input);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'person.create', entityType: 'person', entityId: String(created), regionCode: unit.regionCode,
          changes: { fullName: [null, input.fullName], position: [null, input.position], unitId: [null, input.unitId], phone: [null, input.phone], email: [null, input.email] },
          ip: context.ip, client: context.client, at: clock.now(),
        });
        return created;
      });
      return (await repo.get(id))!;
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
