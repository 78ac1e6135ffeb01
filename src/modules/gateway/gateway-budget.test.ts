import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, signInAll } from '../../../test/helpers.js';
import { GATEWAY_WRITES_PER_MINUTE, gatewayWritesPerMinuteFrom } from '../../server/rate-limit.js';
import type { AppOptions } from '../../server/app.js';
import { report } from '../incidents/test-desk.js';

/**
 * The gateway's own write budget (issue 7): a gateway relays many people's reports through one token,
 * so its deliveries are counted apart from the account's ordinary writes, per token, against a much
 * larger limit; past it the gateway is told to retry, and the retry lands once.
 */

/** A test desk whose clock the test moves: each minute is a fresh rate window. */
async function openBudgetDesk(options: AppOptions) {
  let now = new Date('2024-11-20T03:00:10Z');
  const ctx = await openTestApp({ now: () => now }, options);
  const password = 'gateway budget password';
  const sessions = await signInAll(ctx.app, ctx.database, { bali: { email: 'bali@budget.id', password, role: 'coordinator', scopeRegionCode: '51' } });
  const token = async (name: string) => {
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/v1/tokens', payload: { name, role: 'reporter', scopeRegionCode: '51' },
      headers: { origin: 'http://localhost:80' }, cookies: { sinergi_session: sessions.bali },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().token as string;
  };
  const tokens = { first: await token('Gateway SMS Bali'), second: await token('Gateway WhatsApp Bali') };
  // The setup's writes (the coordinator's, whose budget its tokens share) stay in the minute before the tests.
  const setMinute = (iso: string) => { now = new Date(iso); };
  setMinute('2024-11-20T03:01:20Z');

  const deliver = (token: string, messageId: string, text: string, headers: Record<string, string> = {}) => ctx.app.inject({
    method: 'POST', url: '/api/v1/gateway/sms', payload: { messageId, from: '0812-3456-7890', text }, headers: { authorization: `Bearer ${token}`, ...headers },
  });
  const ordinaryWrite = (token: string, description: string) => ctx.app.inject({
    method: 'POST', url: '/api/v1/incidents', payload: report({ description }), headers: { authorization: `Bearer ${token}` },
  });
  const count = async (query: ReturnType<typeof sql>) => Number((await ctx.database.db.execute<{ n: number }>(query)).rows[0]!.n);
  return { ...ctx, tokens, setMinute, deliver, ordinaryWrite, count };
}

