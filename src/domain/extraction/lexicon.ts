/**
 * Words of Indonesian officialdom the rules share: kind words in front of place names, the heads of
 * positions, words of agency and office names, ranks and honorifics. All lower case.
 */

/** Words that say what kind of region follows ("Kabupaten Bangli", "Pemkot Kupang"). */
export const REGENCY_KIND_WORDS = new Set(['kabupaten', 'kab', 'pemkab', 'bupati', 'regency']);
export const CITY_KIND_WORDS = new Set(['kota', 'kotamadya', 'pemkot', 'walikota', 'wako', 'city']);
export const PROVINCE_KIND_WORDS = new Set(['provinsi', 'prov', 'propinsi', 'pemprov', 'gubernur', 'province']);

/** Heads of positions: a capitalised name right after a phrase starting with one is a person. */
export const POSITION_HEADS = new Set([
  'ketua', 'wakil', 'anggota', 'kepala', 'kaban', 'kadis', 'kabid', 'kabag', 'kasubbag', 'kasi', 'kasat', 'kasatreskrim',
  'kasatintelkam', 'sekretaris', 'sekda', 'sekdaprov', 'sekdakab', 'sekdakot', 'direktur', 'dirjen', 'deputi', 'asisten',
  'staf', 'menteri', 'mendagri', 'menko', 'wamendagri', 'gubernur', 'wagub', 'bupati', 'wabup', 'walikota', 'wawali',
  'wako', 'camat', 'lurah', 'kades', 'komisioner', 'kordiv', 'koordinator', 'panitia', 'kapolri', 'kapolda', 'wakapolda',
  'kapolres', 'wakapolres', 'kapolresta', 'kapolsek', 'kabinda', 'pangdam', 'danrem', 'dandim', 'danramil', 'danlanal',
  'danlanud', 'kajati', 'kajari', 'asintel', 'aspidum', 'kasipidum', 'kasintel', 'jaksa', 'hakim', 'kabagbinops',
  'kabagops', 'karoops', 'kabidhumas', 'kasubbid', 'pj', 'pjs', 'plh', 'plt', 'penjabat', 'pelaksana', 'analis',
  'komandan', 'juru', 'jubir', 'presiden', 'wapres', 'inspektur', 'kasubdit', 'kanit', 'perwakilan', 'kadiv',
  'teradu', 'pengadu', 'pelapor', 'terlapor', 'pemohon', 'termohon', 'kuasa', 'saksi', 'pengurus', 'sekjen',
]);

/** Words of office and agency names that may stand between a position head and a name. */
export const OFFICE_WORDS = new Set([
  'badan', 'dinas', 'kantor', 'biro', 'bagian', 'bidang', 'divisi', 'seksi', 'sub', 'subbagian', 'direktorat', 'jenderal',
  'kementerian', 'kementrian', 'koordinator', 'pemerintah', 'pemerintahan', 'daerah', 'umum', 'administrasi', 'hukum',
  'politik', 'keamanan', 'kesatuan', 'bangsa', 'dan', 'republik', 'indonesia', 'ri', 'negara', 'negeri', 'tinggi',
  'pengadilan', 'majelis', 'komisi', 'pemilihan', 'pengawas', 'pemilu', 'harian', 'sementara', 'ahli', 'muda', 'madya',
  'utama', 'pertama', 'pencegahan', 'partisipasi', 'masyarakat', 'hubungan', 'antar', 'lembaga', 'desk', 'pilkada',
  'serentak', 'pemantauan', 'tim', 'satuan', 'tugas', 'satgas', 'sekretariat', 'setprov', 'setda', 'setkab', 'setkot',
  'perencanaan', 'data', 'informasi', 'teknis', 'penyelenggaraan', 'sosialisasi', 'pendidikan', 'pemilih', 'sdm',
  'penanganan', 'pelanggaran', 'sengketa', 'proses', 'logistik', 'keuangan', 'umum', 'organisasi', 'kewaspadaan',
  'nasional', 'wilayah', 'intelijen', 'kepolisian', 'resor', 'daerah', 'sektor', 'kodim', 'korem', 'kodam', 'polda',
  'polres', 'polresta', 'polrestabes', 'polsek', 'kejati', 'kejari', 'kejaksaan', 'agama', 'militer', 'provinsi',
  'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan', 'se', 'merangkap', 'humas', 'protokol', 'pimpinan', 'forum',
  'dewan', 'kehormatan', 'penyelenggara', 'perwakilan', 'rakyat', 'satreskrim', 'satintelkam', 'reserse', 'kriminal',
  'operasional', 'ops', 'roops', 'binops', 'adpim', 'kominfo', 'komunikasi', 'informatika', 'statistik', 'persandian',
  'kesbangpol', 'bakesbangpol', 'kesbang', 'panitia', 'pelaksana', 'kegiatan', 'staf', 'khusus', 'fraksi', 'komandan',
  'wali', 'prov', 'kab', 'kec', 'kel', 'partai', 'setdaprov', 'setdakab', 'setdakot', 'mahkamah', 'konstitusi', 'agung',
  'kepegawaian', 'pengembangan', 'sumber', 'daya', 'manusia', 'pembangunan', 'aset', 'pendapatan', 'kependudukan',
  'pencatatan', 'sipil', 'sosial', 'kesehatan', 'perhubungan', 'pariwisata', 'lingkungan', 'hidup', 'pekerjaan',
  'penataan', 'ketahanan', 'pangan', 'pertanian', 'perikanan', 'kelautan', 'perindustrian', 'perdagangan', 'koperasi',
  'tenaga', 'kerja', 'pemberdayaan', 'perempuan', 'perlindungan', 'anak', 'kebudayaan', 'olahraga', 'pemuda',
  'penanggulangan', 'bencana', 'pemadam', 'kebakaran', 'arsip', 'perpustakaan', 'inspektorat', 'siber', 'pemungutan',
  'penghitungan', 'suara', 'tempat', 'kelompok', 'pengawasan', 'teradu', 'pengadu', 'pelapor', 'terlapor', 'pemohon',
  'termohon', 'kuasa', 'saksi', 'sekretariat', 'sekjen', 'irjen', 'pengurus', 'dpc', 'dpd', 'dpw', 'dpp', 'adat', 'gampong',
  'nagari', 'distrik', 'dusun', 'kampung', 'banjar', 'lingkungan', 'rt', 'rw', 'independen', 'satlinmas', 'linmas',
  'satpol', 'sman', 'smkn', 'smpn', 'sdn', 'man', 'mtsn', 'lembaga', 'ormas', 'relawan', 'pemantau', 'umum', 'cabang', 'ranting', 'pusat', 'wilayah', 'ad', 'al', 'au',
]);

