/**
 * Kemendagri region codes (Permendagri 58/2021): `PP`, `PP.KK`, `PP.KK.CC`, `PP.KK.CC.DDDD`.
 * Codes are strings everywhere: leading zeros and dots are part of the key.
 */

export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_KINDS = [
  'provinsi',
  'kabupaten',
  'kota',
  'kabupaten_administrasi',
  'kota_administrasi',
  'kecamatan',
  'desa',
  'kelurahan',
  'desa_adat',
] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

const CODE_PATTERN = /^(\d{2})(?:\.(\d{2})(?:\.(\d{2})(?:\.(\d{4}))?)?)?$/;

export interface ParsedCode {
  code: string;
  level: RegionLevel;
  provinceCode: string;
  regencyCode: string | null;
  districtCode: string | null;
  parentCode: string | null;
}

/** Parses a region code; returns null when it is not a well-formed Kemendagri code. */
export function parseRegionCode(input: string): ParsedCode | null {
  const match = CODE_PATTERN.exec(input);
  if (!match) return null;
  const [, pp, kk, cc, dddd] = match as unknown as [string, string, string?, string?, string?];
  if (pp === '00' || kk === '00' || cc === '00' || dddd === '0000') return null;
  const provinceCode = pp;
  const regencyCode = kk ? `${pp}.${kk}` : null;
  const districtCode = cc ? `${regencyCode}.${cc}` : null;
  const level: RegionLevel = dddd ? 'village' : cc ? 'district' : kk ? 'regency' : 'province';
  const parentCode =
    level === 'village' ? districtCode : level === 'district' ? regencyCode : level === 'regency' ? provinceCode : null;
  return { code: input, level, provinceCode, regencyCode, districtCode, parentCode };
}

/** True when `code` is a well-formed Kemendagri region code. */
export function isRegionCode(code: string): boolean {
  return parseRegionCode(code) !== null;
}

/** True when `code` lies in the subtree rooted at `root` (a region is inside its own subtree). */
export function isWithin(code: string, root: string): boolean {
  return code === root || code.startsWith(`${root}.`);
}

/**
 * The kind of a region from its code and official name. Regencies numbered 71–99 are cities;
 * Jakarta's non-autonomous units carry "Administrasi" in their names; a village's first digit
 * says desa (2), kelurahan (1) or desa adat (3).
 */
export function regionKind(code: string, name: string): RegionKind {
  const parsed = parseRegionCode(code);
  if (!parsed) throw new Error(`invalid region code: ${code}`);
  switch (parsed.level) {
    case 'province':
      return 'provinsi';
    case 'district':
      return 'kecamatan';
    case 'village': {
      const first = code.slice(-4, -3);
      return first === '1' ? 'kelurahan' : first === '3' ? 'desa_adat' : 'desa';
    }
    case 'regency': {
      const isCity = Number(code.slice(3, 5)) >= 71;
      const administrative = /\badministrasi\b/i.test(name);
      if (isCity) return administrative ? 'kota_administrasi' : 'kota';
      return administrative ? 'kabupaten_administrasi' : 'kabupaten';
    }
  }
}
