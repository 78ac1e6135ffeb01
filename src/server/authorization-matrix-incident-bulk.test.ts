import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../test/helpers.js';

/**
 * The authorization matrix of near-duplicate suggestions and bulk triage (issue 7): every actor ×
 * each endpoint, with a report inside Bali (Apuan, 51.06.01.2001) and one outside (Lombok Barat,
 * 52.01). Suggestions are read like the report itself; bulk triage always answers 200 to a signed-in
 * caller, and each report's outcome is what its own transition would answer (ok, forbidden, and
 * not_found outside the scope, exactly as for a report that does not exist).
 */
type Who = 'admin' | 'national' | 'coordinator' | 'ntb' | 'officer' | 'kpuOfficer' | 'viewer' | 'reporter' | 'anonymous';
const WHO: Who[] = ['admin', 'national', 'coordinator', 'ntb', 'officer', 'kpuOfficer', 'viewer', 'reporter', 'anonymous'];
type Where = 'inside' | 'outside';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
const cookies: Partial<Record<Who, string>> = {};
const region: Record<Where, string> = { inside: '51.06.01.2001', outside: '52.01' };
const receiving: Record<Where, number> = { inside: 0, outside: 0 };
const incident: Record<Where, number> = { inside: 0, outside: 0 };
/** A near copy of each side's report, in the same place. */
const copy: Record<Where, number> = { inside: 0, outside: 0 };

function request(who: Who, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
  return requestAs(ctx.app, cookies[who], method, url, payload);
}

const report = (where: Where, description = `Pembagian amplop uang kepada warga di balai banjar (${where})`) => ({
  category: 'politik_uang', regime: 'pilkada', description, occurredAt: '2024-11-19T12:00:00Z', knownAt: '2024-11-20T03:00:00Z',
  regionCode: region[where], reporterName: 'Saksi', reporterContact: '0812 0000 1111',
});

