import { sql } from 'drizzle-orm';
import type { IncidentCategoryView } from '../../contracts/incident-categories.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { effectiveCatalogue, type CategorySetting } from '../../domain/incidents/category-catalogue.js';
import { settingProblems, type CategorySettingInput } from '../../domain/incidents/category-setting.js';
import { incidentCategory } from '../../domain/incidents/categories.js';
import { settingProblemText } from '../../i18n/incident-categories.js';
import type { Language } from '../../i18n/messages.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit, fieldsChangedSince, type DbTransaction } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { LiveBus } from '../live/bus.js';
import { CATEGORY_CHANGED, type CategoryCatalogue } from './catalogue.js';
import { createCategorySettingsRepo, type SettingFields } from './repo.js';
import { categoryView } from './views.js';

const ENTITY = 'incident_category';

/**
 * The catalogue belongs to the whole desk: only a national administrator changes it (a regional one
 * would change what every other region's desk sees).
 */
function requireNationalAdmin(actor: Actor) {
  if (actor.principal.role !== 'admin' || actor.principal.regionCode !== null) throw new AppError('forbidden', 403);
}

/** Audit and stale-version fields of a setting (null: none). */
const audited = (setting: CategorySetting | null) => setting && {
  nameId: setting.name.id, nameEn: setting.name.en, keywords: [...setting.keywords], defaultSeverity: setting.defaultSeverity,
  referralAgency: setting.referralAgency, alsoConcerns: [...setting.alsoConcerns], clocks: [...setting.clocks], clockRules: setting.clockRules,
  active: setting.active, version: setting.version,
};

/**
 * A desk's category catalogue (issue 7): the effective catalogue for everyone signed in, and the
 * national administrator's settings: save one (an override of a default, or a new category) at the
 * version it was read, or remove one (a default comes back as it was; a desk category already used
 * by reports cannot go, only be switched off). Saves are serialised, audited and announced on the live
 * bus in their transaction, so every server process reloads its copy when, and only if, they commit.
 */
export function createIncidentCategoryService(db: Db, clock: Clock, catalogue: CategoryCatalogue, live?: Pick<LiveBus, 'publish'>) {
  /** One save at a time: a keyword checked free must still be free when it is written. */
  const takeTurn = (tx: DbTransaction) => tx.execute(sql`select pg_advisory_xact_lock(hashtext('incident_category_settings'))`);

  const announce = (tx: DbTransaction, code: string) =>
    live?.publish(tx, { type: CATEGORY_CHANGED, id: code, regionCode: null, at: clock.now().toISOString() });

  async function viewOf(code: string): Promise<IncidentCategoryView> {
    catalogue.invalidate();
    const category = await catalogue.find(code);
    if (!category) throw new AppError('not_found', 404, { what: ENTITY });
    return categoryView(category);
  }

  return {
    async list(): Promise<IncidentCategoryView[]> {
      return (await catalogue.current()).map(categoryView);
    },

    /**
     * Saves the setting of `code` over `input.version` (0: there is none yet). 400 naming each problem's
     * field; 409 stale_version when someone saved or removed it since.
     */
    async save(actor: Actor, code: string, input: CategorySettingInput, context: RequestContext, lang: Language): Promise<IncidentCategoryView> {
      requireNationalAdmin(actor);
      await db.transaction(async (tx) => {
        await takeTurn(tx);
        const repo = createCategorySettingsRepo(tx);
        const settings = await repo.all();
        const before = settings.find((setting) => setting.code === code) ?? null;
        const problems = settingProblems(code, input, effectiveCatalogue(settings));
        if (problems.length > 0) {
          // Worded like the schema's own refusals ("keywords/3: …; code: …"), so a form puts each at its field.
          const detail = problems.map((problem) => `${problem.field.replaceAll('.', '/')}: ${settingProblemText(lang, problem)}`).join('; ');
          throw new AppError('invalid', 400, { detail });
        }
        const held = before?.version ?? 0;
        if (input.version !== held) {
          const changed = held === 0 ? ['removed'] : await fieldsChangedSince(tx, ENTITY, code, input.version);
          throw staleVersion(changed, { version: held });
        }
        const { version: _version, ...fields } = input;
        const now = clock.now();
        const written: SettingFields = { code, ...fields };
        const saved = before ? await repo.update(code, held, written, actor.userId, now) : await repo.insert(code, written, actor.userId, now);
        if (!saved) throw staleVersion([], { version: held });
        await announce(tx, code);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: before ? 'incident_category.update' : 'incident_category.create',
          entityType: ENTITY, entityId: code, regionCode: null, ip: context.ip, client: context.client, at: now,
          changes: changedFields(audited(before), audited({ ...written, version: held + 1 })),
        });
      });
      return viewOf(code);
    },

    /**
     * Removes the setting of `code` (at `version`): a default is as categories.ts has it again; a
     * category the desk added goes, unless reports (or waiting messages) have it: 409, switch it off instead.
     */
    async remove(actor: Actor, code: string, version: number, context: RequestContext): Promise<IncidentCategoryView | null> {
      requireNationalAdmin(actor);
      await db.transaction(async (tx) => {
        await takeTurn(tx);
        const repo = createCategorySettingsRepo(tx);
        const before = await repo.getForUpdate(code);
        if (!before) {
          if (incidentCategory(code)) throw new AppError('conflict', 409, { detail: 'incident_category.no_setting' });
          throw new AppError('not_found', 404, { what: ENTITY });
        }
        if (before.version !== version) throw staleVersion(await fieldsChangedSince(tx, ENTITY, code, version), { version: before.version });
        const isDefault = incidentCategory(code) !== null;
        if (!isDefault && (await repo.inUse(code))) throw new AppError('conflict', 409, { detail: 'incident_category.in_use' });
        await repo.remove(code);
        await announce(tx, code);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'incident_category.remove',
          entityType: ENTITY, entityId: code, regionCode: null, ip: context.ip, client: context.client, at: clock.now(),
          changes: changedFields(audited(before), null),
        });
      });
      catalogue.invalidate();
      return incidentCategory(code) ? viewOf(code) : null;
    },
  };
}

export type IncidentCategoryService = ReturnType<typeof createIncidentCategoryService>;
