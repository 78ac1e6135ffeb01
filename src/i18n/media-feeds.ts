import type { FeedPollStatus } from '../domain/media/feed-poll.js';
import type { Language } from './messages.js';

/**
 * The server's words about media feeds (issue 9): refusals by catalogue key (`media_feed.…`), filled
 * into {detail} and {what}, and why a poll failed (`media_feed.poll.<status>`), one set per language.
 */
const WORDS: Record<Language, Record<string, string>> = {
  id: {
    media_feed: 'Umpan berita',
    'media_feed.url_invalid': 'alamat umpan harus berupa alamat http:// atau https:// yang lengkap (paling panjang 2000 karakter)',
    'media_feed.url_credentials': 'alamat umpan tidak boleh memuat nama pengguna atau kata sandi',
    'media_feed.url_taken': 'umpan dengan alamat ini sudah terdaftar',
    'media_feed.polling': 'umpan ini sedang dibaca; coba lagi sebentar lagi',
    'media_feed.poll.http_error': 'Server umpan menjawab dengan galat',
    'media_feed.poll.unreachable': 'Server umpan tidak dapat dihubungi',
    'media_feed.poll.timeout': 'Server umpan tidak menjawab dalam batas waktu',
    'media_feed.poll.too_large': 'Umpan terlalu besar untuk dibaca',
    'media_feed.poll.not_feed': 'Alamat ini tidak berisi umpan RSS atau Atom',
  },
  en: {
    media_feed: 'News feed',
    'media_feed.url_invalid': 'the feed address must be a complete http:// or https:// address (at most 2000 characters)',
    'media_feed.url_credentials': 'the feed address must not hold a user name or password',
    'media_feed.url_taken': 'a feed with this address is already registered',
    'media_feed.polling': 'this feed is being read right now; try again shortly',
    'media_feed.poll.http_error': 'The feed’s server answered with an error',
    'media_feed.poll.unreachable': 'The feed’s server could not be reached',
    'media_feed.poll.timeout': 'The feed’s server did not answer in time',
    'media_feed.poll.too_large': 'The feed is too large to read',
    'media_feed.poll.not_feed': 'This address does not hold an RSS or Atom feed',
  },
};

export function mediaFeedNouns(lang: Language): Record<string, string> {
  return WORDS[lang];
}

/** Why a poll failed, for the person who asked for it: the reason in their language, then the server's or network's words. */
export function describePollFailure(lang: Language, status: FeedPollStatus, detail: string | null): string {
  const reason = WORDS[lang][`media_feed.poll.${status}`] ?? status;
  return detail ? `${reason}: ${detail}` : reason;
}
