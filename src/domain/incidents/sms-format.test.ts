import { describe, expect, it } from 'vitest';
import { isReportKeyword, parseSmsReport, regionCodeFromDigits, takeTps, tpsLabel, type SmsReport } from './sms-format.js';

type Expected = Partial<Omit<SmsReport, 'category' | 'problems'>> & {
  category?: string | null;
  categorySource?: string;
  approximate?: boolean;
  /** The problems, as "part:reason", in any order. */
  problems?: string[];
};

/** Every case: a message as a phone sends it, and what the parser must make of it. */
const CASES: readonly (readonly [string, string, Expected])[] = [
  // The documented format, as documented.
  ['the format as documented', 'LAPOR#Bangli#politik uang#Ada pembagian amplop di Desa Kayubihi',
    { shape: 'format', keyword: 'LAPOR', region: { text: 'Bangli', code: null }, category: 'politik_uang', categorySource: 'name', description: 'Ada pembagian amplop di Desa Kayubihi', problems: [] }],
  ['lower case', 'lapor#bangli#politik uang#ada amplop', { region: { text: 'bangli', code: null }, category: 'politik_uang', description: 'ada amplop', problems: [] }],
  ['mixed case keyword', 'LaPoR#Bangli#hoaks#video palsu beredar', { keyword: 'LaPoR', category: 'hoaks', description: 'video palsu beredar' }],
  ['LAPORAN', 'LAPORAN#Bangli#hoaks#berita bohong di grup WA', { keyword: 'LAPORAN', category: 'hoaks', description: 'berita bohong di grup WA' }],
  ['typo LPR', 'LPR#Bangli#politik uang#amplop 50rb', { keyword: 'LPR', shape: 'format', category: 'politik_uang', description: 'amplop 50rb' }],
  ['typo LAPR', 'LAPR#Bangli#politik uang#amplop', { keyword: 'LAPR', shape: 'format', region: { text: 'Bangli', code: null } }],
  ['typo LAPRO (swapped letters)', 'LAPRO#Bangli#kekerasan#pemukulan saksi', { keyword: 'LAPRO', category: 'kekerasan', description: 'pemukulan saksi' }],
  ['typo LAOPR', 'LAOPR#Bangli#kekerasan#pemukulan', { keyword: 'LAOPR', shape: 'format' }],
  ['typo LAPOT', 'LAPOT#Bangli#bencana#banjir di TPS', { keyword: 'LAPOT', category: 'bencana' }],
  ['typo LAPORN', 'LAPORN#Bangli#bencana#banjir', { keyword: 'LAPORN', category: 'bencana' }],

  // Separators.
  ['star separators', 'LAPOR*Bangli*politik uang*ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop' }],
  ['slash separators', 'LAPOR/Bangli/politik uang/ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop' }],
  ['semicolons', 'LAPOR;Bangli;politik uang;ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop' }],
  ['spaces around separators', 'LAPOR # Bangli # politik uang # ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop' }],
  ['doubled separators', 'LAPOR##Bangli###politik uang##ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop' }],
  ['separators with spaces between them', 'LAPOR# #Bangli# # politik uang #ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop' }],
  ['mixed separators', 'LAPOR#Bangli*politik uang;ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop' }],
  ['a trailing separator', 'LAPOR#Bangli#politik uang#ada amplop#', { description: 'ada amplop' }],
  ['lines instead of separators (WhatsApp)', 'LAPOR\nBangli\npolitik uang\nada amplop di balai banjar',
    { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop di balai banjar' }],
  ['Windows line ends', 'LAPOR\r\nBangli\r\nhoaks\r\nvideo palsu', { region: { text: 'Bangli', code: null }, category: 'hoaks', description: 'video palsu' }],
  ['a colon after the keyword', 'LAPOR: Bangli#politik uang#ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang' }],
  ['a space after the keyword', 'LAPOR Bangli#politik uang#ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop' }],
  ['slashes inside the description stay', 'LAPOR#Bangli#politik uang#amplop 50rb/orang; dibagi jam 9',
    { category: 'politik_uang', description: 'amplop 50rb/orang; dibagi jam 9' }],

  // Regions by code and by name.
  ['region by dotted code', 'LAPOR#51.06#politik uang#amplop', { region: { text: '51.06', code: '51.06' } }],
  ['region by code without dots', 'LAPOR#5106#politik uang#amplop', { region: { text: '5106', code: '51.06' } }],
  ['province code', 'LAPOR#51#politik uang#amplop', { region: { text: '51', code: '51' } }],
  ['kecamatan code without dots', 'LAPOR#510601#logistik#surat suara rusak', { region: { text: '510601', code: '51.06.01' }, category: 'logistik' }],
  ['desa code', 'LAPOR#51.06.01.2001#logistik#kotak suara hilang', { region: { text: '51.06.01.2001', code: '51.06.01.2001' } }],
  ['desa code without dots', 'LAPOR#5106012001#logistik#kotak suara hilang', { region: { text: '5106012001', code: '51.06.01.2001' } }],
  ['code with spaces', 'LAPOR#51 06#logistik#tinta kurang', { region: { text: '51 06', code: '51.06' } }],
  ['code followed by its name', 'LAPOR#51.06 Bangli#logistik#tinta kurang', { region: { text: '51.06 Bangli', code: '51.06' } }],
  ['digits that cannot be a code', 'LAPOR#51060#logistik#tinta kurang', { region: { text: '51060', code: null }, problems: ['region:invalid_code'] }],
  ['code 00', 'LAPOR#00#logistik#tinta kurang', { region: { text: '00', code: null }, problems: ['region:invalid_code'] }],
  ['"kab bangli"', 'LAPOR#kab bangli#politik uang#amplop', { region: { text: 'kab bangli', code: null } }],
  ['"Kabupaten Bangli"', 'LAPOR#Kabupaten Bangli#politik uang#amplop', { region: { text: 'Kabupaten Bangli', code: null } }],
  ['"kota denpasar"', 'LAPOR#kota denpasar#hoaks#hoaks soal calon', { region: { text: 'kota denpasar', code: null }, category: 'hoaks' }],
  ['region with a typo, kept for the gazetteer search', 'LAPOR#kota denpasr#hoaks#hoaks soal calon', { region: { text: 'kota denpasr', code: null } }],
  ['desa and kecamatan in one part', 'LAPOR#Desa Kayubihi Bangli#politik uang#amplop', { region: { text: 'Desa Kayubihi Bangli', code: null } }],

  // Categories by code, name, keyword and typo.
  ['category by code', 'LAPOR#Bangli#politik_uang#amplop', { category: 'politik_uang', categorySource: 'code' }],
  ['category by code in capitals', 'LAPOR#Bangli#NETRALITAS_ASN#kades ikut kampanye', { category: 'netralitas_asn', categorySource: 'code' }],
  ['category by Indonesian name', 'LAPOR#Bangli#Serangan siber#situs KPU diretas', { category: 'siber', categorySource: 'name' }],
  ['category by the head of its name', 'LAPOR#Bangli#Netralitas ASN#camat hadir di kampanye', { category: 'netralitas_asn', categorySource: 'name' }],
  ['category by English name', 'LAPOR#Bangli#Money politics#amplop', { category: 'politik_uang' }],
  ['category by keyword "amplop"', 'LAPOR#Bangli#amplop#dibagi di balai desa', { category: 'politik_uang', categorySource: 'keyword' }],
  ['category by keyword "hoax"', 'LAPOR#Bangli#hoax#video editan', { category: 'hoaks', categorySource: 'keyword' }],
  ['category by keyword "serangan fajar"', 'LAPOR#Bangli#serangan fajar#subuh tadi', { category: 'politik_uang', categorySource: 'keyword' }],
  ['category with a typo', 'LAPOR#Bangli#politk uang#amplop', { category: 'politik_uang', approximate: true }],
  ['category with a typo in a keyword', 'LAPOR#Bangli#intimidsi#warga diancam', { category: 'intimidasi', approximate: true }],
  ['category part holding a keyword among other words', 'LAPOR#Bangli#ada serangan fajar#tadi subuh di banjar', { category: 'politik_uang', description: 'tadi subuh di banjar' }],
  ['unknown category, description keyword wins', 'LAPOR#Bangli#pelanggaran#warga menerima amplop',
    { category: 'politik_uang', categorySource: 'description', description: 'warga menerima amplop', problems: ['category:unknown'] }],
  ['unknown category and nothing in the description', 'LAPOR#Bangli#aneh#ada kejadian di jalan',
    { category: null, description: 'ada kejadian di jalan', problems: ['category:unknown'] }],
  ['category and region swapped', 'LAPOR#politik uang#Bangli#ada amplop', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: 'ada amplop' }],

  // Missing parts.
  ['no category: from the description', 'LAPOR#Bangli#ada yang bagi amplop di banjar',
    { region: { text: 'Bangli', code: null }, category: 'politik_uang', categorySource: 'description', description: 'ada yang bagi amplop di banjar', problems: [] }],
  ['no category, none in the description', 'LAPOR#Bangli#ada keributan kecil', { category: null, problems: ['category:missing'] }],
  ['no region', 'LAPOR##politik uang#ada amplop', { region: null, category: 'politik_uang', description: 'ada amplop', problems: ['region:missing'] }],
  ['no description', 'LAPOR#Bangli#politik uang', { region: { text: 'Bangli', code: null }, category: 'politik_uang', description: '', problems: ['description:missing'] }],
  ['only a region', 'LAPOR#Bangli', { region: { text: 'Bangli', code: null }, category: null, description: '', problems: ['category:missing', 'description:missing'] }],
  ['only the description', 'LAPOR#ada amplop dibagikan di pasar Kintamani pagi ini',
    { region: null, category: 'politik_uang', description: 'ada amplop dibagikan di pasar Kintamani pagi ini', problems: ['region:missing'] }],
  ['only "LAPOR"', 'LAPOR', { shape: 'free', keyword: 'LAPOR', description: '', problems: ['format:no_separator', 'region:missing', 'category:missing', 'description:missing'] }],
  ['only "LAPOR#"', 'LAPOR#', { shape: 'format', region: null, description: '', problems: ['region:missing', 'category:missing', 'description:missing'] }],
  ['only separators', '###', { shape: 'free', problems: ['format:no_keyword', 'region:missing', 'category:missing'] }],
  ['empty', '', { shape: 'free', description: '', problems: ['format:no_keyword', 'region:missing', 'category:missing', 'description:missing'] }],
  ['only spaces and control characters', '  \u0007\t  ', { description: '', problems: ['format:no_keyword', 'region:missing', 'category:missing', 'description:missing'] }],

  // Extra parts.
  ['TPS as its own part', 'LAPOR#Bangli#TPS 05#politik uang#ada amplop', { tps: 5, category: 'politik_uang', description: 'ada amplop' }],
  ['TPS:5', 'LAPOR#Bangli#politik uang#TPS:5#ada amplop', { tps: 5, description: 'ada amplop' }],
  ['TPS at the end', 'LAPOR#Bangli#politik uang#ada amplop#TPS 12', { tps: 12, description: 'ada amplop#TPS 12' }],
  ['TPS in the region part', 'LAPOR#Bangli TPS 3#politik uang#amplop', { tps: 3, region: { text: 'Bangli', code: null } }],
  ['TPS in the description', 'LAPOR#Bangli#politik uang#amplop dibagi dekat tps no. 7 pagi ini', { tps: 7 }],
  ['TPS 000 is no TPS', 'LAPOR#Bangli#logistik#TPS 000 kekurangan surat suara', { tps: null }],
  ['regime as an extra part', 'LAPOR#PILKADA#Bangli#politik uang#amplop', { regime: 'pilkada', region: { text: 'Bangli', code: null }, category: 'politik_uang' }],
  ['pileg means the general election', 'LAPOR#Bangli#pileg#politik uang#amplop', { regime: 'pemilu' }],
  ['a date in the description is left alone', 'LAPOR#Bangli#politik uang#12/11 pukul 09.00 ada amplop', { description: '12/11 pukul 09.00 ada amplop', tps: null }],

  // Free text and other shapes.
  ['free text goes to triage as a whole', 'Pak, di desa kami ada yang bagi-bagi sembako atas nama calon',
    { shape: 'free', keyword: null, region: null, category: 'politik_uang', categorySource: 'description', description: 'Pak, di desa kami ada yang bagi-bagi sembako atas nama calon', problems: ['format:no_keyword', 'region:missing'] }],
  ['free text starting with "lapor"', 'Lapor pak, ada intimidasi warga di TPS 4', { shape: 'free', keyword: 'Lapor', tps: 4, category: 'intimidasi', problems: ['format:no_separator', 'region:missing'] }],
  ['a greeting before the keyword', 'Selamat pagi. LAPOR#Bangli#hoaks#video palsu', { shape: 'format', keyword: 'LAPOR', region: { text: 'Bangli', code: null }, category: 'hoaks' }],
  ['the format without the keyword', 'Bangli#politik uang#ada amplop', { shape: 'format', keyword: null, region: { text: 'Bangli', code: null }, category: 'politik_uang', problems: ['format:no_keyword'] }],
  ['hashtags are not the format', '#pilkada2024 #bangli ada amplop', { shape: 'free', region: null }],
  ['emoji around the message', '📢 LAPOR#Bangli 🙏#politik uang 💰#ada amplop 😡', { keyword: 'LAPOR', region: { text: 'Bangli 🙏', code: null }, category: 'politik_uang', description: 'ada amplop 😡' }],
  ['emoji-only parts', 'LAPOR#🙏#Bangli#politik uang#amplop', { category: 'politik_uang' }],
  ['zero-width characters are dropped', 'LA\u200bPOR#Ban\u200bgli#hoaks#video', { keyword: 'LAPOR', region: { text: 'Bangli', code: null } }],
  ['accented letters', 'LAPÓR#Bangli#hoaks#vidéo palsu', { keyword: 'LAPÓR', category: 'hoaks', description: 'vidéo palsu' }],
  ['a long description stays whole', `LAPOR#Bangli#politik uang#${'amplop dibagi di banjar. '.repeat(200).trim()}`,
    { category: 'politik_uang', description: 'amplop dibagi di banjar. '.repeat(200).trim() }],
  ['a long first part is the description', `LAPOR#${'warga melapor ada pembagian uang di banjar dekat pura desa sebelum pencoblosan '.repeat(3).trim()}`,
    { region: null, category: null, problems: ['region:missing', 'category:missing'] }],
  ['"10 orang" is not a region code', 'LAPOR#Bangli#kekerasan#10 orang dipukul', { region: { text: 'Bangli', code: null }, description: '10 orang dipukul' }],
  ['"lapar" is a slip of "lapor"', 'LAPAR#Bangli#hoaks#video', { keyword: 'LAPAR', shape: 'format' }],
  ['another word is not the keyword: it is taken for the region, for triage to sort out', 'LAMPU#Bangli#hoaks#video',
    { keyword: null, shape: 'format', region: { text: 'LAMPU', code: null }, category: 'hoaks', problems: ['format:no_keyword', 'category:unknown'] }],
  ['a slash inside a short phrase is not a separator', 'LAPOR#Bangli#TNI/Polri ikut kampanye',
    { region: { text: 'Bangli', code: null }, category: null, description: 'TNI/Polri ikut kampanye', problems: ['category:missing'] }],
];

