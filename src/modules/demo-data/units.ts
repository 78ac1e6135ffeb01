import type { RawClient } from '../../db/client.js';
import { copyInto } from './bulk.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * The demo desk's offices: five per province, four per kabupaten/kota (about 2,250 units). Those a
 * database already has (a second run with --append) are kept, not made again.
 */

export interface Units {
  /** Units by region code (a province or a kabupaten/kota), each with its agency, in id order. */
  at: Map<string, { id: number; agency: string }[]>;
  count: number;
}

const PROVINCE_AGENCIES = ['KESBANGPOL', 'KPU', 'BAWASLU', 'POLRI', 'TNI'] as const;
const REGENCY_AGENCIES = ['KESBANGPOL', 'KPU', 'BAWASLU', 'POLRI'] as const;
const AGENCY_TITLES: Record<string, string> = { KESBANGPOL: 'Badan Kesbangpol', KPU: 'KPU', BAWASLU: 'Bawaslu', POLRI: 'Polres', TNI: 'Kodim' };

export async function ensureUnits(client: RawClient, gazetteer: Gazetteer): Promise<Units & { created: number }> {
  const wanted: string[][] = [];
  for (const p of gazetteer.provinces) {
    for (const agency of PROVINCE_AGENCIES) wanted.push([agency, p.code, `${agency === 'POLRI' ? 'Polda' : agency === 'TNI' ? 'Korem' : AGENCY_TITLES[agency]} Provinsi ${p.name}`]);
    for (const r of p.regencies) for (const agency of REGENCY_AGENCIES) wanted.push([agency, r.code, `${AGENCY_TITLES[agency]} ${r.name}`]);
  }
  const existing = new Set((await client.query<{ key: string }>(`select agency_code || '|' || region_code || '|' || name as key from units`)).map((u) => u.key));
  const created = await copyInto(client, 'units', ['agency_code', 'region_code', 'name'], wanted.filter((row) => !existing.has(row.join('|'))));
  // In id order, so that a seed draws the same units on every run and engine.
  const stored = await client.query<{ id: number; agency_code: string; region_code: string }>('select id, agency_code, region_code from units order by id');
  const at = new Map<string, { id: number; agency: string }[]>();
  for (const u of stored) {
    const list = at.get(u.region_code) ?? [];
    list.push({ id: Number(u.id), agency: u.agency_code });
    at.set(u.region_code, list);
  }
  return { at, count: stored.length, created };
}

/** The units of the kabupaten/kota (or province) a region code lies in. */
export function unitsNear(units: Units, regionCode: string): { id: number; agency: string }[] {
  const regency = regionCode.split('.').slice(0, 2).join('.');
  return units.at.get(regency) ?? units.at.get(regionCode.slice(0, 2)) ?? [];
}
