import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../test/helpers.js';

/**
 * The authorization matrix of incident reports (issue 7): every actor × every endpoint, with a report
 * inside Bali (Apuan, a desa of Bangli, 51.06.01.2001) and one outside (Lombok Barat, 52.01). The rules
 * (src/domain/incidents/permissions.ts): anyone who may submit in a region files a report there (a
 * viewer may not); a report is read by whoever reads its region and by the unit it was referred to,
 * a reporter reads only its own; triage is for those who write in the region, the follow-up for the
 * receiving unit's officers and coordinators; the reporter's contact only for coordinators,
 * administrators and the receiving unit.
 */
type Who = 'admin' | 'national' | 'coordinator' | 'ntb' | 'officer' | 'kpuOfficer' | 'viewer' | 'reporter' | 'anonymous';
const WHO: Who[] = ['admin', 'national', 'coordinator', 'ntb', 'officer', 'kpuOfficer', 'viewer', 'reporter', 'anonymous'];
type Where = 'inside' | 'outside';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
const cookies: Partial<Record<Who, string>> = {};
const region: Record<Where, string> = { inside: '51.06.01.2001', outside: '52.01' };
/** Where each side's reports happened, so that the map shows them. */
const position: Record<Where, { latitude: number; longitude: number }> = { inside: { latitude: -8.43, longitude: 115.36 }, outside: { latitude: -8.6, longitude: 116.1 } };
const incident: Record<Where, number> = { inside: 0, outside: 0 };
/** The unit each side's reports are referred to: Bawaslu Bangli (the officer's) and Bawaslu Lombok Barat. */
const receiving: Record<Where, number> = { inside: 0, outside: 0 };

function request(who: Who, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
  return requestAs(ctx.app, cookies[who], method, url, payload);
}

const report = (where: Where) => ({
  category: 'politik_uang', regime: 'pilkada', description: `Pembagian amplop (${where})`, occurredAt: '2024-11-19T12:00:00Z',
  knownAt: '2024-11-20T03:00:00Z', regionCode: region[where], ...position[where], reporterName: 'Saksi', reporterContact: '0812 0000 1111',
});

