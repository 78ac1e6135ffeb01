import type { AgencyCode } from '../agencies/catalogue.js';
import type { ClockCode, ClockUnit, Regime } from './regime.js';
import type { IncidentSeverity } from './vocabulary.js';

/**
 * The default catalogue of incident categories: DOMAIN.md §5's default incident codes (the corpus
 * threats) and the desk extras. Each says what people text when they report it (keywords, for the
 * SMS/WhatsApp parser), how bad it usually is, which agency it goes to first and which legal clocks
 * of regime.ts run for it. Routing follows §5: election crimes go to Sentra Gakkumdu, administrative
 * violations and ASN neutrality go through Bawaslu, the rest to the body that acts on them.
 *
 * Desks may come to configure their own catalogue; codes are therefore not a database constraint,
 * and these are the defaults the service checks against.
 */
export interface IncidentCategory {
  code: string;
  name: { id: string; en: string };
  /** Lower-case words and phrases as people write them, each in one category only. */
  keywords: readonly string[];
  defaultSeverity: IncidentSeverity;
  /** The agency a report of this category is referred to first. */
  referralAgency: AgencyCode;
  /** Other agencies with a part in it, for a referral screen to suggest. */
  alsoConcerns: readonly AgencyCode[];
  /** Legal clocks that run for it (regime.ts); none for threats that are not election violations. */
  clocks: readonly ClockCode[];
  /** A desk's own amount and day kind for a clock under a regime, in place of regime.ts's (category-catalogue.ts). */
  clockRules?: ClockOverrides;
  /** False: switched off by the desk, refused for new reports (existing ones keep it). Absent: active. */
  active?: boolean;
}

/** How long a clock runs for one category under one regime, when a desk sets it itself. */
export interface ClockOverride {
  amount: number;
  unit: ClockUnit;
}
export type ClockOverrides = Partial<Record<ClockCode, Partial<Record<Regime, ClockOverride>>>>;

/** The clocks of an election violation handled by Bawaslu; crimes add the investigation. */
const VIOLATION: readonly ClockCode[] = ['pelaporan', 'kajian_bawaslu'];
const CRIME: readonly ClockCode[] = ['pelaporan', 'kajian_bawaslu', 'penyidikan'];

