import type { Database } from '../src/db/client.js';
import type { IncidentChannel, IncidentSeverity } from '../src/domain/incidents/vocabulary.js';
import type { IncidentStatus } from '../src/domain/incidents/workflow.js';
import { UTC_OFFSET_HOURS } from '../src/domain/regions/timezones.js';
import { copyRows, DAY_MS, provinceTable, regionIn, syncSerial, unitsNear, type Cell, type Gazetteer, type Random, type Units } from './seed-desk-tools.js';

/**
 * A year of incident reports, skewed as a desk sees them: more every month towards voting day, a
 * bump around the February 2024 Pemilu, most in populous provinces, a few categories making most of
 * the reports, and older reports mostly closed while the last days' are still new.
 */

const CATEGORY_WEIGHTS: (readonly [string, number])[] = [
  ['politik_uang', 18], ['netralitas_asn', 14], ['hoaks', 16], ['politik_identitas', 6], ['kekerasan', 5], ['intimidasi', 5],
  ['konflik', 4], ['logistik', 7], ['siber', 3], ['bencana', 3], ['golput', 2], ['kampanye_di_luar_jadwal', 8],
  ['daftar_pemilih', 6], ['pelanggaran_penyelenggara', 4], ['kkb', 1], ['protes_hasil', 2],
];

const SEVERITY_WEIGHTS: (readonly [IncidentSeverity, number])[] = [['rendah', 35], ['sedang', 40], ['tinggi', 20], ['kritis', 5]];

const CHANNEL_WEIGHTS: (readonly [IncidentChannel, number])[] = [['web', 40], ['sms', 18], ['whatsapp', 22], ['api', 8], ['import', 8], ['media', 4]];

/** Status by age in days: the newest still waiting for triage, the older mostly closed. */
const STATUS_BY_AGE: { below: number; table: (readonly [IncidentStatus, number])[] }[] = [
  { below: 2, table: [['baru', 70], ['terverifikasi', 25], ['diteruskan', 5]] },
  { below: 14, table: [['baru', 25], ['terverifikasi', 30], ['diteruskan', 20], ['ditindaklanjuti', 10], ['selesai', 8], ['ditolak', 5], ['duplikat', 2]] },
  { below: 60, table: [['baru', 5], ['terverifikasi', 10], ['diteruskan', 10], ['ditindaklanjuti', 15], ['selesai', 45], ['ditolak', 10], ['duplikat', 5]] },
  { below: Infinity, table: [['baru', 1], ['terverifikasi', 2], ['diteruskan', 2], ['ditindaklanjuti', 5], ['selesai', 70], ['ditolak', 13], ['duplikat', 7]] },
];

const WHAT: Record<string, readonly string[]> = {
  politik_uang: ['Pembagian amplop berisi uang kepada warga menjelang pencoblosan', 'Tim sukses membagikan paket sembako disertai kartu nama calon', 'Dugaan serangan fajar di permukiman warga'],
  netralitas_asn: ['Kepala desa mengajak perangkat desa mendukung salah satu pasangan calon', 'ASN dinas setempat tampil dalam kampanye terbuka', 'Camat mengunggah dukungan kepada calon di media sosial'],
  hoaks: ['Beredar pesan berantai tentang pemindahan lokasi TPS', 'Video palsu yang menyebut surat suara sudah dicoblos', 'Kabar bohong soal penundaan pemungutan suara'],
  politik_identitas: ['Spanduk bernada SARA dipasang di dekat rumah ibadah', 'Ceramah yang menyerang pasangan calon berdasarkan suku'],
  kekerasan: ['Perkelahian antarpendukung usai kampanye', 'Pemukulan terhadap saksi pasangan calon'],
  intimidasi: ['Warga diancam tidak mendapat bantuan jika tidak memilih calon tertentu', 'Petugas KPPS menerima ancaman melalui telepon'],
  konflik: ['Bentrok warga dua desa terkait dukungan calon', 'Penghadangan rombongan kampanye oleh massa'],
  logistik: ['Kotak suara rusak terkena air saat distribusi', 'Kekurangan surat suara di gudang kecamatan', 'Keterlambatan pengiriman logistik ke pulau terluar'],
  siber: ['Situs KPU daerah tidak dapat diakses akibat serangan', 'Akun media sosial penyelenggara diretas'],
  bencana: ['Banjir merendam gudang logistik pemilihan', 'Longsor memutus akses menuju TPS'],
  golput: ['Ajakan golput disebarkan melalui grup percakapan warga'],
  kampanye_di_luar_jadwal: ['Pemasangan alat peraga kampanye di masa tenang', 'Kampanye di fasilitas pendidikan di luar jadwal'],
  daftar_pemilih: ['Warga yang sudah meninggal masih tercantum dalam DPT', 'Puluhan pemilih pindahan belum terdaftar'],
  pelanggaran_penyelenggara: ['Anggota PPK diduga berpihak kepada salah satu calon', 'Petugas PPS tidak menempelkan salinan DPT'],
  kkb: ['Gangguan kelompok bersenjata di jalur distribusi logistik'],
  protes_hasil: ['Massa mendatangi kantor KPU memprotes hasil rekapitulasi'],
};

