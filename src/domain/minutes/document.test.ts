import { describe, expect, it } from 'vitest';
import type { Content, Node, NodeQueries } from 'pdfmake/interfaces';
import { MINUTES_LABELS } from '../../i18n/minutes.js';
import { buildMinutesDocument } from './document.js';
import { formatArrival, formatTimeRange, placeOf, softenLongWords } from './format.js';
import type { MinutesLookups, MinutesMeeting } from './types.js';

const meeting = (): MinutesMeeting => ({
  id: 7, kind: 'rakor', title: 'Rapat Koordinasi Kesiapan Pilkada', level: 'kabupaten_kota',
  organiser: { unitId: 1, name: 'Badan Kesbangpol Kabupaten Bangli', regionCode: '51.06' },
  regions: [{ code: '51.06', name: 'Kabupaten Bangli' }, { code: '51.04', name: 'Kabupaten Gianyar' }],
  startsAt: '2024-07-30T01:00:00.000Z', endsAt: '2024-07-30T05:30:00.000Z', timeZone: 'WITA', venue: 'Aula Kantor Bupati', mode: 'hybrid',
  legalBasis: ['UU 10/2016', 'PERMENDAGRI 61/2011'], agenda: 'Kesiapan logistik', summary: null,
  invitations: [
    { unitId: 2, unitName: 'Polres Bangli', personId: null, personName: null, attendedAt: '2024-07-30T00:55:00.000Z', representative: 'Wakapolres' },
    { unitId: null, unitName: null, personId: 9, personName: 'Dr. Ketut André', attendedAt: '2024-07-31T01:10:00.000Z', representative: null },
    { unitId: 3, unitName: 'KPU Kabupaten Bangli', personId: null, personName: null, attendedAt: null, representative: null },
  ],
  speakers: [{ name: 'Kepala Kesbangpol', title: 'Pimpinan rapat', points: ['Pembukaan', 'Arahan'] }],
  findings: [
    { id: 40, problem: 'Gudang logistik bocor', domain: 'logistik', regionCode: '51.06', severity: 'tinggi' },
    { id: 41, problem: 'Hoaks di media sosial', domain: 'hoaks', regionCode: null, severity: 'sedang' },
  ],
  strategies: [{ id: 50, text: 'Patroli siber bersama', findingIds: [41, 40] }, { id: 51, text: 'Sosialisasi', findingIds: [] }],
  decisions: [{ text: 'Rapat berikutnya dua minggu lagi' }],
  actionItems: [{
    title: 'Perbaiki atap gudang', meetingTitle: 'x', meetingStartsAt: '2024-07-30T01:00:00.000Z', ownerUnitName: 'Pemkab Bangli',
    ownerPersonName: 'Kadis PU', dueDate: '2024-08-05', status: 'in_progress', overdue: true,
  }],
  carriedItems: [],
  declarations: [{
    title: 'Deklarasi Pilkada Damai', text: 'Kami bersepakat…',
    signatories: [{ unitId: 2, name: 'Kapolres', position: 'Kapolres Bangli', signedAt: '2024-07-30T03:15:00.000Z' }, { unitId: null, name: 'Tokoh adat', position: null, signedAt: null }],
  }],
});

const lookups: MinutesLookups = {
  regionNames: { '51.06': 'Kabupaten Bangli' }, unitNames: { 2: 'Polres Bangli' },
  people: { 9: { position: 'Akademisi', unitName: 'Universitas Udayana' } }, organiserRegionName: 'Kabupaten Bangli',
};

/** Every text of a content tree, in reading order. */
function texts(content: unknown): string[] {
  if (typeof content === 'string') return content.trim() === '' ? [] : [content];
  if (Array.isArray(content)) return content.flatMap(texts);
  if (content && typeof content === 'object') {
    const node = content as Record<string, unknown>;
    return ['text', 'stack', 'columns', 'ol', 'ul'].flatMap((key) => (key in node ? texts(node[key]) : []))
      .concat(node.table ? texts((node.table as { body: unknown }).body) : []);
  }
  return [];
}
const joined = (content: Content) => texts(content).join('\n');

