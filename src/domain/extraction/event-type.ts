import type { EventType } from './vocabulary.js';
import type { Span } from './types.js';

/** Words that say what kind of event a story reports. */
const CUES: ReadonlyArray<readonly [Exclude<EventType, 'other'>, RegExp]> = [
  ['putusan', /\bputusan\b|\b(?:mem)?perintahkan\b|\bpemungutan\s+suara\s+ulang\b|\bamar\b|\bmemutuskan\b|\bdiputuskan\b|\bsidang\s+(?:putusan|pembacaan)\b|\bmenjatuhkan\s+sanksi\b|\bsanksi\s+(?:peringatan|pemberhentian)\b|\bperingatan\s+keras\b|\bdiberhentikan\s+tetap\b|\bvonis\b|\bdivonis\b|\bmengabulkan\s+(?:gugatan|permohonan)\b|\bmenolak\s+(?:gugatan|permohonan)\b|\bsengketa\s+hasil\b/i],
  ['deklarasi', /\b(?:men)?deklarasi\w*|\bberikrar\b|\bpakta\s+integritas\b|\bfakta\s+integritas\b|\bikrar\b|\bikrar\s+netralitas\b|\bpenandatanganan\s+(?:komitmen|kesepakatan|nota)\b|\bapel\s+netralitas\b/i],
  ['sosialisasi', /\bsosialisasi\b|\bbimbingan\s+teknis\b|\bbimtek\b|\bpendidikan\s+pemilih\b|\bseminar\b|\blokakarya\b|\bworkshop\b|\bpenyuluhan\b/i],
  ['insiden', /\bdugaan\b|\bbanjir\b|\blongsor\b|\bgempa\b|\bterendam\b|\bdiretas\b|\bperetasan\b|\bserangan\s+siber\b|\bhilang\b|\brusak\b|\bkekurangan\b|\bterbakar\b|\bdiancam\b|\bmengancam\b|\bancaman\s+(?:dari|terhadap|kepada)\b|\bteror\b|\bpemukulan\b|\bdianiaya\b|\bpenembakan\b|\bditembak\b|\bdibakar\b|\bmelanggar\b|\bhoa(?:ks|x)\b|\bberedar\b|\bviral\b|\btercoblos\b|\bmemburu\b|\b(?:temukan|menemukan|ditemukan)\b|\bdiamankan\b|\btertangkap\s+tangan\b|\bOTT\b|\bdilaporkan\s+ke\b|\bbentrok\w*|\bricuh\b|\bkericuhan\b|\bpembakaran\b|\bperusakan\b|\bpenganiayaan\b|\bintimidasi\b|\bkasus\b|\bpelanggaran\b/i],
  ['pemetaan_kerawanan', /\bpemetaan\s+(?:potensi\s+)?kerawanan\b|\bmemetakan\b|\bdipetakan\b|\bTPS\s+rawan\b|\btitik\s+rawan\b|\bdaerah\s+rawan\b|\bindeks\s+kerawanan\b|\bIKP\b|\brawan\s+(?:bencana|konflik|politik\s+uang)\b|\bkerawanan\s+pemilu\b/i],
  ['kesiapan_logistik', /\blogistik\b|\bsurat\s+suara\b|\bkotak\s+suara\b|\bbilik\s+suara\b|\bdistribusi\b|\bpelipatan\b|\bpenyortiran\b|\bmenyortir\b/i],
  ['pengamanan', /\bpatroli\b|\bpengamanan\b|\bpersonel\b|\bapel\s+(?:siaga|pasukan|gelar)\b|\boperasi\s+mantap\b|\bcooling\s+system\b|\bsimulasi\s+(?:sistem\s+)?pengamanan\b|\bsiaga\b|\bkamtibmas\b/i],
  ['rakor', /\brapat\s+koordinasi\b|\brakor\b|\brapat\b|\bcoffee\s+morning\b|\bfocus\s+group\s+discussion\b|\bFGD\b|\bpertemuan\s+koordinasi\b/i],
];

const COMPILED = CUES.map(([type, pattern]) => [type, new RegExp(pattern.source, `${pattern.flags}g`)] as const);

/**
 * The story's kind from where its cues stand: the headline and the opening sentence say what the
 * story is (weight 3), the rest of the text only colours it (weight 1 a cue, at most 2 a kind).
 * A story with no clear cue is `other` (a body being formed, an interview, a profile).
 */
export function classifyEvent(text: string, headline: Span | null, lead: Span | null): { type: EventType; evidence: Span | null } {
  let best: EventType = 'other';
  let bestScore = 2;
  let bestAt = Infinity;
  let bestEvidence: Span | null = null;
  for (const [type, pattern] of COMPILED) {
    let body = 0;
    let score = 0;
    let firstStrong = Infinity;
    let evidence: Span | null = null;
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const at = match.index;
      const strong = (headline !== null && at >= headline.start && at < headline.end) || (lead !== null && at >= lead.start && at < lead.end);
      if (strong) {
        score += 3;
        firstStrong = Math.min(firstStrong, at);
      } else if (body < 2) body += 1;
      if (!evidence || (strong && firstStrong === at)) evidence = { start: at, end: at + match[0].length };
    }
    score += body;
    // A meeting is the event even when its topic is security or logistics: a named rakor outweighs its topic.
    if (type === 'rakor' && firstStrong < Infinity) score += 2;
    // Equal scores: the kind named first in the headline or the opening sentence.
    if (score > bestScore || (score === bestScore && score > 2 && firstStrong < bestAt)) {
      best = type;
      bestScore = score;
      bestAt = firstStrong;
      bestEvidence = evidence;
    }
  }
  return { type: best, evidence: bestEvidence };
}
