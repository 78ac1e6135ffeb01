import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { incidents, neutralityCases, pactCampaigns, pactTargets, units } from '../../db/schema/index.js';
import type { NeutralityCaseInput } from '../../contracts/neutrality.js';
import type { DbOrTx } from '../audit/repo.js';

export type NeutralityCaseRow = typeof neutralityCases.$inferSelect & {
  unitName: string | null;
  pactTarget: { name: string; campaignId: number; campaignTitle: string; state: string; regionCode: string } | null;
};

type Fields = Omit<NeutralityCaseInput, 'version'>;

export function createNeutralityCaseRepo(db: DbOrTx) {
  return {
    async get(incidentId: number): Promise<NeutralityCaseRow | null> {
      const rows = await db
        .select({
          row: neutralityCases, unitName: units.name,
          targetName: pactTargets.name, campaignId: pactTargets.campaignId, targetState: pactTargets.state, targetRegion: pactTargets.regionCode,
          campaignTitle: pactCampaigns.title,
        })
        .from(neutralityCases)
        .leftJoin(units, eq(units.id, neutralityCases.unitId))
        .leftJoin(pactTargets, eq(pactTargets.id, neutralityCases.pactTargetId))
        .leftJoin(pactCampaigns, eq(pactCampaigns.id, pactTargets.campaignId))
        .where(eq(neutralityCases.incidentId, incidentId));
      const found = rows[0];
      if (!found) return null;
      const pactTarget = found.targetName !== null && found.campaignId !== null
        ? { name: found.targetName, campaignId: found.campaignId, campaignTitle: found.campaignTitle ?? '', state: found.targetState ?? '', regionCode: found.targetRegion ?? '' }
        : null;
      return { ...found.row, unitName: found.unitName, pactTarget };
    },

    /** Inserts the first version of a case; false when one exists already (a concurrent first save). */
    async insert(incidentId: number, fields: Fields, userId: string, now: Date): Promise<boolean> {
      const rows = await db.insert(neutralityCases).values({ incidentId, ...fields, updatedBy: userId, updatedAt: now })
        .onConflictDoNothing().returning({ id: neutralityCases.incidentId });
      return rows.length === 1;
    },

    /** Saves over `version`; false when the case moved on since. */
    async update(incidentId: number, version: number, fields: Fields, userId: string, now: Date): Promise<boolean> {
      const rows = await db.update(neutralityCases)
        .set({ ...fields, updatedBy: userId, updatedAt: now, version: sql`${neutralityCases.version} + 1` })
        .where(and(eq(neutralityCases.incidentId, incidentId), eq(neutralityCases.version, version)))
        .returning({ id: neutralityCases.incidentId });
      return rows.length === 1;
    },

    async unitRegion(unitId: number): Promise<string | null> {
      const rows = await db.select({ regionCode: units.regionCode }).from(units).where(eq(units.id, unitId));
      return rows[0]?.regionCode ?? null;
    },

    async pactTargetRegion(targetId: number): Promise<string | null> {
      const rows = await db.select({ regionCode: pactTargets.regionCode }).from(pactTargets).where(eq(pactTargets.id, targetId));
      return rows[0]?.regionCode ?? null;
    },

    /** Cases recorded against one pact target, newest report first, with what the reader needs to judge access. */
    async forPactTarget(targetId: number) {
      return db
        .select({
          incidentId: incidents.id, reference: incidents.reference, occurredAt: incidents.occurredAt, regionCode: incidents.regionCode,
          createdBy: incidents.createdBy, status: incidents.status, referredUnitId: incidents.referredUnitId,
          personName: neutralityCases.personName, outcome: neutralityCases.outcome,
        })
        .from(neutralityCases)
        .innerJoin(incidents, eq(incidents.id, neutralityCases.incidentId))
        .where(eq(neutralityCases.pactTargetId, targetId))
        .orderBy(desc(incidents.occurredAt));
    },
  };
}

export type { Db };