describe('buildMinutesDocument', () => {
  it('heads the first page with the letterhead, its logo and a double rule', () => {
    const doc = buildMinutesDocument(meeting(), lookups, { lines: ['PEMERINTAH KABUPATEN BANGLI', 'BADAN KESBANGPOL'], address: 'Jl. Merdeka 1', logo: 'data:image/png;base64,AAAA' }, MINUTES_LABELS.id);
    const content = doc.content as Content[];
    expect(texts(content.slice(0, 2))).toEqual(['PEMERINTAH KABUPATEN BANGLI', 'BADAN KESBANGPOL', 'Jl. Merdeka 1']);
    expect(JSON.stringify(content[0])).toContain('"image":"logo"');
    expect(doc.images).toEqual({ logo: 'data:image/png;base64,AAAA' });
    expect((content[1] as { canvas: unknown[] }).canvas).toHaveLength(2);
  });

  it('falls back to the organiser’s name without a letterhead, and to no image without a logo', () => {
    const doc = buildMinutesDocument(meeting(), lookups, null, MINUTES_LABELS.id);
    expect(texts((doc.content as Content[])[0])).toEqual(['Badan Kesbangpol Kabupaten Bangli']);
    expect(doc.images).toBeUndefined();
    expect(JSON.stringify(doc.content)).not.toContain('"image"');
  });

  it('prints the facts in the meeting’s zone, in Indonesian and in English', () => {
    const id = joined(buildMinutesDocument(meeting(), lookups, null, MINUTES_LABELS.id).content);
    for (const expected of ['NOTULEN RAPAT', 'Rapat Koordinasi Kesiapan Pilkada', 'Rapat Koordinasi (Rakor)', 'Kabupaten/Kota', 'Kabupaten Bangli, Kabupaten Gianyar',
      'Selasa, 30 Juli 2024', '09.00–13.30 WITA', 'Aula Kantor Bupati', 'Hibrida (luring dan daring)', 'UU 10/2016', 'PERMENDAGRI 61/2011', 'Kesiapan logistik']) {
      expect(id).toContain(expected);
    }
    const en = joined(buildMinutesDocument(meeting(), lookups, null, MINUTES_LABELS.en).content);
    for (const expected of ['MINUTES OF MEETING', 'Coordination meeting (rakor)', 'Tuesday, 30 July 2024', '09:00–13:30 WITA', 'Hybrid (in person and online)']) {
      expect(en).toContain(expected);
    }
  });

  it('letters every section, says when one is empty, and adds summary and carried items only when there are some', () => {
    const empty = { ...meeting(), invitations: [], speakers: [], findings: [], strategies: [], decisions: [], actionItems: [], declarations: [] };
    const id = texts(buildMinutesDocument(empty, lookups, null, MINUTES_LABELS.id).content);
    expect(id.filter((t) => /^[A-Z]\. /.test(t))).toEqual([
      'A. Daftar Hadir', 'B. Pembicara dan Pokok Bahasan', 'C. Temuan', 'D. Strategi', 'E. Keputusan', 'F. Rencana Tindak Lanjut', 'G. Deklarasi dan Pakta',
    ]);
    expect(id.filter((t) => t === 'Tidak ada.')).toHaveLength(7);
    const carried = { ...meeting(), summary: 'Rapat berjalan lancar.', carriedItems: [{ ...meeting().actionItems[0]!, meetingTitle: 'Rapat Juni', status: 'open' as const, overdue: false }] };
    const full = texts(buildMinutesDocument(carried, lookups, null, MINUTES_LABELS.en).content);
    expect(full.filter((t) => /^[A-Z]\. /.test(t))).toEqual([
      'A. Summary', 'B. Attendance', 'C. Speakers and Points', 'D. Findings', 'E. Strategies', 'F. Decisions', 'G. Action Items',
      'H. Action Items Carried from Earlier Meetings', 'I. Declarations and Pacts',
    ]);
    expect(full).toContain('Rapat Juni');
  });

  it('lists attendance with representatives, positions, arrival times in the zone and a count', () => {
    const all = texts(buildMinutesDocument(meeting(), lookups, null, MINUTES_LABELS.id).content);
    expect(all).toEqual(expect.arrayContaining(['Wakapolres', ' (mewakili)', '08.55 WITA', 'Dr. Ketut André', 'Universitas Udayana', 'Akademisi', '31 Juli 2024 09.10 WITA', 'Hadir 2 dari 3 undangan.']));
  });

  it('links strategies to the numbers of the findings they answer, and marks late action items', () => {
    const all = texts(buildMinutesDocument(meeting(), lookups, null, MINUTES_LABELS.id).content);
    expect(all).toEqual(expect.arrayContaining(['Patroli siber bersama', '1, 2', 'Logistik', 'Tinggi', 'Kabupaten Bangli', 'Perbaiki atap gudang', 'Pemkab Bangli', '\nKadis PU', '5 Agustus 2024', 'Sedang dikerjakan', '\nlewat tenggat']));
  });

  it('shows who signed a declaration and when, and signature blocks under the place and date', () => {
    const all = texts(buildMinutesDocument(meeting(), lookups, null, MINUTES_LABELS.id).content);
    expect(all).toEqual(expect.arrayContaining(['1. Deklarasi Pilkada Damai', 'Kapolres', 'Polres Bangli', 'Sudah', '\n30 Juli 2024 11.15 WITA', 'Tokoh adat', 'Belum']));
    expect(all.slice(-5)).toEqual(['Notulis,', '(..........................................)', 'Bangli, 30 Juli 2024', 'Pimpinan Rapat,', '(..........................................)']);
  });

  it('names the chair and the minute taker under their signatures when the meeting records them', () => {
    const named = { ...meeting(), chairName: 'I Gusti Ngurah Wiryanata', chairPosition: 'Kepala Badan Kesbangpol', minuteTakerName: 'Ni Luh Sari', minuteTakerPosition: null };
    const all = texts(buildMinutesDocument(named, lookups, null, MINUTES_LABELS.id).content);
    expect(all.slice(-6)).toEqual(['Notulis,', 'Ni Luh Sari', 'Bangli, 30 Juli 2024', 'Pimpinan Rapat,', 'I Gusti Ngurah Wiryanata', 'Kepala Badan Kesbangpol']);
  });

  it('numbers the pages in the footer and keeps a heading off the bottom of a page', () => {
    const doc = buildMinutesDocument(meeting(), lookups, null, MINUTES_LABELS.id);
    const footer = (doc.footer as (page: number, pages: number) => Content)(2, 5);
    expect(texts(footer)).toEqual(['Notulen: Rapat Koordinasi Kesiapan Pilkada', 'Halaman 2 dari 5']);
    const en = buildMinutesDocument(meeting(), lookups, null, MINUTES_LABELS.en);
    expect(texts((en.footer as (page: number, pages: number) => Content)(1, 1))).toContain('Page 1 of 1');
    const at = (ratio: number, headlineLevel?: number) => ({ headlineLevel, startPosition: { verticalRatio: ratio } }) as unknown as Node;
    const queries = {} as NodeQueries;
    expect(doc.pageBreakBefore!(at(0.9, 1), queries)).toBe(true);
    expect(doc.pageBreakBefore!(at(0.5, 1), queries)).toBe(false);
    expect(doc.pageBreakBefore!(at(0.95), queries)).toBe(false);
  });
});

