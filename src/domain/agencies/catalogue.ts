/**
 * The institutions a desk deals with (DOMAIN.md §1), keyed by the agency codes of the corpus labels.
 * Ad hoc and regional bodies are aliases of their parent (PPK → KPU, Polres → POLRI), as §10.6 asks.
 *
 * How history is modelled:
 * - A RENAME keeps its code and takes the current name; the old name and acronym become aliases. A
 *   rename leaves the institution, its units, staff and records where they were, so a new code would
 *   only split one body's history in two and break every stored label. Hence KOMINFO reads
 *   "Kementerian Komunikasi dan Digital" (Komdigi since the Kabinet Merah Putih took office, 20–21 Oct
 *   2024) and KEMENKO_POLHUKAM reads "… Bidang Politik dan Keamanan" (Polkam, Perpres 139/2024); both
 *   old and new short forms resolve to them.
 * - A DISSOLUTION ends the code: `validTo` is the day it was dissolved and `successorCode` where its
 *   duties went. The code stays, because records made before that day still name it. KASN ended on
 *   23 Aug 2024 (Perpres 91/2024 and 92/2024); neutrality supervision passed to BKN (policy to
 *   KEMENPAN_RB).
 * Dates nobody has checked are left out rather than guessed: an open `validFrom` means "before
 * the elections Sinergi tracks".
 */
export interface AgencyDefinition {
  code: string;
  nameId: string;
  nameEn: string;
  /** Other names, acronyms and regional offices people type; each belongs to one agency only. */
  aliases: readonly string[];
  /** ISO dates, inclusive. */
  validFrom?: string;
  validTo?: string;
  successorCode?: string;
}

/** Date of the latest institutional change the catalogue reflects; shown when the seed runs. */
export const AGENCY_CATALOGUE_VERSION = '2024-10-21';

