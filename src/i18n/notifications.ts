import { TIME_ZONES, UTC_OFFSET_HOURS, timeZoneOfRegion, type TimeZoneLabel } from '../domain/regions/timezones.js';
import type { NotificationKind } from '../domain/notifications/vocabulary.js';
import type { TargetProblem } from '../domain/notifications/channel-target.js';
import type { Language } from './messages.js';

/** A name given in both languages (categories, clocks). */
type Bilingual = { id: string; en: string };

/**
 * What a notification carries (notifications.payload): the facts, never the sentence, so that each
 * reader and each channel gets it in its own language.
 */
export interface NotificationPayload {
  reference?: string;
  category?: Bilingual;
  regionName?: string;
  unitName?: string;
  reason?: string;
  clockName?: Bilingual;
  /** ISO instant: when the referral happened, or when the deadline falls. */
  at?: string;
  dueAt?: string;
  /** Alerts: a line the alerts engine wrote, and how serious. */
  summary?: string;
  severity?: string;
}

interface NotificationWords {
  subject: Record<NotificationKind, string>;
  body: Record<NotificationKind, string>;
  reason: string;
  open: string;
  footer: string;
  months: readonly string[];
  timeSeparator: string;
  problems: Record<TargetProblem | 'channel_in_use' | 'not_failed' | 'channel_kind_fixed' | 'webhook_secret_short', string>;
  nouns: { channel: string; notification: string; delivery: string; unit: string };
}

const WORDS: Record<Language, NotificationWords> = {
  id: {
    subject: {
      referral: '[Sinergi] Laporan {reference} diteruskan ke {unit}',
      deadline: '[Sinergi] Tenggat {clock} laporan {reference}: {due}',
      alert: '[Sinergi] Peringatan dini: {summary}',
    },
    body: {
      referral: 'Laporan {reference} ({category}, {region}) diteruskan ke {unit} pada {at}.',
      deadline: 'Tenggat {clock} untuk laporan {reference} ({category}, {region}) jatuh pada {due}. Catat tindak lanjutnya sebelum waktu itu.',
      alert: 'Peringatan dini untuk {unit}: {summary} ({region}, {at}).',
    },
    reason: 'Alasan: {reason}',
    open: 'Buka: {link}',
    footer: 'Pesan ini dikirim otomatis oleh Sinergi. Pemberitahuan yang sama ada di aplikasi.',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    timeSeparator: '.',
    problems: {
      email: 'target harus satu alamat e-mail (contoh: piket@bawaslu.go.id)',
      url: 'target harus URL lengkap (contoh: https://gateway.contoh.id/kirim)',
      url_scheme: 'URL webhook harus diawali http:// atau https://',
      url_credentials: 'URL webhook tidak boleh memuat nama pengguna atau kata sandi; gunakan rahasia tanda tangan',
      url_private: 'URL webhook menunjuk ke alamat lokal atau jaringan privat server ini',
      too_long: 'target terlalu panjang (maks. 500 karakter)',
      channel_in_use: 'saluran ini sudah punya riwayat pengiriman; nonaktifkan saja',
      not_failed: 'pengiriman ini tidak sedang gagal; muat ulang daftarnya',
      channel_kind_fixed: 'jenis saluran tidak dapat diubah; buat saluran baru',
      webhook_secret_short: 'rahasia webhook minimal 16 karakter',
    },
    nouns: { channel: 'Saluran pemberitahuan', notification: 'Pemberitahuan', delivery: 'Pengiriman pemberitahuan', unit: 'Unit' },
  },
  en: {
    subject: {
      referral: '[Sinergi] Report {reference} referred to {unit}',
      deadline: '[Sinergi] {clock} deadline of report {reference}: {due}',
      alert: '[Sinergi] Early warning: {summary}',
    },
    body: {
      referral: 'Report {reference} ({category}, {region}) was referred to {unit} on {at}.',
      deadline: 'The {clock} deadline of report {reference} ({category}, {region}) falls on {due}. Record its follow-up before then.',
      alert: 'Early warning for {unit}: {summary} ({region}, {at}).',
    },
    reason: 'Reason: {reason}',
    open: 'Open: {link}',
    footer: 'Sent automatically by Sinergi. The same notification is in the app.',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    timeSeparator: ':',
    problems: {
      email: 'target must be one e-mail address (e.g. duty@bawaslu.go.id)',
      url: 'target must be a full URL (e.g. https://gateway.example.id/send)',
      url_scheme: 'a webhook URL must start with http:// or https://',
      url_credentials: 'a webhook URL must not hold a user name or password; the signing secret does that job',
      url_private: 'the webhook URL points at a local or private-network address of this server',
      too_long: 'target is too long (at most 500 characters)',
      channel_in_use: 'this channel has deliveries on record; deactivate it instead',
      not_failed: 'this delivery is not failed; reload the list',
      channel_kind_fixed: 'a channel’s kind cannot change; create a new channel',
      webhook_secret_short: 'a webhook secret needs at least 16 characters',
    },
    nouns: { channel: 'Notification channel', notification: 'Notification', delivery: 'Notification delivery', unit: 'Unit' },
  },
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
const pad = (n: number) => String(n).padStart(2, '0');

/** "20 Nov 2024 11.00 WITA": an instant as the wall clock of `zone` shows it, with the zone's name. */
export function formatLocalTime(iso: string, zone: TimeZoneLabel, lang: Language): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const local = new Date(at.getTime() + UTC_OFFSET_HOURS[zone] * 3_600_000);
  const words = WORDS[lang];
  return `${local.getUTCDate()} ${words.months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}${words.timeSeparator}${pad(local.getUTCMinutes())} ${zone}`;
}

export interface ComposedMessage {
  subject: string;
  text: string;
}

/**
 * The mail (and webhook text) of a notification in `lang`, its times in the zone of the region it is
 * about (WIB/WITA/WIT); `link` is where the app shows it, when the server knows its public address.
 */
export function composeNotification(
  lang: Language, kind: NotificationKind, payload: NotificationPayload, regionCode: string | null, createdAt: Date, link: string | null,
): ComposedMessage {
  const words = WORDS[lang];
  const zone = regionCode ? timeZoneOfRegion(regionCode) : TIME_ZONES[0];
  const values: Record<string, string> = {
    reference: payload.reference ?? '',
    unit: payload.unitName ?? '',
    category: payload.category?.[lang] ?? '',
    region: payload.regionName ?? regionCode ?? '',
    clock: payload.clockName?.[lang] ?? '',
    summary: payload.summary ?? '',
    at: formatLocalTime(payload.at ?? createdAt.toISOString(), zone, lang),
    due: payload.dueAt ? formatLocalTime(payload.dueAt, zone, lang) : '',
  };
  const lines = [fill(words.body[kind], values)];
  if (payload.reason) lines.push(fill(words.reason, { reason: payload.reason }));
  if (link) lines.push(fill(words.open, { link }));
  lines.push('', words.footer);
  return { subject: fill(words.subject[kind], values).replace(/[\r\n]+/g, ' '), text: lines.join('\n') };
}

/** Error details of the notifications module, for src/i18n/messages.ts's catalogue ("notification.url_private", …). */
export function notificationNouns(lang: Language): Record<string, string> {
  const words = WORDS[lang];
  return {
    ...Object.fromEntries(Object.entries(words.problems).map(([key, text]) => [`notification.${key}`, text])),
    notification_channel: words.nouns.channel,
    notification: words.nouns.notification,
    notification_delivery: words.nouns.delivery,
    notification_unit: words.nouns.unit,
  };
}
