import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleExtractor } from '../extraction/extractor.js';
import { BANGLI_RELEASE, SHORT_ARTICLES, editedRelease, openMediaDesk, reviewedFields } from './test-desk.js';

let now = new Date('2024-11-26T02:00:00Z');
let desk: Awaited<ReturnType<typeof openMediaDesk>>;

beforeAll(async () => {
  desk = await openMediaDesk({ now: () => new Date(now) });
});
afterAll(async () => desk?.close());

describe('pasting an article', () => {
  it('stores it with the extractor’s reading as its fields, and its text as title, blank line, body', async () => {
    const response = await desk.call('officer', 'POST', '/media/articles', {
      title: '  Bawaslu Bangli gelar rakor pengawasan masa tenang ', body: BANGLI_RELEASE, url: 'HTTPS://Berita.Example.id/bali/rakor-bangli/?utm_source=wa#top',
      source: 'Kabar Bali', publishedAt: '2024-11-25T09:30:00+08:00',
    });
    expect(response.statusCode, response.body).toBe(201);
    const { article, duplicate } = response.json();
    expect(duplicate).toBeUndefined();
    const text = `Bawaslu Bangli gelar rakor pengawasan masa tenang\n\n${BANGLI_RELEASE}`;
    expect(article).toMatchObject({
      title: 'Bawaslu Bangli gelar rakor pengawasan masa tenang', url: 'https://berita.example.id/bali/rakor-bangli', source: 'Kabar Bali',
      publishedAt: '2024-11-25T01:30:00.000Z', origin: 'paste', state: 'baru', duplicateOf: null, feedId: null, text, version: 1, corrections: [],
    });
    const expected = articleExtractor()({ text, publishedOn: '2024-11-25' });
    expect(article.extraction).toEqual(JSON.parse(JSON.stringify(expected)));
    // Unreviewed, the fields are the extraction without its evidence (regions named as the gazetteer names them).
    const { evidence: _evidence, regions, ...withoutEvidence } = article.extraction;
    expect(article.fields).toMatchObject(withoutEvidence);
    expect(article.fields.regions.map((r: { code: string }) => r.code)).toEqual(regions.map((r: { code: string }) => r.code));
    const stored = await desk.database.db.execute<{ event_type: string; n: number }>(sql`
      select event_type, (select count(*)::int from media_article_regions where article_id = ${article.id}) as n from media_articles where id = ${article.id}`);
    expect(stored.rows[0]).toEqual({ event_type: article.fields.event_type, n: article.fields.regions.length });
    const audit = await desk.database.db.execute(sql`select action from audit_log where entity_type = 'media_article' and entity_id = ${String(article.id)}`);
    expect(audit.rows).toEqual([{ action: 'media_article.create' }]);
  });

  it('answers the same URL, however spelled, with the stored article and stores nothing', async () => {
    const before = await desk.database.db.execute<{ n: number }>(sql`select count(*)::int as n from media_articles`);
    const response = await desk.call('bali', 'POST', '/media/articles', { body: 'Teks lain sama sekali, dari salinan yang dimuat ulang.', url: 'https://berita.example.id/bali/rakor-bangli?fbclid=abc' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ duplicate: 'url', article: { url: 'https://berita.example.id/bali/rakor-bangli', title: 'Bawaslu Bangli gelar rakor pengawasan masa tenang' } });
    const after = await desk.database.db.execute<{ n: number }>(sql`select count(*)::int as n from media_articles`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('answers the same text, re-typeset, as a text duplicate', async () => {
    const response = await desk.call('officer', 'POST', '/media/articles', {
      title: 'BAWASLU BANGLI GELAR RAKOR PENGAWASAN MASA TENANG', body: BANGLI_RELEASE.replace(/\n\n/g, '\n').replace(/, /g, ' , '), url: 'https://portal.example.id/salinan/1',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().duplicate).toBe('text');
    expect(response.json().article.url).toBe('https://berita.example.id/bali/rakor-bangli');
  });

  it('stores one article when two people paste the same new text at the same moment', async () => {
    const body = 'Sentra Gakkumdu Kabupaten Karangasem menggelar rapat pembahasan dugaan politik uang di Kantor Bawaslu, Kamis (28/11/2024). Rapat membahas dua laporan warga.';
    const answers = await Promise.all([1, 2, 3].map(() => desk.call('officer', 'POST', '/media/articles', { title: 'Gakkumdu Karangasem bahas dugaan politik uang', body })));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 201]);
    const ids = new Set(answers.map((answer) => answer.json().article.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((answer) => answer.statusCode === 200).every((answer) => answer.json().duplicate === 'text')).toBe(true);
    const stored = await desk.database.db.execute(sql`select count(*)::int as n from media_articles where body = ${body}`);
    expect(stored.rows[0]).toEqual({ n: 1 });
  });

  it('stores a near-identical text (a few words changed) pointing at the original', async () => {
    const original = (await desk.call('officer', 'GET', '/media/articles?q=rakor')).json().items.at(-1);
    const response = await desk.call('officer', 'POST', '/media/articles', { title: 'Bawaslu Bangli gelar rakor pengawasan masa tenang', body: editedRelease([12, 77, 140]) });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().article.duplicateOf).toBe(original.id);
  });

  it('an unrelated article is no duplicate; an API token’s article has origin api', async () => {
    const pasted = await desk.paste({ body: SHORT_ARTICLES.mataram });
    expect(pasted.duplicateOf).toBeNull();
    const created = await desk.call('admin', 'POST', '/tokens', { name: 'Pengumpul berita', role: 'officer', scopeRegionCode: '51.06', unitId: desk.units.bawasluBangli });
    expect(created.statusCode, created.body).toBe(201);
    const viaToken = await desk.app.inject({ method: 'POST', url: '/api/v1/media/articles', headers: { authorization: `Bearer ${created.json().token}` }, payload: { body: SHORT_ARTICLES.gianyar } });
    expect(viaToken.statusCode, viaToken.body).toBe(201);
    expect(viaToken.json().article.origin).toBe('api');
  });

  it('refuses bad input at the edge with clear 400s, never a 500', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ body: '   ' }, /body/],
      [{ body: 'x'.repeat(200_001) }, /body/],
      [{ body: 'Isi', url: 'javascript:alert(1)' }, /url/],
      [{ body: 'Isi', url: 'ftp://example.id/a' }, /url/],
      [{ body: 'Isi', publishedAt: '2024-02-30' }, /publishedAt/],
      [{ body: 'Isi', title: 't'.repeat(501) }, /title/],
      [{ body: 'Isi\u0000nul' }, /NUL/],
      [{ body: 'Isi', extra: true }, /extra|Unrecognized|dikenali/i],
    ];
    for (const [body, message] of cases) {
      const response = await desk.call('officer', 'POST', '/media/articles', body, { 'accept-language': 'en' });
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.json().message).toMatch(message);
    }
    const id = await desk.call('officer', 'POST', '/media/articles', { body: 'Isi', url: 'mailto:a@b.id' });
    expect(id.json().message).toMatch(/http atau https/);
  });

  it('only desk roles add; readers and reporters do not', async () => {
    expect((await desk.call('viewer', 'POST', '/media/articles', { body: 'Teks pemirsa' })).statusCode).toBe(403);
    expect((await desk.call('reporter', 'POST', '/media/articles', { body: 'Teks pelapor' })).statusCode).toBe(403);
    expect((await desk.call(null, 'POST', '/media/articles', { body: 'Teks tamu' })).statusCode).toBe(401);
  });
});

