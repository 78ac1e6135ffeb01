import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboardDesk, type Who } from '../modules/dashboard/test-desk.js';

/**
 * The authorization matrix of the dashboard panels (issue 10): every reader (admin, coordinator,
 * officer, viewer) reads its own scope and any region inside it; a region outside the scope is 403
 * (Bangli's coordinator asking for Bali, Bali's for NTB); reporters read no panel (403); without a
 * session 401.
 */
type Caller = Who | 'anonymous';
const CALLERS: Caller[] = ['admin', 'bali', 'bangli', 'ntb', 'officer', 'viewer', 'reporter', 'anonymous'];
const PANELS = ['election', 'incidents', 'alerts', 'regions', 'follow-up'] as const;

interface Row { own: number; bali: number; bangli: number; ntb: number }
const EXPECTED: Record<Caller, Row> = {
  admin: { own: 200, bali: 200, bangli: 200, ntb: 200 },
  bali: { own: 200, bali: 200, bangli: 200, ntb: 403 },
  bangli: { own: 200, bali: 403, bangli: 200, ntb: 403 },
  ntb: { own: 200, bali: 403, bangli: 403, ntb: 200 },
  officer: { own: 200, bali: 403, bangli: 200, ntb: 403 },
  viewer: { own: 200, bali: 200, bangli: 200, ntb: 403 },
  reporter: { own: 403, bali: 403, bangli: 403, ntb: 403 },
  anonymous: { own: 401, bali: 401, bangli: 401, ntb: 401 },
};

let desk: Awaited<ReturnType<typeof openDashboardDesk>>;

beforeAll(async () => {
  desk = await openDashboardDesk();
});
afterAll(async () => desk?.close());

describe('dashboard authorization matrix', () => {
  it.each(CALLERS.flatMap((who) => PANELS.map((panel) => [who, panel] as const)))('as %s: %s', async (who, panel) => {
    const as = who === 'anonymous' ? null : who;
    const status = async (query: string) => (await desk.call(as, `/dashboard/${panel}${query}`)).statusCode;
    const seen: Row = { own: await status(''), bali: await status('?region=51'), bangli: await status('?region=51.06'), ntb: await status('?region=52') };
    expect(seen).toEqual(EXPECTED[who]);
  });
});
