import type { Agency, CreateUnit, UpdateUnit, Unit } from '../../contracts/accounts.js';
import { changedFields } from '../../domain/audit/chain.js';
import { can, visibleRoots } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { readableOr404 } from '../auth/guards.js';
import { canChangeUnit } from './access.js';
import { createUnitRepo } from './repo.js';
import { mapColumns, validateUnitRows, type RowError } from '../../domain/units/import-rows.js';
import { translateTerm, type Language } from '../../i18n/messages.js';

export interface ImportReport {
  rows: number;
  created: number;
  dryRun: boolean;
  errors: (RowError & { message: string })[];
}

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
      return readableOr404(actor, await repo.get(id));
    },

    /**
     * Imports units from a sheet's rows (header first). Every row is checked first and every problem
     * reported; units are created only when the whole file is clean, so a fix-and-retry never doubles.
     */
    async importRows(actor: Actor, sheet: string[][], options: { dryRun: boolean; lang: Language }, context: RequestContext): Promise<ImportReport> {
      if (!can(actor.principal, 'manage_accounts', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      const [header = [], ...rows] = sheet;
      const found = mapColumns(header);
      const missing = (Object.keys(found) as (keyof typeof found)[]).filter((column) => found[column] === null);
      if (missing.length) throw new AppError('invalid', 400, { detail: `columns: ${missing.join(', ')}` });
      const columns = found as Record<keyof typeof found, number>;
      const regionCodes = rows.map((cells) => (cells[columns.region] ?? '').trim());
      const [knownRegions, existing] = await Promise.all([repo.existingRegions(regionCodes), repo.existingKeys(regionCodes)]);
      const { units, errors } = validateUnitRows(rows, columns, { principal: actor.principal, knownRegions, existing });
      const report = (created: number): ImportReport => ({
        rows: rows.length, created, dryRun: options.dryRun,
        errors: errors.map((e) => ({ ...e, message: translateTerm(`row.${e.problem}`, options.lang) })),
      });
      if (errors.length || options.dryRun) return report(0);
      await db.transaction(async (tx) => {
        const txRepo = createUnitRepo(tx);
        for (const unit of units) {
          const id = await txRepo.insert(unit);
          await appendAudit(tx, {
            actor: { type: actor.type, id: actor.userId, label: actor.label },
            action: 'unit.import', entityType: 'unit', entityId: String(id), regionCode: unit.regionCode,
            changes: { agencyCode: [null, unit.agencyCode], regionCode: [null, unit.regionCode], name: [null, unit.name] },
            ip: context.ip, client: context.client, at: clock.now(),
          });
        }
      });
      return report(units.length);
    },

    /** The agency catalogue (DOMAIN.md), in both languages; every signed-in account may read it. */
    async agencies(): Promise<{ items: Agency[] }> {
      return { items: await repo.agencies() };
    },

    /**
     * Renames a unit or corrects its agency, for those who manage accounts in its region; outside
     * scope it does not exist. The region stays: accounts, people and records hang on it.
     */
    async update(actor: Actor, id: number, input: UpdateUnit, context: RequestContext): Promise<Unit> {
      const before = readableOr404(actor, await repo.get(id));
      if (!canChangeUnit(actor, before)) throw new AppError('forbidden', 403);
      const agencyCode = input.agencyCode?.toUpperCase() ?? before.agencyCode;
      if (agencyCode !== before.agencyCode && !(await repo.agencyExists(agencyCode))) throw new AppError('invalid', 400, { detail: `agencyCode: ${agencyCode}` });
      const after = { agencyCode, name: input.name ?? before.name };
      const changes = changedFields({ agencyCode: before.agencyCode, name: before.name }, after);
      if (Object.keys(changes).length === 0) return before;
      await db.transaction(async (tx) => {
        if (!(await createUnitRepo(tx).update(id, after))) throw new AppError('conflict', 409, { detail: after.name });
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label },
          action: 'unit.update', entityType: 'unit', entityId: String(id), regionCode: before.regionCode,
          changes, ip: context.ip, client: context.client, at: clock.now(),
        });
      });
      return (await repo.get(id))!;
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
