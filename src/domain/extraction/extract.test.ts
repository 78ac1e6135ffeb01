import { describe, expect, it } from 'vitest';
import { readGazetteerSource } from '../../modules/extraction/gazetteer-file.js';
import { createArticleExtractor } from './extract.js';
import type { ArticleInput } from './types.js';

/**
 * The extractor on articles written for these tests (never the corpus texts): each field, and the
 * hard cases of Indonesian news — short forms, datelines, places only in a headline or a post,
 * partial and relative dates, cut-off text, long titles and ranks, several laws in one sentence.
 */
const extract = createArticleExtractor(readGazetteerSource());
const run = (text: string, publishedOn?: string) => extract({ text, publishedOn } satisfies ArticleInput);
const codes = (text: string, publishedOn?: string) => run(text, publishedOn).regions.map((region) => region.code).sort();
const names = (text: string) => run(text).people.map((person) => person.name);

describe('regions', () => {
  it('reads province short forms and the dateline town', () => {
    expect(codes('SAMARINDA - Pemprov Kaltim menggelar rapat koordinasi Desk Pilkada di Kantor Gubernur, Senin (9/9/2024).')).toEqual(['64', '64.72']);
    expect(codes('KUPANG – Gubernur NTT memimpin apel siaga di halaman kantor gubernur, Rabu (20/11/2024).')).toEqual(['53', '53.71']);
  });

  it('takes the dateline place from "TOWN, NEWSROOM –" and "NEWSROOM, TOWN –" but not the newsroom', () => {
    expect(codes('SINTANG, METRO – Bawaslu mengawasi kampanye di lapangan kota, Selasa (15/10/2024).')).toEqual(['61.05']);
    expect(codes('RADAR JOGJA, SLEMAN – KPU menyiapkan logistik pemilihan, Kamis (14/11/2024).')).toEqual(['34.04']);
  });

  it('forgives a dateline misspelt by one letter', () => {
    expect(codes('BANJARMASN, Kabar Banua – Rapat koordinasi pengamanan digelar Polda, Jumat (8/11/2024).')).toEqual(['63.71']);
  });

  it('counts a place named only in the headline', () => {
    const text = 'Bawaslu Petakan 87 TPS Rawan di Kabupaten Sumba Barat Daya\n\nPengawas pemilu memetakan 87 TPS rawan menjelang hari pemungutan suara, kata ketua lembaga itu, Senin (18/11/2024).';
    expect(codes(text)).toEqual(['53.18']);
  });

  it('leaves out macro-regions and places that only name a visiting official from another province', () => {
    // "se-Bali" (all of Bali) is what the meeting is about; "Nusa Tenggara" is no province.
    const text = 'DENPASAR – Rapat kesiapan Pilkada se-Bali dan Nusa Tenggara digelar di Denpasar, Rabu (31/7/2024). '
      + 'Ketua Bawaslu Kabupaten Alor, Yusuf Lado, ikut hadir sebagai undangan.';
    expect(codes(text)).toEqual(['51', '51.71']);
  });

  it('counts places in posts when the story is national (a Jakarta dateline)', () => {
    const text = 'JAKARTA – DKPP menjatuhkan sanksi peringatan kepada Ketua KPU Kabupaten Gianyar, Made Sutama, dalam sidang putusan, Rabu (13/11/2024).';
    expect(codes(text)).toEqual(['31', '51.04']);
  });

  it('tells a kabupaten from the kota of the same name by the word in front', () => {
    expect(codes('Bupati Kupang dan Wali Kota Kupang menandatangani deklarasi damai di Oelamasi, Senin (23/9/2024).')).toEqual(['53.01', '53.71']);
    // "Bogor" alone could be either: left out rather than guessed.
    expect(codes('Warga Bogor diminta menolak politik uang, kata petugas, Senin (25/11/2024).')).toEqual([]);
  });

  it('does not read a place out of a person\'s name or an everyday word', () => {
    expect(codes('Kepala Kesbangpol Rudi Batubara membuka sosialisasi di Kota Medan, Kamis (3/10/2024).')).toEqual(['12.71']);
    expect(codes('Puncak kampanye berlangsung meriah di Kota Kendari, Sabtu (23/11/2024).')).toEqual(['74.71']);
  });

  it('adds the province written beside the dateline town, and reads a unit\'s place as part of its name', () => {
    expect(codes('BATAM, KEPRI – Bawaslu Kota Batam merekomendasikan sanksi bagi tiga ASN, Selasa (29/10/2024).')).toEqual(['21', '21.71']);
    const text = 'SUWAWA – Apel netralitas digelar di Kabupaten Bone Bolango, Senin (30/9/2024). Hadir perwakilan Korem 133/Nani Wartabone.';
    expect(codes(text)).toEqual(['75.03']);
  });

  it('reads the dateline town as the kind the story names, and no province in "tanah Papua"', () => {
    expect(codes('SERANG – Polres Serang menggelar apel di Kabupaten Serang, Senin (25/11/2024).')).toEqual(['36.04']);
    expect(codes('Tokoh adat meminta isu SARA tidak dibawa ke tanah Papua, kata dia di Manokwari, ibu kota Papua Barat, Senin (4/11/2024).')).toEqual(['92', '92.02']);
  });

  it('reads lists of regions under provinces', () => {
    const text = 'Jakarta – Bawaslu mencatat dugaan politik uang, Kamis (28/11/2024), di wilayah berikut:\n- Jawa Timur: Kabupaten Jember, Kota Kediri\n- Sulawesi Selatan: Bone, Sidrap\n- DIY: Kabupaten Bantul';
    // "Bone" alone is also an everyday name: it needs "Kabupaten" in front; Sidrap is a short form.
    expect(codes(text)).toEqual(['31', '34', '34.02', '35', '35.09', '35.71', '73', '73.14']);
  });
});

