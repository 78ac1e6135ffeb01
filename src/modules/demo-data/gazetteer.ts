import type { RawClient } from '../../db/client.js';
import { isKelurahanCode, regencyWeight } from '../../domain/demo-data/population.js';
import { weightedSampler, type Random } from '../../domain/demo-data/random.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';

/**
 * The gazetteer as lists to draw demo regions from (about 92k codes; a few MB in memory), each
 * kabupaten/kota weighted by its size as a stand-in for population (domain/demo-data/population.ts).
 */

export interface Regency {
  code: string;
  name: string;
  provinceCode: string;
  timeZone: TimeZoneLabel;
  districts: string[];
  villages: string[];
  weight: number;
}

export interface Province {
  code: string;
  name: string;
  timeZone: TimeZoneLabel;
  regencies: Regency[];
  districts: string[];
  villages: string[];
  /** The sum of its kabupaten/kota's weights. */
  weight: number;
}

export interface Gazetteer {
  provinces: Province[];
  regencies: Regency[];
  byCode: Map<string, Province>;
  /** Names of provinces and kabupaten/kota. */
  names: Map<string, string>;
}

export async function readGazetteer(client: RawClient): Promise<Gazetteer> {
  const rows = await client.query<{ code: string; level: number; name: string; province_code: string; regency_code: string | null; time_zone: TimeZoneLabel }>(
    'select code, level, name, province_code, regency_code, time_zone from regions order by code',
  );
  const byCode = new Map<string, Province>();
  const regencyAt = new Map<string, Regency>();
  const names = new Map<string, string>();
  const kelurahan = new Map<string, number>();
  for (const row of rows) {
    const level = Number(row.level);
    if (level <= 2) names.set(row.code, row.name);
    if (level === 1) byCode.set(row.code, { code: row.code, name: row.name, timeZone: row.time_zone, regencies: [], districts: [], villages: [], weight: 0 });
  }
  for (const row of rows) {
    const level = Number(row.level);
    const province = byCode.get(row.province_code);
    if (!province || level === 1) continue;
    if (level === 2) {
      const regency: Regency = { code: row.code, name: row.name, provinceCode: province.code, timeZone: row.time_zone, districts: [], villages: [], weight: 0 };
      province.regencies.push(regency);
      regencyAt.set(row.code, regency);
      continue;
    }
    const regency = row.regency_code ? regencyAt.get(row.regency_code) : undefined;
    if (level === 3) {
      province.districts.push(row.code);
      regency?.districts.push(row.code);
    } else {
      province.villages.push(row.code);
      regency?.villages.push(row.code);
      if (regency && isKelurahanCode(row.code)) kelurahan.set(regency.code, (kelurahan.get(regency.code) ?? 0) + 1);
    }
  }
  const regencies = [...regencyAt.values()];
  for (const regency of regencies) {
    const urban = kelurahan.get(regency.code) ?? 0;
    regency.weight = regencyWeight({ desa: regency.villages.length - urban, kelurahan: urban });
    byCode.get(regency.provinceCode)!.weight += regency.weight;
  }
  return { provinces: [...byCode.values()], regencies, byCode, names };
}

/** Provinces by weight, for what happens at province level or in a province's kabupaten/kota. */
export const provinceTable = (gazetteer: Gazetteer): (readonly [Province, number])[] => gazetteer.provinces.map((p) => [p, Math.max(1, p.weight)] as const);

export const regencySampler = (gazetteer: Gazetteer): ((rnd: Random) => Regency) => weightedSampler(gazetteer.regencies.map((r) => [r, r.weight] as const));

/** A region inside `regency` at the depth reports name: mostly a desa, sometimes a kecamatan or only the kabupaten/kota. */
export function regionIn(rnd: Random, regency: Regency): string {
  const depth = rnd.next();
  if (depth < 0.72 && regency.villages.length) return rnd.pick(regency.villages);
  if (depth < 0.88 && regency.districts.length) return rnd.pick(regency.districts);
  return regency.code;
}