const CATALOGUE = [
  {
    code: 'KPU',
    nameId: 'Komisi Pemilihan Umum',
    nameEn: 'General Elections Commission',
    aliases: ['KPUD', 'KIP', 'Komisi Independen Pemilihan', 'PPK', 'PPD', 'PPS', 'KPPS', 'Pantarlih'],
  },
  {
    code: 'BAWASLU',
    nameId: 'Badan Pengawas Pemilihan Umum',
    nameEn: 'Election Supervisory Agency',
    aliases: ['Panwaslu', 'Panwaslih', 'Panwascam', 'PKD', 'PTPS', 'Pengawas TPS'],
  },
  {
    code: 'DKPP',
    nameId: 'Dewan Kehormatan Penyelenggara Pemilu',
    nameEn: 'Honorary Council of Election Organisers',
    aliases: [],
  },
  {
    code: 'GAKKUMDU',
    nameId: 'Sentra Penegakan Hukum Terpadu',
    nameEn: 'Integrated Law Enforcement Centre',
    aliases: ['Sentra Gakkumdu'],
  },
  {
    code: 'POLRI',
    nameId: 'Kepolisian Negara Republik Indonesia',
    nameEn: 'Indonesian National Police',
    aliases: ['Kepolisian', 'Mabes Polri', 'Polda', 'Polres', 'Polresta', 'Polrestabes', 'Polsek', 'Polsekta',
      'Kapolda', 'Kapolres', 'Kapolsek', 'Brimob', 'Bhabinkamtibmas'],
  },
  {
    code: 'TNI',
    nameId: 'Tentara Nasional Indonesia',
    nameEn: 'Indonesian National Armed Forces',
    aliases: ['Kodam', 'Korem', 'Kodim', 'Koramil', 'Pangdam', 'Danrem', 'Dandim', 'Danramil', 'Babinsa',
      'Lantamal', 'Lanal', 'Lanud'],
  },
  {
    code: 'KEJAKSAAN',
    nameId: 'Kejaksaan Republik Indonesia',
    nameEn: 'Prosecution Service of the Republic of Indonesia',
    aliases: ['Kejagung', 'Kejati', 'Kejari', 'Cabjari', 'Kajati', 'Kajari'],
  },
  {
    code: 'BIN',
    nameId: 'Badan Intelijen Negara',
    nameEn: 'State Intelligence Agency',
    aliases: ['Binda', 'Kabinda'],
  },
  {
    code: 'BSSN',
    nameId: 'Badan Siber dan Sandi Negara',
    nameEn: 'National Cyber and Crypto Agency',
    aliases: [],
  },
  {
    code: 'KOMINFO',
    nameId: 'Kementerian Komunikasi dan Digital',
    nameEn: 'Ministry of Communication and Digital Affairs',
    aliases: ['KOMDIGI', 'Kemkomdigi', 'Kemenkomdigi', 'Kemkominfo', 'Kemenkominfo',
      'Kementerian Komunikasi dan Informatika', 'Ministry of Communication and Informatics'],
  },
  {
    code: 'KEMENDAGRI',
    nameId: 'Kementerian Dalam Negeri',
    nameEn: 'Ministry of Home Affairs',
    aliases: ['Kemdagri', 'Depdagri', 'Mendagri', 'Ditjen Polpum', 'Ditjen Otda', 'Ditjen Dukcapil', 'Dukcapil',
      'Ditjen Bina Adwil'],
  },
  {
    code: 'KEMENKO_POLHUKAM',
    nameId: 'Kementerian Koordinator Bidang Politik dan Keamanan',
    nameEn: 'Coordinating Ministry for Political and Security Affairs',
    aliases: ['KEMENKO_POLKAM', 'Polhukam', 'Polkam', 'Menko Polhukam', 'Menko Polkam',
      'Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan',
      'Coordinating Ministry for Political, Legal and Security Affairs'],
  },
  {
    code: 'KESBANGPOL',
    nameId: 'Badan Kesatuan Bangsa dan Politik',
    nameEn: 'Agency for National Unity and Politics',
    aliases: ['Bakesbangpol', 'Badan Kesbangpol', 'Kesbang'],
  },
  {
    code: 'PEMDA',
    nameId: 'Pemerintah Daerah',
    nameEn: 'Regional Government',
    aliases: ['Pemprov', 'Pemkab', 'Pemkot', 'Pemerintah Provinsi', 'Pemerintah Kabupaten', 'Pemerintah Kota',
      'Gubernur', 'Bupati', 'Wali Kota', 'Walikota', 'Camat', 'Sekda', 'Setda', 'Satpol PP', 'BPBD', 'Diskominfo',
      'Dinas Komunikasi dan Informatika', 'Inspektorat', 'BKPSDM', 'BKD', 'Disdukcapil'],
  },
  {
    code: 'FORKOPIMDA',
    nameId: 'Forum Koordinasi Pimpinan Daerah',
    nameEn: 'Regional Leadership Coordination Forum',
    // "Forkompinda" is a common misspelling; "Muspida" the older name, still heard.
    aliases: ['Forkompinda', 'Muspida', 'Forkopimcam', 'Forum Koordinasi Pimpinan Kecamatan'],
  },
  {
    code: 'DPRD',
    nameId: 'Dewan Perwakilan Rakyat Daerah',
    nameEn: 'Regional House of Representatives',
    aliases: [],
  },
  {
    code: 'DPR',
    nameId: 'Dewan Perwakilan Rakyat',
    nameEn: 'House of Representatives',
    aliases: ['DPR RI'],
  },
  {
    code: 'BKN',
    nameId: 'Badan Kepegawaian Negara',
    nameEn: 'National Civil Service Agency',
    aliases: ['Kanreg BKN'],
  },
  {
    code: 'KEMENPAN_RB',
    nameId: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    nameEn: 'Ministry of Administrative and Bureaucratic Reform',
    aliases: ['KemenPANRB', 'Kemenpan', 'PANRB', 'Menpan RB', 'MenPANRB'],
  },
  {
    code: 'KASN',
    nameId: 'Komisi Aparatur Sipil Negara',
    nameEn: 'Civil Service Commission',
    aliases: ['Komisi ASN'],
    validTo: '2024-08-23',
    successorCode: 'BKN',
  },
  {
    code: 'MK',
    nameId: 'Mahkamah Konstitusi',
    nameEn: 'Constitutional Court',
    aliases: ['MKRI'],
  },
  {
    code: 'PENGADILAN',
    nameId: 'Pengadilan Negeri, Pengadilan Tinggi, dan Pengadilan Tata Usaha Negara',
    nameEn: 'District, High and Administrative Courts',
    // Not "PT": in typed text it is far more often a company (Perseroan Terbatas).
    aliases: ['PN', 'PTUN', 'PTTUN'],
  },
  {
    code: 'PARPOL',
    nameId: 'Partai Politik',
    nameEn: 'Political Parties',
    aliases: ['Partai', 'Tim Kampanye', 'Tim Pemenangan', 'Tim Sukses', 'Timses'],
  },
  {
    code: 'TOKOH_MASYARAKAT',
    nameId: 'Tokoh Masyarakat, Agama, dan Adat',
    nameEn: 'Community, Religious and Customary Leaders',
    aliases: ['ORMAS', 'Organisasi Kemasyarakatan', 'Tokoh Agama', 'Tokoh Adat', 'Tokoh Pemuda', 'FKUB',
      'Forum Kerukunan Umat Beragama'],
  },
] as const satisfies readonly AgencyDefinition[];

