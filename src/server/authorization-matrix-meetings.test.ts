import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, openTestApp, requestAs, signInAll } from '../../test/helpers.js';

/**
 * The authorization matrix of the meetings feature (issue 5), as src/server/authorization-matrix.test.ts
 * is for the rest: every actor × every endpoint family × a target inside and one outside, with the
 * exact status expected, derived from the rules (src/domain/access/rules.ts,
 * src/modules/meetings/access.ts). Its own actors, since meetings are seen through invitations too:
 *
 * - admin; national: a coordinator without a region; coordinator: Bali (51); ntb: a coordinator of NTB (52)
 * - invited: the officer of KPU Lombok Barat (52.01), a unit invited to the Bali meeting
 * - officer: the officer of Bawaslu Bangli (51.06), a unit the Bali meeting does not invite
 * - viewer and reporter of Bangli (51.06), and nobody
 *
 * The Bali meeting (`bali`) is organised by Polda Bali and covers Bangli; the NTB meeting (`ntb`) is
 * organised by Kesbangpol NTB and covers Lombok Barat.
 */
type Who = 'admin' | 'national' | 'coordinator' | 'ntb' | 'invited' | 'officer' | 'viewer' | 'reporter' | 'anonymous';
const WHO: Who[] = ['admin', 'national', 'coordinator', 'ntb', 'invited', 'officer', 'viewer', 'reporter', 'anonymous'];
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
const cookies: Partial<Record<Who, string>> = {};
const unit = { bangli: 0, poldaBali: 0, kpuBali: 0, kpuLombokBarat: 0, kesbangpolNtb: 0 };
const meeting = { bali: 0, ntb: 0 };
/** The Bali meeting's invitations: of the invited officer's unit, and of another unit. */
const invitation = { own: 0, other: 0 };
const findingOf = { bali: 0, ntb: 0 };

function request(who: Who, method: Method, url: string, payload?: Record<string, unknown>) {
  return requestAs(ctx.app, cookies[who], method, url, payload);
}

/** Writes set up by the administrator, which must succeed. */
async function asAdmin(method: Method, url: string, payload?: Record<string, unknown>) {
  const response = await request('admin', method, url, payload);
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.statusCode === 204 ? null : response.json();
}

const createMeeting = async (organiserUnitId: number, regionCodes: string[], title: string, startsAt = '2024-10-01T09:00:00+08:00') =>
  (await asAdmin('POST', '/meetings', { kind: 'rakor', title, organiserUnitId, regionCodes, startsAt })).id as number;