async function submitAsAdmin(where: Where): Promise<number> {
  const response = await request('admin', 'POST', '/incidents', report(where));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** A fresh report referred to the receiving unit of its side, ready for a follow-up. */
async function referred(where: Where): Promise<number> {
  const id = await submitAsAdmin(where);
  await request('admin', 'POST', `/incidents/${id}/transitions`, { action: 'verifikasi', reason: 'Benar', version: 1 });
  const response = await request('admin', 'POST', `/incidents/${id}/transitions`, { action: 'teruskan', reason: 'Ke Bawaslu', unitId: receiving[where], version: 2 });
  expect(response.statusCode, response.body).toBe(200);
  return id;
}

beforeAll(async () => {
  // Dozens of set-up writes by one administrator within one fixed minute: the write rate limit is not what is tested here.
  ctx = await openTestApp({ now: () => new Date('2024-11-20T04:00:00Z') }, { writesPerMinute: Number.MAX_SAFE_INTEGER });
  receiving.inside = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  receiving.outside = await createTestUnit(ctx.database, 'BAWASLU', '52.01', 'Bawaslu Kabupaten Lombok Barat');
  const kpu = await createTestUnit(ctx.database, 'KPU', '51.06', 'KPU Kabupaten Bangli');
  const password = 'incident matrix password';
  const users: Record<Exclude<Who, 'anonymous'>, TestUser> = {
    admin: { email: 'admin@im.id', password, role: 'admin', scopeRegionCode: null },
    national: { email: 'national@im.id', password, role: 'coordinator', scopeRegionCode: null },
    coordinator: { email: 'coordinator@im.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@im.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@im.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: receiving.inside },
    kpuOfficer: { email: 'kpu@im.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: kpu },
    viewer: { email: 'viewer@im.id', password, role: 'viewer', scopeRegionCode: '51.06' },
    reporter: { email: 'reporter@im.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  Object.assign(cookies, await signInAll(ctx.app, ctx.database, users));
  for (const where of ['inside', 'outside'] as const) incident[where] = await submitAsAdmin(where);
});
afterAll(async () => ctx?.close());

interface Family {
  name: string;
  call: (who: Who, where: Where) => ReturnType<typeof request> | Promise<Awaited<ReturnType<typeof request>>>;
  expected: Record<Who, [number, number]>;
  /** For the list: whether the target report is listed. For a report: whether its reporter contact shows. */
  sees?: Partial<Record<Who, [boolean, boolean]>>;
}

const READ: Family['expected'] = {
  admin: [200, 200], national: [200, 200], coordinator: [200, 404], ntb: [404, 200], officer: [200, 404], kpuOfficer: [200, 404], viewer: [200, 404],
  reporter: [404, 404], anonymous: [401, 401],
};

/** Who gets an answer from the list, and whose report each side sees in it: the map shows the same, clustered. */
const AS_LISTED: Pick<Family, 'expected' | 'sees'> = {
  expected: {
    admin: [200, 200], national: [200, 200], coordinator: [200, 200], ntb: [200, 200], officer: [200, 200], kpuOfficer: [200, 200], viewer: [200, 200],
    reporter: [200, 200], anonymous: [401, 401],
  },
  sees: {
    admin: [true, true], national: [true, true], coordinator: [true, false], ntb: [false, true], officer: [true, false], kpuOfficer: [true, false],
    viewer: [true, false], reporter: [false, false],
  },
};

const families: Family[] = [
  {
    name: 'POST /incidents',
    call: (who, where) => request(who, 'POST', '/incidents', report(where)),
    expected: {
      admin: [201, 201], national: [201, 201], coordinator: [201, 403], ntb: [403, 201], officer: [201, 403], kpuOfficer: [201, 403], viewer: [403, 403],
      reporter: [201, 403], anonymous: [401, 401],
    },
  },
  {
    name: 'GET /incidents/:id',
    call: (who, where) => request(who, 'GET', `/incidents/${incident[where]}`),
    expected: READ,
    sees: {
      admin: [true, true], national: [true, true], coordinator: [true, false], ntb: [false, true], officer: [false, false], kpuOfficer: [false, false],
      viewer: [false, false],
    },
  },
  {
    name: 'GET /incidents/:id (referred)',
    call: async (who, where) => request(who, 'GET', `/incidents/${await referred(where)}`),
    expected: READ,
    // The officer now works for the receiving unit of the inside report.
    sees: { admin: [true, true], coordinator: [true, false], officer: [true, false], kpuOfficer: [false, false], viewer: [false, false] },
  },
  {
    name: 'GET /incidents',
    call: (who, where) => request(who, 'GET', `/incidents?region=${where === 'inside' ? '51' : '52'}&limit=500`),
    ...AS_LISTED,
  },
  {
    name: 'POST /incidents/:id/transitions (triage)',
    call: async (who, where) => request(who, 'POST', `/incidents/${await submitAsAdmin(where)}/transitions`, { action: 'verifikasi', reason: 'Benar', version: 1 }),
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 404], ntb: [404, 200], officer: [200, 404], kpuOfficer: [200, 404], viewer: [403, 404],
      reporter: [404, 404], anonymous: [401, 401],
    },
  },
  {
    name: 'POST /incidents/:id/transitions (follow-up)',
    call: async (who, where) => request(who, 'POST', `/incidents/${await referred(where)}/transitions`, { action: 'tindak_lanjuti', reason: 'Diregistrasi', version: 3 }),
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 404], ntb: [404, 200], officer: [200, 404], kpuOfficer: [403, 404], viewer: [403, 404],
      reporter: [404, 404], anonymous: [401, 401],
    },
  },
  {
    // The map shows what the list shows, clustered: the report of each side is a point (or not).
    name: 'GET /incidents/map-points',
    call: (who, where) => request(who, 'GET', `/incidents/map-points?parent=${where === 'inside' ? '51' : '52'}&zoom=16&from=2024-11-01T00:00:00Z`),
    ...AS_LISTED,
  },
  {
    // The export writes what the list shows, every row of it (CSV here; XLSX is the same rows).
    name: 'GET /incidents/export',
    call: (who, where) => request(who, 'GET', `/incidents/export?region=${where === 'inside' ? '51' : '52'}`),
    ...AS_LISTED,
  },
  {
    name: 'GET /incidents/categories',
    call: (who) => request(who, 'GET', '/incidents/categories'),
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 200], ntb: [200, 200], officer: [200, 200], kpuOfficer: [200, 200], viewer: [200, 200],
      reporter: [200, 200], anonymous: [401, 401],
    },
  },
];

describe.each(families)('$name', (family) => {
  it.each(WHO)('%s: inside and outside', async (who) => {
    const [inside, outside] = family.expected[who];
    for (const [where, status] of [['inside', inside], ['outside', outside]] as const) {
      const response = await family.call(who, where);
      expect(response.statusCode, where).toBe(status);
      const sees = family.sees?.[who]?.[where === 'inside' ? 0 : 1];
      if (sees === undefined || status !== 200) continue;
      if (String(response.headers['content-type']).startsWith('text/csv')) {
        expect(response.body.includes(`INS-2024-${String(incident[where]).padStart(6, '0')},`), `${where}: exported`).toBe(sees);
        continue;
      }
      const body = response.json();
      if (Array.isArray(body.points)) {
        expect((body.points as { incident: { id: number } | null }[]).some((p) => p.incident?.id === incident[where]), `${where}: on the map`).toBe(sees);
      } else if (Array.isArray(body.items)) {
        expect((body.items as { id: number }[]).some((i) => i.id === incident[where]), `${where}: listed`).toBe(sees);
      } else {
        expect(body.reporter.contact, `${where}: contact`).toBe(sees ? '0812 0000 1111' : null);
      }
    }
  });
});

describe('a reporter', () => {
  it('reads what it sent itself, and lists it', async () => {
    const own = await request('reporter', 'POST', '/incidents', report('inside'));
    expect((await request('reporter', 'GET', `/incidents/${own.json().id}`)).statusCode).toBe(200);
    expect((await request('reporter', 'GET', '/incidents')).json().items.map((i: { id: number }) => i.id)).toContain(own.json().id);
  });
});
