/**
 * A small desk for the pacts module tests: Bangli (Bali, WITA) with its accounts, an NTB coordinator,
 * and helpers to create a campaign, targets and links and to submit through a link. Not a test file.
 */
import { expect } from 'vitest';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../../test/helpers.js';
import { MULTIPART_BOUNDARY, multipartBody, type MultipartPart } from '../../../test/hostile/files.js';
import { TINY_PDF } from '../../../test/hostile/payloads.js';
import type { Clock } from '../../services.js';

export type Who = 'admin' | 'bali' | 'bangli' | 'ntb' | 'officer' | 'viewer' | 'reporter';
export const NIP = '198701012010011001';

export async function openPactDesk(clock: Clock) {
  const ctx = await openTestApp(clock, { writesPerMinute: 100_000 });
  const db = ctx.database;
  const units = {
    dinasBangli: await createTestUnit(db, 'KESBANGPOL', '51.06', 'Badan Kesbangpol Kabupaten Bangli'),
    kpuBangli: await createTestUnit(db, 'KPU', '51.06', 'KPU Kabupaten Bangli'),
    kpuLombok: await createTestUnit(db, 'KPU', '52.01', 'KPU Kabupaten Lombok Barat'),
  };
  const password = 'pact desk password';
  const users: Record<Who, TestUser> = {
    admin: { email: 'admin@pakta.id', password, role: 'admin', scopeRegionCode: null },
    bali: { email: 'bali@pakta.id', password, role: 'coordinator', scopeRegionCode: '51' },
    bangli: { email: 'bangli@pakta.id', password, role: 'coordinator', scopeRegionCode: '51.06' },
    ntb: { email: 'ntb@pakta.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@pakta.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: units.kpuBangli },
    viewer: { email: 'viewer@pakta.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@pakta.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  const sessions = await signInAll(ctx.app, db, users);
  const call = (who: Who | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    requestAs(ctx.app, who ? sessions[who] : undefined, method, url, payload, headers);

  async function campaign(body: Record<string, unknown> = {}): Promise<{ id: number; version: number }> {
    const response = await call('bangli', 'POST', '/pact-campaigns', {
      title: 'Pakta Integritas Netralitas ASN Pilkada Bangli 2024', legalBasis: 'SKB 5 Menteri 2022', regionCode: '51.06', deadlineLocal: '2024-09-30T23:59', ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function targets(campaignId: number, names: string[], regionCode = '51.06'): Promise<{ id: number; version: number }[]> {
    const response = await call('bangli', 'POST', `/pact-campaigns/${campaignId}/targets`, { targets: names.map((name) => ({ name, kind: 'perangkat_daerah', regionCode })) });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().created;
  }

  async function link(targetId: number): Promise<string> {
    const response = await call('bangli', 'POST', `/pact-targets/${targetId}/link`, {});
    expect(response.statusCode, response.body).toBe(201);
    return response.json().token;
  }

  /** A multipart submission: a PDF as document and complete fields, with `over` replacing or (null) dropping parts. */
  function submissionBody(over: Record<string, string | null> = {}, document: MultipartPart | null = { name: 'document', filename: 'pakta.pdf', contentType: 'application/pdf', content: TINY_PDF }) {
    const fields: Record<string, string | null> = { signerName: 'I Wayan Sudarma', signerNip: NIP, signerPosition: 'Kepala Dinas', signedOn: '2024-09-25', ...over };
    const parts: MultipartPart[] = Object.entries(fields).flatMap(([name, content]) => (content === null ? [] : [{ name, content }]));
    if (document) parts.push(document);
    return { payload: multipartBody(parts), headers: { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` } };
  }

  function submitByLink(targetId: number, token: string | undefined, body = submissionBody()) {
    return ctx.app.inject({
      method: 'POST', url: `/api/v1/pact-links/${targetId}/submission`, payload: body.payload,
      headers: { ...body.headers, ...(token ? { 'x-pact-token': token } : {}) },
    });
  }

  function openLink(targetId: number, token: string | undefined) {
    return ctx.app.inject({ method: 'GET', url: `/api/v1/pact-links/${targetId}`, headers: token ? { 'x-pact-token': token } : {} });
  }

  return { ...ctx, units, sessions, call, campaign, targets, link, submissionBody, submitByLink, openLink };
}
