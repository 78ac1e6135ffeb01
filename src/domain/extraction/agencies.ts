import { AGENCIES } from '../agencies/catalogue.js';
import { EXTRACTION_AGENCIES } from './vocabulary.js';
import type { Span } from './types.js';

/**
 * How news names the agencies, beyond the catalogue's names and aliases (which are what people type
 * into forms): posts that stand for their office ("Gubernur" → PEMDA, "Dandim" → TNI), units and common
 * misspellings. Acronyms are matched with their case, longer names without.
 */
const NEWS_CUES: Readonly<Record<string, readonly string[]>> = {
  KPU: ['KPUD', 'KPU RI', 'Komisi Pemilihan Umum', 'PPDP', 'Pantarlih', 'KIP', 'panitia pemungutan suara', 'panitia pemilihan kecamatan'],
  BAWASLU: ['Bawaslu', 'Badan Pengawas Pemilu', 'Badan Pengawas Pemilihan Umum', 'Panitia Pengawas Pemilu', 'Panwas', 'Panwaslu',
    'Panwascam', 'Panwaslih', 'Panwaslu Kecamatan', 'Panwsalu', 'Pengawas Pemilu', 'pengawas pemilihan'],
  DKPP: ['Dewan Kehormatan Penyelenggara Pemilu', 'Dewan Kehormatan Penyelenggara Pemilihan Umum'],
  GAKKUMDU: ['Gakkumdu', 'Gakumdu', 'Sentra Gakkumdu', 'Penegakan Hukum Terpadu'],
  POLRI: ['Polri', 'Kapolri', 'Wakapolda', 'Wakapolres', 'Satreskrim', 'Satintelkam', 'Satlantas', 'Satsamapta',
    'Ditreskrimum', 'Ditreskrimsus', 'Ditintelkam', 'Reskrim', 'AKBP', 'Kombes', 'Kombes Pol', 'Irjen Pol', 'Brigjen Pol'],
  TNI: ['Danlanal', 'Danlanud', 'Kodam', 'Komandan Satuan TNI', 'Koramil'],
  KEJAKSAAN: ['Kejaksaan', 'Kejaksaan Tinggi', 'Kejaksaan Negeri', 'Asintel Kejati', 'Jaksa'],
  KESBANGPOL: ['Kesatuan Bangsa dan Politik', 'Kesbangpol', 'Bakesbangpol', 'Kesbang'],
  PEMDA: ['Pemda', 'Pemerintah Daerah', 'Sekretaris Daerah', 'Sekdaprov', 'Sekdakab', 'Setprov', 'Wakil Gubernur',
    'Wakil Bupati', 'Wakil Wali Kota', 'Wakil Walikota', 'Wako', 'Wagub', 'Wabup', 'Pj Gubernur', 'Pj Bupati',
    'Penjabat Bupati', 'Penjabat Gubernur', 'Penjabat Wali Kota', 'OPD', 'SKPD', 'Perangkat Daerah', 'Dinas', 'Diskominfo',
    'Dinas Kominfo', 'Badan Penanggulangan Bencana Daerah', 'Satuan Polisi Pamong Praja', 'Asisten Pemerintahan',
    'Asisten Pemerintah', 'Biro Pemerintahan', 'Kantor Gubernur', 'Kantor Bupati', 'Kantor Wali Kota', 'Kantor Walikota'],
  FORKOPIMDA: ['Forkopimda', 'Forkompimda', 'Forum Koordinasi Pimpinan Daerah'],
  DPRD: ['DPRD'],
  DPR: ['DPR RI', 'Komisi II DPR'],
  KEMENDAGRI: ['Kemendagri', 'Mendagri', 'Menteri Dalam Negeri', 'Kementerian Dalam Negeri', 'Dirjen Polpum',
    'Ditjen Polpum', 'Dirjen Politik dan Pemerintahan Umum'],
  KEMENKO_POLHUKAM: ['Kemenko Polhukam', 'Kemenko Polkam', 'Kemenkopolhukam', 'Menko Polhukam', 'Menko Polkam',
    'Kementerian Koordinator Bidang Politik, Hukum dan Keamanan', 'Menteri Koordinator Bidang Politik, Hukum dan Keamanan',
    'Kementerian Koordinator Bidang Politik dan Keamanan', 'Menteri Koordinator Bidang Politik dan Keamanan'],
  BSSN: ['Badan Siber dan Sandi Negara'],
  KOMINFO: ['Kementerian Kominfo', 'Kemenkominfo', 'Komdigi', 'Kemkomdigi'],
  PARPOL: ['Partai Politik', 'parpol', 'partai politik'],
  TOKOH_MASYARAKAT: ['Tokoh Masyarakat', 'tokoh masyarakat', 'tokoh agama', 'tokoh adat', 'tokoh pemuda', 'Ulama'],
  PENGADILAN: ['Pengadilan Negeri', 'Pengadilan Tinggi', 'Pengadilan Tata Usaha Negara', 'Mahkamah Agung'],
  MK: ['Mahkamah Konstitusi'],
  KASN: ['KASN', 'Komisi Aparatur Sipil Negara'],
  BKN: ['BKN', 'Badan Kepegawaian Negara'],
  KEMENPAN_RB: ['KemenPAN-RB', 'Kemenpan RB', 'MenPAN-RB'],
};

