import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, requestAs } from '../../../test/helpers.js';
import { openIncidentDesk, report, type Who } from '../incidents/test-desk.js';

/**
 * ASN neutrality cases (issue 8): a neutrality report is linked to the office (catalogue unit, pact
 * target or a name) and the official concerned, and its outcome is recorded at the version read.
 */
const NOW = '2024-11-27T06:00:00Z';
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let neutralityId: number;
let moneyId: number;
let targetId: number;

const put = (who: Who, id: number, body: unknown, lang = 'id') => requestAs(desk.app, desk.sessions[who], 'PUT', `/incidents/${id}/neutrality`, body, { 'accept-language': lang });
const NIP = '198503152010011002';

beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock(NOW));
  const submit = async (body: Record<string, unknown>) => {
    const response = await desk.call('officer', 'POST', '/incidents', report(body));
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: number }).id;
  };
  neutralityId = await submit({ category: 'netralitas_asn', description: 'Seorang camat mengajak ASN mendukung salah satu pasangan calon.' });
  moneyId = await submit({});
  const campaign = await desk.database.db.execute<{ id: number }>(sql`
    insert into pact_campaigns (title, region_code, deadline) values ('Pakta integritas netralitas ASN Bangli', '51.06', '2024-09-30T15:59:00Z') returning id`);
  const target = await desk.database.db.execute<{ id: number }>(sql`
    insert into pact_targets (campaign_id, name, kind, region_code) values (${campaign.rows[0]!.id}, 'Kecamatan Bangli', 'kecamatan', '51.06.01') returning id`);
  targetId = Number(target.rows[0]!.id);
});
afterAll(async () => {
  await desk?.close();
});

describe('recording a case', () => {
  it('answers null before anything is recorded, and says who may record it', async () => {
    const asOfficer = await desk.call('officer', 'GET', `/incidents/${neutralityId}/neutrality`);
    expect(asOfficer.statusCode).toBe(200);
    expect(asOfficer.json()).toEqual({ case: null, mayEdit: true });
    const asViewer = await desk.call('viewer', 'GET', `/incidents/${neutralityId}/neutrality`);
    expect(asViewer.json()).toEqual({ case: null, mayEdit: false });
  });

  it('links the office and official, audits the save, and updates at the version read', async () => {
    const first = await put('bali', neutralityId, {
      pactTargetId: targetId, personName: 'I Made Suarta', personNip: NIP, personPosition: 'Camat Bangli', outcome: 'dalam_proses',
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = first.json().case;
    expect(saved).toMatchObject({ incidentId: neutralityId, pactTargetId: targetId, personNip: NIP, outcome: 'dalam_proses', version: 1 });
    expect(saved.pactTarget).toMatchObject({ name: 'Kecamatan Bangli', campaignTitle: 'Pakta integritas netralitas ASN Bangli', state: 'belum' });

    const decided = await put('bali', neutralityId, {
      version: 1, pactTargetId: targetId, personName: 'I Made Suarta', personNip: NIP, personPosition: 'Camat Bangli',
      outcome: 'hukuman_disiplin_sedang', decidedBy: 'BKN atas rekomendasi Bawaslu', decidedOn: '2024-12-10', outcomeNote: 'Pemotongan tunjangan 25% selama 6 bulan.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().case).toMatchObject({ outcome: 'hukuman_disiplin_sedang', decidedOn: '2024-12-10', version: 2 });

    const audit = await desk.auditRows('neutrality_case.update', String(neutralityId));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes.outcome).toEqual(['dalam_proses', 'hukuman_disiplin_sedang']);
    expect(audit[0]!.region_code).toBe('51.06.01.2001');
  });

  it('refuses a stale save with what changed, and a second first save', async () => {
    const stale = await put('bali', neutralityId, { version: 1, officeName: 'Kecamatan Bangli', outcome: 'tidak_terbukti' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    expect(stale.json().details.changed).toContain('outcome');
    const again = await put('bali', neutralityId, { officeName: 'Kecamatan Bangli' });
    expect(again.statusCode).toBe(409);
    const current = await desk.call('bali', 'GET', `/incidents/${neutralityId}/neutrality`);
    expect(current.json().case.outcome).toBe('hukuman_disiplin_sedang');
  });

  it('is only for neutrality reports', async () => {
    const response = await put('bali', moneyId, { officeName: 'Dinas Pendidikan' }, 'en');
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain('ASN neutrality category');
  });

  it('checks the NIP, the outcome and that an office is named', async () => {
    const badNip = await put('bali', neutralityId, { version: 2, officeName: 'Kecamatan Bangli', personNip: '12345' });
    expect(badNip.statusCode).toBe(400);
    const badOutcome = await put('bali', neutralityId, { version: 2, officeName: 'Kecamatan Bangli', outcome: 'dipecat_sekarang' });
    expect(badOutcome.statusCode).toBe(400);
    const noOffice = await put('bali', neutralityId, { version: 2, personName: 'Seseorang' }, 'en');
    expect(noOffice.statusCode).toBe(400);
    expect(noOffice.json().message).toContain('name the office concerned');
    const unknownTarget = await put('bali', neutralityId, { version: 2, pactTargetId: 999_999 });
    expect(unknownTarget.statusCode).toBe(400);
  });
});

describe('who may', () => {
  it('hides the case of a report outside the reader’s region (404) and refuses readers who may not follow it up (403)', async () => {
    expect((await desk.call('ntb', 'GET', `/incidents/${neutralityId}/neutrality`)).statusCode).toBe(404);
    expect((await put('ntb', neutralityId, { version: 2, officeName: 'x' })).statusCode).toBe(404);
    expect((await put('viewer', neutralityId, { version: 2, officeName: 'x' })).statusCode).toBe(403);
    expect((await desk.call(null, 'GET', `/incidents/${neutralityId}/neutrality`)).statusCode).toBe(401);
  });

  it('lists the cases of a pact target for those who read its region', async () => {
    const listed = await desk.call('viewer', 'GET', `/pact-targets/${targetId}/neutrality-cases`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([expect.objectContaining({ incidentId: neutralityId, outcome: 'hukuman_disiplin_sedang', personName: 'I Made Suarta' })]);
    expect((await desk.call('ntb', 'GET', `/pact-targets/${targetId}/neutrality-cases`)).statusCode).toBe(404);
  });
});