describe('uploading files', () => {
  it('reads several files at once: text, Markdown and HTML stored, a repeat found, the rest rejected with reasons', async () => {
    const html = '<html><head><title>Portal</title><script>alert(1)</script></head><body><h1>Patroli malam di Karangasem</h1><p>Polres Karangasem &amp; Kodim berpatroli di desa-desa rawan menjelang hari pencoblosan.</p></body></html>';
    const response = await desk.upload('officer', [
      { filename: 'denpasar.txt', contentType: 'text/plain', content: `Video palsu calon wali kota\n\n${SHORT_ARTICLES.denpasar}` },
      { filename: 'patroli.html', contentType: 'text/html', content: html },
      { filename: 'deklarasi.md', contentType: 'text/markdown', content: `# Deklarasi damai Karangasem\n\n${SHORT_ARTICLES.karangasem}` },
      { filename: 'ulang.txt', contentType: 'text/plain', content: SHORT_ARTICLES.mataram },
      { filename: 'foto.txt', contentType: 'text/plain', content: new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10]) },
      { filename: 'kosong.txt', contentType: 'text/plain', content: '' },
      { filename: 'besar.txt', contentType: 'text/plain', content: 'kata '.repeat(450_000) },
      { filename: 'tabel.xlsx', contentType: 'application/octet-stream', content: 'PK' },
    ]);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.created.map((a: { title: string; origin: string }) => [a.title, a.origin])).toEqual([
      ['Video palsu calon wali kota', 'upload'], ['Patroli malam di Karangasem', 'upload'], ['Deklarasi damai Karangasem', 'upload'],
    ]);
    expect(result.created[1].body).toBe('Polres Karangasem & Kodim berpatroli di desa-desa rawan menjelang hari pencoblosan.');
    expect(result.duplicates).toEqual([{ file: 'ulang.txt', articleId: expect.any(Number), duplicate: 'text' }]);
    expect(result.rejected).toEqual([
      { file: 'foto.txt', reason: 'binary' }, { file: 'kosong.txt', reason: 'empty' }, { file: 'besar.txt', reason: 'too_large' }, { file: 'tabel.xlsx', reason: 'type' },
    ]);
  });

  it('refuses an upload without files, and one that is not multipart', async () => {
    const none = await desk.call('officer', 'POST', '/media/articles/upload', { body: 'json' });
    expect(none.statusCode).toBe(400);
    expect((await desk.upload('viewer', [{ filename: 'a.txt', content: 'Teks' }])).statusCode).toBe(403);
  });
});