/** Aliases of the catalogue too loose for running text ("Partai" in a party's name is no actor; "PN" is rare). */
const TOO_LOOSE = new Set(['Partai', 'PN', 'Tim Sukses', 'Timses', 'Tim Kampanye', 'Tim Pemenangan', 'Inspektorat', 'BKD']);
/** The catalogue's own Kominfo alias covers "Dinas Kominfo" too; regional offices are PEMDA (corpus rule). */
const DINAS_KOMINFO = /\bDinas\s+Kominfo/;

export interface AgencyMention extends Span {
  code: string;
}

export interface AgencyMatcher {
  find(text: string, excluded: readonly Span[]): AgencyMention[];
  /** True for a word that is (part of) an agency's name: "Bawaslu", "Polres", "Kejati". */
  isAgencyWord(word: string): boolean;
}

/** Latin letters with their accented forms, the letters of Indonesian text. */
const LETTER = 'A-Za-z\\u00C0-\\u024F';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+').replace(/,/g, ',?');
const isAcronymCue = (cue: string) => /^[A-Z][A-Za-z]*$/.test(cue) && cue.replace(/[a-z]/g, '').length >= 2 && cue.length <= 12 && !/^[A-Z][a-z]+$/.test(cue);

/**
 * "Pasangan Calon Walikota", "caleg DPRD", "Pemilihan Gubernur": the office is what is contested,
 * not who acts (corpus rule: a contested seat is no actor).
 */
const CONTESTED = /(?:calon|caleg|cagub|cabup|cawalkot|paslon|pasangan|pemilihan|memilih|kursi|pilkada|pencalonan|bakal)\s+(?:(?:anggota|wakil|dan|serta|kepala|daerah|gubernur|bupati|wali|kota|walikota),?\s+)*$/i;
/** "Mayjen TNI (Purn)": a retired officer's rank says nothing of the armed forces taking part. */
const RETIRED = /^\s*\(?\s*purn/i;

export function buildAgencyMatcher(): AgencyMatcher {
  const cueCode = new Map<string, string>();
  const wanted = new Set<string>(EXTRACTION_AGENCIES);
  const addCue = (cue: string, code: string) => {
    const key = isAcronymCue(cue) ? cue : cue.toLowerCase();
    if (!cueCode.has(key)) cueCode.set(key, code);
  };
  for (const [code, cues] of Object.entries(NEWS_CUES)) for (const cue of cues) addCue(cue, code);
  for (const agency of AGENCIES) {
    if (!wanted.has(agency.code)) continue;
    for (const cue of [agency.code.replace('_', ' '), agency.nameId, ...agency.aliases]) {
      if (!TOO_LOOSE.has(cue) && !cue.includes('_')) addCue(cue, agency.code);
    }
  }
  const cues = [...cueCode.keys()].sort((a, b) => b.length - a.length);
  const acronyms = cues.filter((cue) => cue !== cue.toLowerCase());
  const phrases = cues.filter((cue) => cue === cue.toLowerCase());
  // Letters spelled out instead of \p{L}: without the `u` flag V8 matches case-insensitively far faster.
  const acronymPattern = new RegExp(String.raw`(?<![${LETTER}\d])(?:${acronyms.map(escape).join('|')})(?![${LETTER}\d])`, 'g');
  const phrasePattern = new RegExp(String.raw`(?<![${LETTER}\d])(?:${phrases.map(escape).join('|')})(?![${LETTER}\d])`, 'gi');
  const words = new Set<string>();
  // One-word names only ("Bawaslu", "Kejati"): words of longer names ("Sandi" of Badan Siber dan Sandi
  // Negara) are also people's names.
  for (const cue of cues) if (!/[\s,/-]/.test(cue) && cue.length > 2) words.add(cue.toLowerCase());
  for (const code of EXTRACTION_AGENCIES) words.add(code.toLowerCase());
  for (const unit of ['polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'kejati', 'kejari', 'kodim', 'korem', 'kodam', 'lanal', 'lanud', 'kpud', 'pemkab', 'pemkot', 'pemprov']) words.add(unit);

  const codeOf = (matched: string): string | undefined => cueCode.get(matched.replace(/[\s-]+/g, ' ')) ?? cueCode.get(matched.toLowerCase().replace(/[\s-]+/g, ' ').replace(/,(?! )/g, ', '))
    ?? cueCode.get(matched.toLowerCase().replace(/[\s-]+/g, ' '));

  return {
    find(text, excluded) {
      const found: AgencyMention[] = [];
      const taken: Span[] = [];
      for (const pattern of [phrasePattern, acronymPattern]) {
        for (const match of text.matchAll(pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          if (excluded.some((span) => start < span.end && end > span.start)) continue;
          if (taken.some((span) => start < span.end && end > span.start)) continue;
          let code = codeOf(match[0]);
          if (!code) continue;
          if (code === 'KOMINFO' && DINAS_KOMINFO.test(text.slice(Math.max(0, start - 6), end))) code = 'PEMDA';
          if ((code === 'PEMDA' || code === 'DPRD' || code === 'DPR') && CONTESTED.test(text.slice(Math.max(0, start - 60), start))) continue;
          if (code === 'TNI' && RETIRED.test(text.slice(end, end + 8))) continue;
          taken.push({ start, end });
          found.push({ start, end, code });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
    isAgencyWord: (word) => words.has(word.toLowerCase()),
  };
}
