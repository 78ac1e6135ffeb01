import type { Principal } from '../../domain/access/rules.js';

/** Who a request acts as, resolved once per request by the auth plugin and passed to services. */
export interface Actor {
  type: 'user' | 'token';
  userId: string;
  /** The API token the request came with (absent for a session): the gateway's write budget is counted per token. */
  tokenId?: number | null;
  /** What the audit trail shows: the account's email, or the token's name and owner. */
  label: string;
  principal: Principal;
  language: 'id' | 'en';
}

/** Where a request came from, for the audit trail and throttling. */
export interface RequestContext {
  ip: string | null;
  client: string | null;
}