describe('a gateway token with a small ordinary budget (5 writes a minute)', () => {
  let desk: Awaited<ReturnType<typeof openBudgetDesk>>;
  beforeAll(async () => { desk = await openBudgetDesk({ writesPerMinute: 5 }); });
  afterAll(async () => desk?.close());

  it('has 200 gateway messages in one minute all accepted, while its own 6th ordinary write that minute is 429', async () => {
    const references = new Set<string>();
    for (let i = 1; i <= 200; i++) {
      const response = await desk.deliver(desk.tokens.first, `SM-rush-${i}`, `LAPOR#Bangli#politik uang#Amplop dibagikan di banjar, pesan ke-${i}`);
      expect(response.statusCode, `message ${i}: ${response.body}`).toBe(201);
      references.add(response.json().reference);
    }
    expect(references.size).toBe(200);
    expect(await desk.count(sql`select count(*)::int as n from incidents where channel = 'sms'`)).toBe(200);

    for (let i = 1; i <= 5; i++) {
      const response = await desk.ordinaryWrite(desk.tokens.first, `Laporan biasa lewat API ke-${i}`);
      expect(response.statusCode, `ordinary write ${i}: ${response.body}`).toBe(201);
    }
    const sixth = await desk.ordinaryWrite(desk.tokens.first, 'Laporan biasa lewat API ke-6');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toMatchObject({ code: 'rate_limited', message: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.' });
    expect(sixth.headers['retry-after']).toBe('40');

    // The gateway is not held back by its owner's spent ordinary budget.
    const after = await desk.deliver(desk.tokens.first, 'SM-rush-201', 'LAPOR#Bangli#hoaks#Video palsu beredar');
    expect(after.statusCode, after.body).toBe(201);
  }, 180_000);
});

describe('the gateway budget itself (3 deliveries a minute per token)', () => {
  let desk: Awaited<ReturnType<typeof openBudgetDesk>>;
  beforeAll(async () => { desk = await openBudgetDesk({ writesPerMinute: 5, gatewayWritesPerMinute: 3 }); });
  afterAll(async () => desk?.close());

  const late = 'LAPOR#Bangli#politik uang#Serangan fajar di Desa Kayubihi, pesan yang ditolak dulu';

  it('answers a delivery past it 429 with Retry-After and a translated message saying the retry is safe, and stores nothing of it', async () => {
    for (let i = 1; i <= 3; i++) {
      const response = await desk.deliver(desk.tokens.first, `SM-cap-${i}`, `LAPOR#Bangli#hoaks#Kabar bohong nomor ${i}`);
      expect(response.statusCode, response.body).toBe(201);
    }
    const refused = await desk.deliver(desk.tokens.first, 'SM-cap-late', late);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('40');
    expect(refused.json().code).toBe('rate_limited');
    expect(refused.json().message).toContain('Batas pesan gateway per menit');
    expect(refused.json().message).toContain('messageId yang sama');
    const english = await desk.deliver(desk.tokens.first, 'SM-cap-late', late, { 'accept-language': 'en' });
    expect(english.statusCode).toBe(429);
    expect(english.json().message).toBe('Too many requests. Try again shortly. This token has reached its gateway limit of messages per minute. '
      + 'Send the refused messages again after the Retry-After delay with the same messageId: none will be recorded twice.');
    expect(await desk.count(sql`select count(*)::int as n from gateway_messages where message_id = 'SM-cap-late'`)).toBe(0);
    expect(await desk.count(sql`select count(*)::int as n from incidents where description like 'Serangan fajar%'`)).toBe(0);
  });

  it('is per token, and apart from the ordinary budget: in that same minute another token delivers and the spent one still writes', async () => {
    const other = await desk.deliver(desk.tokens.second, 'WA-other-1', 'LAPOR#Bangli#politik uang#Pembagian sembako oleh tim sukses');
    expect(other.statusCode, other.body).toBe(201);
    const ordinary = await desk.ordinaryWrite(desk.tokens.first, 'Laporan lewat API saat gateway penuh');
    expect(ordinary.statusCode, ordinary.body).toBe(201);
  });

  it('takes the refused message when it is sent again in the next minute with the same id, once: a further repeat is a replay', async () => {
    desk.setMinute('2024-11-20T03:02:05Z');
    const retried = await desk.deliver(desk.tokens.first, 'SM-cap-late', late);
    expect(retried.statusCode, retried.body).toBe(201);
    expect(retried.json()).toMatchObject({ outcome: 'incident', replayed: false });
    const again = await desk.deliver(desk.tokens.first, 'SM-cap-late', late);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ reference: retried.json().reference, incidentId: retried.json().incidentId, replayed: true });
    expect(await desk.count(sql`select count(*)::int as n from incidents where description like 'Serangan fajar%'`)).toBe(1);
    expect(await desk.count(sql`select count(*)::int as n from gateway_messages where message_id = 'SM-cap-late'`)).toBe(1);
  });

  it('counts a retry of an accepted message too, and answers it as the first delivery once the next minute opens', async () => {
    // The budget of this minute is spent by the two deliveries above and this one.
    expect((await desk.deliver(desk.tokens.first, 'SM-cap-4', 'LAPOR#Bangli#hoaks#Kabar bohong nomor 4')).statusCode).toBe(201);
    const lostAnswer = await desk.deliver(desk.tokens.first, 'SM-cap-4', 'LAPOR#Bangli#hoaks#Kabar bohong nomor 4');
    expect(lostAnswer.statusCode).toBe(429);
    desk.setMinute('2024-11-20T03:03:30Z');
    const replay = await desk.deliver(desk.tokens.first, 'SM-cap-4', 'LAPOR#Bangli#hoaks#Kabar bohong nomor 4');
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json().replayed).toBe(true);
    expect(await desk.count(sql`select count(*)::int as n from incidents where description like 'Kabar bohong nomor 4%'`)).toBe(1);
  });
});

describe('SINERGI_GATEWAY_WRITES_PER_MINUTE', () => {
  it('sets the gateway budget; unset or blank keeps the default; anything but a positive whole number stops the server', () => {
    expect(gatewayWritesPerMinuteFrom({})).toBe(GATEWAY_WRITES_PER_MINUTE);
    expect(gatewayWritesPerMinuteFrom({ SINERGI_GATEWAY_WRITES_PER_MINUTE: ' ' })).toBe(GATEWAY_WRITES_PER_MINUTE);
    expect(gatewayWritesPerMinuteFrom({ SINERGI_GATEWAY_WRITES_PER_MINUTE: ' 20000 ' })).toBe(20000);
    for (const bad of ['0', '-5', '1.5', 'banyak', '1e3']) {
      expect(() => gatewayWritesPerMinuteFrom({ SINERGI_GATEWAY_WRITES_PER_MINUTE: bad })).toThrow(/SINERGI_GATEWAY_WRITES_PER_MINUTE/);
    }
  });
});
