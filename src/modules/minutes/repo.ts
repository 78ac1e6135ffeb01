import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { MinutesLookups } from '../../domain/minutes/types.js';

type Executor = Pick<Db, 'execute'>;

const list = <T>(values: readonly T[]) => sql.join([...new Set(values)].map((v) => sql`${v}`), sql`, `);

/** Names the minutes print beyond the meeting page: regions, units of signatories, positions of invited people. */
export function createMinutesRepo(db: Executor) {
  return {
    async lookups(want: { regionCodes: string[]; unitIds: number[]; personIds: number[]; organiserRegionCode: string }): Promise<MinutesLookups> {
      const regionCodes = [...want.regionCodes, want.organiserRegionCode];
      const [regions, units, people] = await Promise.all([
        db.execute(sql`select code, name from regions where code in (${list(regionCodes)})`),
        want.unitIds.length ? db.execute(sql`select id, name from units where id in (${list(want.unitIds)})`) : null,
        want.personIds.length
          ? db.execute(sql`select p.id, p.position, u.name as unit_name from people p left join units u on u.id = p.unit_id where p.id in (${list(want.personIds)})`)
          : null,
      ]);
      const regionNames = Object.fromEntries(regions.rows.map((r) => [String(r.code), String(r.name)]));
      return {
        regionNames,
        unitNames: Object.fromEntries((units?.rows ?? []).map((r) => [Number(r.id), String(r.name)])),
        people: Object.fromEntries((people?.rows ?? []).map((r) => [
          Number(r.id), { position: (r.position as string | null) ?? null, unitName: (r.unit_name as string | null) ?? null },
        ])),
        organiserRegionName: regionNames[want.organiserRegionCode] ?? null,
      };
    },
  };
}