async function submitAsAdmin(where: Where, description?: string): Promise<number> {
  const response = await request('admin', 'POST', '/incidents', report(where, description));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function referred(where: Where): Promise<number> {
  const id = await submitAsAdmin(where);
  await request('admin', 'POST', `/incidents/${id}/transitions`, { action: 'verifikasi', reason: 'Benar', version: 1 });
  await request('admin', 'POST', `/incidents/${id}/transitions`, { action: 'teruskan', reason: 'Ke Bawaslu', unitId: receiving[where], version: 2 });
  return id;
}

beforeAll(async () => {
  ctx = await openTestApp({ now: () => new Date('2024-11-20T04:00:00Z') }, { writesPerMinute: Number.MAX_SAFE_INTEGER });
  receiving.inside = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  receiving.outside = await createTestUnit(ctx.database, 'BAWASLU', '52.01', 'Bawaslu Kabupaten Lombok Barat');
  const kpu = await createTestUnit(ctx.database, 'KPU', '51.06', 'KPU Kabupaten Bangli');
  const password = 'incident bulk matrix password';
  const users: Record<Exclude<Who, 'anonymous'>, TestUser> = {
    admin: { email: 'admin@ib.id', password, role: 'admin', scopeRegionCode: null },
    national: { email: 'national@ib.id', password, role: 'coordinator', scopeRegionCode: null },
    coordinator: { email: 'coordinator@ib.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@ib.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@ib.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: receiving.inside },
    kpuOfficer: { email: 'kpu@ib.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: kpu },
    viewer: { email: 'viewer@ib.id', password, role: 'viewer', scopeRegionCode: '51.06' },
    reporter: { email: 'reporter@ib.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  Object.assign(cookies, await signInAll(ctx.app, ctx.database, users));
  for (const where of ['inside', 'outside'] as const) {
    incident[where] = await submitAsAdmin(where, `Kepala dusun mengancam saksi agar memilih pasangan calon nomor dua (${where})`);
    copy[where] = await submitAsAdmin(where, `kepala dusun ancam saksi supaya pilih paslon nomor dua (${where})`);
  }
});
afterAll(async () => ctx?.close());

type Outcome = 'ok' | 'forbidden' | 'not_found';

interface BulkFamily {
  name: string;
  body: (id: number, where: Where) => Record<string, unknown>;
  target: (where: Where) => Promise<number>;
  expected: Record<Exclude<Who, 'anonymous'>, [Outcome, Outcome]>;
}

const bulkFamilies: BulkFamily[] = [
  {
    name: 'POST /incidents/bulk-transitions (verify)',
    target: (where) => submitAsAdmin(where),
    body: (id) => ({ ids: [id], action: 'verifikasi', reason: 'Benar' }),
    expected: {
      admin: ['ok', 'ok'], national: ['ok', 'ok'], coordinator: ['ok', 'not_found'], ntb: ['not_found', 'ok'], officer: ['ok', 'not_found'],
      kpuOfficer: ['ok', 'not_found'], viewer: ['forbidden', 'not_found'], reporter: ['not_found', 'not_found'],
    },
  },
  {
    name: 'POST /incidents/bulk-transitions (mark duplicate)',
    target: (where) => submitAsAdmin(where),
    body: (id, where) => ({ ids: [id], action: 'tandai_duplikat', reason: 'Sama', duplicateOf: incident[where] }),
    expected: {
      admin: ['ok', 'ok'], national: ['ok', 'ok'], coordinator: ['ok', 'not_found'], ntb: ['not_found', 'ok'], officer: ['ok', 'not_found'],
      kpuOfficer: ['ok', 'not_found'], viewer: ['forbidden', 'not_found'], reporter: ['not_found', 'not_found'],
    },
  },
  {
    name: 'POST /incidents/bulk-transitions (follow-up)',
    target: (where) => referred(where),
    body: (id) => ({ ids: [id], action: 'tindak_lanjuti', reason: 'Diregistrasi' }),
    expected: {
      admin: ['ok', 'ok'], national: ['ok', 'ok'], coordinator: ['ok', 'not_found'], ntb: ['not_found', 'ok'], officer: ['ok', 'not_found'],
      kpuOfficer: ['forbidden', 'not_found'], viewer: ['forbidden', 'not_found'], reporter: ['not_found', 'not_found'],
    },
  },
];

describe.each(bulkFamilies)('$name', (family) => {
  it.each(WHO)('%s: inside and outside', async (who) => {
    for (const where of ['inside', 'outside'] as const) {
      const id = await family.target(where);
      const response = await request(who, 'POST', '/incidents/bulk-transitions', family.body(id, where));
      if (who === 'anonymous') {
        expect(response.statusCode, where).toBe(401);
        continue;
      }
      expect(response.statusCode, where).toBe(200);
      const [result] = response.json().results;
      expect(result.outcome, where).toBe(family.expected[who][where === 'inside' ? 0 : 1]);
      const after = (await request('admin', 'GET', `/incidents/${id}`)).json();
      expect(after.version, `${where}: moved only when ok`).toBe(result.outcome === 'ok' ? (family.name.includes('follow-up') ? 4 : 2) : (family.name.includes('follow-up') ? 3 : 1));
    }
  });
});

describe('GET /incidents/:id/similar', () => {
  const expected: Record<Who, [number, number]> = {
    admin: [200, 200], national: [200, 200], coordinator: [200, 404], ntb: [404, 200], officer: [200, 404], kpuOfficer: [200, 404], viewer: [200, 404],
    reporter: [404, 404], anonymous: [401, 401],
  };
  it.each(WHO)('%s: inside and outside, candidates only from its own scope', async (who) => {
    for (const where of ['inside', 'outside'] as const) {
      const response = await request(who, 'GET', `/incidents/${incident[where]}/similar?level=kabupaten`);
      expect(response.statusCode, where).toBe(expected[who][where === 'inside' ? 0 : 1]);
      if (response.statusCode !== 200) continue;
      const found = (response.json().items as { id: number }[]).map((item) => item.id);
      expect(found, where).toContain(copy[where]);
      expect(found, where).not.toContain(copy[where === 'inside' ? 'outside' : 'inside']);
    }
  });
});

describe('the sources of a primary', () => {
  it('leave out a merged report the reader may not see: a national coordinator merges a Lombok report into a Bali one', async () => {
    const primary = await submitAsAdmin('inside');
    const fromLombok = await submitAsAdmin('outside');
    const merged = await request('national', 'POST', '/incidents/bulk-transitions', { ids: [fromLombok], action: 'tandai_duplikat', reason: 'Sama', duplicateOf: primary });
    expect(merged.json().results[0].outcome).toBe('ok');
    const sourcesOf = async (who: Who) => ((await request(who, 'GET', `/incidents/${primary}`)).json().sources as { id: number }[]).map((s) => s.id);
    expect(await sourcesOf('national')).toEqual([primary, fromLombok]);
    expect(await sourcesOf('coordinator')).toEqual([primary]);
    expect(await sourcesOf('viewer')).toEqual([primary]);
  });
});
