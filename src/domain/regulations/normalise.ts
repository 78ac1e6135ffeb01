/**
 * Indonesian regulation references in their normal form, "<KIND> <number>/<year>": `UU 10/2016`,
 * `PERMENDAGRI 61/2011`, `PKPU 2/2024`, `PERMENKO POLHUKAM 4/2021` (the form of the corpus labels).
 *
 * One grammar serves two callers: a person typing a legal basis into a form ("Permendagri No. 61
 * Tahun 2011") and the news extractor finding references in running text ("Undang-Undang Nomor 10
 * Tahun 2016 tentang …"). Both spell the kind in many ways; the number and year always follow as
 * "Nomor N Tahun YYYY", "No. N/YYYY", "N/YYYY" or "N Tahun YYYY".
 */

interface KindSpelling {
  kind: string;
  /** Lower-case spellings, long forms first is not required: the longest match wins. */
  spellings: readonly string[];
}

const KINDS: readonly KindSpelling[] = [
  // "UUD Nomor 10 Tahun 2016" is a common slip for UU: the constitution (UUD 1945) has no number.
  { kind: 'UU', spellings: ['undang-undang', 'undang undang', 'uu', 'uud'] },
  { kind: 'PERPPU', spellings: ['peraturan pemerintah pengganti undang-undang', 'peraturan pemerintah pengganti uu', 'peraturan pemerintah pengganti uud', 'perppu', 'perpu'] },
  { kind: 'PP', spellings: ['peraturan pemerintah', 'pp'] },
  { kind: 'PERPRES', spellings: ['peraturan presiden', 'perpres'] },
  { kind: 'KEPPRES', spellings: ['keputusan presiden', 'keppres', 'kepres'] },
  { kind: 'INPRES', spellings: ['instruksi presiden', 'inpres'] },
  { kind: 'PERMENDAGRI', spellings: ['peraturan menteri dalam negeri', 'permendagri'] },
  { kind: 'KEPMENDAGRI', spellings: ['keputusan menteri dalam negeri', 'kepmendagri'] },
  {
    kind: 'PERMENKO POLHUKAM',
    spellings: [
      'peraturan menteri koordinator bidang politik, hukum dan keamanan',
      'peraturan menteri koordinator bidang politik, hukum, dan keamanan',
      'peraturan menteri koordinator bidang politik hukum dan keamanan',
      'permenko polhukam',
    ],
  },
  { kind: 'PERMENPAN RB', spellings: ['peraturan menteri pendayagunaan aparatur negara dan reformasi birokrasi', 'permenpan rb', 'permenpan-rb', 'permenpanrb'] },
  { kind: 'PKPU', spellings: ['peraturan komisi pemilihan umum', 'peraturan kpu', 'pkpu'] },
  { kind: 'PERBAWASLU', spellings: ['peraturan badan pengawas pemilihan umum', 'peraturan bawaslu', 'perbawaslu'] },
  { kind: 'PERPOL', spellings: ['peraturan kepolisian negara republik indonesia', 'peraturan kepolisian', 'perpol'] },
  { kind: 'PERKAP', spellings: ['peraturan kapolri', 'perkap'] },
  { kind: 'PERMA', spellings: ['peraturan mahkamah agung', 'perma'] },
  { kind: 'PERDA', spellings: ['peraturan daerah', 'perda'] },
  { kind: 'PERGUB', spellings: ['peraturan gubernur', 'pergub'] },
  { kind: 'PERBUP', spellings: ['peraturan bupati', 'perbup'] },
  { kind: 'PERWALI', spellings: ['peraturan wali kota', 'peraturan walikota', 'perwali', 'perwal'] },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+').replace(/,/g, ',?');

/** Every spelling, longest first, so "peraturan pemerintah pengganti …" beats "peraturan pemerintah". */
const SPELLINGS = KINDS.flatMap(({ kind, spellings }) => spellings.map((spelling) => ({ kind, spelling })))
  .sort((a, b) => b.spelling.length - a.spelling.length);
const KIND_OF = new Map(SPELLINGS.map(({ kind, spelling }) => [spelling.replace(/[\s-]+/g, ' ').replace(/,/g, ''), kind]));

/** "Nomor 10 Tahun 2016", "No. 10 Th. 2016", "No 10/2016", "10/2016", "10 Tahun 2016". */
const NUMBER_YEAR = String.raw`(?:\s*(?:nomor|nomer|no\.?|nr\.?)\s*)?\s*(\d{1,4})(?:\s*(?:tahun|thn\.?|th\.?)\s*|\s*/\s*)((?:19|20)\d{2})(?!\d)`;
const KIND_PATTERN = SPELLINGS.map((s) => escape(s.spelling)).join('|');
/** "Undang-Undang (UU) Nomor 10 …": the short form in brackets after the long one. */
const SHORT_FORM = String.raw`(?:\s*\([A-Za-z\s-]{1,15}\))?`;
// Letters spelled out instead of \p{L}: without the `u` flag V8 matches case-insensitively far faster.
const REFERENCE = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F\d])(${KIND_PATTERN})${SHORT_FORM}${NUMBER_YEAR}`, 'gi');
const WHOLE_REFERENCE = new RegExp(String.raw`^(${KIND_PATTERN})${SHORT_FORM}${NUMBER_YEAR}(?:\s+tentang\b.*)?$`, 'is');

function kindOf(spelled: string): string | undefined {
  return KIND_OF.get(spelled.toLowerCase().replace(/[\s-]+/g, ' ').replace(/,/g, ''));
}

/** One reference in running text: its normal form and where it was written. */
export interface RegulationMention {
  value: string;
  start: number;
  end: number;
}

/**
 * Every regulation reference in running text, normalised, with its place. NFKC keeps offsets only
 * for text without compatibility characters, so offsets are read on the text as given.
 */
export function findRegulationMentions(text: string): RegulationMention[] {
  const found: RegulationMention[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const kind = kindOf(match[1]!);
    if (kind) found.push({ value: `${kind} ${Number(match[2])}/${match[3]}`, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Every regulation reference in running text, normalised, in order of first mention, without repeats. */
export function findRegulations(text: string): string[] {
  return [...new Set(findRegulationMentions(text.normalize('NFKC')).map((mention) => mention.value))];
}

/**
 * The normal form of one reference as a person typed it ("Permendagri No. 61 Tahun 2011",
 * "uu 10/2016"), or null when the text is not exactly one recognisable reference (a trailing
 * "tentang …" title is allowed and dropped).
 */
export function normaliseRegulation(input: string): string | null {
  const text = input.normalize('NFKC').trim();
  const match = WHOLE_REFERENCE.exec(text);
  if (!match) return null;
  const kind = kindOf(match[1]!);
  return kind ? `${kind} ${Number(match[2])}/${match[3]}` : null;
}
