import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { incidentCategorySettings } from '../../db/schema/index.js';
import type { CategorySetting } from '../../domain/incidents/category-catalogue.js';
import type { ClockOverrides } from '../../domain/incidents/categories.js';
import type { AgencyCode } from '../../domain/agencies/catalogue.js';
import type { ClockCode } from '../../domain/incidents/regime.js';
import type { IncidentSeverity } from '../../domain/incidents/vocabulary.js';

type Executor = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;
type Row = typeof incidentCategorySettings.$inferSelect;

/** The fields a desk saves (the row without its bookkeeping). */
export type SettingFields = Omit<CategorySetting, 'version'>;

const toSetting = (row: Row): CategorySetting => ({
  code: row.code, name: { id: row.nameId, en: row.nameEn }, keywords: row.keywords, defaultSeverity: row.defaultSeverity as IncidentSeverity,
  referralAgency: row.referralAgency as AgencyCode, alsoConcerns: row.alsoConcerns as AgencyCode[], clocks: row.clocks as ClockCode[],
  clockRules: (row.clockRules ?? {}) as ClockOverrides, active: row.active, version: row.version,
});

const columns = (fields: SettingFields) => ({
  nameId: fields.name.id, nameEn: fields.name.en, keywords: [...fields.keywords], defaultSeverity: fields.defaultSeverity,
  referralAgency: fields.referralAgency, alsoConcerns: [...fields.alsoConcerns], clocks: [...fields.clocks], clockRules: fields.clockRules, active: fields.active,
});

/** incident_category_settings: a desk's overrides and additions to the default catalogue. */
export function createCategorySettingsRepo(db: Executor) {
  return {
    async all(): Promise<CategorySetting[]> {
      return (await db.select().from(incidentCategorySettings)).map(toSetting);
    },

    /** The setting of `code`, locked for the rest of the transaction so two saves take turns. */
    async getForUpdate(code: string): Promise<CategorySetting | null> {
      const [row] = await db.select().from(incidentCategorySettings).where(eq(incidentCategorySettings.code, code)).for('update');
      return row ? toSetting(row) : null;
    },

    /** A first setting for `code`; false when another save made one first. */
    async insert(code: string, fields: SettingFields, by: string | null, at: Date): Promise<boolean> {
      const rows = await db.insert(incidentCategorySettings).values({ code, ...columns(fields), updatedBy: by, updatedAt: at, version: 1 })
        .onConflictDoNothing().returning({ code: incidentCategorySettings.code });
      return rows.length > 0;
    },

    /** Saves over version `version`; false when it is no longer that version. */
    async update(code: string, version: number, fields: SettingFields, by: string | null, at: Date): Promise<boolean> {
      const rows = await db.update(incidentCategorySettings)
        .set({ ...columns(fields), updatedBy: by, updatedAt: at, version: sql`${incidentCategorySettings.version} + 1` })
        .where(and(eq(incidentCategorySettings.code, code), eq(incidentCategorySettings.version, version)))
        .returning({ code: incidentCategorySettings.code });
      return rows.length > 0;
    },

    async remove(code: string): Promise<void> {
      await db.delete(incidentCategorySettings).where(eq(incidentCategorySettings.code, code));
    },

    /** Whether any report (or a message waiting in triage) has this category: such a category cannot go away. */
    async inUse(code: string): Promise<boolean> {
      const rows = await db.execute<{ used: boolean }>(sql`select exists (select 1 from incidents where category = ${code})
        or exists (select 1 from incident_triage where category = ${code}) as used`);
      return Boolean(rows.rows[0]?.used);
    },
  };
}
