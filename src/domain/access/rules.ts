import { isWithin } from '../regions/codes.js';

export const ROLES = ['admin', 'coordinator', 'officer', 'viewer', 'reporter'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['read', 'write', 'submit', 'manage_accounts', 'read_audit'] as const;
export type Action = (typeof ACTIONS)[number];

/** What each role may do at all; where it may do it is its scope. */
const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ACTIONS,
  coordinator: ['read', 'write', 'submit', 'manage_accounts', 'read_audit'],
  officer: ['read', 'write', 'submit'],
  viewer: ['read'],
  reporter: ['submit'],
};

/**
 * Who is acting and where. `regionCode` null means the whole country (only admins and national
 * desk accounts); an officer also works for one unit.
 */
export interface Principal {
  role: Role;
  regionCode: string | null;
  unitId: number | null;
}

/** What is acted upon: its region (null for national objects) and, when it has one, its unit. */
export interface Target {
  regionCode: string | null;
  unitId?: number | null;
}

/** True when the region lies inside the principal's region subtree. */
export function inScope(principal: Principal, regionCode: string | null): boolean {
  if (principal.regionCode === null) return true;
  return regionCode !== null && isWithin(regionCode, principal.regionCode);
}

/**
 * Whether `principal` may do `action` on `target`. Officers change only their own unit's objects;
 * everyone else works anywhere inside their region subtree.
 */
export function can(principal: Principal, action: Action, target: Target): boolean {
  if (!ROLE_ACTIONS[principal.role].includes(action)) return false;
  if (!inScope(principal, target.regionCode)) return false;
  if (principal.role === 'officer' && action === 'write' && target.unitId != null) {
    return target.unitId === principal.unitId;
  }
  return true;
}

/** Roles a principal may hand out: admins any, coordinators any below admin, nobody else. */
export function grantableRoles(principal: Principal): Role[] {
  if (principal.role === 'admin') return [...ROLES];
  if (principal.role === 'coordinator') return ['coordinator', 'officer', 'viewer', 'reporter'];
  return [];
}

/**
 * Whether `principal` may create or change an account (or token) with this role and scope: it
 * must be a role they may grant, with a scope inside their own, so nobody gives more than they have.
 */
export function canGrant(principal: Principal, grant: Principal): boolean {
  if (!grantableRoles(principal).includes(grant.role)) return false;
  if (principal.regionCode === null) return true;
  return grant.regionCode !== null && isWithin(grant.regionCode, principal.regionCode);
}

/** The SQL-side form of a scope: the region codes whose subtrees may be listed, or null for all. */
export function visibleRoots(principal: Principal): string[] | null {
  return principal.regionCode === null ? null : [principal.regionCode];
}
