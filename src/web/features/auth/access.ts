import type { Role } from '../../accountsApi';

// The web app only hides what a role cannot use; the server decides (src/domain/access/rules.ts).
export const ROLES = ['admin', 'coordinator', 'officer', 'viewer', 'reporter'] as const satisfies readonly Role[];

/** Roles that manage accounts, units and tokens and read the audit trail. */
export const MANAGERS: readonly Role[] = ['admin', 'coordinator'];

/** Roles that may read data inside their scope (a reporter only submits). */
export const READERS: readonly Role[] = ['admin', 'coordinator', 'officer', 'viewer'];

/** Roles a signed-in role may hand out: admins any, coordinators any below admin, nobody else. */
export function grantableRoles(role: Role): Role[] {
  if (role === 'admin') return [...ROLES];
  if (role === 'coordinator') return ['coordinator', 'officer', 'viewer', 'reporter'];
  return [];
}

export function allows(allowed: readonly Role[], role: Role | undefined): boolean {
  return role !== undefined && allowed.includes(role);
}

/** The server's minimum password length (src/domain/access/session-policy.ts), checked here to help early. */
export const PASSWORD_MIN = 12;
