import type { Db } from '../../db/client.js';
import { AppError } from '../../domain/errors.js';
import { DEFAULT_CATALOGUE, effectiveCatalogue, type CatalogueCategory } from '../../domain/incidents/category-catalogue.js';
import { LIVE_GAP, type LiveBus, type LiveEvent } from '../live/bus.js';
import { createCategorySettingsRepo } from './repo.js';

/** The live event a saved or removed setting sends, so every server process drops its copy. */
export const CATEGORY_CHANGED = 'incident_category.changed';

/**
 * The desk's effective catalogue (defaults + incident_category_settings), read once and kept in the
 * process: intake reads it on every report. A save here drops the copy at once; a save in another
 * server process arrives as a live event (NOTIFY, sent when that save commits) and drops it too, as
 * does a gap in the feed (its LISTEN connection lost or back), when such an event may have been missed.
 * Until this process is listening nothing is kept, so it never serves a copy it would not hear about.
 */
export function createCategoryCatalogue(db: Db, live?: Pick<LiveBus, 'subscribe'>) {
  let cached: Promise<readonly CatalogueCategory[]> | null = null;
  let listening: Promise<boolean> | null = null;

  const drop = () => {
    cached = null;
  };

  const listen = () => {
    listening ??= live
      ? live.subscribe((event: LiveEvent) => {
        // A gap in the feed may have hidden another process's save.
        if (event.type === CATEGORY_CHANGED || event.type === LIVE_GAP) drop();
      }).then(() => true, () => {
        // Not listening (the database refused LISTEN): read every time, and try again next time.
        listening = null;
        return false;
      })
      : Promise.resolve(true);
    return listening;
  };

  const load = () => createCategorySettingsRepo(db).all().then((settings) => effectiveCatalogue(settings));

  return {
    /** The effective catalogue, in the order screens list it. */
    async current(): Promise<readonly CatalogueCategory[]> {
      if (!(await listen())) return load();
      if (!cached) {
        const loading = load();
        cached = loading;
        loading.catch(() => {
          if (cached === loading) cached = null;
        });
      }
      return cached;
    },

    /** A category by code, whatever its state (existing reports keep a switched-off one), or null. */
    async find(code: string): Promise<CatalogueCategory | null> {
      return (await this.current()).find((category) => category.code === code) ?? null;
    },

    /** The category a new report may take: 400 when unknown or switched off. */
    async forNewReport(code: string): Promise<CatalogueCategory> {
      const category = await this.find(code);
      if (!category) throw new AppError('invalid', 400, { detail: 'incident_category.unknown' });
      if (!category.active) throw new AppError('invalid', 400, { detail: 'incident_category.inactive' });
      return category;
    },

    /** Forget the copy (after a save in this process; other processes hear of it through the live bus). */
    invalidate: drop,
  };
}

export type CategoryCatalogue = ReturnType<typeof createCategoryCatalogue>;

/** The built-in catalogue behind the same face, for services built without a database-backed one (tests, tools). */
export const builtInCategoryCatalogue: CategoryCatalogue = {
  current: () => Promise.resolve(DEFAULT_CATALOGUE),
  async find(code) {
    return DEFAULT_CATALOGUE.find((category) => category.code === code) ?? null;
  },
  async forNewReport(code) {
    const category = await this.find(code);
    if (!category) throw new AppError('invalid', 400, { detail: 'incident_category.unknown' });
    return category;
  },
  invalidate: () => undefined,
};