const CATALOGUE = [
  {
    code: 'politik_uang', name: { id: 'Politik uang', en: 'Money politics' },
    keywords: ['politik uang', 'money politik', 'money politic', 'money politics', 'amplop', 'serangan fajar', 'bagi uang', 'bagi bagi uang', 'bagi duit',
      'beli suara', 'jual beli suara', 'sembako', 'mahar politik', 'uang transport'],
    defaultSeverity: 'tinggi', referralAgency: 'GAKKUMDU', alsoConcerns: ['BAWASLU', 'POLRI'], clocks: CRIME,
  },
  {
    code: 'netralitas_asn', name: { id: 'Netralitas ASN, TNI/Polri dan kepala desa', en: 'Neutrality of civil servants, TNI/Polri and village heads' },
    keywords: ['netralitas', 'tidak netral', 'asn', 'pns', 'pppk', 'honorer', 'kades', 'kepala desa', 'perangkat desa', 'lurah', 'camat'],
    defaultSeverity: 'sedang', referralAgency: 'BAWASLU', alsoConcerns: ['BKN', 'PEMDA'], clocks: VIOLATION,
  },
  {
    code: 'hoaks', name: { id: 'Hoaks dan disinformasi', en: 'Hoaxes and disinformation' },
    keywords: ['hoaks', 'hoax', 'berita bohong', 'kabar bohong', 'fitnah', 'disinformasi', 'misinformasi', 'video palsu', 'deepfake'],
    defaultSeverity: 'sedang', referralAgency: 'KOMINFO', alsoConcerns: ['BAWASLU', 'POLRI'], clocks: VIOLATION,
  },
  {
    code: 'politik_identitas', name: { id: 'Politik identitas, SARA dan ujaran kebencian', en: 'Identity politics, SARA and hate speech' },
    keywords: ['politik identitas', 'sara', 'isu sara', 'ujaran kebencian', 'hate speech', 'penistaan', 'kafir'],
    defaultSeverity: 'tinggi', referralAgency: 'BAWASLU', alsoConcerns: ['GAKKUMDU', 'POLRI', 'TOKOH_MASYARAKAT'], clocks: CRIME,
  },
  {
    code: 'kekerasan', name: { id: 'Kekerasan', en: 'Violence' },
    keywords: ['kekerasan', 'pemukulan', 'dipukul', 'penganiayaan', 'pengeroyokan', 'dikeroyok', 'pembakaran', 'dibakar', 'penusukan', 'dibacok',
      'penembakan', 'ditembak'],
    defaultSeverity: 'tinggi', referralAgency: 'POLRI', alsoConcerns: ['GAKKUMDU', 'TNI'], clocks: [],
  },
  {
    code: 'intimidasi', name: { id: 'Intimidasi', en: 'Intimidation' },
    keywords: ['intimidasi', 'diintimidasi', 'ancam', 'diancam', 'ancaman', 'teror', 'diteror', 'dipaksa memilih', 'dipaksa'],
    defaultSeverity: 'tinggi', referralAgency: 'GAKKUMDU', alsoConcerns: ['POLRI', 'BAWASLU'], clocks: CRIME,
  },
  {
    code: 'konflik', name: { id: 'Konflik sosial', en: 'Social conflict' },
    keywords: ['konflik', 'bentrok', 'bentrokan', 'ricuh', 'kericuhan', 'tawuran', 'perkelahian massal', 'amuk massa'],
    defaultSeverity: 'tinggi', referralAgency: 'PEMDA', alsoConcerns: ['POLRI', 'TNI', 'KESBANGPOL', 'TOKOH_MASYARAKAT'], clocks: [],
  },
  {
    code: 'logistik', name: { id: 'Gangguan logistik', en: 'Logistics failure' },
    keywords: ['logistik', 'surat suara', 'kotak suara', 'bilik suara', 'tinta', 'surat suara rusak', 'surat suara kurang', 'segel', 'formulir c1',
      'distribusi logistik'],
    defaultSeverity: 'sedang', referralAgency: 'KPU', alsoConcerns: ['BAWASLU', 'POLRI'], clocks: [],
  },
  {
    code: 'siber', name: { id: 'Serangan siber', en: 'Cyber attack' },
    keywords: ['siber', 'diretas', 'peretasan', 'retas', 'hacker', 'hack', 'ddos', 'deface', 'ransomware', 'phishing', 'kebocoran data', 'data bocor',
      'sirekap'],
    defaultSeverity: 'tinggi', referralAgency: 'BSSN', alsoConcerns: ['KOMINFO', 'POLRI', 'KPU'], clocks: [],
  },
  {
    code: 'bencana', name: { id: 'Bencana', en: 'Disaster' },
    keywords: ['bencana', 'banjir', 'longsor', 'tanah longsor', 'gempa', 'gempa bumi', 'kebakaran', 'puting beliung', 'angin kencang', 'tsunami',
      'erupsi', 'gunung meletus'],
    defaultSeverity: 'tinggi', referralAgency: 'PEMDA', alsoConcerns: ['KPU', 'TNI', 'POLRI'], clocks: [],
  },
  {
    code: 'golput', name: { id: 'Ajakan golput', en: 'Calls to abstain' },
    keywords: ['golput', 'ajakan golput', 'tidak memilih', 'boikot pemilu', 'boikot pilkada'],
    defaultSeverity: 'rendah', referralAgency: 'KPU', alsoConcerns: ['BAWASLU', 'KESBANGPOL'], clocks: [],
  },
  {
    code: 'kampanye_di_luar_jadwal', name: { id: 'Kampanye di luar jadwal', en: 'Campaigning outside the schedule' },
    keywords: ['kampanye di luar jadwal', 'curi start', 'kampanye masa tenang', 'masa tenang', 'apk masa tenang', 'kampanye dini', 'alat peraga kampanye'],
    defaultSeverity: 'sedang', referralAgency: 'BAWASLU', alsoConcerns: ['GAKKUMDU', 'PEMDA'], clocks: CRIME,
  },
  {
    code: 'daftar_pemilih', name: { id: 'Masalah daftar pemilih', en: 'Voter list problems' },
    keywords: ['daftar pemilih', 'dpt', 'dps', 'dptb', 'tidak terdaftar', 'pemilih ganda', 'pemilih fiktif', 'pemilih siluman', 'ktp ganda', 'coklit'],
    defaultSeverity: 'sedang', referralAgency: 'BAWASLU', alsoConcerns: ['KPU', 'KEMENDAGRI'], clocks: VIOLATION,
  },
  {
    code: 'pelanggaran_penyelenggara', name: { id: 'Pelanggaran oleh penyelenggara', en: 'Misconduct by election officials' },
    keywords: ['penyelenggara', 'kpps', 'pps', 'ppk', 'petugas kpu', 'penggelembungan suara', 'manipulasi suara', 'salah hitung', 'kpu curang',
      'petugas curang'],
    defaultSeverity: 'tinggi', referralAgency: 'BAWASLU', alsoConcerns: ['DKPP', 'KPU'], clocks: VIOLATION,
  },
  {
    code: 'kkb', name: { id: 'Gangguan kelompok kriminal bersenjata (KKB)', en: 'Armed group (KKB) activity' },
    keywords: ['kkb', 'opm', 'tpnpb', 'kelompok bersenjata', 'kelompok kriminal bersenjata'],
    defaultSeverity: 'kritis', referralAgency: 'POLRI', alsoConcerns: ['TNI', 'BIN'], clocks: [],
  },
  {
    code: 'protes_hasil', name: { id: 'Protes atas hasil', en: 'Protests against the results' },
    keywords: ['protes hasil', 'tolak hasil', 'menolak hasil', 'demo hasil', 'unjuk rasa', 'demo', 'hitung ulang', 'psu', 'pemungutan suara ulang',
      'gugatan mk'],
    defaultSeverity: 'tinggi', referralAgency: 'POLRI', alsoConcerns: ['BAWASLU', 'KPU', 'MK'], clocks: [],
  },
] as const satisfies readonly IncidentCategory[];

