import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPactDesk, type Who } from '../modules/pacts/test-desk.js';

/**
 * The authorization matrix of integrity-pact campaigns (issue 8), on a campaign of Bangli (51.06):
 * whoever reads in Bangli reads the campaign, its targets, submissions and documents; administrators
 * and coordinators over Bangli (national admin, Bali, Bangli) run it: change it, add targets, issue
 * links, review, enter submissions, delete. Officers and viewers in scope read only (403 on writes);
 * outside the scope (NTB) everything is 404; reporters read nothing (404, and 403 on the list);
 * without a session 401. Creating a campaign is refused with 403 to all but those who may run it.
 */
type Caller = Who | 'anonymous';
const CALLERS: Caller[] = ['admin', 'bali', 'bangli', 'ntb', 'officer', 'viewer', 'reporter', 'anonymous'];

interface Row {
  list: number; create: number; get: number; patch: number; targets: number; addTargets: number; link: number; review: number;
  staffSubmit: number; submissions: number; document: number; deleteTarget: number; template: number;
}
const manager: Row = { list: 200, create: 201, get: 200, patch: 200, targets: 200, addTargets: 201, link: 201, review: 409, staffSubmit: 201, submissions: 200, document: 200, deleteTarget: 204, template: 200 };
const reader: Row = { list: 200, create: 403, get: 200, patch: 403, targets: 200, addTargets: 403, link: 403, review: 403, staffSubmit: 403, submissions: 200, document: 200, deleteTarget: 403, template: 200 };
const outside: Row = { list: 200, create: 403, get: 404, patch: 404, targets: 404, addTargets: 404, link: 404, review: 404, staffSubmit: 404, submissions: 404, document: 404, deleteTarget: 404, template: 404 };
const EXPECTED: Record<Caller, Row> = {
  admin: manager,
  bali: manager,
  bangli: manager,
  ntb: outside,
  officer: reader,
  viewer: reader,
  reporter: { ...outside, list: 403 },
  anonymous: { list: 401, create: 401, get: 401, patch: 401, targets: 401, addTargets: 401, link: 401, review: 401, staffSubmit: 401, submissions: 401, document: 401, deleteTarget: 401, template: 401 },
};

let desk: Awaited<ReturnType<typeof openPactDesk>>;
let campaignId = 0;
let submissionId = 0;
let serial = 0;

beforeAll(async () => {
  desk = await openPactDesk({ now: () => new Date('2024-09-20T02:00:00Z') });
  campaignId = (await desk.campaign()).id;
  const [sent] = await desk.targets(campaignId, ['Dinas yang sudah mengirim']);
  const response = await desk.submitByLink(sent!.id, await desk.link(sent!.id));
  expect(response.statusCode, response.body).toBe(201);
  submissionId = (await desk.call('bangli', 'GET', `/pact-targets/${sent!.id}/submissions`)).json()[0].id;
});
afterAll(async () => desk?.close());

describe('pacts authorization matrix', () => {
  it.each(CALLERS)('as %s', async (who) => {
    const as = who === 'anonymous' ? null : who;
    const expected = EXPECTED[who];
    const [target] = await desk.targets(campaignId, [`Sasaran ${++serial}`]);
    const { version } = (await desk.call('bangli', 'GET', `/pact-campaigns/${campaignId}`)).json();
    const body = desk.submissionBody();
    const seen: Row = {
      list: (await desk.call(as, 'GET', '/pact-campaigns')).statusCode,
      create: (await desk.call(as, 'POST', '/pact-campaigns', { title: 'Pakta', regionCode: '51.06', deadlineLocal: '2024-09-30T23:59' })).statusCode,
      get: (await desk.call(as, 'GET', `/pact-campaigns/${campaignId}`)).statusCode,
      patch: (await desk.call(as, 'PATCH', `/pact-campaigns/${campaignId}`, { version, notes: `oleh ${who}` })).statusCode,
      targets: (await desk.call(as, 'GET', `/pact-campaigns/${campaignId}/targets`)).statusCode,
      addTargets: (await desk.call(as, 'POST', `/pact-campaigns/${campaignId}/targets`, { targets: [{ name: `Tambahan ${who}`, kind: 'desa', regionCode: '51.06' }] })).statusCode,
      link: (await desk.call(as, 'POST', `/pact-targets/${target!.id}/link`, {})).statusCode,
      review: (await desk.call(as, 'POST', `/pact-targets/${target!.id}/review`, { version: target!.version, decision: 'diverifikasi' })).statusCode,
      submissions: (await desk.call(as, 'GET', `/pact-targets/${target!.id}/submissions`)).statusCode,
      document: (await desk.call(as, 'GET', `/pact-submissions/${submissionId}/document`)).statusCode,
      template: (await desk.call(as, 'GET', `/pact-campaigns/${campaignId}/targets/template.xlsx`)).statusCode,
      deleteTarget: 0,
      staffSubmit: 0,
    };
    const [doomed] = await desk.targets(campaignId, [`Hapus ${serial}`]);
    seen.deleteTarget = (await desk.call(as, 'DELETE', `/pact-targets/${doomed!.id}?version=${doomed!.version}`)).statusCode;
    seen.staffSubmit = (await desk.call(as, 'POST', `/pact-targets/${target!.id}/submissions`, body.payload, body.headers)).statusCode;
    expect(seen).toEqual(expected);
  });

  it('the public link endpoints need the link, not a session', async () => {
    const [target] = await desk.targets(campaignId, ['Dinas publik']);
    const token = await desk.link(target!.id);
    expect((await desk.call('admin', 'GET', `/pact-links/${target!.id}`)).statusCode).toBe(401);
    expect((await desk.openLink(target!.id, token)).statusCode).toBe(200);
  });
});
