import type { NotificationChannelKind } from './vocabulary.js';

/** Why a channel's target is refused (a catalogue key under `notification.target_*`). */
export type TargetProblem = 'email' | 'url' | 'url_scheme' | 'url_credentials' | 'url_private' | 'too_long';

export const MAX_TARGET_LENGTH = 500;

/**
 * One address, as a mail server takes it: a local part of ordinary characters, a domain of labels
 * with a dot. Display names ("Ani <ani@…>") and lists are refused: a channel is one mailbox.
 */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Hosts on the server's own machine or private networks: a webhook there reaches inside the desk. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return true;
  const v4 = host.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
      || (a === 100 && b >= 64 && b <= 127);
  }
  if (host.includes(':')) return host === '::' || host === '::1' || host.startsWith('fc') || host.startsWith('fd') || host.startsWith('fe80') || host.startsWith('::ffff:');
  return false;
}

/**
 * The stored form of a channel's target, or why it is refused: an e-mail address (lower-cased
 * domain), or an http(s) URL without credentials in it and, unless `allowPrivate` (tests, a gateway
 * on the same machine), not on a loopback or private address.
 */
export function checkTarget(kind: NotificationChannelKind, raw: string, allowPrivate: boolean): { ok: true; target: string } | { ok: false; problem: TargetProblem } {
  const value = raw.trim();
  if (value.length > MAX_TARGET_LENGTH) return { ok: false, problem: 'too_long' };
  if (kind === 'email') {
    if (!EMAIL.test(value)) return { ok: false, problem: 'email' };
    const at = value.lastIndexOf('@');
    return { ok: true, target: `${value.slice(0, at)}@${value.slice(at + 1).toLowerCase()}` };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, problem: 'url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'url_scheme' };
  if (url.username || url.password) return { ok: false, problem: 'url_credentials' };
  if (!url.hostname) return { ok: false, problem: 'url' };
  if (!allowPrivate && isPrivateHost(url.hostname)) return { ok: false, problem: 'url_private' };
  url.hash = '';
  return { ok: true, target: url.toString() };
}
