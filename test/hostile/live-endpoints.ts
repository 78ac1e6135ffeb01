/**
 * The live feed (Server-Sent Events of incidents and alerts) in the hostile-input suite's endpoint
 * table. The suite's app ends every stream after a few milliseconds, so an accepted request comes
 * back as a short stream instead of one that never ends.
 *
 * The entries form the family 'live' (one contract, one module).
 */
import type { EndpointSpec } from './spec.js';

export const LIVE_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'GET', url: '/api/v1/live/events', auth: 'session', family: 'live', produces: 'text/event-stream',
    fields: [{ in: 'query', name: 'types', kind: 'text', maxLength: 200 }],
    example: { query: { types: 'incident,alert' } },
  },
];
