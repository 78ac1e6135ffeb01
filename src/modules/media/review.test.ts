import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, signIn } from '../../../test/helpers.js';
import { BANGLI_RELEASE, SHORT_ARTICLES, openMediaDesk, reviewedFields } from './test-desk.js';

/** 10:00 WITA on 26 November 2024. */
let now = new Date('2024-11-26T02:00:00Z');
let desk: Awaited<ReturnType<typeof openMediaDesk>>;
let article: { id: number; version: number };

beforeAll(async () => {
  desk = await openMediaDesk({ now: () => new Date(now) });
  article = await desk.paste({ title: 'Bawaslu Bangli gelar rakor pengawasan masa tenang', body: BANGLI_RELEASE, url: 'https://kabar.example.id/rakor-bangli', source: 'Kabar Bali' });
});
afterAll(async () => desk?.close());

const get = async (id: number) => (await desk.call('officer', 'GET', `/media/articles/${id}`)).json();

describe('reviewing fields', () => {
  it('keeps one correction per changed field, marks the article reviewed and moves its link rows', async () => {
    const before = await get(article.id);
    const fields = reviewedFields({ deadlines: [{ date: '2024-11-28', what: 'Laporan pengawasan masa tenang' }] });
    const response = await desk.call('officer', 'PUT', `/media/articles/${article.id}/fields`, { version: before.version, fields });
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json();
    expect(saved).toMatchObject({
      state: 'ditinjau', version: before.version + 1, reviewedBy: 'officer@media.id', reviewedAt: now.toISOString(),
      fields: { ...fields, regions: [{ code: '51.06', name: expect.stringMatching(/BANGLI/i) }] },
    });
    // The extraction stays as the machine read it.
    expect(saved.extraction).toEqual(before.extraction);
    const changed = ['event_type', 'event_date', 'regions', 'agencies', 'threats', 'regulations', 'people', 'deadlines']
      .filter((field) => JSON.stringify(field === 'regions' ? before.fields.regions.map((r: { code: string }) => r.code) : before.fields[field]) !== JSON.stringify(field === 'regions' ? ['51.06'] : saved.fields[field]));
    expect(saved.corrections.map((c: { field: string }) => c.field)).toEqual(changed);
    expect(saved.corrections.find((c: { field: string }) => c.field === 'deadlines')).toEqual({
      field: 'deadlines', before: before.fields.deadlines, after: fields.deadlines, correctedBy: 'officer@media.id', correctedAt: now.toISOString(),
    });
    const links = await desk.database.db.execute(sql`
      select (select array_agg(region_code order by region_code) from media_article_regions where article_id = ${article.id}) as regions,
             (select array_agg(threat order by threat) from media_article_threats where article_id = ${article.id}) as threats,
             (select event_type from media_articles where id = ${article.id}) as event_type`);
    expect(links.rows[0]).toEqual({ regions: ['51.06'], threats: ['politik_uang'], event_type: 'rakor' });

    // Saving again with one field changed adds exactly one correction.
    const again = await desk.call('officer', 'PUT', `/media/articles/${article.id}/fields`, { version: saved.version, fields: { ...fields, threats: ['politik_uang', 'hoaks'] } });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().corrections).toHaveLength(changed.length + 1);
    expect(again.json().corrections.at(-1)).toMatchObject({ field: 'threats', before: ['politik_uang'], after: ['politik_uang', 'hoaks'] });
  });

  it.each([
    ['id', { regions: [{ code: '51.99' }] }, /fields\.regions: kode wilayah tidak ada di gazeter Kemendagri: 51\.99/],
    ['en', { regions: [{ code: '51.99' }, { code: '51.06' }] }, /fields\.regions: region code not in the Kemendagri gazetteer: 51\.99/],
    ['id', { threats: ['banjir_bandang'] }, /fields\.threats: ancaman tidak dikenal: banjir_bandang/],
    ['en', { threats: ['banjir_bandang'] }, /fields\.threats: unknown threat: banjir_bandang \(one of politik_uang/],
    ['id', { event_date: '2024-02-30' }, /fields\.event_date: bukan tanggal yang ada.*2024-02-30/],
    ['en', { event_date: '30/11/2024' }, /fields\.event_date: not a real date, write YYYY-MM-DD.*30\/11\/2024/],
    ['en', { agencies: ['KPU', 'CIA'] }, /fields\.agencies: unknown agency: CIA/],
    ['en', { event_type: 'pesta' }, /fields\.event_type: unknown event type: pesta/],
    ['en', { people: [{ name: '', position: 'Ketua' }] }, /fields\.people: a person’s name cannot be empty/],
    ['en', { deadlines: [{ date: '2024-13-01', what: 'Laporan' }] }, /fields\.deadlines: a deadline date is not a real date.*2024-13-01/],
  ])('refuses a bad value with a clear 400 (%s): %j', async (language, over, message) => {
    const current = await get(article.id);
    const response = await desk.call('officer', 'PUT', `/media/articles/${article.id}/fields`, { version: current.version, fields: reviewedFields(over) }, { 'accept-language': language });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid', message: expect.stringMatching(message) });
    expect((await get(article.id)).version).toBe(current.version);
  });

  it('refuses malformed shapes and NUL bytes at the edge', async () => {
    const current = await get(article.id);
    for (const fields of [{ ...reviewedFields(), regions: '51.06' }, { ...reviewedFields(), extra: 1 }, reviewedFields({ people: [{ name: 'x'.repeat(201) }] }), reviewedFields({ people: [{ name: 'A\u0000B' }] })]) {
      const response = await desk.call('officer', 'PUT', `/media/articles/${article.id}/fields`, { version: current.version, fields });
      expect(response.statusCode, response.body).toBe(400);
    }
  });

  it('refuses a stale version with 409 and the article as it is now', async () => {
    const current = await get(article.id);
    const response = await desk.call('bali', 'PUT', `/media/articles/${article.id}/fields`, { version: current.version - 1, fields: reviewedFields() });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'stale_version', details: { changed: expect.arrayContaining(['threats']), current: { id: article.id, version: current.version } } });
  });

  it('readers do not review; an unknown article is 404', async () => {
    const current = await get(article.id);
    expect((await desk.call('viewer', 'PUT', `/media/articles/${article.id}/fields`, { version: current.version, fields: reviewedFields() })).statusCode).toBe(403);
    expect((await desk.call('officer', 'PUT', '/media/articles/999999/fields', { version: 1, fields: reviewedFields() })).statusCode).toBe(404);
    expect((await desk.call('viewer', 'GET', '/media/articles/999999')).statusCode).toBe(404);
  });
});

