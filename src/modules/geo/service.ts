import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createOutlineImport, mayManageOutlines } from './import.js';
import { withImported, type OutlineCollection, type OutlineStore } from './outlines.js';
import { createOutlineRepo } from './repo.js';

/** The outlines the maps draw: the vendored boundaries with the desk's own imports in their place. */
export function createGeoService(db: Db, clock: Clock, vendored: OutlineStore) {
  const repo = createOutlineRepo(db);
  return {
    /**
     * The provinces (parent null) or one province's kabupaten/kota, undefined when the province has
     * no outline; `version` changes whenever an import or a removal changes the layer.
     */
    async layer(parentCode: string | null): Promise<{ layer: OutlineCollection; version: string } | undefined> {
      const base = parentCode === null ? await vendored.provinces() : await vendored.regenciesOf(parentCode);
      if (!base) return undefined;
      const imported = await repo.importedUnder(parentCode);
      const newest = imported.reduce((latest, outline) => (outline.importedAt > latest ? outline.importedAt : latest), '');
      return { layer: withImported(base, imported), version: `${imported.length}-${newest ? Date.parse(newest) : 0}` };
    },

    imported: () => repo.summaries(),

    /** Goes back to the vendored outline of a region (or to none, where the vendored data has none). */
    async removeImported(actor: Actor, regionCode: string, context: RequestContext): Promise<void> {
      if (!mayManageOutlines(actor, regionCode)) throw new AppError('forbidden', 403);
      await db.transaction(async (tx) => {
        if (!(await createOutlineRepo(tx).remove(regionCode))) throw new AppError('not_found', 404, { what: 'outline' });
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'region_outline.remove', entityType: 'region_outlines',
          entityId: regionCode, regionCode, changes: { source: ['imported', 'vendored'] },
          ip: context.ip, client: context.client, at: clock.now(),
        });
      });
    },

    ...createOutlineImport(db, clock, vendored),
  };
}

export type GeoService = ReturnType<typeof createGeoService>;