describe('minutes formatting', () => {
  const id = MINUTES_LABELS.id;
  it('writes the hours of a meeting in its zone', () => {
    expect(formatTimeRange('2024-07-30T02:00:00Z', null, 'WIB', id)).toBe('09.00 WIB s.d. selesai');
    expect(formatTimeRange('2024-07-30T00:00:00Z', '2024-07-30T03:00:00Z', 'WIT', MINUTES_LABELS.en)).toBe('09:00–12:00 WIT');
    expect(formatTimeRange('2024-07-30T12:00:00Z', '2024-07-31T02:00:00Z', 'WITA', id)).toBe('20.00 WITA – Rabu, 31 Juli 2024 10.00 WITA');
    // 23.30 WIB on the 30th is already the 31st in Jayapura.
    expect(formatArrival('2024-07-30T16:30:00Z', '2024-07-30T14:00:00Z', 'WIT', id)).toBe('31 Juli 2024 01.30 WIT');
  });

  it('lets long words break every 20 characters, leaving ordinary words alone', () => {
    expect(softenLongWords('Kesbangpol Provinsi Bali')).toBe('Kesbangpol Provinsi Bali');
    expect(softenLongWords(`kontak: ${'a'.repeat(45)} ok`)).toBe(`kontak: ${'a'.repeat(20)}\u200b${'a'.repeat(20)}\u200b${'a'.repeat(5)} ok`);
    expect(softenLongWords(softenLongWords('é'.repeat(41)))).toBe(['é'.repeat(20), 'é'.repeat(20), 'é'].join('\u200b'));
    const doc = buildMinutesDocument({ ...meeting(), venue: 'https://zoom.example/j/123456789012345678901234' }, lookups, null, id);
    expect(texts(doc.content)).toContain('https://zoom.example\u200b/j/12345678901234567\u200b8901234');
  });

  it('names the place of signing without "Kabupaten" or "Kota"', () => {
    expect(placeOf('Kabupaten Bangli')).toBe('Bangli');
    expect(placeOf('Kota Denpasar')).toBe('Denpasar');
    expect(placeOf('Kota Administrasi Jakarta Selatan')).toBe('Jakarta Selatan');
    expect(placeOf('Bali')).toBe('Bali');
    expect(placeOf(null)).toBeNull();
  });
});

describe('minutes catalogue', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix];
  it('has the same words in both languages, none empty', () => {
    expect(keys(MINUTES_LABELS.en)).toEqual(keys(MINUTES_LABELS.id));
    for (const labels of Object.values(MINUTES_LABELS)) {
      expect(labels.months).toHaveLength(12);
      expect(labels.weekdays).toHaveLength(7);
      for (const key of keys(labels)) {
        const value = key.slice(0, -1).split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], labels);
        expect(typeof value === 'string' ? value.trim() : 'list', key).not.toBe('');
      }
    }
  });
});