describe('dismissing and reading again', () => {
  it('dismisses and restores at the version read', async () => {
    const other = await desk.paste({ body: SHORT_ARTICLES.gianyar });
    const dismissed = await desk.call('officer', 'POST', `/media/articles/${other.id}/state`, { version: other.version, state: 'diabaikan' });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(dismissed.json()).toMatchObject({ state: 'diabaikan', version: other.version + 1 });
    expect((await desk.call('officer', 'POST', `/media/articles/${other.id}/state`, { version: other.version, state: 'baru' })).statusCode).toBe(409);
    expect((await desk.call('officer', 'POST', `/media/articles/${other.id}/state`, { version: other.version + 1, state: 'ditinjau' })).statusCode).toBe(400);
    const restored = await desk.call('officer', 'POST', `/media/articles/${other.id}/state`, { version: other.version + 1, state: 'baru' });
    expect(restored.json().state).toBe('baru');
  });

  it('re-extracts into `extraction`; fields follow only while unreviewed', async () => {
    const fresh = await desk.paste({ body: SHORT_ARTICLES.denpasar });
    await desk.database.db.execute(sql`update media_articles set fields = jsonb_set(fields, '{threats}', '[]'), extractor_version = '0' where id in (${fresh.id}, ${article.id})`);
    const reviewed = await get(article.id);
    const again = await desk.call('officer', 'POST', `/media/articles/${fresh.id}/reextract`);
    expect(again.statusCode, again.body).toBe(200);
    const { evidence: _evidence, regions: _regions, ...machine } = again.json().extraction;
    expect(again.json()).toMatchObject({ extractorVersion: expect.not.stringMatching(/^0$/), fields: machine, state: 'baru' });
    const kept = (await desk.call('officer', 'POST', `/media/articles/${article.id}/reextract`)).json();
    expect(kept.fields).toEqual(reviewed.fields);
    expect(kept.extractorVersion).not.toBe('0');
    expect((await desk.call('viewer', 'POST', `/media/articles/${article.id}/reextract`)).statusCode).toBe(403);
  });
});

