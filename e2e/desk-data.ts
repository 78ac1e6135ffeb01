import { request, type APIRequestContext } from 'playwright-core';

/** A signed-in API session (cookie kept by Playwright); writes carry Sinergi's own Origin, as a browser's do. */
export async function apiSession(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL, 'Accept-Language': 'id' } });
  const login = await context.post('/api/v1/auth/login', { data: { email, password } });
  if (login.status() !== 200) throw new Error(`sign-in of ${email} answered ${login.status()}: ${await login.text()}`);
  return context;
}

/** Sends one JSON request and returns its body; anything but the expected status fails with the server's answer. */
export async function call<T>(api: APIRequestContext, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown, expected = method === 'POST' ? 201 : 200): Promise<T> {
  const response = await api.fetch(`/api/v1${path}`, { method, data });
  if (response.status() !== expected) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

export const COORDINATOR = { email: 'koordinator.bali@desk.go.id', name: 'Koordinator Desk Bali', password: 'coordinator passphrase 51' };
export const OFFICER = { email: 'petugas.bangli@desk.go.id', name: 'Petugas Bawaslu Bangli', password: 'officer passphrase 51.06' };

export const BANGLI = 'Bawaslu Kabupaten Bangli';
export const POLDA = 'Polda Bali';

export interface Desk {
  meetingId: number;
  earlierMeetingId: number;
  /** Due 25 Sep 2024, still open on 30 Sep: overdue. */
  overdueItemId: number;
  /** Due 10 Oct 2024, for the Bangli officer to finish. */
  bangliItemId: number;
  invitationCount: number;
}

/**
 * A Bali desk as a coordinator finds it on 30 Sep 2024 (the server's clock): six units, a Bangli officer,
 * an earlier meeting with an item now overdue, and today's readiness meeting with its invitations and
 * action items. Everything goes through the API, as an integration would.
 */
export async function seedBaliDesk(admin: APIRequestContext): Promise<Desk> {
  const unit = (agencyCode: string, regionCode: string, name: string) => call<{ id: number }>(admin, 'POST', '/units', { agencyCode, regionCode, name });
  const kesbangpol = await unit('KESBANGPOL', '51', 'Badan Kesbangpol Provinsi Bali');
  const kpu = await unit('KPU', '51', 'KPU Provinsi Bali');
  const bawaslu = await unit('BAWASLU', '51', 'Bawaslu Provinsi Bali');
  const polda = await unit('POLRI', '51', POLDA);
  const kodam = await unit('TNI', '51', 'Kodam IX/Udayana');
  const bangli = await unit('BAWASLU', '51.06', BANGLI);
  const made = await call<{ id: number }>(admin, 'POST', '/people', { fullName: 'I Made Suarta', position: 'Ketua', unitId: bangli.id });

  await call(admin, 'POST', '/users', { ...account(COORDINATOR), role: 'coordinator', scopeRegionCode: '51' });
  await call(admin, 'POST', '/users', { ...account(OFFICER), role: 'officer', scopeRegionCode: '51.06', unitId: bangli.id });

  const meeting = (title: string, startsAt: string, endsAt: string) => call<{ id: number }>(admin, 'POST', '/meetings', {
    kind: 'rakor', title, organiserUnitId: kesbangpol.id, regionCodes: ['51'], startsAt, endsAt, mode: 'luring',
    venue: 'Gedung Wiswa Sabha, Denpasar', legalBasis: ['UU 10/2016'],
  });
  const earlier = await meeting('Rakor Persiapan Masa Kampanye Pilkada Bali 2024', '2024-09-10T01:00:00Z', '2024-09-10T04:00:00Z');
  const today = await meeting('Rakor Kesiapan Pengamanan Pemungutan Suara Pilkada Bali 2024', '2024-09-30T01:00:00Z', '2024-09-30T04:30:00Z');
  const invited = await call<{ invitations: unknown[] }>(admin, 'POST', `/meetings/${today.id}/invitations`,
    { unitIds: [kpu.id, bawaslu.id, polda.id, kodam.id, bangli.id], personIds: [made.id] }, 200);

  const item = (meetingId: number, title: string, ownerUnitId: number, dueDate: string, ownerPersonId?: number) =>
    call<{ id: number; version: number }>(admin, 'POST', `/meetings/${meetingId}/action-items`, { title, ownerUnitId, dueDate, ownerPersonId });
  const overdue = await item(earlier.id, 'Laporan kesiapan pengawasan logistik di 4 kecamatan', bangli.id, '2024-09-25');
  const bangliItem = await item(today.id, 'Pemetaan TPS rawan di Kabupaten Bangli', bangli.id, '2024-10-10', made.id);
  await item(today.id, 'Patroli siber terhadap hoaks pilkada', polda.id, '2024-10-15');
  const logistics = await item(today.id, 'Pengiriman surat suara ke gudang kabupaten', kpu.id, '2024-10-20');
  const spoken = await item(earlier.id, 'Sosialisasi netralitas ASN', bawaslu.id, '2024-09-20');
  await call(admin, 'PATCH', `/action-items/${logistics.id}`, { version: logistics.version, status: 'in_progress', note: 'Jadwal distribusi disusun.' });
  await call(admin, 'PATCH', `/action-items/${spoken.id}`, { version: spoken.version, status: 'done', note: 'Sosialisasi di 9 kabupaten/kota selesai.' });

  return { meetingId: today.id, earlierMeetingId: earlier.id, overdueItemId: overdue.id, bangliItemId: bangliItem.id, invitationCount: invited.invitations.length };
}

function account(person: { email: string; name: string; password: string }) {
  return { email: person.email, displayName: person.name, password: person.password };
}

/** A 1×1 PNG: the server types uploads by their bytes, not their names. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