export type AgencyCode = (typeof CATALOGUE)[number]['code'];

/** The shipped catalogue, in the order it is listed and loaded. */
export const AGENCIES: readonly AgencyDefinition[] = CATALOGUE;

/**
 * Lower case without accents; punctuation and underscores become spaces; spelled-out initials are
 * joined ("P.P.K." → "ppk"). The same form is used for the catalogue's names and for typed text.
 */
export function normaliseAgencyText(input: string): string {
  const words = input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const joined: string[] = [];
  let previousWasInitial = false;
  for (const word of words) {
    const isInitial = /^\p{L}$/u.test(word);
    if (isInitial && previousWasInitial) joined[joined.length - 1] += word;
    else joined.push(word);
    previousWasInitial = isInitial;
  }
  return joined.join(' ');
}

/** Every way of naming an agency (code, both names, aliases), normalised. */
export function agencyKeys(agency: AgencyDefinition): string[] {
  return [agency.code, agency.nameId, agency.nameEn, ...agency.aliases].map(normaliseAgencyText);
}

const INDEX: ReadonlyMap<string, AgencyCode> = new Map(CATALOGUE.flatMap((a) => agencyKeys(a).map((key) => [key, a.code] as const)));
const LONGEST_KEY_WORDS = Math.max(...[...INDEX.keys()].map((key) => key.split(' ').length));

/**
 * The agency a typed name refers to: an exact code, name or alias, or else the longest one that the
 * text starts with ("Polres Bangli" → POLRI, "DPRD Kab. Bangli" → DPRD). Only the start counts, so
 * free text that merely mentions an agency later on is not claimed. Null when nothing matches.
 */
export function resolveAgency(text: string): AgencyCode | null {
  const words = normaliseAgencyText(text).split(' ').filter(Boolean);
  for (let n = Math.min(words.length, LONGEST_KEY_WORDS); n > 0; n--) {
    const code = INDEX.get(words.slice(0, n).join(' '));
    if (code) return code;
  }
  return null;
}

/** The agency whose duties a code now stands for, following successors (KASN → BKN). */
export function currentAgencyCode(code: string, catalogue: readonly AgencyDefinition[] = AGENCIES): string {
  const byCode = new Map(catalogue.map((a) => [a.code, a]));
  const seen = new Set<string>();
  let current = code;
  for (let next = byCode.get(current)?.successorCode; next && !seen.has(next); next = byCode.get(current)?.successorCode) {
    seen.add(current);
    current = next;
  }
  return current;
}
