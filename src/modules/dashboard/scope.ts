import { can, inScope, type Principal } from '../../domain/access/rules.js';
import { dashboardZone } from '../../domain/dashboard/days.js';
import { AppError } from '../../domain/errors.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { Actor } from '../auth/actor.js';
import type { DashboardRepo } from './repo.js';

/** The region a dashboard shows, its zone, and the actor its panels read other features as. */
export interface DashboardScope {
  region: { code: string; name: string; level: number } | null;
  code: string | null;
  zone: TimeZoneLabel;
  reader: Actor;
}

/** No account: the panels read other services as the principal itself, never as a user who could be audited or notified. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** An actor that only reads, for services that take one (the situation report has a principal, not a request). */
export function readerOf(principal: Principal): Actor {
  return { type: 'user', userId: NOBODY, label: 'dashboard', principal, language: 'id' };
}

/**
 * The region asked for (default: the caller's scope; national accounts: the whole country),
 * checked: readers only (not reporters), 404 for a code not in the gazetteer, 403 outside the scope.
 */
export async function resolveScope(repo: DashboardRepo, principal: Principal, regionCode: string | null | undefined): Promise<DashboardScope> {
  if (!can(principal, 'read', { regionCode: principal.regionCode })) throw new AppError('forbidden', 403);
  const code = regionCode ?? principal.regionCode;
  const reader = readerOf(principal);
  if (code === null) return { region: null, code: null, zone: dashboardZone(null), reader };
  const region = await repo.region(code);
  if (!region) throw new AppError('not_found', 404, { what: 'region' });
  if (!inScope(principal, region.code)) throw new AppError('forbidden', 403);
  return { region, code: region.code, zone: dashboardZone(region.code), reader };
}

/** The scope fields every panel answers with. */
export const scopeFields = (scope: DashboardScope) => ({
  region: scope.region && { code: scope.region.code, name: scope.region.name },
  timeZone: scope.zone,
});
