/**
 * For the media-feeds tests: a feed server on 127.0.0.1 (random port) whose answers each test sets,
 * recording every request; synthetic Indonesian news written for these tests; and a small desk.
 * Not a test file.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../../test/helpers.js';
import type { Clock } from '../../services.js';

export interface FeedAnswer {
  status?: number;
  body?: string;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  /** Streams this many bytes of XML-looking filler, without a Content-Length. */
  streamBytes?: number;
}

export async function startFeedServer() {
  const answers = new Map<string, FeedAnswer>();
  const requests: { path: string; headers: http.IncomingHttpHeaders }[] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const answer = answers.get(path);
    if (!answer) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('tidak ada');
      return;
    }
    const fresh = (answer.etag && request.headers['if-none-match'] === answer.etag)
      || (!answer.etag && answer.lastModified && request.headers['if-modified-since'] === answer.lastModified);
    if (fresh) {
      response.writeHead(304).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': answer.contentType ?? 'application/rss+xml; charset=utf-8' };
    if (answer.etag) headers.etag = answer.etag;
    if (answer.lastModified) headers['last-modified'] = answer.lastModified;
    if (answer.streamBytes) {
      response.writeHead(200, headers);
      const chunk = Buffer.alloc(64 * 1024, ' ');
      let sent = 0;
      const pump = () => {
        while (sent < answer.streamBytes!) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('error', () => undefined);
      pump();
      return;
    }
    response.writeHead(answer.status ?? 200, headers).end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path: string) => `${base}${path}`,
    answers,
    requests,
    hits: (path: string) => requests.filter((r) => r.path === path).length,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export type FeedServer = Awaited<ReturnType<typeof startFeedServer>>;

/**
 * An RSS 2.0 feed of four items: full HTML content, a description only, a headline with a link, and
 * one with neither text nor link. `edition` makes the texts of one feed differ from another's.
 */
export function rssFeed(base: string, edition = ''): string {
  const ed = edition ? ` (${edition})` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Warta Bali Uji</title>
    <link>${base}/</link>
    <description>Berita uji untuk Sinergi</description>
    <item>
      <title>KPU Bangli Gelar Rapat Koordinasi Distribusi Logistik Pilkada${ed}</title>
      <link>${base}/berita/rakor-logistik-bangli</link>
      <pubDate>Mon, 18 Nov 2024 03:00:00 GMT</pubDate>
      <description>Ringkasan rapat logistik.</description>
      <content:encoded><![CDATA[<p>BANGLI &ndash; Komisi Pemilihan Umum (KPU) Kabupaten Bangli menggelar <b>rapat koordinasi</b> distribusi logistik Pilkada di aula kantornya, Senin (18/11/2024).</p><p>Ketua KPU Bangli menyampaikan seluruh kotak suara telah diterima dalam keadaan baik.</p><script>track()</script>]]></content:encoded>
    </item>
    <item>
      <title>Bawaslu Klungkung Ingatkan Netralitas ASN Jelang Masa Tenang${ed}</title>
      <link>${base}/berita/netralitas-asn-klungkung</link>
      <pubDate>Tue, 19 Nov 2024 01:30:00 +0800</pubDate>
      <description>&lt;p&gt;Bawaslu Kabupaten Klungkung mengingatkan aparatur sipil negara agar menjaga netralitas menjelang masa tenang &amp;amp; hari pemungutan suara.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Polres Gianyar Siagakan Personel Pengamanan TPS${ed}</title>
      <link>${base}/berita/pengamanan-tps-gianyar</link>
    </item>
    <item>
      <title>Pengumuman tanpa tautan dan tanpa isi</title>
    </item>
  </channel>
</rss>`;
}

/** An Atom feed of two entries: HTML content, and a summary only. */
export function atomFeed(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Kabar Pemprov Uji</title>
  <id>urn:uuid:6f1c2a4e-0000-4000-8000-000000000009</id>
  <updated>2024-11-20T02:00:00Z</updated>
  <link rel="self" href="${base}/atom.xml"/>
  <entry>
    <title type="html">Pemprov Bali Siapkan Posko Pemantauan Pilkada &amp;amp; Bencana</title>
    <id>urn:uuid:6f1c2a4e-0000-4000-8000-000000000001</id>
    <link rel="alternate" href="${base}/kabar/posko-pemantauan"/>
    <published>2024-11-20T01:00:00+08:00</published>
    <updated>2024-11-20T02:00:00+08:00</updated>
    <content type="html">&lt;p&gt;DENPASAR - Pemerintah Provinsi Bali menyiapkan posko pemantauan terpadu selama tahapan pemungutan suara.&lt;/p&gt;&lt;p&gt;Posko melibatkan BPBD dan Satpol PP.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Kesbangpol Tabanan Petakan Kerawanan Pemilihan</title>
    <id>urn:uuid:6f1c2a4e-0000-4000-8000-000000000002</id>
    <link href="${base}/kabar/pemetaan-kerawanan-tabanan"/>
    <updated>2024-11-19T06:00:00Z</updated>
    <summary>Badan Kesbangpol Kabupaten Tabanan memetakan titik rawan konflik menjelang pemungutan suara bersama camat se-Tabanan.</summary>
  </entry>
</feed>`;
}

export type FeedWho = 'admin' | 'bali' | 'officer' | 'viewer' | 'reporter';

/** A desk with an administrator, a Bali coordinator, an officer, a viewer and a reporter. */
export async function openFeedDesk(clock: Clock) {
  const ctx = await openTestApp(clock, { writesPerMinute: 100_000 });
  const kpuBangli = await createTestUnit(ctx.database, 'KPU', '51.06', 'KPU Kabupaten Bangli');
  const password = 'feed desk password';
  const users: Record<FeedWho, TestUser> = {
    admin: { email: 'admin@umpan.id', password, role: 'admin', scopeRegionCode: null },
    bali: { email: 'bali@umpan.id', password, role: 'coordinator', scopeRegionCode: '51' },
    officer: { email: 'officer@umpan.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: kpuBangli },
    viewer: { email: 'viewer@umpan.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@umpan.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  const sessions = await signInAll(ctx.app, ctx.database, users);
  const call = (who: FeedWho | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    requestAs(ctx.app, who ? sessions[who] : undefined, method, url, payload, headers);
  return { ...ctx, sessions, call };
}