function actual(report: SmsReport): Expected {
  return {
    ...report,
    category: report.category?.code ?? null,
    ...(report.category ? { categorySource: report.category.source, approximate: report.category.approximate } : {}),
    problems: report.problems.map((problem) => `${problem.part}:${problem.reason}`).sort(),
  };
}

describe('parseSmsReport', () => {
  it.each(CASES)('%s', (_label, message, expected) => {
    const report = parseSmsReport(message);
    const got = actual(report);
    const wanted = { ...expected, ...(expected.problems ? { problems: [...expected.problems].sort() } : {}) };
    expect(got).toMatchObject(wanted);
  });

  it('has at least 50 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps the text of an unknown category and of an invalid code, to show in triage', () => {
    expect(parseSmsReport('LAPOR#Bangli#pelanggaran#warga').problems).toContainEqual({ part: 'category', reason: 'unknown', text: 'pelanggaran' });
    expect(parseSmsReport('LAPOR#99.99.99.99#hoaks#video').problems).toContainEqual({ part: 'region', reason: 'invalid_code', text: '99.99.99.99' });
  });

  it('reads a 100,000-character message in linear time', () => {
    const long = `LAPOR#Bangli#hoaks#${'a '.repeat(50_000)}`;
    const spaces = `LAPOR${' '.repeat(100_000)}x`;
    const started = performance.now();
    expect(parseSmsReport(long).category?.code).toBe('hoaks');
    expect(parseSmsReport(spaces).shape).toBe('free');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the pieces', () => {
  it.each([
    ['LAPOR', true], ['lapor', true], ['Laporan', true], ['LPR', true], ['LAPR', true], ['LAPRO', true], ['laporn', true], ['LAPORAN', true],
    ['lapoan', true], ['lampu', false], ['lalu', false], ['la', false], ['pak', false], ['selamat', false],
  ] as const)('keyword %s → %s', (word, expected) => {
    expect(isReportKeyword(word)).toBe(expected);
  });

  it.each([
    ['51', '51'], ['5106', '51.06'], ['51.06', '51.06'], ['51-06', '51.06'], ['510601', '51.06.01'], ['5106012001', '51.06.01.2001'],
    ['51.06.01.2001', '51.06.01.2001'], ['51060', null], ['00', null], ['5100', null], ['abc', null],
  ] as const)('code %s → %s', (typed, expected) => {
    expect(regionCodeFromDigits(typed)).toBe(expected);
  });

  it('finds the TPS number and takes it out of the text', () => {
    expect(takeTps('Bangli TPS 05')).toEqual({ tps: 5, rest: 'Bangli' });
    expect(takeTps('tps:12 Kintamani')).toEqual({ tps: 12, rest: 'Kintamani' });
    expect(takeTps('STPS 5')).toEqual({ tps: null, rest: 'STPS 5' });
    expect(takeTps('TPS 1234')).toEqual({ tps: null, rest: 'TPS 1234' });
    expect(tpsLabel(5)).toBe('TPS 005');
    expect(tpsLabel(123)).toBe('TPS 123');
  });
});
