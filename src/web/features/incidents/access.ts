import type { Role } from '../../accountsApi';

// The web app only hides what a role cannot use; the server decides (src/domain/incidents/permissions.ts).

/** Roles that triage reports and gateway messages in their region. */
export const TRIAGERS: readonly Role[] = ['admin', 'coordinator', 'officer'];