/** Ranks, honorifics and corps markers that stand before a name ("AKBP", "Brigjen Pol.", "Dr. Drs."). */
export const RANKS_AND_HONORIFICS = new Set([
  'jenderal', 'komjen', 'irjen', 'brigjen', 'kombes', 'kombespol', 'akbp', 'kompol', 'akp', 'iptu', 'ipda', 'aiptu', 'aipda',
  'bripka', 'brigpol', 'brigadir', 'briptu', 'bripda', 'pol', 'letjen', 'mayjen', 'kolonel', 'letkol', 'mayor', 'kapten',
  'lettu', 'letda', 'serma', 'serka', 'sertu', 'serda', 'kopda', 'praka', 'pratu', 'laksamana', 'laksdya', 'laksda',
  'laksma', 'marsekal', 'marsdya', 'marsda', 'marsma', 'tni', 'inf', 'kav', 'arh', 'czi', 'cpm', 'chk', 'kes', 'mar',
  'purn', 'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'prof', 'kh', 'kyai', 'ust', 'ustadz', 'bapak', 'ibu', 'pak', 'bu', 'sdr',
]);

/** Ranks that only police and military officers carry: a name after one is a person even without a post. */
export const OFFICER_RANKS = new Set([
  'jenderal', 'komjen', 'irjen', 'brigjen', 'kombes', 'kombespol', 'akbp', 'kompol', 'akp', 'iptu', 'ipda', 'aiptu',
  'aipda', 'bripka', 'brigpol', 'letjen', 'mayjen', 'kolonel', 'letkol', 'mayor', 'kapten', 'laksamana', 'laksda',
  'marsekal', 'marsda', 'marsma',
]);

export const DAY_NAMES = new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'jum’at', 'sabtu', 'minggu', 'ahad']);
export const MONTH_NAMES = new Set(['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember']);

/** Capitalised words that are never part of a person's name in this kind of news. */
export const NOT_NAME_WORDS = new Set([
  ...DAY_NAMES, ...MONTH_NAMES, 'pilkada', 'pemilu', 'pemilihan', 'pilgub', 'pilbup', 'pilwalkot', 'pileg', 'pilpres', 'rapat',
  'rakor', 'tps', 'kpu', 'bawaslu', 'desk', 'forkopimda', 'nusa', 'tenggara', 'sumatera', 'sumatra', 'jawa', 'kalimantan',
  'sulawesi', 'maluku', 'papua', 'barat', 'timur', 'utara', 'selatan', 'tengah', 'raya', 'hotel', 'aula', 'gedung', 'ruang',
  'jalan', 'jl', 'lantai', 'lapangan', 'tanah', 'lapang', 'kantor', 'asn', 'dprd', 'dpr', 'negeri', 'pengadilan',
  'sentra', 'gakkumdu', 'paslon', 'deklarasi', 'kampanye', 'hal', 'dalam', 'sementara', 'selain', 'namun', 'menurut',
  'saat', 'pada', 'untuk', 'dengan', 'di', 'ke', 'dari', 'yang', 'acara', 'kegiatan', 'ia', 'dia', 'kami', 'kita',
  'mereka', 'beliau', 'pemkab', 'pemkot', 'pemprov', 'pemda', 'wib', 'wita', 'wit', 'via', 'humas', 'penulis', 'editor',
  'reporter', 'foto', 'baca', 'juga', 'sumber', 'tribunnews', 'com', 'antara', 'kompas', 'detik', 'tempo',
  // Party names stand after posts ("Ketua DPC Partai Gerindra") and are no one's name.
  'gerindra', 'golkar', 'pdip', 'pdi', 'nasdem', 'pkb', 'pks', 'demokrat', 'pan', 'ppp', 'perindo', 'hanura', 'psi',
  'gelora', 'ummat', 'buruh', 'garuda', 'pkn', 'pbb', 'nomor', 'no', 'tahun', 'pasal', 'ayat', 'pemilukada', 'pilkades',
]);
