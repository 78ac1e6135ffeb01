import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APUAN, openIncidentDesk, report } from './test-desk.js';

/** Wednesday 20 November 2024, 11:00 WITA: a week before the Pilkada voting day. */
const clock = { now: () => new Date('2024-11-20T03:00:00Z') };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
});
afterAll(async () => desk?.close());

describe('POST /incidents', () => {
  it('stores a report with a reference number, the category’s severity, the web channel and its running clocks', async () => {
    const response = await desk.call('reporter', 'POST', '/incidents', report());
    expect(response.statusCode, response.body).toBe(201);
    const incident = response.json();
    expect(incident).toMatchObject({
      category: { code: 'politik_uang', name: { id: 'Politik uang', en: 'Money politics' } }, regime: 'pilkada', status: 'baru', severity: 'tinggi',
      channel: 'web', tps: 'TPS 003', latitude: -8.43, longitude: 115.36, version: 1, duplicateOf: null, referredUnit: null, actions: [], transitions: [],
      region: { code: APUAN, name: 'Apuan', level: 4, timeZone: 'WITA' },
    });
    expect(incident.reference).toBe(`INS-2024-${String(incident.id).padStart(6, '0')}`);
    // Pilkada reporting: 7 calendar days from Wed 20 Nov (WITA) → Wed 27 Nov 23:59:59.999 WITA, voting day or not.
    expect(incident.deadlines).toEqual([
      expect.objectContaining({ clock: 'pelaporan', state: 'running', dueDate: '2024-11-27', dueAt: '2024-11-27T15:59:59.999Z', overdue: false, unit: 'calendar_days' }),
      expect.objectContaining({ clock: 'kajian_bawaslu', state: 'not_started', dueAt: null }),
      expect.objectContaining({ clock: 'penyidikan', state: 'not_started', dueAt: null }),
    ]);
    // The reporter account sent it, but does not read the contact back.
    expect(incident.reporter).toEqual({ name: 'Ni Luh Sari', contact: null, anonymous: false, hidden: true });
  });

  it('counts Pemilu reporting in working days, skipping the Pilkada voting day (a holiday): due Monday 2 December', async () => {
    const response = await desk.call('officer', 'POST', '/incidents', report({ regime: 'pemilu', knownAt: undefined, severity: 'sedang' }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ severity: 'sedang', knownAt: '2024-11-20T03:00:00.000Z' });
    expect(response.json().deadlines[0]).toMatchObject({ clock: 'pelaporan', dueDate: '2024-12-02', dueAt: '2024-12-02T15:59:59.999Z' });
  });

  it('writes an audit row in the region without the reporter’s contact', async () => {
    const { id } = (await desk.call('bali', 'POST', '/incidents', report({ description: 'Audit: amplop di banjar Apuan' }))).json();
    const [row] = await desk.auditRows('incident.create', String(id));
    expect(row?.region_code).toBe(APUAN);
    expect(row?.changes.description).toEqual([null, 'Audit: amplop di banjar Apuan']);
    expect(row?.changes.reporterName).toEqual([null, 'Ni Luh Sari']);
    expect(JSON.stringify(row?.changes)).not.toContain('3456');
  });

  it.each([
    ['an unknown region', { regionCode: '51.06.01.2999' }, 'gazeter'],
    ['a malformed region', { regionCode: '51-06' }, 'kode wilayah'],
    ['an unknown category', { category: 'pencurian' }, 'category'],
    ['a latitude without a longitude', { longitude: null }, 'lintang (latitude) dan bujur (longitude)'],
    ['coordinates outside Indonesia (swapped)', { latitude: 115.36, longitude: -8.43 }, 'latitude'],
    ['coordinates in Europe', { latitude: 52.37, longitude: 4.9 }, 'di luar Indonesia'],
    ['known before it happened', { knownAt: '2024-11-19T11:00:00Z' }, 'knownAt'],
    ['an event in the future', { occurredAt: '2024-11-21T03:00:00Z', knownAt: '2024-11-21T03:00:00Z' }, 'masa depan'],
    ['an empty description', { description: '   ' }, 'description'],
    ['a field it does not know', { status: 'selesai' }, 'status'],
    ['an unknown regime', { regime: 'pilpres' }, 'regime'],
  ])('refuses %s with a 400 that says why', async (_name, change, words) => {
    const before = await desk.count('incidents');
    const response = await desk.call('bali', 'POST', '/incidents', report(change));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid' });
    expect(response.json().message).toContain(words);
    expect(await desk.count('incidents')).toBe(before);
  });

  it('answers in English when asked', async () => {
    const response = await desk.call('bali', 'POST', '/incidents', report({ latitude: 52.37, longitude: 4.9 }), { 'accept-language': 'en' });
    expect(response.json().message).toContain('outside Indonesia');
  });

  it('accepts a report a few minutes ahead of the server (a phone’s clock), not an hour', async () => {
    expect((await desk.call('bali', 'POST', '/incidents', report({ occurredAt: '2024-11-20T03:04:00Z', knownAt: '2024-11-20T03:04:00Z' }))).statusCode).toBe(201);
    expect((await desk.call('bali', 'POST', '/incidents', report({ occurredAt: '2024-11-20T04:00:00Z', knownAt: '2024-11-20T04:00:00Z' }))).statusCode).toBe(400);
  });

  it('refuses viewers (403), submitters outside their region (403) and the signed-out (401)', async () => {
    expect((await desk.call('viewer', 'POST', '/incidents', report())).statusCode).toBe(403);
    expect((await desk.call('reporter', 'POST', '/incidents', report({ regionCode: '52.01' }))).statusCode).toBe(403);
    expect((await desk.call('ntb', 'POST', '/incidents', report())).statusCode).toBe(403);
    expect((await desk.call(null, 'POST', '/incidents', report())).statusCode).toBe(401);
  });
});

