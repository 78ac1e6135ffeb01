import type { Span } from './types.js';
import type { Threat } from './vocabulary.js';

/**
 * How news names each threat, as a risk or as something that happened. A cue is a pattern on the
 * running text; `near` cues need a second word in the same sentence ("netral…" and "ASN").
 */
interface ThreatCue {
  threat: Threat;
  pattern: RegExp;
  /** Only when this also stands in the same sentence. */
  near?: RegExp;
}

const CUES: readonly ThreatCue[] = [
  { threat: 'politik_uang', pattern: /\bpolitik\s+uang\b|\bmoney\s+politi[ck]s?\b|\bserangan\s+fajar\b|\bbagi-bagi\s+uang\b|\bpembagian\s+uang\b|\bmembagikan\s+uang\b|\bmahar\s+politik\b|\bvote\s+buying\b|\bjual\s+beli\s+suara\b|\bamplop\s+berisi\s+uang\b|\b(?:membagikan|bagi-bagi)\s+amplop\b|\b(?:memberikan|pemberian)\s+uang\b|\buang\s+atau\s+barang\b/i },
  { threat: 'hoaks', pattern: /\bhoa(?:ks|x|k)s?\b|\bberita\s+bohong\b|\bkabar\s+bohong\b|\binformasi\s+palsu\b|\bdisinformasi\b|\bmisinformasi\b|\bberita\s+palsu\b/i },
  { threat: 'politik_identitas', pattern: /\bpolitik\s+identitas\b|\bisu\s+SARA\b|\bSARA\b|\bpolitisasi\s+(?:agama|suku)\b|\bsentimen\s+(?:agama|suku|etnis)\b/ },
  { threat: 'politik_identitas', pattern: /\bpolitik\s+identitas\b|\bpolitisasi\s+(?:agama|suku)\b/i },
  { threat: 'netralitas_asn', pattern: /\b(?:ke|ketidak)?netral\w*/i, near: /\b(?:ASN|PNS|aparatur|aparat|pegawai|kepala\s+desa|kades|perangkat\s+desa|aparatur\s+sipil)\b/i },
  { threat: 'kekerasan', pattern: /\bkekerasan\b|\bbentrok\w*|\bpenganiayaan\b|\bpengeroyokan\b|\bkerusuhan\b|\bricuh\b|\bkericuhan\b|\bpembakaran\b|\bperusakan\b|\banarkis\b|\btawuran\b|\bpenyerangan\b|\bpembunuhan\b|\bpenembakan\b|\bditembak\b|\bkelompok\s+kriminal\s+bersenjata\b|\bKKB\b|\bpemukulan\b|\bdipukul\b|\bsenjata\s+tajam\b|\bdibacok\b/i },
  { threat: 'siber', pattern: /\b(?:serangan|ancaman|keamanan|ketahanan|pengamanan|kejahatan|gangguan)\s+siber\b|\bperetasan\b|\bdiretas\b|\bhacker\b|\bserangan\s+digital\b|\bancaman\s+digital\b|\bcyber\s+(?:attack|security)\b|\bserangan\s+ddos\b/i },
  { threat: 'bencana', pattern: /(?<!penanggulangan\s)\bbencana\b|\bbanjir\b|\blongsor\b|\bgempa\b|\berupsi\b|\brob\b|\bcuaca\s+ekstrem\b|\bputing\s+beliung\b|\bkebakaran\s+hutan\b/i },
  { threat: 'logistik', pattern: /\b(?:kekurangan|keterlambatan|kerusakan|kendala|hambatan|kelangkaan)\s+(?:\w+\s+){0,2}(?:logistik|surat\s+suara|kotak\s+suara|formulir)\b|\b(?:logistik|surat\s+suara|kotak\s+suara)\s+(?:\w+\s+){0,2}(?:terlambat|rusak|tertukar|hilang|kurang|basah|terbakar)\b|\b(?:terutama|khususnya)\s+(?:kesiapan\s+)?logistik\b/i },
  { threat: 'konflik', pattern: /\bkonflik\b|\bgesekan\b|\bketegangan\b|\bpertikaian\b/i },
  { threat: 'intimidasi', pattern: /\bintimidasi\b|\bteror\b|\bdiintimidasi\b|\bmengintimidasi\b|\bancaman\s+pembunuhan\b|\bpengancaman\b|\bmendapat\s+tekanan\b|\bditekan\b|\bdiancam\b(?!\s+(?:pidana|hukuman|sanksi|penjara|denda))|\bmengancam\s+(?:akan|pemilih|petugas|warga)\b|\bancaman\s+(?:dari|terhadap|kepada)\b/i },
  { threat: 'golput', pattern: /\bgolput\b|\bgolongan\s+putih\b|\btidak\s+(?:memberikan|menggunakan)\s+hak\s+pilih\w*|\b(?:tingkat|angka)\s+partisipasi\b|\brendahnya\s+partisipasi\b|\bpartisipasi\s+(?:pemilih\s+)?(?:rendah|menurun)\b/i },
];

/** "Patroli siber" is the police's work, not a threat; "Badan Siber" is an agency. */
// The cues are ASCII: without the `u` flag V8 runs case-insensitive alternations many times faster.
export interface ThreatMention extends Span {
  threat: Threat;
}

/** Threats named in the text, each with where it was read; `sentenceOf` gives the sentence of an offset. */
export function findThreats(text: string, sentenceOf: (offset: number) => Span, excluded: readonly Span[]): ThreatMention[] {
  const found: ThreatMention[] = [];
  for (const cue of CUES) {
    const pattern = new RegExp(cue.pattern.source, cue.pattern.flags.includes('g') ? cue.pattern.flags : `${cue.pattern.flags}g`);
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (excluded.some((span) => start < span.end && end > span.start)) continue;
      if (cue.near) {
        const sentence = sentenceOf(start);
        if (!cue.near.test(text.slice(sentence.start, sentence.end))) continue;
      }
      found.push({ start, end, threat: cue.threat });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
