import type { Role } from '../../accountsApi';

// The web app only hides what a role cannot use; the server decides.

/** Roles that add, review, dismiss and link articles. */
export const MEDIA_WRITERS: readonly Role[] = ['admin', 'coordinator', 'officer'];

/** Roles that configure the news feeds the desk polls. */
export const FEED_MANAGERS: readonly Role[] = ['admin', 'coordinator'];