describe('who sees what', () => {
  let plain = 0;
  let anonymous = 0;

  beforeAll(async () => {
    plain = (await desk.call('reporter', 'POST', '/incidents', report({ description: 'Kepala desa ikut kampanye paslon', category: 'netralitas_asn' }))).json().id;
    anonymous = (await desk.call('reporter', 'POST', '/incidents', report({ reporterAnonymous: true, reporterName: 'Made Takut' }))).json().id;
  });

  it('coordinators and administrators read the contact; viewers and officers not on the case see it withheld', async () => {
    for (const who of ['bali', 'admin'] as const) {
      expect((await desk.call(who, 'GET', `/incidents/${plain}`)).json().reporter).toEqual({ name: 'Ni Luh Sari', contact: '+62 812-3456-7890', anonymous: false, hidden: false });
    }
    for (const who of ['viewer', 'officer'] as const) {
      const response = await desk.call(who, 'GET', `/incidents/${plain}`);
      expect(response.statusCode).toBe(200);
      expect(response.json().reporter).toEqual({ name: 'Ni Luh Sari', contact: null, anonymous: false, hidden: true });
      expect(response.body).not.toContain('3456');
    }
  });

  it('an anonymous reporter’s name is withheld like a contact', async () => {
    expect((await desk.call('viewer', 'GET', `/incidents/${anonymous}`)).json().reporter).toEqual({ name: null, contact: null, anonymous: true, hidden: true });
    expect((await desk.call('bali', 'GET', `/incidents/${anonymous}`)).json().reporter).toMatchObject({ name: 'Made Takut', anonymous: true, hidden: false });
    const [row] = await desk.auditRows('incident.create', String(anonymous));
    expect(JSON.stringify(row?.changes)).not.toContain('Made Takut');
  });

  it('a reporter reads its own reports only; others outside the region get 404', async () => {
    expect((await desk.call('reporter', 'GET', `/incidents/${plain}`)).statusCode).toBe(200);
    expect((await desk.call('reporter2', 'GET', `/incidents/${plain}`)).statusCode).toBe(404);
    expect((await desk.call('ntb', 'GET', `/incidents/${plain}`)).statusCode).toBe(404);
    expect((await desk.call('poldaNtb', 'GET', `/incidents/${plain}`)).statusCode).toBe(404);
    expect((await desk.call('bali', 'GET', '/incidents/2147483647')).statusCode).toBe(404);
    expect((await desk.call(null, 'GET', `/incidents/${plain}`)).statusCode).toBe(401);
  });

  it('lists are scope-filtered: a reporter lists its own, NTB sees none of Bali, Bali sees them all', async () => {
    const mine = (await desk.call('reporter', 'GET', '/incidents?limit=500')).json();
    expect(mine.items.length).toBeGreaterThanOrEqual(3);
    expect(mine.items.every((i: { reporter: { contact: string | null } }) => i.reporter.contact === null)).toBe(true);
    expect((await desk.call('reporter2', 'GET', '/incidents')).json()).toEqual({ items: [], total: 0, totalCapped: false, next: null });
    expect((await desk.call('ntb', 'GET', '/incidents')).json()).toEqual({ items: [], total: 0, totalCapped: false, next: null });
    const bali = (await desk.call('bali', 'GET', '/incidents?limit=500')).json();
    expect(bali.total).toBe(await desk.count('incidents'));
    expect(bali.total).toBeGreaterThan(mine.total);
  });
});

