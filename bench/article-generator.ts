import type { GazetteerEntry, GazetteerSource } from '../src/domain/extraction/gazetteer.js';
import { readGazetteerSource } from '../src/modules/extraction/gazetteer-file.js';

/**
 * Synthetic Indonesian election news for the extraction benchmark: coordination meetings, peace
 * declarations, vote-buying incidents, polling-station risk mapping, logistics, cyber patrols and
 * DKPP rulings, 1.5–4 KB each, set in real provinces and kabupaten/kota of the embedded gazetteer,
 * with officials and their titles, dated events, regulations and deadlines — the things the extractor
 * looks for, so its rules do real work. Every sentence is written for this file (never taken from the
 * seeds or the corpus). Deterministic: article i depends only on the seed and i, so a run of 2,000
 * is the first 2,000 of a run of 100,000.
 */

export interface GeneratedArticle {
  file: string;
  text: string;
  /** ISO date the article was published; null for some, as with articles pasted without one. */
  publishedOn: string | null;
}

export const ARTICLE_KINDS = ['rakor', 'deklarasi', 'politik_uang', 'kerawanan_tps', 'logistik', 'patroli_siber', 'putusan_dkpp'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

const MIN_BYTES = 1_500;
const MAX_BYTES = 4_000;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = ReturnType<typeof randomTools>;

function randomTools(next: () => number) {
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  const thousands = (n: number) => n.toLocaleString('de-DE');
  return { int, pick, chance, shuffled, thousands };
}

const FIRST_NAMES = [
  'Agus', 'Bambang', 'Dewi', 'Eko', 'Fitri', 'Gede', 'Hendra', 'Indra', 'Joko', 'Kadek', 'Lestari', 'Made', 'Nurul', 'Putu',
  'Rahmat', 'Sri', 'Teguh', 'Wayan', 'Yohanes', 'Zulkifli', 'Andi', 'Ketut', 'Muhammad', 'Siti', 'Yosef', 'Marthen', 'Hasanuddin',
  'Ratna', 'Bonifasius', 'Arif', 'Irwan', 'Novita', 'Samuel', 'La Ode', 'Daeng', 'Ahmad', 'Maria', 'Frans', 'Dedi', 'Yulianti',
];
const LAST_NAMES = [
  'Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Siregar', 'Nasution', 'Pratama', 'Suryadi', 'Kurniawan', 'Wibowo', 'Harahap',
  'Sinaga', 'Rumbiak', 'Mandagi', 'Pattiasina', 'Latuconsina', 'Rahman', 'Syahputra', 'Tanjung', 'Simanjuntak', 'Mahendra',
  'Putra', 'Arsana', 'Setiawan', 'Lubis', 'Manurung', 'Wenda', 'Kogoya', 'Daulay', 'Hutapea', 'Baso', 'Fernandez', 'Kase',
];
const MEDIA = ['Warta Nusa', 'Kabar Daerah', 'Suara Pilkada', 'Lintas Provinsi', 'Berita Pemilu', 'Catatan Desa'];
const PARTIES = ['partai pengusung', 'tim pemenangan pasangan calon nomor urut 1', 'tim kampanye pasangan calon nomor urut 2', 'relawan pasangan calon nomor urut 3'];
const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
/** Short forms newsrooms use for provinces, by code; provinces without one are written out. */
const PROVINCE_SHORT: Record<string, string> = {
  '12': 'Sumut', '13': 'Sumbar', '16': 'Sumsel', '19': 'Babel', '21': 'Kepri', '31': 'DKI Jakarta', '32': 'Jabar', '33': 'Jateng',
  '34': 'DIY', '35': 'Jatim', '52': 'NTB', '53': 'NTT', '61': 'Kalbar', '62': 'Kalteng', '63': 'Kalsel', '64': 'Kaltim',
  '65': 'Kaltara', '71': 'Sulut', '72': 'Sulteng', '73': 'Sulsel', '74': 'Sultra', '76': 'Sulbar', '82': 'Malut',
};
/** Regulations by what they govern, so a sentence cites one that fits it. */
const REGULATIONS = {
  pilkada: ['UU Nomor 10 Tahun 2016', 'Undang-Undang Nomor 10 Tahun 2016', 'Undang-Undang (UU) Nomor 10 Tahun 2016'],
  asn: ['UU Nomor 20 Tahun 2023', 'UU Nomor 10 Tahun 2016'],
  kpu: ['PKPU Nomor 8 Tahun 2024', 'PKPU Nomor 2 Tahun 2024', 'Peraturan KPU Nomor 17 Tahun 2024'],
  bawaslu: ['Peraturan Bawaslu Nomor 9 Tahun 2024', 'Perbawaslu Nomor 3 Tahun 2022'],
  pengamanan: ['Permenko Polhukam Nomor 4 Tahun 2021', 'Permendagri Nomor 61 Tahun 2011', 'Peraturan Menteri Dalam Negeri Nomor 61 Tahun 2011'],
  etik: ['Peraturan DKPP Nomor 2 Tahun 2017', 'PKPU Nomor 8 Tahun 2024'],
  ite: ['UU Nomor 1 Tahun 2024', 'UU Nomor 11 Tahun 2008'],
} as const;
type RegulationTopic = keyof typeof REGULATIONS;

interface Place {
  province: GazetteerEntry;
  /** As newsrooms write the province: its name or a short form. */
  provinceName: string;
  regency: GazetteerEntry;
  /** "Badung", "Denpasar": the regency's name without Kabupaten/Kota. */
  short: string;
  isCity: boolean;
  /** "Kabupaten Badung", "Kab. Badung", "Kota Denpasar". */
  formal: string;
  neighbour: string;
}

interface EventDate {
  iso: string;
  /** "Selasa (8/10/2024)". */
  dayForm: string;
  /** "8 Oktober 2024". */
  long: string;
}

function eventDate(date: Date): EventDate {
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  return {
    iso: date.toISOString().slice(0, 10),
    dayForm: `${WEEKDAYS[date.getUTCDay()]} (${d}/${m + 1}/${y})`,
    long: `${d} ${MONTHS[m]} ${y}`,
  };
}

function addDays(iso: string, days: number): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

interface Context {
  r: Random;
  place: Place;
  date: EventDate;
  deadline: EventDate;
  person: (title: string) => string;
  regulation: (topic: RegulationTopic) => string;
  party: () => string;
}

type Paragraph = (c: Context) => string;

const kapolres = (c: Context) => `${c.place.isCity ? 'Kapolresta' : 'Kapolres'} ${c.place.short} ${c.r.pick(['AKBP', 'Kombes Pol'])} ${c.person('kapolres')}`;
const ketuaKpu = (c: Context) => `Ketua KPU ${c.place.formal} ${c.person('kpu')}`;
const ketuaBawaslu = (c: Context) => `Ketua Bawaslu ${c.place.isCity ? 'Kota' : 'Kabupaten'} ${c.place.short} ${c.person('bawaslu')}`;
const kepalaDaerah = (c: Context) => `${c.r.pick(['Penjabat', 'Pj.'])} ${c.place.isCity ? 'Wali Kota' : 'Bupati'} ${c.place.short} ${c.person('pj')}`;
const dandim = (c: Context) => `Dandim ${c.r.int(1401, 1715)}/${c.place.short} Letkol ${c.r.pick(['Inf', 'Kav', 'Arm', 'Czi'])} ${c.person('dandim')}`;
const kesbangpol = (c: Context) => `Kepala Badan Kesbangpol ${c.place.provinceName} ${c.person('kesbangpol')}`;

const LEADS: Record<ArticleKind, Paragraph[]> = {
  rakor: [
    (c) => `Pemerintah ${c.place.formal} menggelar rapat koordinasi kesiapan pengamanan Pilkada Serentak 2024 di aula kantor bupati, ${c.date.dayForm}. Rapat dihadiri unsur Forkopimda, KPU, Bawaslu, Kejaksaan Negeri, dan perwakilan partai politik.`,
    (c) => `Forum Koordinasi Pimpinan Daerah (Forkopimda) ${c.place.provinceName} bersama penyelenggara pemilu menggelar rakor lintas sektor menjelang pemungutan suara pada ${c.date.dayForm} di ${c.place.short}. Rakor membahas pembagian tugas pengamanan dan penanganan potensi konflik.`,
    (c) => `${kepalaDaerah(c)} memimpin rapat koordinasi bersama KPU, Bawaslu, Polres dan Kodim di ruang rapat utama sekretariat daerah, ${c.date.dayForm}. Pertemuan itu menyepakati jadwal pengawasan bersama hingga tahap rekapitulasi.`,
  ],
  deklarasi: [
    (c) => `Seluruh pasangan calon kepala daerah di ${c.place.formal} menandatangani deklarasi kampanye damai di lapangan kantor KPU setempat, ${c.date.dayForm}. Deklarasi disaksikan Forkopimda, tokoh agama dan tokoh masyarakat.`,
    (c) => `Ratusan aparatur sipil negara di lingkungan Pemerintah ${c.place.formal} mengikuti ikrar netralitas ASN pada ${c.date.dayForm}. Ikrar dibacakan bersama di halaman kantor bupati dan disaksikan Bawaslu serta perwakilan BKN.`,
    (c) => `Tim kampanye dan relawan seluruh pasangan calon di ${c.place.short}, ${c.place.provinceName}, menyatakan komitmen menolak politik uang dan hoaks dalam deklarasi damai yang digelar ${c.date.dayForm}.`,
  ],
  politik_uang: [
    (c) => `Bawaslu ${c.place.formal} menerima laporan dugaan politik uang berupa pembagian amplop berisi uang tunai kepada warga di sebuah desa pada ${c.date.dayForm} malam. Laporan itu kini ditangani Sentra Gakkumdu.`,
    (c) => `Petugas pengawas kelurahan di ${c.place.short} memergoki dua orang yang diduga membagikan paket sembako disertai stiker pasangan calon, ${c.date.dayForm}. Barang bukti diamankan dan diserahkan ke Sentra Gakkumdu ${c.place.formal}.`,
  ],
  kerawanan_tps: [
    (c) => `Bawaslu ${c.place.formal} merilis hasil pemetaan kerawanan tempat pemungutan suara (TPS) pada ${c.date.dayForm}. Dari ${c.r.thousands(c.r.int(300, 2400))} TPS, sebanyak ${c.r.int(20, 180)} TPS dikategorikan rawan tinggi.`,
    (c) => `Polres bersama KPU dan Bawaslu ${c.place.short} memetakan TPS rawan menjelang pemungutan suara 27 November 2024. Hasil pemetaan dipaparkan dalam rapat di markas polres, ${c.date.dayForm}.`,
  ],
  logistik: [
    (c) => `KPU ${c.place.formal} mulai mendistribusikan logistik Pilkada 2024 ke ${c.r.int(5, 24)} kecamatan pada ${c.date.dayForm}. Pengiriman dikawal aparat kepolisian dan TNI, terutama ke wilayah yang hanya dapat dijangkau lewat sungai.`,
    (c) => `Sebanyak ${c.r.thousands(c.r.int(1200, 9000))} lembar surat suara di gudang KPU ${c.place.short} ditemukan rusak saat proses sortir dan pelipatan, ${c.date.dayForm}. KPU segera mengajukan penggantian ke percetakan.`,
  ],
  patroli_siber: [
    (c) => `Direktorat Reserse Siber Polda ${c.place.provinceName} meningkatkan patroli siber untuk menangkal hoaks dan ujaran kebencian selama masa kampanye Pilkada 2024. Hal itu disampaikan dalam keterangan pers, ${c.date.dayForm}.`,
    (c) => `Dinas Kominfo ${c.place.formal} bersama Polres dan Bawaslu membentuk tim patroli siber yang memantau konten bermuatan SARA di media sosial sejak ${c.date.dayForm}.`,
  ],
  putusan_dkpp: [
    (c) => `Dewan Kehormatan Penyelenggara Pemilu (DKPP) menjatuhkan sanksi peringatan keras kepada anggota KPU ${c.place.formal} dalam sidang pembacaan putusan di Jakarta, ${c.date.dayForm}. Teradu dinilai melanggar kode etik karena tidak profesional dalam verifikasi pencalonan.`,
    (c) => `DKPP memberhentikan tetap ketua Panwaslu kecamatan di ${c.place.short} karena terbukti bertemu tim pemenangan salah satu pasangan calon. Putusan dibacakan dalam sidang etik, ${c.date.dayForm}.`,
  ],
};

const BODIES: Record<ArticleKind, Paragraph[]> = {
  rakor: [
    (c) => `"Kita tidak ingin ada satu pun TPS yang tertunda karena gangguan keamanan. Semua pihak harus bergerak bersama," kata ${kapolres(c)} dalam rapat tersebut.`,
    (c) => `${ketuaKpu(c)} memaparkan bahwa jumlah pemilih dalam daftar pemilih tetap mencapai ${c.r.thousands(c.r.int(80_000, 1_400_000))} orang yang tersebar di ${c.r.thousands(c.r.int(250, 3_000))} TPS.`,
    (c) => `Rapat juga menyepakati bahwa seluruh kepala desa wajib menyerahkan daftar titik rawan banjir dan longsor paling lambat ${c.deadline.long}, agar jalur distribusi logistik dapat disiapkan lebih awal.`,
    (c) => `${dandim(c)} menyatakan kesiapan ${c.r.int(120, 600)} personel untuk membantu pengamanan, termasuk di pulau-pulau kecil dan desa terpencil.`,
    (c) => `Menurut ${kesbangpol(c)}, rakor serupa akan digelar setiap pekan hingga penetapan pasangan calon terpilih, dengan merujuk pada ${c.regulation('pengamanan')}.`,
  ],
  deklarasi: [
    (c) => `"Perbedaan pilihan jangan sampai memecah persaudaraan. Kita bersaing secara sehat," ujar ${ketuaKpu(c)} usai penandatanganan.`,
    (c) => `${ketuaBawaslu(c)} mengingatkan larangan keterlibatan ASN, TNI dan Polri dalam kampanye sebagaimana diatur dalam ${c.regulation('pilkada')} dan ${c.regulation('asn')}.`,
    (c) => `Setiap tim kampanye diminta menyerahkan pakta integritas yang telah ditandatangani paling lambat ${c.deadline.long}. Pakta itu memuat komitmen tidak menggunakan isu suku, agama dan ras.`,
    () => `Tokoh adat dan pemuka agama setempat turut membacakan doa bersama. Mereka meminta masyarakat tidak mudah terpancing oleh kabar bohong yang beredar di grup percakapan.`,
    (c) => `${kapolres(c)} menegaskan kepolisian akan menindak tegas siapa pun yang melakukan intimidasi terhadap pemilih maupun penyelenggara.`,
  ],
  politik_uang: [
    (c) => `${ketuaBawaslu(c)} mengatakan pihaknya telah memeriksa ${c.r.int(2, 9)} saksi dan mengamankan uang tunai sebesar Rp ${c.r.thousands(c.r.int(2, 60) * 100_000)}. "Kami punya waktu 14 hari untuk menentukan apakah laporan ini memenuhi unsur pidana," katanya.`,
    (c) => `Pemberian uang untuk memengaruhi pemilih merupakan tindak pidana pemilihan yang diatur dalam Pasal 187A ${c.regulation('pilkada')}, dengan ancaman penjara paling singkat 36 bulan.`,
    (c) => `Kepala Kejaksaan Negeri ${c.place.short} ${c.person('kajari')} menyebut jaksa di Sentra Gakkumdu sudah mendampingi sejak tahap klarifikasi.`,
    (c) => `Bawaslu meminta ${c.party()} menghentikan praktik tersebut dan membuka posko pengaduan di setiap kecamatan hingga ${c.deadline.long}.`,
  ],
  kerawanan_tps: [
    (c) => `Pemetaan mengikuti ${c.regulation('bawaslu')}. Indikator yang digunakan antara lain riwayat kekerasan pada pemilihan sebelumnya, netralitas ASN dan kepala desa, potensi politik uang, serta akses jalan yang sulit saat musim hujan.`,
    (c) => `${ketuaBawaslu(c)} menjelaskan ${c.r.int(10, 60)} TPS berada di daerah rawan banjir dan ${c.r.int(3, 25)} TPS lain sulit dijangkau sinyal telepon seluler sehingga pengiriman hasil penghitungan berpotensi terlambat.`,
    (c) => `${kapolres(c)} menyatakan TPS rawan tinggi akan dijaga dua personel, sedangkan TPS lain dijaga satu personel dibantu Linmas. Pola pengamanan mengacu pada ${c.regulation('pengamanan')}.`,
    (c) => `Hasil pemetaan diserahkan kepada KPU dan Pemda, yang diminta menyiapkan langkah antisipasi paling lambat ${c.deadline.long}.`,
  ],
  logistik: [
    (c) => `${ketuaKpu(c)} mengatakan distribusi ke desa terjauh membutuhkan waktu dua hari perjalanan darat dan sungai. "Kotak suara kami bungkus plastik agar tidak basah," ujarnya.`,
    (c) => `Menurut ketentuan ${c.regulation('kpu')}, seluruh perlengkapan pemungutan suara harus sudah tiba di PPS paling lambat ${c.deadline.long}.`,
    (c) => `${dandim(c)} menyiapkan kendaraan taktis dan perahu karet untuk membantu pengangkutan apabila cuaca buruk menghambat jalur utama.`,
    (c) => `Kekurangan formulir dan tinta di ${c.r.int(2, 12)} kecamatan dilaporkan ke KPU provinsi. Bawaslu mencatat temuan itu dalam laporan pengawasan logistik.`,
  ],
  patroli_siber: [
    (c) => `Sejak awal masa kampanye, tim mencatat ${c.r.int(40, 400)} konten hoaks dan ${c.r.int(5, 80)} akun yang diduga menyebarkan ujaran kebencian. Sebagian konten telah diajukan untuk diturunkan.`,
    (c) => `"Kami mengimbau warganet memeriksa kebenaran informasi sebelum membagikannya," kata ${kapolres(c)}. Ia menambahkan penyebar hoaks dapat dijerat ${c.regulation('ite')}.`,
    (c) => `Kepala Dinas Kominfo ${c.place.short} ${c.person('kominfo')} menyebut pihaknya bekerja sama dengan BSSN untuk mengamankan situs KPU daerah dari serangan peretasan.`,
    (c) => `Laporan patroli siber akan dibahas dalam rapat evaluasi mingguan, dan rekomendasi penanganan harus disampaikan ke Bawaslu paling lambat ${c.deadline.long}.`,
  ],
  putusan_dkpp: [
    (c) => `Anggota DKPP ${c.person('dkpp')} selaku ketua majelis menyatakan teradu terbukti melanggar ketentuan ${c.regulation('etik')}. Putusan bersifat final dan mengikat.`,
    (c) => `KPU ${c.place.provinceName} diminta melaksanakan putusan tersebut paling lambat ${c.deadline.long} dan Bawaslu diperintahkan mengawasi pelaksanaannya.`,
    (c) => `Pengadu, seorang warga ${c.place.short}, menyatakan puas atas putusan itu. Ia berharap penyelenggara pemilu di daerah lebih berhati-hati menjaga netralitas.`,
    (c) => `Dalam perkara lain, majelis merehabilitasi nama baik ${c.r.int(2, 5)} anggota KPU ${c.place.formal} karena dalil aduan tidak terbukti.`,
  ],
};

/** Background that any of the kinds may carry: fills an article to its length. */
const FILLERS: Paragraph[] = [
  (c) => `Pemungutan suara Pilkada Serentak 2024 dijadwalkan pada Rabu (27/11/2024). Di ${c.place.provinceName}, pemilih akan memilih gubernur dan wakil gubernur sekaligus bupati atau wali kota.`,
  (c) => `Data KPU menunjukkan ${c.r.int(8, 31)} persen pemilih di ${c.place.short} berusia di bawah 30 tahun. Sosialisasi di sekolah dan kampus terus digencarkan untuk menekan angka golput.`,
  (c) => `Sebelumnya, Bawaslu ${c.place.provinceName} mencatat ${c.r.int(3, 40)} dugaan pelanggaran netralitas kepala desa dan perangkat desa, yang sebagian telah diteruskan ke instansi berwenang.`,
  (c) => `Wilayah ${c.place.neighbour} yang berbatasan langsung juga meningkatkan kewaspadaan. Aparat setempat menyiagakan pos pengamanan di jalan penghubung antarkabupaten.`,
  () => `Masyarakat yang menemukan dugaan pelanggaran dapat melapor melalui posko pengaduan di kantor Bawaslu atau lewat aplikasi pengaduan daring yang tersedia selama 24 jam.`,
  (c) => `Rapat evaluasi berikutnya dijadwalkan pada ${eventDate(addDays(c.date.iso, c.r.int(5, 12))).dayForm} di ${c.place.formal}, dengan mengundang camat dan kepala desa.`,
  (c) => `Selain pengamanan, pemerintah daerah menyiapkan anggaran hibah untuk penyelenggara. Sekretaris Daerah ${c.place.short} ${c.person('sekda')} memastikan seluruh dana telah dicairkan.`,
  () => `Menurut catatan pengawas, tahapan kampanye berlangsung sejak 25 September 2024 dan berakhir 23 November 2024, disusul masa tenang selama tiga hari.`,
  (c) => `Sejumlah organisasi kepemudaan di ${c.place.short} juga membentuk relawan pemantau. Mereka akan melaporkan temuan di lapangan kepada pengawas TPS.`,
  (c) => `Anggota DPRD ${c.place.formal} ${c.person('dprd')} meminta penyelenggara memperhatikan pemilih disabilitas dan pemilih di lembaga pemasyarakatan agar hak pilih mereka terpenuhi.`,
  (c) => `Cuaca ekstrem diperkirakan masih terjadi hingga akhir November. BPBD ${c.place.short} menyiagakan tim reaksi cepat di kecamatan yang rawan longsor.`,
  (c) => `Dalam kesempatan itu, perwakilan ${c.party()} menyatakan siap mematuhi aturan dan meminta penyelenggara bersikap adil kepada semua peserta.`,
];

const KIND_TITLES: Record<ArticleKind, (c: Context) => string> = {
  rakor: (c) => `Forkopimda ${c.place.short} Matangkan Pengamanan Pilkada`,
  deklarasi: (c) => `Paslon di ${c.place.short} Teken Deklarasi Damai`,
  politik_uang: (c) => `Dugaan Politik Uang di ${c.place.short} Ditangani Gakkumdu`,
  kerawanan_tps: (c) => `Bawaslu Petakan TPS Rawan di ${c.place.formal}`,
  logistik: (c) => `Logistik Pilkada ${c.place.short} Mulai Didistribusikan`,
  patroli_siber: (c) => `Patroli Siber Diperketat Jelang Pencoblosan di ${c.place.provinceName}`,
  putusan_dkpp: (c) => `DKPP Jatuhkan Sanksi untuk Penyelenggara di ${c.place.short}`,
};

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Article i's name: its number and kind, known without generating it (to check output order). */
export function articleFileName(index: number): string {
  return `bench-${String(index + 1).padStart(6, '0')}-${ARTICLE_KINDS[index % ARTICLE_KINDS.length]}.txt`;
}

/** Builds the generator once (the gazetteer read and grouped); the result maps an index to an article. */
export function createArticleGenerator(seed: number, gazetteer: GazetteerSource = readGazetteerSource()): (index: number) => GeneratedArticle {
  const provinces = new Map(gazetteer.provinces.map((p) => [p.code, p]));
  const regencies = gazetteer.regencies.filter((r) => provinces.has(r.code.split('.')[0] ?? ''));
  const byProvince = new Map<string, GazetteerEntry[]>();
  for (const regency of regencies) {
    const code = regency.code.split('.')[0] as string;
    byProvince.set(code, [...(byProvince.get(code) ?? []), regency]);
  }

  const placeOf = (r: Random): Place => {
    const regency = r.pick(regencies);
    const provinceCode = regency.code.split('.')[0] as string;
    const province = provinces.get(provinceCode) as GazetteerEntry;
    const isCity = regency.name.startsWith('Kota ');
    const short = regency.name.replace(/^(Kabupaten|Kota)\s+(Administrasi\s+)?/, '');
    const formal = isCity ? `Kota ${short}` : r.chance(0.25) ? `Kab. ${short}` : `Kabupaten ${short}`;
    const shortProvince = PROVINCE_SHORT[provinceCode];
    const provinceName = shortProvince && r.chance(0.5) ? shortProvince : province.name;
    const others = (byProvince.get(provinceCode) ?? []).filter((other) => other !== regency);
    const neighbour = others.length ? r.pick(others).name : province.name;
    return { province, provinceName, regency, short, isCity, formal, neighbour };
  };

  return (index) => {
    // Article i's own stream: independent of how many articles come before it.
    const r = randomTools(prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0));
    const kind = ARTICLE_KINDS[index % ARTICLE_KINDS.length] as ArticleKind;
    const place = placeOf(r);
    const when = addDays('2024-06-01', r.int(0, 170));
    const date = eventDate(when);
    const deadline = eventDate(addDays(date.iso, r.int(3, 30)));
    const people = new Map<string, string>();
    const c: Context = {
      r,
      place,
      date,
      deadline,
      // One name per role in an article: the same Kapolres is quoted twice by the same name.
      person: (role) => {
        let name = people.get(role);
        if (!name) {
          name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
          people.set(role, name);
        }
        return name;
      },
      regulation: (topic) => r.pick(REGULATIONS[topic]),
      party: () => r.pick(PARTIES),
    };

    const published = eventDate(addDays(date.iso, r.int(0, 1)));
    const dateline = `${place.short.toUpperCase()}, ${r.pick(MEDIA)} —`;
    const paragraphs = [KIND_TITLES[kind](c), '', `${dateline} ${r.pick(LEADS[kind])(c)}`];
    const target = r.int(MIN_BYTES, MAX_BYTES - 300);
    let size = paragraphs.reduce((sum, p) => sum + bytes(p) + 1, 0);
    // Kind paragraphs first, in a shuffled order, then background until the article is long enough.
    const queue = [...r.shuffled(BODIES[kind]), ...r.shuffled(FILLERS), ...r.shuffled(FILLERS)];
    for (const paragraph of queue) {
      if (size >= target) break;
      const text = paragraph(c);
      if (size + bytes(text) + 2 > MAX_BYTES) continue;
      paragraphs.push('', text);
      size += bytes(text) + 2;
    }
    if (r.chance(0.3)) paragraphs.push('', `(${r.pick(['ant', 'rin', 'yud', 'kus'])}/${r.pick(['red', 'dis', 'ags'])})`);
    return {
      file: articleFileName(index),
      text: `${paragraphs.join('\n')}\n`,
      publishedOn: index % 4 === 3 ? null : published.iso,
    };
  };
}

/** The first `count` articles of a seed, one at a time (100k articles need not be held at once). */
export function* generateArticles(count: number, seed: number): Generator<GeneratedArticle> {
  const article = createArticleGenerator(seed);
  for (let i = 0; i < count; i += 1) yield article(i);
}