describe('listing', () => {
  it('filters by state, region subtree, threat, event type, words, dates and age', async () => {
    now = new Date('2024-11-26T06:00:00Z');
    const late = await desk.paste({ title: 'Hoaks pemindahan TPS di Denpasar', body: 'Pesan berantai tentang pemindahan tempat pemungutan suara di Denpasar Selatan dipastikan tidak benar oleh penyelenggara setempat.', publishedAt: '2024-11-27' });
    await desk.review(late.id, reviewedFields({ event_type: 'insiden', event_date: '2024-11-27', regions: [{ code: '51.71' }], threats: ['hoaks'], agencies: ['KPU'] }));
    const bangli = (await desk.call('officer', 'GET', '/media/articles?q=rakor')).json().items.find((a: { duplicateOf: number | null }) => a.duplicateOf === null);
    await desk.review(bangli.id, reviewedFields());

    // Only the reviewed two have fields these tests set; the others hold whatever the extractor read.
    const ids = async (query: string) => (await desk.call('viewer', 'GET', `/media/articles?state=ditinjau&${query}`)).json().items.map((a: { id: number }) => a.id);
    expect(await ids('region=51')).toEqual([late.id, bangli.id]);
    expect(await ids('region=51.06')).toEqual([bangli.id]);
    expect(await ids('region=52')).toEqual([]);
    expect(await ids('threat=hoaks')).toEqual([late.id]);
    expect(await ids('eventType=rakor')).toEqual([bangli.id]);
    expect(await ids('q=pemindahan%20denpasar')).toEqual([late.id]);
    expect(await ids('from=2024-11-26&to=2024-11-27')).toEqual([late.id]);
    expect(await ids('to=2024-11-25')).toEqual([bangli.id]);
    expect(await ids('sinceHours=1')).toEqual([late.id]);
    const baru = (await desk.call('viewer', 'GET', '/media/articles?state=baru')).json();
    expect(baru.items.map((a: { id: number }) => a.id)).not.toContain(late.id);
    expect(baru.items.every((a: { state: string }) => a.state === 'baru')).toBe(true);
    const page = (await desk.call('viewer', 'GET', '/media/articles?limit=2&offset=1')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(8);
    expect(page.items[0]).toEqual(expect.objectContaining({ id: expect.any(Number), regions: expect.any(Array), threats: expect.any(Array), origin: expect.any(String) }));
    expect((await desk.call('viewer', 'GET', '/media/articles?region=ab')).statusCode).toBe(400);
    expect((await desk.call('viewer', 'GET', '/media/articles?threat=banjir')).statusCode).toBe(400);
    expect((await desk.call('reporter', 'GET', '/media/articles')).statusCode).toBe(403);
  });
});