describe('dates', () => {
  it('takes the bracketed date after the event as its date', () => {
    expect(run('BANGLI – Rapat koordinasi digelar di Kantor Bupati, Sabtu (28/9/2024).').event_date).toBe('2024-09-28');
    expect(run('Rakor digelar di Palu, Rabu (01/02/2023). Pemilu digelar 14 Februari 2024.').event_date).toBe('2023-02-01');
  });

  it('completes a date without a year from the year the article names most, ignoring law numbers', () => {
    const text = 'Rapat Pilkada Serentak 2024 digelar di Mataram (30/07). Dasarnya UU Nomor 1 Tahun 2015 dan UU Nomor 10 Tahun 2016 serta tahapan Pilkada 2024.';
    expect(run(text).event_date).toBe('2024-07-30');
  });

  it('prefers the publication year when it is given, and a past day over a future one', () => {
    expect(run('Deklarasi damai digelar di alun-alun (28/12).', '2025-01-02').event_date).toBe('2024-12-28');
    expect(run('Deklarasi damai digelar di alun-alun (28/12).').event_date).toBeNull();
  });

  it('reads worded dates with a day name when there is no bracketed date', () => {
    expect(run('Apel siaga digelar pada Rabu, 27 November 2024 di Lapangan Merdeka.').event_date).toBe('2024-11-27');
    expect(run('Apel siaga digelar pada hari yang belum ditentukan.').event_date).toBeNull();
  });

  it('reads "pada 12 Oktober 2024" when the text has no bracketed or day-named date', () => {
    expect(run('Petugas mengamankan seorang pria pada 12 Oktober 2024 malam di sebuah desa.').event_date).toBe('2024-10-12');
    expect(run('Pilkada digelar 27 November 2024 di seluruh Indonesia.').event_date).toBeNull();
  });

  it('rejects impossible days', () => {
    expect(run('Rapat digelar Jumat (31/2/2024).').event_date).toBeNull();
  });
});

