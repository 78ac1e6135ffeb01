import type { Principal, Role } from '../access/rules.js';

/** News is public information shared across the desk network: every desk role reads all of it. */
const READERS: readonly Role[] = ['admin', 'coordinator', 'officer', 'viewer'];
/** Adding, reviewing, dismissing and linking articles is desk work. */
const EDITORS: readonly Role[] = ['admin', 'coordinator', 'officer'];

export const mayReadArticles = (principal: Principal): boolean => READERS.includes(principal.role);
export const mayEditArticles = (principal: Principal): boolean => EDITORS.includes(principal.role);