describe('meetings and incidents from an article', () => {
  it('drafts a meeting from the reviewed fields, and links the meeting made', async () => {
    const draft = await desk.call('viewer', 'GET', `/media/articles/${article.id}/meeting-draft`);
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      kind: 'rakor', title: 'Bawaslu Bangli gelar rakor pengawasan masa tenang', date: '2024-11-25', regionCodes: ['51.06'], agencies: ['BAWASLU', 'KPU', 'POLRI'],
      people: [{ name: 'I Made Suarjana', position: 'Ketua Bawaslu Kabupaten Bangli' }], legalBasis: ['UU 10/2016'], sourceUrl: 'https://kabar.example.id/rakor-bangli',
      summary: expect.stringMatching(/^Badan Pengawas Pemilihan Umum Kabupaten Bangli[\s\S]*Sumber: Kabar Bali, https:\/\/kabar\.example\.id\/rakor-bangli$/),
    });
    const meeting = await desk.call('bali', 'POST', '/meetings', {
      kind: draft.json().kind, title: draft.json().title, organiserUnitId: desk.units.kesbangpolBangli, regionCodes: draft.json().regionCodes,
      startsAt: `${draft.json().date}T09:00:00+08:00`, legalBasis: draft.json().legalBasis, summary: draft.json().summary,
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const linked = await desk.call('officer', 'POST', `/media/articles/${article.id}/link`, { meetingId: meeting.json().id });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().meetingId).toBe(meeting.json().id);
  });

  it('drafts an incident (category from the threats, most specific region, noon of the day there) and links it', async () => {
    const current = await get(article.id);
    await desk.review(article.id, { ...current.fields, regions: [{ code: '51' }, { code: '51.06.01' }], threats: ['politik_uang'] });
    const draft = await desk.call('officer', 'GET', `/media/articles/${article.id}/incident-draft`);
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      category: 'politik_uang', regionCode: '51.06.01', eventDate: '2024-11-25', occurredAt: '2024-11-25T04:00:00.000Z', sourceUrl: 'https://kabar.example.id/rakor-bangli',
      description: expect.stringMatching(/^Bawaslu Bangli gelar rakor pengawasan masa tenang\n\nBadan Pengawas/),
    });
    const incident = await desk.call('officer', 'POST', '/incidents', {
      category: draft.json().category, regime: 'pilkada', description: draft.json().description, occurredAt: draft.json().occurredAt, regionCode: draft.json().regionCode,
    });
    expect(incident.statusCode, incident.body).toBe(201);
    const linked = await desk.call('officer', 'POST', `/media/articles/${article.id}/link`, { incidentId: incident.json().id });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ incidentId: incident.json().id, meetingId: expect.any(Number) });
  });

  it('refuses a link to what the caller cannot see, to nothing, or to both at once', async () => {
    const lombok = await createTestUnit(desk.database, 'KPU', '52.01', 'KPU Kabupaten Lombok Barat');
    const far = await desk.call('admin', 'POST', '/meetings', { kind: 'rakor', title: 'Rakor Lombok Barat', organiserUnitId: lombok, regionCodes: ['52.01'], startsAt: '2024-11-25T09:00:00+08:00' });
    expect(far.statusCode, far.body).toBe(201);
    const hidden = await desk.call('officer', 'POST', `/media/articles/${article.id}/link`, { meetingId: far.json().id }, { 'accept-language': 'en' });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().message).toMatch(/meetingId: meeting not found or outside your scope/);
    expect((await desk.call('officer', 'POST', `/media/articles/${article.id}/link`, { incidentId: 987_654 })).statusCode).toBe(400);
    expect((await desk.call('officer', 'POST', `/media/articles/${article.id}/link`, { meetingId: 1, incidentId: 1 })).statusCode).toBe(400);
    expect((await desk.call('officer', 'POST', `/media/articles/${article.id}/link`, {})).statusCode).toBe(400);
    expect((await desk.call('viewer', 'POST', `/media/articles/${article.id}/link`, { meetingId: far.json().id })).statusCode).toBe(403);
  });
});