const PEMILU_DAY = Date.parse('2024-02-14T00:00:00Z');

/** When it happened: more towards `now`, a bump around the Pemilu, never in the future. */
function occurredAt(rnd: Random, now: number): number {
  const shape = rnd.next();
  let at: number;
  if (shape < 0.06) at = PEMILU_DAY + (rnd.next() * 21 - 7) * DAY_MS;
  else if (shape < 0.72) at = now - 365 * DAY_MS * rnd.next() ** 2.2;
  else at = now - 365 * DAY_MS * rnd.next();
  return Math.min(at, now - 60_000);
}

export interface IncidentFigures {
  count: number;
  open: number;
  ms: number;
}

/** Inserts `count` reports (ids 1…count in the order they happened), with their serial moved past them. */
export async function seedIncidents(database: Database, rnd: Random, gazetteer: Gazetteer, units: Units, now: Date, count: number): Promise<IncidentFigures> {
  const started = performance.now();
  const provinces = provinceTable(gazetteer);
  const times = Array.from({ length: count }, () => occurredAt(rnd, now.getTime())).sort((a, b) => a - b);
  let open = 0;
  function* rows(): Generator<Cell[]> {
    for (let index = 0; index < count; index++) {
      const id = index + 1;
      const occurred = new Date(times[index]!);
      const known = new Date(Math.min(now.getTime(), occurred.getTime() + rnd.next() ** 3 * 2 * DAY_MS));
      const province = rnd.weighted(provinces);
      const regionCode = regionIn(rnd, province);
      const category = rnd.weighted(CATEGORY_WEIGHTS);
      const ageDays = (now.getTime() - occurred.getTime()) / DAY_MS;
      let status = rnd.weighted(STATUS_BY_AGE.find((band) => ageDays < band.below)!.table);
      if (status === 'duplikat' && id === 1) status = 'ditolak';
      if (!['ditolak', 'duplikat', 'selesai'].includes(status)) open++;
      const referral = ['diteruskan', 'ditindaklanjuti', 'selesai'].includes(status) ? rnd.pick(unitsNear(units, regionCode)) : undefined;
      const regime = occurred.getTime() < Date.parse('2024-04-01T00:00:00Z') ? (rnd.chance(0.85) ? 'pemilu' : 'pilkada') : 'pilkada';
      const place = gazetteer.names.get(regionCode.split('.').slice(0, 2).join('.')) ?? province.name;
      const description = `${rnd.pick(WHAT[category] ?? ['Kejadian dilaporkan warga'])} di wilayah ${place}. Pelapor menyebut kejadian berlangsung sekitar pukul ${String(rnd.int(24)).padStart(2, '0')}.${String(rnd.int(60)).padStart(2, '0')} waktu setempat.`;
      const year = new Date(known.getTime() + UTC_OFFSET_HOURS[province.timeZone] * 3_600_000).getUTCFullYear();
      const anonymous = rnd.chance(0.2);
      yield [
        id, `INS-${year}-${String(id).padStart(6, '0')}`, category, regime, description, occurred, known, regionCode, null, null,
        rnd.chance(0.3) ? `TPS ${String(1 + rnd.int(40)).padStart(3, '0')}` : null, rnd.weighted(SEVERITY_WEIGHTS), rnd.weighted(CHANNEL_WEIGHTS),
        anonymous || rnd.chance(0.3) ? null : `Pelapor ${id}`, anonymous ? null : `08${String(1_000_000_000 + rnd.int(899_999_999))}`, anonymous, status,
        status === 'duplikat' ? Math.max(1, id - 1 - rnd.int(Math.min(id - 1, 50))) : null, referral?.id ?? null, known, known,
        ageDays < 2 ? 1 : 2 + rnd.int(3),
      ];
    }
  }
  await copyRows(database, 'incidents', [
    'id', 'reference', 'category', 'regime', 'description', 'occurred_at', 'known_at', 'region_code', 'latitude', 'longitude', 'tps', 'severity',
    'channel', 'reporter_name', 'reporter_contact', 'reporter_anonymous', 'status', 'duplicate_of', 'referred_unit_id', 'created_at', 'updated_at', 'version',
  ], rows());
  await syncSerial(database, 'incidents');
  return { count, open, ms: performance.now() - started };
}