export type IncidentCategoryCode = (typeof CATALOGUE)[number]['code'];

/** The default catalogue, in the order screens list it. */
export const INCIDENT_CATEGORIES: readonly IncidentCategory[] = CATALOGUE;

export const INCIDENT_CATEGORY_CODES: readonly IncidentCategoryCode[] = CATALOGUE.map((category) => category.code);

/**
 * Indexes built once per catalogue: the defaults above, or a desk's effective catalogue
 * (category-catalogue.ts), which is a new array whenever a setting changes.
 */
export function memoisedPerCatalogue<T>(build: (categories: readonly IncidentCategory[]) => T) {
  const cache = new WeakMap<readonly IncidentCategory[], T>();
  return (categories: readonly IncidentCategory[]): T => {
    let value = cache.get(categories);
    if (value === undefined) cache.set(categories, (value = build(categories)));
    return value;
  };
}

const byCode = memoisedPerCatalogue((categories) => new Map(categories.map((category) => [category.code, category])));

/** A category of the catalogue (by default the built-in one) by code, or null for an unknown one. */
export function incidentCategory(code: string, categories: readonly IncidentCategory[] = INCIDENT_CATEGORIES): IncidentCategory | null {
  return byCode(categories).get(code) ?? null;
}

/** Lower case, no accents, every run of other characters one space: how keywords and texts are compared. */
export function normaliseReportText(text: string): string {
  return ` ${text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Keywords of the active categories, longest first. */
const keywordIndex = memoisedPerCatalogue((categories) => categories
  .filter((category) => category.active !== false)
  .flatMap((category) => category.keywords.map((keyword) => ({ keyword: normaliseReportText(keyword), code: category.code })))
  .sort((a, b) => b.keyword.length - a.keyword.length));

/**
 * The category whose keyword a text contains as whole words, the longest keyword winning
 * ("serangan fajar" over a shorter one), or null. A first guess for intake channels; a person
 * confirms it at verification.
 */
export function categoryFromText(text: string, categories: readonly IncidentCategory[] = INCIDENT_CATEGORIES): string | null {
  const normalised = normaliseReportText(text);
  return keywordIndex(categories).find(({ keyword }) => normalised.includes(keyword))?.code ?? null;
}
