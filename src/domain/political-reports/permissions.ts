import { can, type Principal } from '../access/rules.js';
import { isWithin, parseRegionCode } from '../regions/codes.js';
import type { PoliticalReportLevel } from './vocabulary.js';

/** The level a region reports at: a province reports to the centre, a kabupaten/kota to its province. */
export function levelOfRegion(regionCode: string): PoliticalReportLevel | null {
  const level = parseRegionCode(regionCode)?.level;
  return level === 'province' ? 'provinsi' : level === 'regency' ? 'kabkota' : null;
}

/** Who reads a region's reports: whoever reads the region. */
export const mayReadReport = (p: Principal, regionCode: string) => can(p, 'read', { regionCode });

/** Who writes, drafts and submits: administrators, coordinators and officers whose scope holds the region. */
export const mayAuthorReport = (p: Principal, regionCode: string) =>
  (p.role === 'admin' || p.role === 'coordinator' || p.role === 'officer') && can(p, 'write', { regionCode });

/**
 * Who reviews a region's report: an administrator or coordinator whose scope holds the region and
 * lies strictly above it: national accounts for anything, a province for its kabupaten/kota. A
 * kabupaten/kota desk never accepts its own report, a province never its own.
 */
export function mayReviewReport(p: Principal, regionCode: string): boolean {
  if (p.role !== 'admin' && p.role !== 'coordinator') return false;
  if (p.regionCode === null) return true;
  return p.regionCode !== regionCode && isWithin(regionCode, p.regionCode);
}

/** Who manages schedules: administrators, and coordinators for schedules inside their scope (national: national ones only). */
export const mayManageSchedule = (p: Principal, regionCode: string | null) =>
  (p.role === 'admin' || p.role === 'coordinator') && can(p, 'write', { regionCode });

/** Who manages templates: national administrators. */
export const mayManageTemplates = (p: Principal) => p.role === 'admin' && p.regionCode === null;
