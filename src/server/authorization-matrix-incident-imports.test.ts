import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, multipartBody } from '../../test/helpers.js';
import { APUAN, openIncidentDesk, type Who } from '../modules/incidents/test-desk.js';

/**
 * The authorization matrix of imports of reports (issue 7, src/modules/incident-imports): who may
 * start one (those who write reports in their own region: administrators, coordinators, officers;
 * viewers and reporters 403, nobody signed in 401), which rows each may import (a row outside the
 * importer's scope is an error of that row, the file refused), and who reads an import (its creator,
 * administrators and coordinators over its scope; everyone else 404, as if it did not exist).
 */
type Caller = Exclude<Who, 'reporter2'> | 'anonymous';
const CALLERS: Caller[] = ['admin', 'bali', 'ntb', 'officer', 'poldaNtb', 'viewer', 'reporter', 'anonymous'];

let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock('2024-11-20T04:00:00Z'));
});
afterAll(async () => desk?.close());

const HEADER = 'Kategori;Uraian;Wilayah;Waktu kejadian;Rezim';
let serial = 0;
const row = (region: string) => `politik uang;Amplop dibagikan, matriks ${++serial};${region};19/11/2024 20:00;pilkada`;

function upload(who: Caller, content: string) {
  const { payload, contentType } = multipartBody({ content, filename: 'laporan.csv' }, { dryRun: 'true' });
  return desk.call(who === 'anonymous' ? null : who, 'POST', '/incidents/imports', payload, { 'content-type': contentType });
}

/** Status of starting a dry-run import of one row at Apuan (Bali) and of one row at Lombok Barat (NTB), and the import's outcome. */
const START: Record<Caller, [number, string | null, number, string | null]> = {
  admin: [202, 'selesai', 202, 'selesai'],
  bali: [202, 'selesai', 202, 'ditolak'],
  ntb: [202, 'ditolak', 202, 'selesai'],
  officer: [202, 'selesai', 202, 'ditolak'],
  poldaNtb: [202, 'ditolak', 202, 'selesai'],
  viewer: [403, null, 403, null],
  reporter: [403, null, 403, null],
  anonymous: [401, null, 401, null],
};

describe('incident imports authorization matrix', () => {
  it.each(CALLERS)('POST /incidents/imports as %s: rows inside and outside the scope', async (who) => {
    const [insideStatus, insideOutcome, outsideStatus, outsideOutcome] = START[who];
    for (const [region, status, outcome] of [[APUAN, insideStatus, insideOutcome], ['52.01', outsideStatus, outsideOutcome]] as const) {
      const response = await upload(who, `${HEADER}\n${row(region)}\n`);
      expect(response.statusCode, `${region}: ${response.body}`).toBe(status);
      if (status !== 202) continue;
      await desk.services.incidentImports.settled();
      const read = await desk.call(who as Who, 'GET', `/incidents/imports/${response.json().id}`);
      expect(read.json().status, region).toBe(outcome);
      if (outcome === 'ditolak') expect(read.json().problems[0], region).toMatchObject({ column: 'region', code: 'outside_scope' });
    }
  });

  /** Who reads an import started by the Bangli officer (scope 51.06), and the list of one's own imports. */
  const READ: Record<Caller, number> = { admin: 200, bali: 200, ntb: 404, officer: 200, poldaNtb: 404, viewer: 404, reporter: 404, anonymous: 401 };
  let officersImport = 0;
  beforeAll(async () => {
    const response = await upload('officer', `${HEADER}\n${row(APUAN)}\n`);
    officersImport = response.json().id;
    await desk.services.incidentImports.settled();
  });

  it.each(CALLERS)('GET /incidents/imports/:id and /incidents/imports as %s', async (who) => {
    const caller = who === 'anonymous' ? null : who;
    expect((await desk.call(caller, 'GET', `/incidents/imports/${officersImport}`)).statusCode).toBe(READ[who]);
    const list = await desk.call(caller, 'GET', '/incidents/imports');
    expect(list.statusCode).toBe(who === 'anonymous' ? 401 : 200);
    if (who !== 'anonymous') {
      const ids = list.json().items.map((item: { id: number }) => item.id);
      expect(ids.includes(officersImport)).toBe(who === 'officer');
    }
    for (const template of ['template.csv', 'template.xlsx']) expect((await desk.call(caller, 'GET', `/incidents/imports/${template}`)).statusCode).toBe(who === 'anonymous' ? 401 : 200);
  });
});
