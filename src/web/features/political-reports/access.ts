import type { CurrentUser } from '../../accountsApi';
import type { ReportState } from './api';

// The web app only offers what the server would allow (src/modules/political-reports decides):
// authors write inside their scope, reviewers sit strictly above the report's region.

type Account = Pick<CurrentUser, 'role' | 'scopeRegionCode'> | undefined;

/** Whether `code` is `scope` or lies beneath it (null scope: the whole country). */
export function withinScope(scope: string | null, code: string): boolean {
  return scope === null || code === scope || code.startsWith(`${scope}.`);
}

/** Whether the account may write (draft, submit, file incidental reports) for a region. */
export function mayAuthor(user: Account, regionCode: string): boolean {
  if (!user || !['admin', 'coordinator', 'officer'].includes(user.role)) return false;
  return withinScope(user.scopeRegionCode, regionCode);
}

/** Whether the account may review a region's report: admin/coordinator strictly above the region. */
export function mayReview(user: Account, regionCode: string): boolean {
  if (!user || !['admin', 'coordinator'].includes(user.role)) return false;
  const scope = user.scopeRegionCode;
  return scope === null || (regionCode !== scope && regionCode.startsWith(`${scope}.`));
}

/** Whether an author can still change the content: nothing accepted or awaiting review. */
export function editable(state: ReportState): boolean {
  return state === 'belum' || state === 'draf' || state === 'dikembalikan';
}

/** The review steps the state allows (the server answers 409 to any other). */
export function reviewSteps(state: ReportState): Array<'mulai' | 'kembalikan' | 'terima'> {
  if (state === 'terkirim') return ['mulai', 'kembalikan', 'terima'];
  if (state === 'ditinjau') return ['kembalikan', 'terima'];
  return [];
}

/** A province report (one-segment region code) can pull in its kabupaten/kota summaries. */
export function isProvince(regionCode: string): boolean {
  return !regionCode.includes('.');
}
