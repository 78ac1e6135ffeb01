/**
 * The situation room's dashboard panels (issue 10) in the hostile-input suite's endpoint table
 * (family 'dashboard'): five reads that take one optional region, each answered for the hostile
 * suite's national administrator (HOSTILE_ADMIN) over Bali.
 */
import type { EndpointSpec } from './spec.js';

const family = 'dashboard';

export const DASHBOARD_ENDPOINTS: EndpointSpec[] = ['election', 'incidents', 'alerts', 'regions', 'follow-up'].map((panel) => ({
  method: 'GET', url: `/api/v1/dashboard/${panel}`, auth: 'session', family,
  fields: [{ in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 }],
  example: { query: { region: '51' } },
}));
