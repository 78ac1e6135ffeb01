import type { CreatePerson, Person, UpdatePerson } from '../../contracts/people.js';
import { changedFields } from '../../domain/audit/chain.js';
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

  /**
   * A unit the actor may add people to. One it cannot see is answered like an unknown one (400), so
   * units outside a scope cannot be discovered; one it sees but may not change is a 403.
   */
  async function writableUnit(actor: Actor, unitId: number) {
    const unit = await createUnitRepo(db).get(unitId);
    if (!unit || !can(actor.principal, 'read', { regionCode: unit.regionCode })) throw new AppError('invalid', 400, { detail: 'unitId' });
    if (!can(actor.principal, 'write', { regionCode: unit.regionCode, unitId: unit.id })) throw new AppError('forbidden', 403);
    return unit;
  }

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
      const unit = await writableUnit(actor, input.unitId);
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

    /**
     * Corrects a person or moves them to another unit: the actor must be able to change both the
     * unit they were in and the one they go to. Only the fields that changed are audited.
     */
    async update(actor: Actor, id: number, input: UpdatePerson, context: RequestContext): Promise<Person> {
      const before = readableOr404(actor, await repo.get(id));
      if (!can(actor.principal, 'write', { regionCode: before.regionCode, unitId: before.unitId })) throw new AppError('forbidden', 403);
      const unit = input.unitId !== undefined && input.unitId !== before.unitId ? await writableUnit(actor, input.unitId) : null;
      const fields = ({ fullName, position, unitId, phone, email }: CreatePerson): CreatePerson => ({ fullName, position, unitId, phone, email });
      const after = fields({ ...before, ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) } as CreatePerson);
      const changes = changedFields(fields(before), after);
      if (Object.keys(changes).length === 0) return before;
      await db.transaction(async (tx) => {
        await createPeopleRepo(tx).update(id, after);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'person.update', entityType: 'person', entityId: String(id), regionCode: unit?.regionCode ?? before.regionCode,
          changes, ip: context.ip, client: context.client, at: clock.now(),
        });
      });
      return (await repo.get(id))!;
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