describe('deadlines', () => {
  it('reads a deadline cue and the date right after it', () => {
    const text = 'Seluruh kepala OPD menandatangani pakta integritas, Senin (23/9/2024). "Batas waktu pengumpulan paling lambat Senin, 30 September 2024," kata Sekda.';
    const result = run(text);
    expect(result.deadlines.map((deadline) => deadline.date)).toEqual(['2024-09-30']);
    expect(result.deadlines[0]!.what).toMatch(/pengumpulan/);
    expect(result.event_date).toBe('2024-09-23');
  });

  it('counts "pekan depan" from the article\'s date', () => {
    const text = 'Camat diminta menyerahkan laporan netralitas paling lambat pekan depan, kata Bupati, Rabu (9/10/2024).';
    expect(run(text).deadlines.map((deadline) => deadline.date)).toEqual(['2024-10-16']);
    expect(run(text, '2024-10-10').deadlines.map((deadline) => deadline.date)).toEqual(['2024-10-17']);
  });

  it('counts "N hari sejak …" from the event\'s date', () => {
    const text = 'DKPP membacakan putusan, Senin (4/11/2024). KPU wajib melaksanakan putusan paling lambat tujuh hari sejak putusan dibacakan.';
    expect(run(text).deadlines.map((deadline) => deadline.date)).toEqual(['2024-11-11']);
  });

  it('does not read a campaign period as a deadline', () => {
    expect(run('Kampanye dimulai 25 September 2024 sampai 23 November 2024 di seluruh kecamatan.').deadlines).toEqual([]);
  });
});

describe('regulations', () => {
  it('normalises several laws in one sentence', () => {
    const text = 'Rakor merujuk Undang-Undang Nomor 7 Tahun 2017, UU No. 10/2016, PKPU Nomor 2 Tahun 2024, Perbawaslu 8/2020 dan Permendagri No 61 Tahun 2011.';
    expect(run(text).regulations).toEqual(['UU 7/2017', 'UU 10/2016', 'PKPU 2/2024', 'PERBAWASLU 8/2020', 'PERMENDAGRI 61/2011']);
  });

  it('reads the long name of a coordinating ministry regulation and a slip of "UUD" for a law', () => {
    const text = 'Dasarnya Peraturan Menteri Koordinator Bidang Politik, Hukum dan Keamanan Nomor 4 Tahun 2021 dan Undang-Undang (UUD) Nomor 10 tahun 2016.';
    expect(run(text).regulations).toEqual(['PERMENKO POLHUKAM 4/2021', 'UU 10/2016']);
  });
});

describe('agencies', () => {
  it('maps posts, units and ad hoc bodies to their agency', () => {
    const text = 'Hadir Dandim 1614, Kapolres Dompu, Kajari, Ketua KPU, Ketua Panwaslu Kecamatan, anggota PPK dan PPS, Kaban Kesbangpol serta Sekda.';
    expect(run(text).agencies.sort()).toEqual(['BAWASLU', 'KEJAKSAAN', 'KESBANGPOL', 'KPU', 'PEMDA', 'POLRI', 'TNI']);
  });

  it('does not count a contested seat or a cited regulation as an actor, and reads Dinas Kominfo as the regional government', () => {
    const text = 'Petugas menemukan kartu nama caleg DPRD dan calon Bupati. Aturannya Peraturan KPU Nomor 15 Tahun 2023. Dinas Kominfo ikut memantau.';
    expect(run(text).agencies).toEqual(['PEMDA']);
  });

  it('reads the coordinating ministry, BSSN, Gakkumdu (also misspelt) and parties', () => {
    const text = 'Tim Desk Pilkada Kemenko Polkam bersama BSSN dan Sentra Gakumdu serta perwakilan partai politik dan tokoh agama.';
    expect(run(text).agencies.sort()).toEqual(['BSSN', 'GAKKUMDU', 'KEMENKO_POLHUKAM', 'PARPOL', 'TOKOH_MASYARAKAT']);
  });
});

describe('threats', () => {
  it('reads each threat as news names it', () => {
    const cases: Array<[string, string]> = [
      ['Warga diminta menolak serangan fajar.', 'politik_uang'],
      ['Beredar berita bohong tentang calon.', 'hoaks'],
      ['Tokoh agama menolak politik identitas.', 'politik_identitas'],
      ['ASN diminta menjaga netralitas.', 'netralitas_asn'],
      ['Terjadi bentrokan antarpendukung.', 'kekerasan'],
      ['Situs KPU mengalami serangan siber.', 'siber'],
      ['Sejumlah TPS terdampak banjir.', 'bencana'],
      ['Petugas melaporkan kekurangan surat suara di dua TPS.', 'logistik'],
      ['Polisi mewaspadai potensi konflik.', 'konflik'],
      ['Pemilih mengaku mendapat intimidasi.', 'intimidasi'],
      ['Angka golput dikhawatirkan naik.', 'golput'],
    ];
    for (const [text, threat] of cases) expect(run(text).threats, text).toEqual([threat]);
  });

  it('does not read the agencies\' names or police work as threats', () => {
    expect(run('Badan Penanggulangan Bencana Daerah dan Badan Siber dan Sandi Negara hadir. Polres menggelar patroli siber.').threats).toEqual([]);
    expect(run('Pegawai diminta netral.').threats).toEqual(['netralitas_asn']);
    expect(run('Penyelenggara diminta netral.').threats).toEqual([]);
  });
});

