import type { Role } from '../../accountsApi';

/**
 * Roles that may schedule a meeting: the server lets anyone who writes for a unit organise one
 * (officers for their own unit), so the web offers "New meeting" to the same roles.
 */
export const MEETING_CREATORS: readonly Role[] = ['admin', 'coordinator', 'officer'];
