import type { IncidentChannel, IncidentSeverity } from '../incidents/vocabulary.js';
import type { IncidentStatus } from '../incidents/workflow.js';
import type { Random } from './random.js';

/**
 * What demo incidents are about and how far they got, skewed as a desk sees them: a few categories
 * make most reports, most are of middling severity, and older reports are mostly closed while the
 * last days' are still waiting for triage.
 */

export const CATEGORY_WEIGHTS: (readonly [string, number])[] = [
  ['politik_uang', 18], ['netralitas_asn', 14], ['hoaks', 16], ['politik_identitas', 6], ['kekerasan', 5], ['intimidasi', 5],
  ['konflik', 4], ['logistik', 7], ['siber', 3], ['bencana', 3], ['golput', 2], ['kampanye_di_luar_jadwal', 8],
  ['daftar_pemilih', 6], ['pelanggaran_penyelenggara', 4], ['kkb', 1], ['protes_hasil', 2],
];

export const SEVERITY_WEIGHTS: (readonly [IncidentSeverity, number])[] = [['rendah', 35], ['sedang', 40], ['tinggi', 20], ['kritis', 5]];

export const CHANNEL_WEIGHTS: (readonly [IncidentChannel, number])[] = [['web', 40], ['sms', 18], ['whatsapp', 22], ['api', 8], ['import', 8], ['media', 4]];

/** Status by age in days: the newest still waiting for triage, the older mostly closed. */
export const STATUS_BY_AGE: { below: number; table: (readonly [IncidentStatus, number])[] }[] = [
  { below: 2, table: [['baru', 70], ['terverifikasi', 25], ['diteruskan', 5]] },
  { below: 14, table: [['baru', 25], ['terverifikasi', 30], ['diteruskan', 20], ['ditindaklanjuti', 10], ['selesai', 8], ['ditolak', 5], ['duplikat', 2]] },
  { below: 60, table: [['baru', 5], ['terverifikasi', 10], ['diteruskan', 10], ['ditindaklanjuti', 15], ['selesai', 45], ['ditolak', 10], ['duplikat', 5]] },
  { below: Infinity, table: [['baru', 1], ['terverifikasi', 2], ['diteruskan', 2], ['ditindaklanjuti', 5], ['selesai', 70], ['ditolak', 13], ['duplikat', 7]] },
];

export function statusForAge(rnd: Random, ageDays: number): IncidentStatus {
  return rnd.weighted(STATUS_BY_AGE.find((band) => ageDays < band.below)!.table);
}

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

/** A report's text as a reporter writes it, naming the place and the local hour. */
export function describeIncident(rnd: Random, category: string, place: string): string {
  const what = rnd.pick(WHAT[category] ?? ['Kejadian dilaporkan warga']);
  const hour = String(rnd.int(24)).padStart(2, '0');
  const minute = String(rnd.int(60)).padStart(2, '0');
  return `${what} di wilayah ${place}. Pelapor menyebut kejadian berlangsung sekitar pukul ${hour}.${minute} waktu setempat.`;
}
