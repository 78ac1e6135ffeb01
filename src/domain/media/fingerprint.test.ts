import { describe, expect, it } from 'vitest';
import { articleFromFile, articleFileKind, splitTitle } from './article-file.js';
import { canonicalUrl, hammingDistance, isNearDuplicate, normalisedText, simhash64, storableSimhash, textHash, wordSimilarity } from './fingerprint.js';

/** A synthetic press release (written for this test), about 190 words. */
const RELEASE = `Badan Pengawas Pemilihan Umum Kabupaten Bangli menggelar rapat koordinasi bersama Komisi Pemilihan Umum, kepolisian resor, dan pemerintah daerah pada Senin pagi di aula kantor bupati. Rapat membahas pengawasan masa tenang menjelang pemungutan suara pemilihan kepala daerah serentak. Ketua Bawaslu Bangli mengatakan pihaknya telah memetakan sejumlah desa yang dinilai rawan praktik politik uang, terutama di wilayah perbukitan yang jauh dari pusat kota. Menurut dia, pengawas kelurahan dan desa diminta aktif melaporkan setiap temuan melalui aplikasi pelaporan paling lambat satu hari setelah kejadian. Kapolres Bangli menambahkan bahwa personel gabungan akan berpatroli siang dan malam selama tiga hari masa tenang. Patroli difokuskan pada jalur distribusi logistik dan tempat berkumpulnya warga. Sementara itu, Ketua KPU Bangli memastikan seluruh kotak suara, surat suara, dan formulir sudah tiba di gudang kecamatan dalam keadaan baik. Ia meminta petugas tempat pemungutan suara menjaga netralitas dan tidak menerima pemberian apa pun dari tim pasangan calon. Penjabat bupati mengimbau masyarakat tidak mudah percaya pada kabar bohong yang beredar di media sosial, khususnya pesan berantai tentang pemindahan lokasi tempat pemungutan suara.`;
const OTHER = `Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat menggelar sosialisasi tahapan pemilihan kepada pemilih pemula di sejumlah sekolah menengah atas di Kota Mataram. Kegiatan ini bertujuan meningkatkan partisipasi pemilih muda yang jumlahnya mencapai seperempat daftar pemilih tetap. Anggota KPU NTB mengatakan pemilih pemula kerap menjadi sasaran hoaks dan politik uang sehingga perlu dibekali pengetahuan tentang cara memilih yang benar.`;

/** The release with words at the given positions replaced. */
function edited(positions: number[], by = 'diganti'): string {
  const words = RELEASE.split(' ');
  for (const [n, at] of positions.entries()) words[at] = `${by}${n}`;
  return words.join(' ');
}

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://Berita.Example.co.id/politik/rakor-bangli/?utm_source=wa&b=2&a=1#komentar', 'https://berita.example.co.id/politik/rakor-bangli?a=1&b=2'],
    ['http://example.id:80/a', 'http://example.id/a'],
    ['https://example.id/', 'https://example.id/'],
    ['https://user:pw@example.id/berita?fbclid=x', 'https://example.id/berita'],
    ['  https://example.id/berita?id=7&gclid=1  ', 'https://example.id/berita?id=7'],
  ])('%s → %s', (input, expected) => expect(canonicalUrl(input)).toBe(expected));

  it.each(['ftp://example.id/a', 'javascript:alert(1)', 'bukan alamat', '', 'file:///etc/passwd'])('refuses %j', (input) => expect(canonicalUrl(input)).toBeNull());
});

describe('normalisedText and textHash', () => {
  it('ignore case, punctuation, accents and spacing', () => {
    expect(normalisedText('  “Rapat   Koordinasi,”\nkata Ketua —  Bawaslu. Café ')).toBe('rapat koordinasi kata ketua bawaslu cafe');
    expect(textHash('Rapat koordinasi.\n\nKata ketua')).toBe(textHash('rapat   KOORDINASI kata ketua!'));
    expect(textHash('Rapat koordinasi')).toMatch(/^[0-9a-f]{64}$/);
    expect(textHash('Rapat koordinasi')).not.toBe(textHash('Rapat sosialisasi'));
  });
});

