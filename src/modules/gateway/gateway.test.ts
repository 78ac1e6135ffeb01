import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, requestAs, signInAll, type TestUser } from '../../../test/helpers.js';

/** Wednesday 20 November 2024, 11:00 WITA: a week before the Pilkada voting day. */
const NOW = '2024-11-20T03:00:00.000Z';
const clock = { now: () => new Date(NOW) };
type Who = 'admin' | 'bali' | 'viewer';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let sessions: Record<Who, string>;
/** Gateway tokens: reporters of Bali (the Bali coordinator's) and of the whole country (the admin's), and a viewer's. */
const tokens = { bali: '', national: '', viewer: '' };

beforeAll(async () => {
  ctx = await openTestApp(clock);
  const password = 'gateway test password';
  const users: Record<Who, TestUser> = {
    admin: { email: 'admin@gw.id', password, role: 'admin', scopeRegionCode: null },
    bali: { email: 'bali@gw.id', password, role: 'coordinator', scopeRegionCode: '51' },
    viewer: { email: 'viewer@gw.id', password, role: 'viewer', scopeRegionCode: '51' },
  };
  sessions = await signInAll(ctx.app, ctx.database, users);
  const create = async (who: Who, body: Record<string, unknown>) => {
    const response = await requestAs(ctx.app, sessions[who], 'POST', '/tokens', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().token as string;
  };
  tokens.bali = await create('bali', { name: 'Gateway SMS Bali', role: 'reporter', scopeRegionCode: '51' });
  tokens.national = await create('admin', { name: 'Gateway WhatsApp nasional', role: 'reporter', scopeRegionCode: null });
  tokens.viewer = await create('bali', { name: 'Dashboard Bali', role: 'viewer', scopeRegionCode: '51' });
});
afterAll(async () => ctx?.close());

let sequence = 0;
/** A gateway delivery: a fresh message id unless one is given. */
function deliver(text: string, options: { token?: keyof typeof tokens | null; channel?: string; messageId?: string; from?: string; receivedAt?: string; extra?: object } = {}) {
  const token = options.token === undefined ? tokens.bali : options.token === null ? null : tokens[options.token];
  const body = {
    messageId: options.messageId ?? `SM-test-${++sequence}`, from: options.from ?? '0812-3456-7890', text,
    ...(options.receivedAt ? { receivedAt: options.receivedAt } : {}), ...options.extra,
  };
  return ctx.app.inject({
    method: 'POST', url: `/api/v1/gateway/${options.channel ?? 'sms'}`, payload: body, headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function count(table: 'incidents' | 'incident_triage' | 'gateway_messages', where = sql`true`): Promise<number> {
  const rows = await ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`);
  return Number(rows.rows[0]!.n);
}

const incident = (id: number, who: Who = 'bali') => requestAs(ctx.app, sessions[who], 'GET', `/incidents/${id}`);

describe('a message in the format', () => {
  it('becomes one report with the region and category it names, the TPS, the SMS channel and the sender as contact; the reply quotes its number', async () => {
    const response = await deliver('LAPOR#Bangli#politik uang#Ada pembagian amplop di Desa Kayubihi#TPS 05', { receivedAt: '2024-11-20T02:30:00+08:00' });
    expect(response.statusCode, response.body).toBe(201);
    const answer = response.json();
    expect(answer).toMatchObject({
      outcome: 'incident', triageId: null, replayed: false,
      recognised: { region: { code: '51.06' }, category: 'politik_uang', regime: 'pilkada', tps: 'TPS 005' },
    });
    expect(answer.reference).toMatch(/^INS-2024-\d{6}$/);
    expect(answer.reply).toBe(`Laporan diterima. Nomor: ${answer.reference}. Politik uang, Kabupaten Bangli. Simpan nomor ini untuk menanyakan tindak lanjutnya.`);
    const stored = (await incident(answer.incidentId)).json();
    expect(stored).toMatchObject({
      reference: answer.reference, channel: 'sms', category: { code: 'politik_uang' }, regime: 'pilkada', region: { code: '51.06', timeZone: 'WITA' },
      tps: 'TPS 005', description: 'Ada pembagian amplop di Desa Kayubihi#TPS 05', status: 'baru',
      occurredAt: '2024-11-19T18:30:00.000Z', knownAt: '2024-11-19T18:30:00.000Z',
      reporter: { contact: '+6281234567890', hidden: false },
    });
  });

  it('hides the sender’s number from those who may not see reporters’ contacts, and keeps it out of the audit trail', async () => {
    const { incidentId } = (await deliver('LAPOR#Bangli#hoaks#Video palsu tentang calon bupati', { from: '+62 813 1111 2222' })).json();
    const viewed = (await incident(incidentId, 'viewer')).json();
    expect(viewed.reporter).toMatchObject({ contact: null, hidden: true });
    const audit = await ctx.database.db.execute<{ changes: unknown }>(sql`select changes from audit_log where entity_type = 'incident' and entity_id = ${String(incidentId)}`);
    expect(audit.rows).toHaveLength(1);
    expect(JSON.stringify(audit.rows[0]!.changes)).not.toContain('1111');
  });

  it.each([
    ['a kabupaten with a typo', 'LAPOR#kab bangkli#hoaks#video palsu', '51.06'],
    ['a kota with a typo', 'LAPOR#kota denpasr#hoaks#video palsu', '51.71'],
    ['a code without dots', 'LAPOR#5106#hoaks#video palsu', '51.06'],
    ['a desa code', 'LAPOR#51.06.01.2001#logistik#kotak suara tertukar', '51.06.01.2001'],
    ['a category by keyword, the region second', 'lpr * hoax * Bangli * video editan beredar', '51.06'],
  ])('resolves %s', async (_label, text, code) => {
    const response = await deliver(text);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ outcome: 'incident', recognised: { region: { code } } });
  });

  it('takes a category from the description and the regime from the message when given', async () => {
    const response = await deliver('LAPOR#Bangli#PEMILU#warga menerima amplop dari caleg');
    expect(response.json()).toMatchObject({ outcome: 'incident', recognised: { category: 'politik_uang', regime: 'pemilu' } });
    expect((await incident(response.json().incidentId)).json().regime).toBe('pemilu');
  });

  it('takes a time ahead of the server’s clock as now, and the message itself as the description when it has none', async () => {
    const response = await deliver('LAPOR#Bangli#amplop', { receivedAt: '2024-11-21T00:00:00Z' });
    const stored = (await incident(response.json().incidentId)).json();
    expect(stored).toMatchObject({ occurredAt: NOW, knownAt: NOW, description: 'LAPOR#Bangli#amplop' });
  });
});

describe('repeats', () => {
  it('the same message id twice gives one report and the same reply (200, replayed)', async () => {
    const text = 'LAPOR#Bangli#intimidasi#Warga diancam agar memilih calon tertentu';
    const first = await deliver(text, { messageId: 'SM-repeat-1' });
    const again = await deliver(text, { messageId: 'SM-repeat-1', receivedAt: '2024-11-20T02:59:00Z' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...first.json(), replayed: true });
    expect(await count('incidents', sql`description = 'Warga diancam agar memilih calon tertentu'`)).toBe(1);
  });

  it('two deliveries at once still make one report', async () => {
    const text = 'LAPOR#Bangli#kekerasan#Saksi dipukul di depan TPS 3';
    const [a, b] = await Promise.all([deliver(text, { messageId: 'SM-race-1' }), deliver(text, { messageId: 'SM-race-1' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().reference).toBe(b.json().reference);
    expect(await count('incidents', sql`description = 'Saksi dipukul di depan TPS 3'`)).toBe(1);
  });

  it('ids are per channel: the same id on WhatsApp is another message', async () => {
    const text = 'LAPOR#Bangli#golput#Ada ajakan golput di media sosial';
    const sms = (await deliver(text, { messageId: 'wamid-1' })).json();
    const whatsapp = await deliver(text, { messageId: 'wamid-1', channel: 'whatsapp' });
    expect(whatsapp.statusCode).toBe(201);
    expect(whatsapp.json().reference).not.toBe(sms.reference);
    expect((await incident(whatsapp.json().incidentId)).json().channel).toBe('whatsapp');
  });

  it('an id reused for another text or sender is refused (422) and changes nothing', async () => {
    await deliver('LAPOR#Bangli#hoaks#kabar bohong pertama', { messageId: 'SM-reused' });
    const before = await count('incidents');
    expect((await deliver('LAPOR#Bangli#hoaks#kabar bohong kedua', { messageId: 'SM-reused' })).statusCode).toBe(422);
    const otherSender = await deliver('LAPOR#Bangli#hoaks#kabar bohong pertama', { messageId: 'SM-reused', from: '0813 9999 0000' });
    expect(otherSender.statusCode).toBe(422);
    expect(otherSender.json().message).toContain('messageId');
    expect(await count('incidents')).toBe(before);
  });
});

describe('triage', () => {
  it('free text waits in triage with its raw text and sender, the reply gives its number and the format; a repeat answers the same', async () => {
    const text = 'Tolong pak, di kampung kami ada ribut-ribut sejak semalam';
    const incidentsBefore = await count('incidents');
    const response = await deliver(text, { messageId: 'SM-free-1', from: '6281200001111' });
    expect(response.statusCode, response.body).toBe(201);
    const answer = response.json();
    expect(answer).toMatchObject({ outcome: 'triage', incidentId: null, recognised: { region: null, category: null } });
    expect(answer.reference).toMatch(/^TRI-2024-\d{6}$/);
    expect(answer.reply).toContain(`nomor ${answer.reference}`);
    expect(answer.reply).toContain('Wilayah belum disebutkan.');
    expect(answer.reply).toContain('LAPOR#wilayah#kategori#uraian');
    expect(answer.problems).toEqual(expect.arrayContaining([{ part: 'format', reason: 'no_keyword' }, { part: 'region', reason: 'missing' }]));
    const rows = await ctx.database.db.execute<Record<string, unknown>>(sql`select * from incident_triage where id = ${answer.triageId}`);
    expect(rows.rows[0]).toMatchObject({ raw_text: text, sender: '+6281200001111', channel: 'sms', status: 'baru', region_code: null, scope_region_code: '51' });
    const again = await deliver(text, { messageId: 'SM-free-1', from: '6281200001111' });
    expect(again.json()).toEqual({ ...answer, replayed: true });
    expect(await count('incidents')).toBe(incidentsBefore);
    expect(await count('incident_triage', sql`raw_text = ${text}`)).toBe(1);
  });

  it('keeps the sender’s number out of the triage audit row', async () => {
    const { triageId } = (await deliver('halo, mau lapor', { from: '0812 7777 8888' })).json();
    const audit = await ctx.database.db.execute<{ changes: unknown; region_code: string | null }>(sql`
      select changes, region_code from audit_log where entity_type = 'incident_triage' and entity_id = ${String(triageId)}`);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.region_code).toBe('51');
    expect(JSON.stringify(audit.rows[0]!.changes)).not.toContain('7777');
  });

  it.each([
    ['a region that is no region', 'LAPOR#Kampung Durian Runtuh#politik uang#amplop', 'tidak ditemukan', { part: 'region', reason: 'not_found', text: 'Kampung Durian Runtuh' }],
    ['a region outside the token’s scope', 'LAPOR#Lombok Barat#politik uang#amplop', 'tidak ditemukan', { part: 'region', reason: 'not_found', text: 'Lombok Barat' }],
    ['a code outside the token’s scope', 'LAPOR#52.01#politik uang#amplop', 'tidak ditemukan', { part: 'region', reason: 'not_found', text: '52.01' }],
    ['an unknown category', 'LAPOR#Bangli#pelanggaran#ada kejadian di jalan', 'Kategori “pelanggaran” tidak dikenali', { part: 'category', reason: 'unknown', text: 'pelanggaran' }],
    ['only the keyword', 'LAPOR', 'Wilayah belum disebutkan', { part: 'description', reason: 'missing' }],
  ])('%s goes to triage', async (_label, text, hint, problem) => {
    const response = await deliver(text);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().outcome).toBe('triage');
    expect(response.json().reply).toContain(hint);
    expect(response.json().problems).toContainEqual(problem);
  });

  it('keeps a recognised region for the person who finishes it', async () => {
    const { triageId, recognised } = (await deliver('LAPOR#Bangli#ada keributan kecil')).json();
    expect(recognised.region.code).toBe('51.06');
    const rows = await ctx.database.db.execute<{ region_code: string }>(sql`select region_code from incident_triage where id = ${triageId}`);
    expect(rows.rows[0]!.region_code).toBe('51.06');
  });

  it('a name two regions share goes to triage with both', async () => {
    const response = await deliver('LAPOR#Malang#politik uang#amplop di pasar', { token: 'national', channel: 'whatsapp' });
    expect(response.json()).toMatchObject({ outcome: 'triage', problems: [{ part: 'region', reason: 'ambiguous', text: 'Malang', codes: ['35.07', '35.73'] }] });
    expect(response.json().reply).toContain('lebih dari satu');
  });
});

describe('who may send', () => {
  it('a token that may not submit reports gets 403, and nothing is stored', async () => {
    const before = await count('gateway_messages');
    const response = await deliver('LAPOR#Bangli#hoaks#video', { token: 'viewer' });
    expect(response.statusCode).toBe(403);
    expect(await count('gateway_messages')).toBe(before);
  });

  it('no token gets 401; an unknown token too', async () => {
    expect((await deliver('LAPOR#Bangli#hoaks#video', { token: null })).statusCode).toBe(401);
    const forged = await ctx.app.inject({ method: 'POST', url: '/api/v1/gateway/sms', payload: { messageId: 'x', from: '0812345678', text: 'LAPOR' }, headers: { authorization: `Bearer sng_${'x'.repeat(40)}` } });
    expect(forged.statusCode).toBe(401);
  });
});

describe('validation at the edge', () => {
  it.each([
    ['a sender that is no phone number', { from: 'BAWASLU' }, 'from'],
    ['a text with control characters', { text: 'LAPOR#Bangli#hoaks#\u001b[31mmerah' }, 'karakter kendali'],
    ['a text with a NUL', { text: 'LAPOR\u0000#Bangli' }, 'NUL'],
    ['an empty text', { text: '  \n ' }, 'text kosong'],
    ['a text too long', { text: `LAPOR#Bangli#hoaks#${'x'.repeat(10_000)}` }, 'text'],
    ['a message id with spaces', { messageId: 'SM 1' }, 'messageId'],
    ['a message id too long', { messageId: 'x'.repeat(201) }, 'messageId'],
    ['a field it does not know', { status: 'selesai' }, 'status'],
    ['a time that is no time', { receivedAt: 'kemarin sore' }, 'receivedAt'],
  ])('refuses %s (400) and stores nothing', async (_label, change, mention) => {
    const before = await count('gateway_messages');
    const body = { messageId: 'SM-valid-shape', from: '081234567890', text: 'LAPOR#Bangli#hoaks#video', ...change };
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/gateway/sms', payload: body, headers: { authorization: `Bearer ${tokens.bali}` } });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().message).toContain(mention);
    expect(await count('gateway_messages')).toBe(before);
  });

  it('refuses an unknown channel (400)', async () => {
    expect((await deliver('LAPOR#Bangli#hoaks#video', { channel: 'telegram' })).statusCode).toBe(400);
  });

  it('answers in English when asked', async () => {
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/v1/gateway/sms', payload: { messageId: 'SM-en-1', from: '081234567890', text: 'LAPOR#Bangli#hoaks#fake video' },
      headers: { authorization: `Bearer ${tokens.bali}`, 'accept-language': 'en' },
    });
    expect(response.json().reply).toMatch(/^Report received\. Number: INS-2024-\d{6}\. Hoaxes and disinformation, /);
  });
});
