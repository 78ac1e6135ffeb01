import type { SmsProblem } from '../domain/incidents/sms-format.js';
import type { ResolutionProblem } from '../domain/incidents/triage.js';
import type { Language } from './messages.js';

/**
 * The replies the SMS/WhatsApp gateway sends back to a reporter, and the gateway's error details.
 * Replies go out as one SMS where possible: short sentences, the reference number first.
 */
interface GatewayWords {
  /** {reference}, {category}, {region}. */
  accepted: string;
  /** {reference}, {hints}: a report waiting for a person. */
  triage: string;
  /** What to fix next time, one short sentence each ({text}: what the sender wrote). */
  hints: {
    region_missing: string;
    region_not_found: string;
    region_ambiguous: string;
    region_invalid_code: string;
    category_missing: string;
    category_unknown: string;
  };
  /** Error details (invalid requests), by catalogue key. */
  problems: Record<'message_id' | 'sender' | 'text_control' | 'text_empty' | 'message_id_reused' | 'in_progress' | 'rate_limited', string>;
  /** The triage queue's words in errors: what was not found, and why a message cannot be handled again. */
  queue: { noun: string; handled: string };
}

const WORDS: Record<Language, GatewayWords> = {
  id: {
    accepted: 'Laporan diterima. Nomor: {reference}. {category}, {region}. Simpan nomor ini untuk menanyakan tindak lanjutnya.',
    triage: 'Laporan diterima dengan nomor {reference} dan akan diperiksa petugas. {hints}Format: LAPOR#wilayah#kategori#uraian, contoh: LAPOR#Bangli#politik uang#ada pembagian amplop di Desa Kayubihi.',
    hints: {
      region_missing: 'Wilayah belum disebutkan.',
      region_not_found: 'Wilayah “{text}” tidak ditemukan.',
      region_ambiguous: 'Wilayah “{text}” lebih dari satu: tambahkan kabupaten/kota atau tulis kode wilayahnya.',
      region_invalid_code: 'Kode wilayah “{text}” tidak dikenal.',
      category_missing: 'Kategori belum disebutkan.',
      category_unknown: 'Kategori “{text}” tidak dikenali.',
    },
    problems: {
      message_id: 'messageId wajib diisi dengan karakter ASCII yang terlihat, paling banyak 200',
      sender: 'from harus nomor telepon (contoh: +6281234567890 atau 0812-3456-7890)',
      text_control: 'text memuat karakter kendali yang tidak mungkin diketik di ponsel',
      text_empty: 'text kosong',
      message_id_reused: 'messageId ini sudah dipakai untuk pesan lain (pengirim atau isi berbeda)',
      in_progress: 'pesan dengan messageId ini sedang diproses; kirim ulang sebentar lagi',
      rate_limited: 'Batas pesan gateway per menit untuk token ini sudah tercapai. Kirim ulang pesan yang ditolak setelah jeda Retry-After dengan messageId yang sama: pesan tidak akan tercatat dua kali.',
    },
    queue: {
      noun: 'Pesan triase',
      handled: 'pesan ini sudah ditangani (dijadikan laporan atau diabaikan); muat ulang antrean triase',
    },
  },
  en: {
    accepted: 'Report received. Number: {reference}. {category}, {region}. Keep this number to ask about its follow-up.',
    triage: 'Report received with number {reference}; an officer will review it. {hints}Format: LAPOR#region#category#description, e.g. LAPOR#Bangli#politik uang#envelopes of money handed out in Kayubihi.',
    hints: {
      region_missing: 'No region was given.',
      region_not_found: 'Region “{text}” was not found.',
      region_ambiguous: 'More than one region is called “{text}”: add the regency/city or write its code.',
      region_invalid_code: 'Region code “{text}” is unknown.',
      category_missing: 'No category was given.',
      category_unknown: 'Category “{text}” is not recognised.',
    },
    problems: {
      message_id: 'messageId must be visible ASCII characters, at most 200',
      sender: 'from must be a phone number (e.g. +6281234567890 or 0812-3456-7890)',
      text_control: 'text holds control characters no phone keyboard produces',
      text_empty: 'text is empty',
      message_id_reused: 'this messageId was already used for another message (different sender or text)',
      in_progress: 'a message with this messageId is being handled; send it again shortly',
      rate_limited: 'This token has reached its gateway limit of messages per minute. Send the refused messages again after the Retry-After delay with the same messageId: none will be recorded twice.',
    },
    queue: {
      noun: 'Triage message',
      handled: 'this message was already handled (made a report or set aside); reload the triage queue',
    },
  },
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** The reply to a message that became a report. */
export function acceptedReply(lang: Language, values: { reference: string; category: string; region: string }): string {
  return fill(WORDS[lang].accepted, values);
}

/** The reply to a message put in triage, with what the sender may fix next time. */
export function triageReply(lang: Language, reference: string, problems: readonly (SmsProblem | ResolutionProblem)[]): string {
  const hints = WORDS[lang].hints;
  const sentences = problems.flatMap((problem): string[] => {
    const text = 'text' in problem ? problem.text.slice(0, 60) : '';
    if (problem.part === 'region') {
      const key = problem.reason === 'missing' ? 'region_missing' : problem.reason === 'invalid_code' ? 'region_invalid_code'
        : problem.reason === 'ambiguous' ? 'region_ambiguous' : 'region_not_found';
      return [fill(hints[key], { text })];
    }
    if (problem.part === 'category') return [fill(problem.reason === 'unknown' ? hints.category_unknown : hints.category_missing, { text })];
    return [];
  });
  const unique = [...new Set(sentences)];
  return fill(WORDS[lang].triage, { reference, hints: unique.length ? `${unique.join(' ')} ` : '' });
}

/** Error details of the gateway and triage, for src/i18n/messages.ts's catalogue ("gateway.sender", "triage.handled", …). */
export function gatewayNouns(lang: Language): Record<string, string> {
  const words = WORDS[lang];
  return {
    ...Object.fromEntries(Object.entries(words.problems).map(([key, text]) => [`gateway.${key}`, text])),
    triage: words.queue.noun,
    'triage.handled': words.queue.handled,
  };
}