describe('event type', () => {
  it('reads the kind of event from the headline and the opening sentence', () => {
    const lead = (headline: string, body: string) => run(`${headline}\n\n${body}`).event_type;
    expect(lead('Forkopimda Gelar Rakor Kesiapan Pilkada', 'Forkopimda menggelar rapat koordinasi kesiapan Pilkada di aula kantor bupati.')).toBe('rakor');
    expect(lead('Paslon Teken Deklarasi Damai', 'Kedua pasangan calon menandatangani deklarasi damai di alun-alun kota.')).toBe('deklarasi');
    expect(lead('DKPP Jatuhkan Peringatan Keras', 'Dewan Kehormatan menjatuhkan sanksi peringatan keras kepada dua anggota dalam sidang putusan.')).toBe('putusan');
    expect(lead('Bawaslu Temukan Amplop Berisi Uang', 'Pengawas menemukan 20 amplop berisi uang yang diduga untuk politik uang di sebuah desa.')).toBe('insiden');
    expect(lead('Ratusan TPS Masuk Kategori Rawan', 'Bawaslu memetakan ratusan TPS rawan bencana dan konflik menjelang pemungutan suara.')).toBe('pemetaan_kerawanan');
    expect(lead('Surat Suara Mulai Didistribusikan', 'KPU mulai mendistribusikan logistik dan surat suara ke seluruh kecamatan pekan ini.')).toBe('kesiapan_logistik');
    expect(lead('Polres Gelar Patroli Skala Besar', 'Ratusan personel gabungan menggelar patroli pengamanan menjelang hari pencoblosan.')).toBe('pengamanan');
    expect(lead('KPU Gelar Sosialisasi untuk Pemilih Pemula', 'KPU menggelar sosialisasi pendidikan pemilih bagi siswa sekolah menengah atas di kota itu.')).toBe('sosialisasi');
    expect(lead('Profil Singkat Desk Pilkada Daerah', 'Lembaga ini bertugas mengumpulkan informasi terkini tentang penyelenggaraan pemilihan di daerah.')).toBe('other');
  });
});

