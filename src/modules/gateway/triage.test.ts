import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../../test/helpers.js';

/** Wednesday 20 November 2024, 11:00 WITA: a week before the Pilkada voting day. */
const clock = { now: () => new Date('2024-11-20T03:00:00Z') };
type Who = 'admin' | 'bali' | 'ntb' | 'officer' | 'viewer' | 'reporter';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let sessions: Record<Who, string>;
const tokens = { bali: '', national: '' };

beforeAll(async () => {
  ctx = await openTestApp(clock);
  const bangli = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  const password = 'triage test password';
  const users: Record<Who, TestUser> = {
    admin: { email: 'admin@tr.id', password, role: 'admin', scopeRegionCode: null },
    bali: { email: 'bali@tr.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@tr.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@tr.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: bangli },
    viewer: { email: 'viewer@tr.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@tr.id', password, role: 'reporter', scopeRegionCode: '51' },
  };
  sessions = await signInAll(ctx.app, ctx.database, users);
  for (const [who, scope] of [['bali', '51'], ['national', null]] as const) {
    const owner = who === 'bali' ? sessions.bali : sessions.admin;
    const response = await requestAs(ctx.app, owner, 'POST', '/tokens', { name: `Gateway ${who}`, role: 'reporter', scopeRegionCode: scope });
    tokens[who] = response.json().token;
  }
});
afterAll(async () => ctx?.close());

let sequence = 0;
/** A message through the webhook that lands in triage; its triage id. */
async function waiting(text: string, token: keyof typeof tokens = 'bali', receivedAt = '2024-11-20T01:00:00Z'): Promise<number> {
  const response = await ctx.app.inject({
    method: 'POST', url: '/api/v1/gateway/sms', headers: { authorization: `Bearer ${tokens[token]}` },
    payload: { messageId: `SM-triage-${++sequence}`, from: '0812 4444 5555', text, receivedAt },
  });
  expect(response.json().outcome, response.body).toBe('triage');
  return response.json().triageId;
}

const call = (who: Who, method: 'GET' | 'POST', url: string, payload?: unknown) => requestAs(ctx.app, sessions[who], method, url, payload);
const ids = (body: { items: { id: number }[] }) => body.items.map((item) => item.id);

describe('GET /incident-triage', () => {
  it('lists the waiting messages of one’s region, oldest first; the sender’s number only for coordinators and administrators', async () => {
    const later = await waiting('ada ribut-ribut di banjar, tolong dicek', 'bali', '2024-11-20T02:00:00Z');
    const earlier = await waiting('LAPOR#Bangli#ada orang asing keliling kampung', 'bali', '2024-11-19T23:00:00Z');
    const forBali = (await call('bali', 'GET', '/incident-triage')).json();
    expect(ids(forBali)).toEqual(expect.arrayContaining([earlier, later]));
    expect(ids(forBali).indexOf(earlier)).toBeLessThan(ids(forBali).indexOf(later));
    const item = forBali.items.find((i: { id: number }) => i.id === earlier);
    expect(item).toMatchObject({
      reference: expect.stringMatching(/^TRI-2024-\d{6}$/), channel: 'sms', rawText: 'LAPOR#Bangli#ada orang asing keliling kampung', sender: '+6281244445555',
      senderHidden: false, region: { code: '51.06' }, scopeRegionCode: '51', category: null, status: 'baru', incident: null, receivedAt: '2024-11-19T23:00:00.000Z',
    });
    expect(item.problems).toContainEqual({ part: 'category', reason: 'missing' });
    const forOfficer = (await call('officer', 'GET', '/incident-triage')).json();
    // The officer works in Bangli: the message placed there, not the one known only by the token's scope (Bali).
    expect(ids(forOfficer)).toContain(earlier);
    expect(ids(forOfficer)).not.toContain(later);
    expect(forOfficer.items.find((i: { id: number }) => i.id === earlier)).toMatchObject({ sender: null, senderHidden: true });
  });

  it('keeps messages outside one’s region, and national ones, out of the list', async () => {
    const national = await waiting('halo admin, mau lapor ada kecurangan', 'national');
    expect(ids((await call('ntb', 'GET', '/incident-triage')).json())).toEqual([]);
    expect(ids((await call('bali', 'GET', '/incident-triage')).json())).not.toContain(national);
    expect(ids((await call('admin', 'GET', '/incident-triage')).json())).toContain(national);
    expect(ids((await call('bali', 'GET', '/incident-triage?region=52')).json())).toEqual([]);
  });

  it.each([['viewer', 403], ['reporter', 403]] as const)('refuses a %s (%i)', async (who, status) => {
    expect((await call(who, 'GET', '/incident-triage')).statusCode).toBe(status);
  });
});

describe('POST /incident-triage/:id/incident', () => {
  it('makes a report with the sender as reporter and the time received, then the message is handled (409 the second time)', async () => {
    const id = await waiting('ada yang bagi-bagi uang di pasar Kintamani', 'bali', '2024-11-20T00:30:00Z');
    const response = await call('bali', 'POST', `/incident-triage/${id}/incident`, { category: 'politik_uang', regionCode: '51.06' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      channel: 'sms', category: { code: 'politik_uang' }, regime: 'pilkada', region: { code: '51.06' }, description: 'ada yang bagi-bagi uang di pasar Kintamani',
      occurredAt: '2024-11-20T00:30:00.000Z', knownAt: '2024-11-20T00:30:00.000Z', reporter: { contact: '+6281244445555' }, status: 'baru',
    });
    const handled = (await call('bali', 'GET', '/incident-triage?status=dijadikan_insiden')).json();
    expect(handled.items.find((i: { id: number }) => i.id === id)).toMatchObject({ status: 'dijadikan_insiden', incident: { id: response.json().id, reference: response.json().reference } });
    expect(ids((await call('bali', 'GET', '/incident-triage')).json())).not.toContain(id);
    const again = await call('bali', 'POST', `/incident-triage/${id}/incident`, { category: 'politik_uang', regionCode: '51.06' });
    expect(again.statusCode).toBe(409);
    const audit = await ctx.database.db.execute(sql`select action from audit_log where entity_type = 'incident_triage' and entity_id = ${String(id)} order by id`);
    expect(audit.rows.map((row) => row.action)).toEqual(['incident_triage.create', 'incident_triage.to_incident']);
  });

  it('takes the person’s description, TPS, regime and severity over the message’s', async () => {
    const id = await waiting('LAPOR#Bangli#ada keributan di TPS 4');
    const response = await call('officer', 'POST', `/incident-triage/${id}/incident`, {
      category: 'konflik', regionCode: '51.06.01.2001', regime: 'pemilu', description: 'Keributan antarpendukung di TPS 004 Apuan', tps: 'TPS 004', severity: 'sedang',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ regime: 'pemilu', tps: 'TPS 004', severity: 'sedang', region: { code: '51.06.01.2001' }, description: 'Keributan antarpendukung di TPS 004 Apuan' });
  });

  it('refuses a region outside the person’s scope (403) and leaves the message waiting', async () => {
    const id = await waiting('tolong, ada intimidasi di dusun');
    expect((await call('bali', 'POST', `/incident-triage/${id}/incident`, { category: 'intimidasi', regionCode: '52.01' })).statusCode).toBe(403);
    expect(ids((await call('bali', 'GET', '/incident-triage')).json())).toContain(id);
  });

  it.each([
    ['an unknown message', 999_999, 'bali', 404],
    ['a message of another region', 0, 'ntb', 404],
    ['a viewer of the region', 0, 'viewer', 403],
    ['a reporter', 0, 'reporter', 404],
  ] as const)('answers %s with %i', async (_label, givenId, who, status) => {
    const id = givenId || (await waiting('mohon ditindaklanjuti, ada pelanggaran'));
    expect((await call(who, 'POST', `/incident-triage/${id}/incident`, { category: 'hoaks', regionCode: '51.06' })).statusCode).toBe(status);
  });

  it.each([
    ['no category', { regionCode: '51.06' }],
    ['an unknown category', { category: 'pencurian', regionCode: '51.06' }],
    ['a malformed region', { category: 'hoaks', regionCode: '5106' }],
    ['a field it does not know', { category: 'hoaks', regionCode: '51.06', status: 'selesai' }],
  ])('refuses %s (400)', async (_label, body) => {
    const id = await waiting('kabar tidak jelas beredar');
    expect((await call('bali', 'POST', `/incident-triage/${id}/incident`, body)).statusCode).toBe(400);
  });
});

describe('POST /incident-triage/:id/dismiss', () => {
  it('sets a message aside with a reason in the audit trail; the second time is 409', async () => {
    const id = await waiting('tes tes 123');
    const response = await call('bali', 'POST', `/incident-triage/${id}/dismiss`, { reason: 'Pesan uji coba dari petugas gateway' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id, status: 'diabaikan', incident: null, handledAt: '2024-11-20T03:00:00.000Z' });
    expect(ids((await call('bali', 'GET', '/incident-triage')).json())).not.toContain(id);
    expect((await call('bali', 'POST', `/incident-triage/${id}/dismiss`, { reason: 'lagi' })).statusCode).toBe(409);
    expect((await call('bali', 'POST', `/incident-triage/${id}/incident`, { category: 'hoaks', regionCode: '51.06' })).statusCode).toBe(409);
    const audit = await ctx.database.db.execute<{ changes: unknown }>(sql`
      select changes from audit_log where action = 'incident_triage.dismiss' and entity_id = ${String(id)}`);
    expect(JSON.stringify(audit.rows[0]?.changes)).toContain('Pesan uji coba dari petugas gateway');
  });

  it('needs a reason (400)', async () => {
    const id = await waiting('halo');
    expect((await call('bali', 'POST', `/incident-triage/${id}/dismiss`, { reason: '  ' })).statusCode).toBe(400);
  });
});