beforeAll(async () => {
  ctx = await openTestApp();
  const db = ctx.database;
  unit.bangli = await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  unit.poldaBali = await createTestUnit(db, 'POLRI', '51', 'Polda Bali');
  unit.kpuBali = await createTestUnit(db, 'KPU', '51', 'KPU Provinsi Bali');
  unit.kpuLombokBarat = await createTestUnit(db, 'KPU', '52.01', 'KPU Kabupaten Lombok Barat');
  unit.kesbangpolNtb = await createTestUnit(db, 'KESBANGPOL', '52', 'Bakesbangpol NTB');
  const password = 'meetings matrix password';
  const users: Record<Exclude<Who, 'anonymous'>, Parameters<typeof createTestUser>[1]> = {
    admin: { email: 'admin@mm.id', password, role: 'admin', scopeRegionCode: null },
    national: { email: 'national@mm.id', password, role: 'coordinator', scopeRegionCode: null },
    coordinator: { email: 'coordinator@mm.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@mm.id', password, role: 'coordinator', scopeRegionCode: '52' },
    invited: { email: 'invited@mm.id', password, role: 'officer', scopeRegionCode: '52.01', unitId: unit.kpuLombokBarat },
    officer: { email: 'officer@mm.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: unit.bangli },
    viewer: { email: 'viewer@mm.id', password, role: 'viewer', scopeRegionCode: '51.06' },
    reporter: { email: 'reporter@mm.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  Object.assign(cookies, await signInAll(ctx.app, db, users));
  meeting.bali = await createMeeting(unit.poldaBali, ['51.06'], 'Rapat pengamanan Pilkada Bangli');
  meeting.ntb = await createMeeting(unit.kesbangpolNtb, ['52.01'], 'Rapat pengamanan Pilkada Lombok Barat');
  const invited = await asAdmin('POST', `/meetings/${meeting.bali}/invitations`, { unitIds: [unit.kpuLombokBarat, unit.kpuBali] });
  const invitationOf = (unitId: number) => (invited.invitations as { id: number; unitId: number }[]).find((i) => i.unitId === unitId)!.id;
  invitation.own = invitationOf(unit.kpuLombokBarat);
  invitation.other = invitationOf(unit.kpuBali);
  for (const where of ['bali', 'ntb'] as const) {
    findingOf[where] = (await asAdmin('POST', `/meetings/${meeting[where]}/findings`, { problem: 'Logistik terlambat', domain: 'logistik' })).id;
  }
});
afterAll(async () => ctx?.close());

interface Family {
  name: string;
  call: (who: Who, where: 'inside' | 'outside') => ReturnType<typeof request> | Promise<Awaited<ReturnType<typeof request>>>;
  expected: Record<Who, [number, number]>;
}

let serial = 0;
const target = (where: 'inside' | 'outside') => meeting[where === 'inside' ? 'bali' : 'ntb'];
/** The version the meeting is at now, read by the administrator. */
const versionOf = async (id: number) => (await asAdmin('GET', `/meetings/${id}`)).version as number;
/** A fresh action item of the Bali meeting, owned by the invited officer's unit. */
const freshItem = async () => (await asAdmin('POST', `/meetings/${meeting.bali}/action-items`, { title: `Tindak lanjut ${(serial += 1)}`, ownerUnitId: unit.kpuLombokBarat })).id as number;

/** Those who run a meeting (who may write for its organiser unit at its region) get `ok`; the other coordinator cannot see it. */
const runsBoth = (ok: number): Pick<Family['expected'], 'admin' | 'national' | 'coordinator' | 'ntb'> => ({
  admin: [ok, ok], national: [ok, ok], coordinator: [ok, 404], ntb: [404, ok],
});
const RUNS_BOTH = runsBoth(200);

/** Who sees a meeting (the Bali one inside, the NTB one outside) sees its documents too. */
const SEES_MEETING: Family['expected'] = {
  ...RUNS_BOTH, invited: [200, 200], officer: [200, 404], viewer: [200, 404], reporter: [404, 404], anonymous: [401, 401],
};

const families: Family[] = [
  {
    name: 'GET /meetings/:id/minutes.pdf',
    call: (who, where) => request(who, 'GET', `/meetings/${target(where)}/minutes.pdf`),
    expected: SEES_MEETING,
  },
  {
    name: 'GET /meetings/:id/attendance.xlsx',
    call: (who, where) => request(who, 'GET', `/meetings/${target(where)}/attendance.xlsx`),
    expected: SEES_MEETING,
  },
  {
    name: 'PUT /units/:id/letterhead',
    // Inside: Polda Bali (51); outside: Kesbangpol NTB (52). Letterheads are written by those who manage the unit's region.
    call: (who, where) => request(who, 'PUT', `/units/${where === 'inside' ? unit.poldaBali : unit.kesbangpolNtb}/letterhead`, { lines: ['KEPOLISIAN DAERAH'], address: null }),
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 404], ntb: [404, 200], invited: [404, 404], officer: [404, 404],
      viewer: [404, 404], reporter: [404, 404], anonymous: [401, 401],
    },
  },
  {
    name: 'GET /meetings/:id',
    call: (who, where) => request(who, 'GET', `/meetings/${target(where)}`),
    // The invited officer sees the Bali meeting through its invitation, and the NTB one by its region.
    expected: { ...RUNS_BOTH, invited: [200, 200], officer: [200, 404], viewer: [200, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'GET /meetings/:id/earlier-action-items',
    call: (who, where) => request(who, 'GET', `/meetings/${target(where)}/earlier-action-items`),
    expected: { ...RUNS_BOTH, invited: [200, 200], officer: [200, 404], viewer: [200, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'POST /meetings',
    // Inside: organised by Bawaslu Bangli for Bangli; outside: by KPU Lombok Barat for Lombok Barat. An
    // organiser the caller cannot see is answered like an unknown one (400); officers organise for their own unit.
    call: (who, where) => request(who, 'POST', '/meetings', {
      kind: 'rakor', title: `Rapat ${(serial += 1)}`, startsAt: '2024-11-01T09:00:00+08:00',
      ...(where === 'inside' ? { organiserUnitId: unit.bangli, regionCodes: ['51.06'] } : { organiserUnitId: unit.kpuLombokBarat, regionCodes: ['52.01'] }),
    }),
    expected: {
      admin: [201, 201], national: [201, 201], coordinator: [201, 400], ntb: [400, 201], invited: [400, 201], officer: [201, 400],
      viewer: [403, 400], reporter: [400, 400], anonymous: [401, 401],
    },
  },
  {
    name: 'PATCH /meetings/:id',
    call: async (who, where) => request(who, 'PATCH', `/meetings/${target(where)}`, { version: await versionOf(target(where)), venue: `Ruang ${(serial += 1)}` }),
    expected: { ...RUNS_BOTH, invited: [403, 403], officer: [403, 404], viewer: [403, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'POST /meetings/:id/findings',
    call: (who, where) => request(who, 'POST', `/meetings/${target(where)}/findings`, { problem: `Temuan ${(serial += 1)}`, domain: 'keamanan' }),
    expected: { ...runsBoth(201), invited: [403, 403], officer: [403, 404], viewer: [403, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'DELETE /meetings/:id/findings/:partId',
    call: async (who, where) => {
      const finding = (await asAdmin('POST', `/meetings/${target(where)}/findings`, { problem: `Keliru ${(serial += 1)}`, domain: 'lainnya' })).id;
      return request(who, 'DELETE', `/meetings/${target(where)}/findings/${finding}`);
    },
    expected: { ...runsBoth(204), invited: [403, 403], officer: [403, 404], viewer: [403, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'POST /meetings/:id/invitations',
    call: (who, where) => request(who, 'POST', `/meetings/${target(where)}/invitations`, { template: 'penyelenggara' }),
    expected: { ...RUNS_BOTH, invited: [403, 403], officer: [403, 404], viewer: [403, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'PATCH /meetings/:id/invitations/:partId (RSVP)',
    // Inside: the invited officer's own unit's invitation; outside: another unit's, of the same meeting.
    call: (who, where) => request(who, 'PATCH', `/meetings/${meeting.bali}/invitations/${invitation[where === 'inside' ? 'own' : 'other']}`, {
      rsvp: serial++ % 2 === 0 ? 'accepted' : 'tentative',
    }),
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 200], ntb: [404, 404], invited: [200, 403], officer: [403, 403],
      viewer: [403, 403], reporter: [404, 404], anonymous: [401, 401],
    },
  },
  {
    name: 'PATCH /meetings/:id/invitations/:partId (attendance)',
    // Taken at the door by those who run the meeting only, even for one's own unit.
    call: (who, where) => request(who, 'PATCH', `/meetings/${meeting.bali}/invitations/${invitation[where === 'inside' ? 'own' : 'other']}`, {
      attended: serial++ % 2 === 0, representative: 'Sekretaris',
    }),
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 200], ntb: [404, 404], invited: [403, 403], officer: [403, 403],
      viewer: [403, 403], reporter: [404, 404], anonymous: [401, 401],
    },
  },
  {
    name: 'PUT /meetings/:id/declarations/:partId/signatories/:signatoryId',
    call: async (who, where) => {
      const declaration = await asAdmin('POST', `/meetings/${target(where)}/declarations`, { title: 'Deklarasi damai', text: 'Kami sepakat.', signatories: [{ name: 'Tokoh adat' }] });
      return request(who, 'PUT', `/meetings/${target(where)}/declarations/${declaration.id}/signatories/${declaration.signatories[0].id}`, { signed: true });
    },
    expected: { ...RUNS_BOTH, invited: [403, 403], officer: [403, 404], viewer: [403, 404], reporter: [404, 404], anonymous: [401, 401] },
  },
  {
    name: 'PATCH /action-items/:id (status by the owner unit, reassignment by the meeting’s runners)',
    // An item of the Bali meeting owned by KPU Lombok Barat. Inside: moved on with a note; outside: its due date changed.
    call: async (who, where) => request(who, 'PATCH', `/action-items/${await freshItem()}`, where === 'inside'
      ? { version: 1, status: 'in_progress', note: 'Sedang dikerjakan' }
      : { version: 1, dueDate: '2024-12-01' }),
    // NTB's coordinator may act for the owner (in its region) but does not run the Bali meeting.
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 200], ntb: [200, 403], invited: [200, 403], officer: [403, 403],
      viewer: [403, 403], reporter: [404, 404], anonymous: [401, 401],
    },
  },
  {
    name: 'GET /action-items/:id',
    // Inside: an item of the Bali meeting owned by KPU Lombok Barat; outside: one of the NTB meeting owned by Kesbangpol NTB.
    call: async (who, where) => {
      const item = where === 'inside' ? await freshItem()
        : (await asAdmin('POST', `/meetings/${meeting.ntb}/action-items`, { title: `Tindak lanjut NTB ${(serial += 1)}`, ownerUnitId: unit.kesbangpolNtb })).id;
      return request(who, 'GET', `/action-items/${item}`);
    },
    expected: {
      admin: [200, 200], national: [200, 200], coordinator: [200, 404], ntb: [200, 200], invited: [200, 200], officer: [200, 404],
      viewer: [200, 404], reporter: [404, 404], anonymous: [401, 401],
    },
  },
];

describe.each(families)('$name', (family) => {
  it.each(WHO)('%s: inside and outside', async (who) => {
    const [inside, outside] = family.expected[who];
    expect((await family.call(who, 'inside')).statusCode, 'inside').toBe(inside);
    expect((await family.call(who, 'outside')).statusCode, 'outside').toBe(outside);
  });
});

describe('meeting lists and search show exactly the visible meetings', () => {
  const visible: Record<Who, ('bali' | 'ntb')[] | number> = {
    admin: ['bali', 'ntb'], national: ['bali', 'ntb'], coordinator: ['bali'], ntb: ['ntb'], invited: ['bali', 'ntb'], officer: ['bali'],
    viewer: ['bali'], reporter: 403, anonymous: 401,
  };

  it.each(WHO)('%s', async (who) => {
    const expected = visible[who];
    for (const url of ['/meetings?q=pengamanan&limit=200', '/meetings/search?q=pengamanan&limit=100']) {
      const response = await request(who, 'GET', url);
      if (typeof expected === 'number') {
        expect(response.statusCode, url).toBe(expected);
        continue;
      }
      expect(response.statusCode, url).toBe(200);
      const ids = (response.json().items as { id: number; meetingId?: number; type?: string }[])
        .filter((item) => item.type === undefined || item.type === 'meeting').map((item) => item.meetingId ?? item.id);
      expect(ids.sort(), url).toEqual(expected.map((where) => meeting[where]).sort());
    }
  });
});

describe('earlier action items are only those the caller may see', () => {
  let crossBorder = 0;

  beforeAll(async () => {
    // Earlier meetings on Bangli and on Lombok Barat, each with a pending item of a unit there.
    const earlierBali = await createMeeting(unit.poldaBali, ['51.06'], 'Monev logistik Bangli', '2024-09-01T09:00:00+08:00');
    await asAdmin('POST', `/meetings/${earlierBali}/action-items`, { title: 'Rekap logistik Bangli', ownerUnitId: unit.bangli });
    const earlierNtb = await createMeeting(unit.kesbangpolNtb, ['52.01'], 'Monev logistik Lombok Barat', '2024-09-01T09:00:00+08:00');
    await asAdmin('POST', `/meetings/${earlierNtb}/action-items`, { title: 'Rekap logistik Lombok Barat', ownerUnitId: unit.kesbangpolNtb });
    // A meeting that Polda Bali holds about Lombok Barat: Bali's coordinator sees it by its organiser.
    crossBorder = await createMeeting(unit.poldaBali, ['52.01'], 'Rapat lintas provinsi', '2024-10-05T09:00:00+08:00');
  });

  it.each<[Who, 'bali' | 'crossBorder']>([
    ['invited', 'bali'], ['officer', 'bali'], ['viewer', 'bali'], ['coordinator', 'bali'], ['coordinator', 'crossBorder'], ['ntb', 'crossBorder'],
  ])('%s at the %s meeting', async (who, which) => {
    const id = which === 'bali' ? meeting.bali : crossBorder;
    const response = await request(who, 'GET', `/meetings/${id}/earlier-action-items`);
    if (response.statusCode === 404) return;
    expect(response.statusCode).toBe(200);
    for (const item of response.json().items as { id: number; title: string }[]) {
      expect((await request(who, 'GET', `/action-items/${item.id}`)).statusCode, `${item.title} is listed but not visible to ${who}`).toBe(200);
    }
  });

  it('the meeting’s runners still see the earlier items they may carry forward', async () => {
    const items = (await request('coordinator', 'GET', `/meetings/${meeting.bali}/earlier-action-items`)).json().items as { title: string }[];
    expect(items.map((item) => item.title)).toContain('Rekap logistik Bangli');
    const national = (await request('national', 'GET', `/meetings/${crossBorder}/earlier-action-items`)).json().items as { title: string }[];
    expect(national.map((item) => item.title)).toContain('Rekap logistik Lombok Barat');
  });
});