describe('people', () => {
  it('reads names after long posts, ranks and honorifics', () => {
    expect(names('Hal itu disampaikan Kapolres Indragiri Hilir AKBP Budi Santoso Minggu (20/10/2024).')).toEqual(['Budi Santoso']);
    expect(names('Rapat dibuka Penjabat Bupati Bangli Dr. Drs. I Made Sutrisna, M.Si., di aula.')).toEqual(['I Made Sutrisna']);
    expect(names('“Kami siap,” kata Kordiv Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat Bawaslu Kabupaten Cirebon, Asep Mulyana, kepada wartawan.')).toEqual(['Asep Mulyana']);
    expect(names('Kegiatan dibuka Menteri Koordinator Bidang Politik, Hukum dan Keamanan Republik Indonesia, Marsekal TNI (Purn) Sutrisno Hadi, di Bali.')).toEqual(['Sutrisno Hadi']);
  });

  it('reads "name, selaku post" and "post, name," and keeps the post', () => {
    const result = run('Andi Saputra selaku Ketua KPU Kota Palu membuka acara. Sementara itu, Ketua Bawaslu Kota Palu, Rahmawati, mengingatkan netralitas ASN.');
    expect(result.people).toEqual([
      { name: 'Andi Saputra', position: 'Ketua KPU Kota Palu' },
      { name: 'Rahmawati', position: 'Ketua Bawaslu Kota Palu' },
    ]);
  });

  it('merges a later short mention into the full name and skips writers, headlines and lone names', () => {
    const text = 'Wakapolda Sulsel Brigjen Pol Agus Hartono Wibowo Memimpin Apel\n\nPenulis: Dewi Lestari\n'
      + 'Wakapolda Sulsel, Agus Hartono Wibowo, memimpin apel. Brigjen Pol. Hartono (Wakapolda Sulsel) menegaskan kesiapan. Menurut Andi, semua siap.';
    expect(names(text)).toEqual(['Agus Hartono Wibowo']);
  });

  it('reads numbered candidate pairs, and no one out of streets, venues or sentence openings', () => {
    const pairs = run('Deklarasi damai diikuti pasangan nomor urut 1, Yohanes Kore dan Maria Bunga, serta Paslon nomor urut (2) Amos-Lukas, Senin (23/9/2024).');
    expect(pairs.people).toEqual([
      { name: 'Yohanes Kore', position: 'pasangan calon nomor urut 1' },
      { name: 'Maria Bunga', position: 'pasangan calon nomor urut 1' },
      { name: 'Amos', position: 'pasangan calon nomor urut 2' },
      { name: 'Lukas', position: 'pasangan calon nomor urut 2' },
    ]);
    expect(names('Rakor digelar di Kantor Gubernur, Jalan Ahmad Yani, Pontianak. Sejumlah anggota KPPS hadir.')).toEqual([]);
  });

  it('reads posts with unit numbers, schools and places in apposition, and surnames that are also posts', () => {
    expect(names('Acara dijaga. Dandim 0602/Serang Letkol Inf Arief Rachman Hakim menegaskan netralitas prajurit.')).toEqual(['Arief Rachman Hakim']);
    expect(names('Hadir Pangdam II/Sriwijaya Mayjen TNI Budi Hartono dan perwakilan Korem 043/Garuda Hitam.')).toEqual(['Budi Hartono']);
    expect(names('Acara ramai. Kepala SMAN 5 Kota Bengkulu, Yuliana Siregar, mengapresiasi kegiatan itu.')).toEqual(['Yuliana Siregar']);
    expect(names('DKPP memeriksa Ketua PPK Pasarwajo, Kabupaten Buton, Sulawesi Tenggara, La Ode Muhammad Syarif, dalam sidang.')).toEqual(['La Ode Muhammad Syarif']);
    expect(names('Ketua Lembaga Masyarakat Adat Arfak Lukas Iba meminta warga tenang.')).toEqual(['Lukas Iba']);
  });

  it('reads several officials listed in one sentence', () => {
    const text = 'Hadir Asintel Kejati Sultra Rahmat Hidayat, Kabagops Polres Kendari AKP Yusran, dan Anggota KPU Provinsi Sultra Nur Aisyah.';
    expect(names(text)).toEqual(['Rahmat Hidayat', 'Yusran', 'Nur Aisyah']);
  });
});

describe('robustness', () => {
  it('survives text cut off mid-word and empty text', () => {
    const cut = 'MAKASSAR – Ketua KPU Provinsi Sulawesi Selatan, Hasbullah, mengatakan distribusi logistik ke kabupaten kepulauan ditarget sele';
    const result = run(cut);
    expect(result.regions.map((region) => region.code)).toEqual(['73.71', '73']);
    expect(result.people.map((person) => person.name)).toEqual(['Hasbullah']);
    expect(run('').event_type).toBe('other');
  });

  it('gives evidence offsets that point at the words each value came from', () => {
    const text = 'BANGLI – Kapolres Bangli AKBP Gede Putra meminta ASN menjaga netralitas dan menolak politik uang, Senin (7/10/2024).';
    const { evidence } = run(text);
    const words = (field: string) => evidence.filter((item) => item.field === field).map((item) => text.slice(item.start, item.end));
    expect(words('regions')).toEqual(['BANGLI', 'Bangli']);
    expect(words('people')).toEqual(['Gede Putra']);
    expect(words('threats')).toEqual(['netralitas', 'politik uang']);
    expect(words('event_date')).toEqual(['Senin (7/10/2024)']);
  });
});