describe('the media overview', () => {
  it('counts per local day, region, threat and event type, and what is new since yesterday, by the clock', async () => {
    await desk.database.db.execute(sql`update media_articles set state = 'diabaikan'`); // earlier tests' articles stay out of the figures
    const place = async (body: string, createdAt: string, fields: Record<string, unknown> | null, publishedAt?: string) => {
      const stored = await desk.paste({ body, ...(publishedAt ? { publishedAt } : {}) });
      if (fields) await desk.review(stored.id, reviewedFields(fields));
      await desk.database.db.execute(sql`update media_articles set created_at = ${createdAt} where id = ${stored.id}`);
      return stored.id;
    };
    now = new Date('2024-11-26T03:00:00Z'); // 11:00 WITA, 10:00 WIB
    // Published 24 November; added two days ago.
    const a = await place('Rakor pengawasan politik uang di Bangli bersama camat dan kepala desa se-kabupaten.', '2024-11-24T04:00:00Z', { regions: [{ code: '51.06' }], threats: ['politik_uang'], event_type: 'rakor' }, '2024-11-24');
    // Added at 00:30 WITA on the 26th, which is still the 25th in WIB.
    const b = await place('Kabar bohong tentang surat suara tercoblos beredar di grup percakapan warga Denpasar.', '2024-11-25T16:30:00Z', { regions: [{ code: '51.71' }], threats: ['hoaks'], event_type: 'insiden' });
    // NTB: outside Bali's figures.
    await place('Bentrokan kecil antarpendukung di Mataram cepat diredam aparat keamanan setempat.', '2024-11-26T02:00:00Z', { regions: [{ code: '52.71' }], threats: ['kekerasan'], event_type: 'insiden' });
    // Dismissed: not counted.
    const dismissed = await place('Iklan kampanye terpasang di pohon perindang jalan protokol Bangli.', '2024-11-26T02:30:00Z', { regions: [{ code: '51.06' }], threats: [] });
    await desk.database.db.execute(sql`update media_articles set state = 'diabaikan' where id = ${dismissed}`);

    // A regional viewer sees their own region by default, in its zone.
    const bali = await desk.call('viewer', 'GET', '/media/overview?days=3');
    expect(bali.statusCode, bali.body).toBe(200);
    expect(bali.json()).toMatchObject({
      from: '2024-11-24', to: '2024-11-26', timeZone: 'WITA', region: { code: '51', name: expect.stringMatching(/BALI/i) }, total: 2, newSinceYesterday: 1,
      byDay: [{ date: '2024-11-24', count: 1 }, { date: '2024-11-25', count: 0 }, { date: '2024-11-26', count: 1 }],
      byRegion: [{ code: '51.06', name: expect.stringMatching(/BANGLI/i), count: 1 }, { code: '51.71', name: expect.stringMatching(/DENPASAR/i), count: 1 }],
      byThreat: [{ threat: 'hoaks', count: 1 }, { threat: 'politik_uang', count: 1 }],
      byEventType: [{ eventType: 'insiden', count: 1 }, { eventType: 'rakor', count: 1 }],
    });
    expect(bali.json().latest.map((s: { id: number }) => s.id)).toEqual([b]);
    // NTB's viewer sees NTB.
    const ntb = (await desk.call('ntbViewer', 'GET', '/media/overview?days=3')).json();
    expect(ntb).toMatchObject({ region: { code: '52' }, total: 1, byThreat: [{ threat: 'kekerasan', count: 1 }] });
    // The national admin sees everything in WIB, where b falls on the 25th; a region can be asked for.
    const national = (await desk.call('admin', 'GET', '/media/overview?days=3')).json();
    expect(national).toMatchObject({ timeZone: 'WIB', region: null, total: 3, newSinceYesterday: 2 });
    expect(national.byDay).toEqual([{ date: '2024-11-24', count: 1 }, { date: '2024-11-25', count: 1 }, { date: '2024-11-26', count: 1 }]);
    expect((await desk.call('admin', 'GET', '/media/overview?days=1&region=51.06')).json()).toMatchObject({ from: '2024-11-26', total: 0, byDay: [{ date: '2024-11-26', count: 0 }] });

    expect((await desk.call('reporter', 'GET', '/media/overview')).statusCode).toBe(403);

    // At 01:00 WITA on the 27th b is older than a day: no longer new (signed in again: the session idled out meanwhile).
    now = new Date('2024-11-26T17:00:00Z');
    desk.sessions.viewer = await signIn(desk.app, 'viewer@media.id', 'media desk password');
    const later = (await desk.call('viewer', 'GET', '/media/overview?days=14')).json();
    expect(later).toMatchObject({ from: '2024-11-14', to: '2024-11-27', total: 2, newSinceYesterday: 0, latest: [] });
    expect(later.byDay).toHaveLength(14);
    expect(a).toBeGreaterThan(0);

    for (const query of ['days=0', 'days=91', 'region=5x', 'days=abc']) expect((await desk.call('viewer', 'GET', `/media/overview?${query}`)).statusCode).toBe(400);
  });
});
