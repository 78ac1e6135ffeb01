import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMediaDesk, reviewedFields, type Who } from '../modules/media/test-desk.js';

/**
 * The authorization matrix of media articles (issue 9). News is public information shared across the
 * desk network: every desk role (admin, coordinator, officer, viewer) reads every article and the
 * overview, whatever its region (a viewer of NTB reads Bali's articles too); adding, reviewing,
 * dismissing, re-extracting and linking is for administrators, coordinators and officers (403 for
 * viewers); reporters read nothing (403); without a session 401.
 */
type Caller = Who | 'anonymous';
const CALLERS: Caller[] = ['admin', 'bali', 'officer', 'viewer', 'ntbViewer', 'reporter', 'anonymous'];

interface Row {
  create: number; upload: number; list: number; get: number; fields: number; state: number; reextract: number;
  meetingDraft: number; incidentDraft: number; link: number; overview: number;
}
const editor: Row = { create: 201, upload: 200, list: 200, get: 200, fields: 200, state: 200, reextract: 200, meetingDraft: 200, incidentDraft: 200, link: 200, overview: 200 };
const reader: Row = { ...editor, create: 403, upload: 403, fields: 403, state: 403, reextract: 403, link: 403 };
const nobody = (status: number): Row => ({ create: status, upload: status, list: status, get: status, fields: status, state: status, reextract: status, meetingDraft: status, incidentDraft: status, link: status, overview: status });
const EXPECTED: Record<Caller, Row> = {
  admin: editor,
  bali: editor,
  officer: editor,
  viewer: reader,
  ntbViewer: reader,
  reporter: nobody(403),
  anonymous: nobody(401),
};

let desk: Awaited<ReturnType<typeof openMediaDesk>>;
let meetingId = 0;

beforeAll(async () => {
  desk = await openMediaDesk({ now: () => new Date('2024-11-26T02:00:00Z') });
  const meeting = await desk.call('admin', 'POST', '/meetings', {
    kind: 'rakor', title: 'Rakor pengawasan masa tenang', organiserUnitId: desk.units.kesbangpolBangli, regionCodes: ['51.06'], startsAt: '2024-11-25T09:00:00+08:00',
  });
  expect(meeting.statusCode, meeting.body).toBe(201);
  meetingId = meeting.json().id;
});
afterAll(async () => desk?.close());

describe('media authorization matrix', () => {
  it.each(CALLERS)('as %s', async (who) => {
    const as = who === 'anonymous' ? null : who;
    const article = await desk.paste({ title: `Rakor ${who}`, body: `Bawaslu Kabupaten Bangli menggelar rapat koordinasi yang dicatat oleh ${who} untuk matriks izin.` }, 'admin');
    const upload = as
      ? (await desk.upload(as, [{ filename: `${who}.txt`, contentType: 'text/plain', content: `Unggahan ${who}\n\nBerita unggahan dari akun ${who} tentang patroli.` }])).statusCode
      : (await desk.call(null, 'POST', '/media/articles/upload')).statusCode;
    const seen: Row = {
      create: (await desk.call(as, 'POST', '/media/articles', { body: `Artikel baru yang ditempel oleh ${who} tentang sosialisasi pemilih.` })).statusCode,
      upload,
      list: (await desk.call(as, 'GET', '/media/articles?region=51')).statusCode,
      get: (await desk.call(as, 'GET', `/media/articles/${article.id}`)).statusCode,
      fields: (await desk.call(as, 'PUT', `/media/articles/${article.id}/fields`, { version: article.version, fields: reviewedFields() })).statusCode,
      state: 0,
      reextract: (await desk.call(as, 'POST', `/media/articles/${article.id}/reextract`)).statusCode,
      meetingDraft: (await desk.call(as, 'GET', `/media/articles/${article.id}/meeting-draft`)).statusCode,
      incidentDraft: (await desk.call(as, 'GET', `/media/articles/${article.id}/incident-draft`)).statusCode,
      link: (await desk.call(as, 'POST', `/media/articles/${article.id}/link`, { meetingId })).statusCode,
      overview: (await desk.call(as, 'GET', '/media/overview?days=7')).statusCode,
    };
    const { version } = (await desk.call('admin', 'GET', `/media/articles/${article.id}`)).json();
    seen.state = (await desk.call(as, 'POST', `/media/articles/${article.id}/state`, { version, state: 'diabaikan' })).statusCode;
    expect(seen).toEqual(EXPECTED[who]);
  });
});
