/**
 * A small desk for the media module tests: accounts across Bali and NTB, a movable clock, synthetic
 * articles (written for these tests) and helpers to add and review them. Not a test file.
 */
import { expect } from 'vitest';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../../test/helpers.js';
import { MULTIPART_BOUNDARY, multipartBody, type MultipartPart } from '../../../test/hostile/files.js';

export type Who = 'admin' | 'bali' | 'officer' | 'viewer' | 'ntbViewer' | 'reporter';

/** A press release about a coordination meeting in Bangli, about 190 words. */
export const BANGLI_RELEASE = `Badan Pengawas Pemilihan Umum Kabupaten Bangli menggelar rapat koordinasi bersama Komisi Pemilihan Umum, kepolisian resor, dan pemerintah daerah pada Senin pagi di aula kantor bupati. Rapat membahas pengawasan masa tenang menjelang pemungutan suara pemilihan kepala daerah serentak. Ketua Bawaslu Bangli mengatakan pihaknya telah memetakan sejumlah desa yang dinilai rawan praktik politik uang, terutama di wilayah perbukitan yang jauh dari pusat kota.

Menurut dia, pengawas kelurahan dan desa diminta aktif melaporkan setiap temuan melalui aplikasi pelaporan paling lambat satu hari setelah kejadian. Kapolres Bangli menambahkan bahwa personel gabungan akan berpatroli siang dan malam selama tiga hari masa tenang. Patroli difokuskan pada jalur distribusi logistik dan tempat berkumpulnya warga.

Sementara itu, Ketua KPU Bangli memastikan seluruh kotak suara, surat suara, dan formulir sudah tiba di gudang kecamatan dalam keadaan baik. Ia meminta petugas tempat pemungutan suara menjaga netralitas dan tidak menerima pemberian apa pun dari tim pasangan calon. Penjabat bupati mengimbau masyarakat tidak mudah percaya pada kabar bohong yang beredar di media sosial, khususnya pesan berantai tentang pemindahan lokasi tempat pemungutan suara.`;

/** Short, mutually unlike articles for lists and counts. */
export const SHORT_ARTICLES = {
  mataram: 'KPU Kota Mataram menyosialisasikan tata cara mencoblos kepada pemilih pemula di sekolah menengah atas. Sebanyak empat ratus pelajar hadir dan bertanya tentang daftar pemilih tetap.',
  gianyar: 'Banjir merendam gudang logistik di Gianyar setelah hujan deras semalam. Petugas memindahkan kotak suara ke balai banjar terdekat agar tetap kering.',
  denpasar: 'Polresta Denpasar menangkap penyebar video palsu tentang calon wali kota. Pelaku mengaku membuat rekaman itu untuk menarik pengikut di akun media sosialnya.',
  karangasem: 'Deklarasi damai digelar di lapangan Amlapura, Karangasem, diikuti pasangan calon bupati, tokoh adat, dan organisasi kepemudaan yang berjanji menolak kekerasan.',
} as const;

/** The release with words at the given positions replaced: a lightly edited copy. */
export function editedRelease(positions: readonly number[]): string {
  const words = BANGLI_RELEASE.split(' ');
  for (const [n, at] of positions.entries()) words[at] = `disunting${n}`;
  return words.join(' ');
}

/** Fields as a reviewer sends them, with `over` replacing some. */
export function reviewedFields(over: Record<string, unknown> = {}) {
  return {
    event_type: 'rakor', event_date: '2024-11-25', regions: [{ code: '51.06' }], agencies: ['BAWASLU', 'KPU', 'POLRI'], threats: ['politik_uang'],
    regulations: ['UU 10/2016'], people: [{ name: 'I Made Suarjana', position: 'Ketua Bawaslu Kabupaten Bangli' }], deadlines: [], ...over,
  };
}

export async function openMediaDesk(clock: { now(): Date }) {
  const ctx = await openTestApp(clock, { writesPerMinute: 100_000 });
  const db = ctx.database;
  const units = {
    kesbangpolBangli: await createTestUnit(db, 'KESBANGPOL', '51.06', 'Badan Kesbangpol Kabupaten Bangli'),
    bawasluBangli: await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli'),
  };
  const password = 'media desk password';
  const users: Record<Who, TestUser> = {
    admin: { email: 'admin@media.id', password, role: 'admin', scopeRegionCode: null },
    bali: { email: 'bali@media.id', password, role: 'coordinator', scopeRegionCode: '51' },
    officer: { email: 'officer@media.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: units.bawasluBangli },
    viewer: { email: 'viewer@media.id', password, role: 'viewer', scopeRegionCode: '51' },
    ntbViewer: { email: 'ntb@media.id', password, role: 'viewer', scopeRegionCode: '52' },
    reporter: { email: 'reporter@media.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  const sessions = await signInAll(ctx.app, db, users);
  const call = (who: Who | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    requestAs(ctx.app, who ? sessions[who] : undefined, method, url, payload, headers);

  /** Pastes an article as `who` and expects it stored (201). */
  async function paste(body: Record<string, unknown>, who: Who = 'officer') {
    const response = await call(who, 'POST', '/media/articles', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().article as { id: number; version: number; [key: string]: unknown };
  }

  /** Saves reviewed fields at the article's current version. */
  async function review(id: number, fields: Record<string, unknown>, who: Who = 'officer') {
    const current = (await call(who, 'GET', `/media/articles/${id}`)).json();
    const response = await call(who, 'PUT', `/media/articles/${id}/fields`, { version: current.version, fields });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  function upload(who: Who, files: readonly Omit<MultipartPart, 'name'>[]) {
    const parts: MultipartPart[] = files.map((file) => ({ name: 'files', ...file }));
    return requestAs(ctx.app, sessions[who], 'POST', '/media/articles/upload', multipartBody(parts), { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` });
  }

  return { ...ctx, units, sessions, call, paste, review, upload };
}