describe('simhash64 and hammingDistance', () => {
  it('counts differing bits, signed or unsigned alike', () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(0b1011n, 0b0001n)).toBe(2);
    expect(hammingDistance(-1n, 0n)).toBe(64);
    const hash = simhash64(RELEASE);
    expect(hammingDistance(storableSimhash(hash), hash)).toBe(0);
    expect(storableSimhash(hash)).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(storableSimhash(hash)).toBeLessThan(2n ** 63n);
  });

  it('is the same for the same words however typeset, and far for another article', () => {
    expect(simhash64(RELEASE)).toBe(simhash64(RELEASE.toUpperCase().replace(/ /g, '  ')));
    expect(hammingDistance(simhash64(RELEASE), simhash64(OTHER))).toBeGreaterThan(12);
  });
});

describe('isNearDuplicate', () => {
  const hash = simhash64(RELEASE);
  it.each([[[3]], [[10, 50]], [[5, 90, 150]], [[1, 60, 120, 170]]])('a copy with words %j changed is near-identical', (positions) => {
    const copy = edited(positions);
    expect(isNearDuplicate(copy, simhash64(copy), RELEASE, hash)).toBe(true);
  });

  it('a different article, or half the release rewritten, is not', () => {
    expect(isNearDuplicate(OTHER, simhash64(OTHER), RELEASE, hash)).toBe(false);
    const half = edited(Array.from({ length: 95 }, (_, i) => i * 2));
    expect(isNearDuplicate(half, simhash64(half), RELEASE, hash)).toBe(false);
    expect(wordSimilarity(RELEASE, OTHER)).toBeLessThan(0.3);
    expect(wordSimilarity('', '')).toBe(1);
  });
});

describe('articleFromFile', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads text, Markdown and HTML, the first short line being the title', () => {
    expect(articleFromFile('rilis.TXT', bytes('Rakor Bawaslu Bangli\n\nBawaslu menggelar rapat.\nIsi kedua.'))).toEqual({ title: 'Rakor Bawaslu Bangli', body: 'Bawaslu menggelar rapat.\nIsi kedua.' });
    expect(articleFromFile('rilis.md', bytes('# Judul berita\n\nIsi berita.'))).toEqual({ title: 'Judul berita', body: 'Isi berita.' });
    const html = '<html><head><title>Situs</title><script>var x = "<p>bukan</p>";</script></head><body><h1>Patroli masa tenang</h1><!-- iklan --><p>Polres Bangli &amp; TNI berpatroli&nbsp;malam.</p><p>Kata&#32;Kapolres &#x201C;aman&#x201D;.</p></body></html>';
    expect(articleFromFile('berita.htm', bytes(html))).toEqual({ title: 'Patroli masa tenang', body: 'Polres Bangli & TNI berpatroli malam.\n\nKata Kapolres “aman”.' });
  });

  it('a one-line text, or one whose first line is long, is all body', () => {
    expect(splitTitle('Hanya satu baris.')).toEqual({ title: null, body: 'Hanya satu baris.' });
    const long = `${'kata '.repeat(60)}\nlanjutan`;
    expect(splitTitle(long).title).toBeNull();
  });

  it.each([
    ['foto.jpg', bytes('apa saja'), 'type'],
    ['tanpa-ekstensi', bytes('apa saja'), 'type'],
    ['biner.txt', new Uint8Array([0x52, 0x61, 0x00, 0x70]), 'binary'],
    ['latin1.txt', new Uint8Array([0x52, 0xe9, 0x70]), 'binary'],
    ['kontrol.txt', bytes('teks\u0007bel'), 'binary'],
    ['kosong.txt', bytes(''), 'empty'],
    ['spasi.txt', bytes('  \n\n\t '), 'empty'],
    ['tag-saja.html', bytes('<html><body><script>x</script></body></html>'), 'empty'],
    ['besar.txt', new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61), 'too_large'],
    ['panjang.txt', bytes('a'.repeat(200_001)), 'too_long'],
  ])('refuses %s (%s)', (name, content, reason) => expect(articleFromFile(name, content)).toEqual({ rejected: reason }));

  it('knows its kinds', () => {
    expect(articleFileKind('A.HTML')).toBe('html');
    expect(articleFileKind('a.markdown')).toBe('markdown');
  });

  it('reads an uploaded page without its menu and footer', () => {
    const page = '<html><head><title>x</title></head><body><nav>Beranda | Politik</nav><h1>Rakor Pilkada</h1><p>Rapat digelar &amp; dihadiri KPU.</p><footer>© Redaksi</footer></body></html>';
    expect(articleFromFile('berita.html', bytes(page))).toEqual({ title: 'Rakor Pilkada', body: 'Rapat digelar & dihadiri KPU.' });
  });
});