describe('GET /incidents filters', () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const add = async (name: string, change: Record<string, unknown>) => {
      ids[name] = (await desk.call('admin', 'POST', '/incidents', report(change))).json().id;
    };
    await add('flood', { category: 'bencana', description: 'Banjir merendam gudang logistik KPU', occurredAt: '2024-11-10T00:00:00Z', knownAt: '2024-11-10T01:00:00Z' });
    await add('jayapura', { regionCode: '91.71', latitude: null, longitude: null, category: 'kkb', description: 'Penembakan pos pengamanan di distrik', occurredAt: '2024-11-15T00:00:00Z' });
    await add('lombok', { regionCode: '52.01', latitude: null, longitude: null, category: 'logistik', severity: 'rendah', description: 'Surat suara kurang di satu TPS' });
  });

  const listed = async (query: string) => (await desk.call('admin', 'GET', `/incidents?limit=500&${query}`)).json().items.map((i: { id: number }) => i.id) as number[];

  it('by region subtree, category, severity and time of event', async () => {
    const bali = await listed('region=51');
    expect(bali).toContain(ids.flood);
    expect(bali).not.toContain(ids.jayapura);
    expect(bali).not.toContain(ids.lombok);
    expect(await listed('region=91')).toEqual([ids.jayapura]);
    expect(await listed('category=kkb')).toEqual([ids.jayapura]);
    expect(await listed('severity=rendah')).toEqual([ids.lombok]);
    expect(await listed('from=2024-11-09T00:00:00Z&to=2024-11-16T00:00:00Z')).toEqual([ids.jayapura, ids.flood]);
  });

  it('status=open: every report not yet rejected, a duplicate or closed (the dashboard’s open count)', async () => {
    const before = await listed('status=open');
    expect(before).toContain(ids.lombok);
    const { version } = (await desk.call('admin', 'GET', `/incidents/${ids.lombok}`)).json();
    const rejected = await desk.call('admin', 'POST', `/incidents/${ids.lombok}/transitions`, { action: 'tolak', reason: 'Uji filter status terbuka', version });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(await listed('status=open')).toEqual(before.filter((id) => id !== ids.lombok));
    expect(await listed('status=ditolak')).toEqual([ids.lombok]);
  });

  it('by words of the description (Indonesian stemming) or a reference number', async () => {
    expect(await listed('q=banjir')).toEqual([ids.flood]);
    expect(await listed(`q=${encodeURIComponent('penembakan pos')}`)).toEqual([ids.jayapura]);
    const { reference } = (await desk.call('admin', 'GET', `/incidents/${ids.lombok}`)).json();
    expect(await listed(`q=${reference.toLowerCase()}`)).toEqual([ids.lombok]);
  });

  it('newest event first, paged with a total; Jayapura’s deadlines are counted in WIT', async () => {
    const page = (await desk.call('admin', 'GET', '/incidents?limit=2&offset=0')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(await desk.count('incidents'));
    const occurred = page.items.map((i: { occurredAt: string }) => i.occurredAt);
    expect([...occurred].sort().reverse()).toEqual(occurred);
    const jayapura = (await desk.call('admin', 'GET', `/incidents/${ids.jayapura}`)).json();
    expect(jayapura.region.timeZone).toBe('WIT');
    expect(jayapura.deadlines).toEqual([]); // KKB activity is not an election violation: no legal clock
  });

  it('pages of two, one after another, are the whole list in its order, each report named (region, unit)', async () => {
    const whole = (await desk.call('admin', 'GET', '/incidents?limit=500')).json().items as Array<{ id: number; region: { name: string } }>;
    const paged: number[] = [];
    for (let offset = 0; offset < whole.length + 2; offset += 2) {
      const page = (await desk.call('admin', 'GET', `/incidents?limit=2&offset=${offset}`)).json();
      expect(page.total).toBe(whole.length);
      for (const item of page.items as Array<{ id: number; region: { name: string } }>) {
        expect(item.region.name).toBe(whole.find((w) => w.id === item.id)?.region.name);
        paged.push(item.id);
      }
    }
    expect(whole.length).toBeGreaterThan(2);
    expect(paged).toEqual(whole.map((w) => w.id));
  });

  it('refuses bad filters with 400', async () => {
    for (const query of ['status=terbuka', 'region=5x', 'limit=0', 'limit=501', 'from=yesterday', 'severity=extreme', 'extra=1']) {
      expect((await desk.call('admin', 'GET', `/incidents?${query}`)).statusCode, query).toBe(400);
    }
  });
});

describe('GET /incidents/categories', () => {
  it('lists the catalogue with its clocks under both regimes, to any signed-in account', async () => {
    const response = await desk.call('reporter', 'GET', '/incidents/categories');
    expect(response.statusCode).toBe(200);
    const money = response.json().find((c: { code: string }) => c.code === 'politik_uang');
    expect(money).toMatchObject({ referralAgency: 'GAKKUMDU', defaultSeverity: 'tinggi' });
    expect(money.keywords).toContain('serangan fajar');
    expect(money.clocks[0]).toMatchObject({
      code: 'pelaporan', pemilu: { amount: 7, unit: 'working_days', basis: 'UU 7/2017 ps. 454 ayat (6)' }, pilkada: { amount: 7, unit: 'calendar_days' },
    });
    expect((await desk.call(null, 'GET', '/incidents/categories')).statusCode).toBe(401);
  });
});
