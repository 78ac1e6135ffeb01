import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomFeed, openFeedDesk, rssFeed, startFeedServer, type FeedServer } from './test-feeds.js';

let now = new Date('2024-11-20T02:00:00Z');
const clock = { now: () => new Date(now) };
let desk: Awaited<ReturnType<typeof openFeedDesk>>;
let feeds: FeedServer;

beforeAll(async () => {
  feeds = await startFeedServer();
  desk = await openFeedDesk(clock);
});
afterAll(async () => {
  await desk?.close();
  await feeds?.close();
});

async function follow(path: string, body: Record<string, unknown> = {}) {
  const response = await desk.call('admin', 'POST', '/media/feeds', { name: `Umpan ${path}`, url: feeds.url(path), pollMinutes: 30, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; version: number; url: string };
}

async function pollNow(id: number, who: 'admin' | 'bali' = 'admin', headers: Record<string, string> = {}) {
  const response = await desk.call(who, 'POST', `/media/feeds/${id}/poll`, undefined, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function articlesOf(feedId: number) {
  const rows = await desk.database.db.execute(sql`
    select title, body, url, source, origin, published_at from media_articles where feed_id = ${feedId} order by id`);
  return rows.rows.map((row) => ({
    title: row.title as string | null, body: String(row.body), url: row.url as string | null, source: row.source as string | null, origin: String(row.origin),
    published_at: row.published_at == null ? null : (row.published_at instanceof Date ? row.published_at : new Date(String(row.published_at))).toISOString(),
  }));
}

describe('configuring feeds', () => {
  it('refuses what is not an http(s) address, and a feed followed twice, clearly', async () => {
    for (const url of ['ftp://127.0.0.1/feed.xml', 'javascript:alert(1)', 'bukan alamat', `http://127.0.0.1/${'a'.repeat(2000)}`, 'http://user:rahasia@127.0.0.1/feed.xml']) {
      const response = await desk.call('admin', 'POST', '/media/feeds', { name: 'Umpan keliru', url, pollMinutes: 30 });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().code).toBe('invalid');
    }
    expect((await desk.call('admin', 'POST', '/media/feeds', { name: 'Terlalu sering', url: feeds.url('/sering.xml'), pollMinutes: 1 })).statusCode).toBe(400);
    await follow('/sekali.xml');
    // The same address with an upper-case host is the same feed.
    const twice = await desk.call('bali', 'POST', '/media/feeds', { name: 'Lagi', url: feeds.url('/sekali.xml').replace('http://', 'HTTP://'), pollMinutes: 60 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain('sudah terdaftar');
    const english = await desk.call('bali', 'POST', '/media/feeds', { name: 'Lagi', url: feeds.url('/sekali.xml'), pollMinutes: 60 }, { 'accept-language': 'en' });
    expect(english.json().message).toContain('already registered');
  });

  it('changes a feed at its version, refuses a stale version and an address already followed', async () => {
    const feed = await follow('/ubah.xml', { source: 'Sumber Lama' });
    await follow('/lain.xml');
    const changed = await desk.call('bali', 'PUT', `/media/feeds/${feed.id}`, { version: feed.version, name: 'Umpan diubah', source: 'Antara Bali', pollMinutes: 60 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Umpan diubah', source: 'Antara Bali', pollMinutes: 60, version: feed.version + 1, url: feed.url });
    expect((await desk.call('bali', 'PUT', `/media/feeds/${feed.id}`, { version: feed.version, name: 'Basi' })).statusCode).toBe(409);
    const taken = await desk.call('bali', 'PUT', `/media/feeds/${feed.id}`, { version: feed.version + 1, url: feeds.url('/lain.xml') });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toContain('sudah terdaftar');
    const listed = (await desk.call('admin', 'GET', '/media/feeds')).json().items;
    expect(listed.find((item: { id: number }) => item.id === feed.id)).toMatchObject({ name: 'Umpan diubah', lastStatus: null, lastPolledAt: null });
  });

  it('is the work of administrators and coordinators only', async () => {
    for (const who of ['officer', 'viewer', 'reporter'] as const) {
      expect((await desk.call(who, 'GET', '/media/feeds')).statusCode).toBe(403);
      expect((await desk.call(who, 'POST', '/media/feeds', { name: 'X', url: feeds.url('/x.xml'), pollMinutes: 30 })).statusCode).toBe(403);
    }
    expect((await desk.call(null, 'GET', '/media/feeds')).statusCode).toBe(401);
  });
});

describe('polling a feed now', () => {
  it('turns RSS items into articles: text from the HTML, link, publication time, the feed’s source; an item with neither text nor link is skipped', async () => {
    feeds.answers.set('/rss.xml', { body: rssFeed(feeds.base), etag: '"rss-1"', lastModified: 'Wed, 20 Nov 2024 01:00:00 GMT' });
    const feed = await follow('/rss.xml', { name: 'Warta Bali', source: 'Warta Bali Uji' });
    const result = await pollNow(feed.id);
    expect(result).toMatchObject({ status: 'ok', fetched: 4, created: 3, duplicates: 0, skipped: 1 });
    expect(result.error).toBeUndefined();
    expect(result.feed).toMatchObject({ lastStatus: 'ok', lastError: null, lastNewArticles: 3, lastPolledAt: now.toISOString() });
    expect(new Date(result.feed.nextPollAt).getTime() - now.getTime()).toBe(30 * 60_000);
    const articles = await articlesOf(feed.id);
    expect(articles).toHaveLength(3);
    const byTitle = Object.fromEntries(articles.map((article) => [article.title, article]));
    expect(byTitle['KPU Bangli Gelar Rapat Koordinasi Distribusi Logistik Pilkada']).toMatchObject({
      origin: 'feed', source: 'Warta Bali Uji', url: feeds.url('/berita/rakor-logistik-bangli'), published_at: '2024-11-18T03:00:00.000Z',
      body: 'BANGLI – Komisi Pemilihan Umum (KPU) Kabupaten Bangli menggelar rapat koordinasi distribusi logistik Pilkada di aula kantornya, Senin (18/11/2024).\n\nKetua KPU Bangli menyampaikan seluruh kotak suara telah diterima dalam keadaan baik.',
    });
    expect(byTitle['Bawaslu Klungkung Ingatkan Netralitas ASN Jelang Masa Tenang']).toMatchObject({
      body: 'Bawaslu Kabupaten Klungkung mengingatkan aparatur sipil negara agar menjaga netralitas menjelang masa tenang & hari pemungutan suara.',
      published_at: '2024-11-18T17:30:00.000Z',
    });
    // A headline whose link leads to the story is kept, its headline as its text.
    expect(byTitle['Polres Gianyar Siagakan Personel Pengamanan TPS']).toMatchObject({ body: 'Polres Gianyar Siagakan Personel Pengamanan TPS', published_at: null });
  });

  it('asks again with the validators it was given, and an unchanged feed (304) brings nothing', async () => {
    const feed = (await desk.call('admin', 'GET', '/media/feeds')).json().items.find((item: { name: string }) => item.name === 'Warta Bali');
    const before = feeds.hits('/rss.xml');
    now = new Date(now.getTime() + 5 * 60_000);
    const result = await pollNow(feed.id);
    expect(result).toMatchObject({ status: 'not_modified', fetched: 0, created: 0, duplicates: 0 });
    expect(result.feed).toMatchObject({ lastStatus: 'not_modified', lastNewArticles: 0 });
    expect(feeds.hits('/rss.xml')).toBe(before + 1);
    const asked = feeds.requests.filter((r) => r.path === '/rss.xml').at(-1)!;
    expect(asked.headers['if-none-match']).toBe('"rss-1"');
    expect(asked.headers['if-modified-since']).toBe('Wed, 20 Nov 2024 01:00:00 GMT');
    expect(await articlesOf(feed.id)).toHaveLength(3);
  });

  it('reads Atom, and a second full read finds every entry already stored (same URL)', async () => {
    feeds.answers.set('/atom.xml', { body: atomFeed(feeds.base), contentType: 'application/atom+xml' });
    const feed = await follow('/atom.xml', { name: 'Kabar Pemprov' });
    expect(await pollNow(feed.id, 'bali')).toMatchObject({ status: 'ok', fetched: 2, created: 2, duplicates: 0, skipped: 0 });
    const articles = await articlesOf(feed.id);
    expect(articles).toEqual([
      expect.objectContaining({
        title: 'Kesbangpol Tabanan Petakan Kerawanan Pemilihan', url: feeds.url('/kabar/pemetaan-kerawanan-tabanan'), source: 'Kabar Pemprov',
        published_at: '2024-11-19T06:00:00.000Z', body: expect.stringContaining('memetakan titik rawan konflik'),
      }),
      expect.objectContaining({
        title: 'Pemprov Bali Siapkan Posko Pemantauan Pilkada & Bencana', published_at: '2024-11-19T17:00:00.000Z',
        body: 'DENPASAR - Pemerintah Provinsi Bali menyiapkan posko pemantauan terpadu selama tahapan pemungutan suara.\n\nPosko melibatkan BPBD dan Satpol PP.',
      }),
    ]);
    const again = await pollNow(feed.id);
    expect(again).toMatchObject({ status: 'ok', fetched: 2, created: 0, duplicates: 2 });
    expect(again.feed.lastNewArticles).toBe(0);
    expect(await articlesOf(feed.id)).toHaveLength(2);
  });

  it.each([
    ['not a feed', '/bukan-umpan.html', { body: '<html><body><p>Halaman biasa, bukan umpan.</p></body></html>', contentType: 'text/html' }, 'not_feed', 'tidak berisi umpan'],
    ['not XML at all', '/teks.txt', { body: 'sekadar teks { "json": true }', contentType: 'text/plain' }, 'not_feed', 'tidak berisi umpan'],
    ['a server error', '/rusak.xml', { status: 500, body: 'galat' }, 'http_error', 'HTTP 500'],
    ['too large', '/raksasa.xml', { streamBytes: 6 * 1024 * 1024 }, 'too_large', 'terlalu besar'],
  ] as const)('a feed that fails (%s) answers with its reason, records it and does not crash', async (_, path, answer, status, words) => {
    feeds.answers.set(path, answer);
    const feed = await follow(path);
    const result = await pollNow(feed.id);
    expect(result).toMatchObject({ status, fetched: 0, created: 0 });
    expect(result.error).toContain(words);
    expect(result.feed.lastStatus).toBe(status);
    expect(result.feed.lastError).toEqual(expect.any(String));
    expect(await articlesOf(feed.id)).toHaveLength(0);
    expect((await desk.call('admin', 'GET', '/media/feeds')).statusCode).toBe(200);
  });

  it('an unreachable feed answers with its reason in the caller’s language', async () => {
    // A port nobody listens on: taken, then let go.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const feed = await follow('/tidak-ada.xml', { url: `http://127.0.0.1:${port}/umpan.xml` });
    const result = await pollNow(feed.id, 'admin', { 'accept-language': 'en' });
    expect(result).toMatchObject({ status: 'unreachable', created: 0 });
    expect(result.error).toContain('could not be reached');
    expect(result.feed.lastError).toContain('ECONNREFUSED');
    const indonesian = await pollNow(feed.id);
    expect(indonesian.error).toContain('tidak dapat dihubungi');
  });

  it('a feed being polled (leased) is not polled a second time at once', async () => {
    feeds.answers.set('/sibuk.xml', { body: rssFeed(feeds.base) });
    const feed = await follow('/sibuk.xml');
    expect(await desk.services.mediaFeeds.service.repo.lease(feed.id, clock.now(), 60_000)).not.toBeNull();
    const refused = await desk.call('admin', 'POST', `/media/feeds/${feed.id}/poll`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('sedang dibaca');
    expect(feeds.hits('/sibuk.xml')).toBe(0);
  });

  it('an unknown feed is 404', async () => {
    expect((await desk.call('admin', 'POST', '/media/feeds/999999/poll')).statusCode).toBe(404);
  });
});

describe('deleting a feed', () => {
  it('deletes a feed no article came from (204), and keeps one with articles, disabled, so they keep their source', async () => {
    const empty = await follow('/kosong.xml');
    expect((await desk.call('admin', 'DELETE', `/media/feeds/${empty.id}`)).statusCode).toBe(204);
    expect((await desk.call('admin', 'DELETE', `/media/feeds/${empty.id}`)).statusCode).toBe(404);
    const withArticles = (await desk.call('admin', 'GET', '/media/feeds')).json().items.find((item: { name: string }) => item.name === 'Kabar Pemprov');
    const kept = await desk.call('bali', 'DELETE', `/media/feeds/${withArticles.id}`);
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({ disabled: true, feed: { id: withArticles.id, enabled: false, version: withArticles.version + 1 } });
    expect(await articlesOf(withArticles.id)).toHaveLength(2);
    const audit = await desk.database.db.execute(sql`select action from audit_log where entity_type = 'media_feed' and entity_id in (${String(empty.id)}, ${String(withArticles.id)}) order by id`);
    expect(audit.rows.map((row) => row.action)).toEqual(expect.arrayContaining(['media_feed.create', 'media_feed.delete', 'media_feed.poll', 'media_feed.disable']));
  });
});
