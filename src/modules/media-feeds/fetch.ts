import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { FeedPollStatus } from '../../domain/media/feed-poll.js';

export interface FetchLimits {
  /** The whole request, body included, is given up after this long. */
  timeoutMs: number;
  /** A feed larger than this is refused (news feeds are tens to hundreds of kilobytes). */
  maxBytes: number;
  /**
   * Whether a feed may live on a loopback or private address. Off unless the desk says
   * SINERGI_FEEDS_PRIVATE_NETWORKS=allow: a feed address must not let an account probe the
   * server's own network (the desk's database, cloud metadata, intranet services).
   */
  allowPrivateAddresses?: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

/** Redirects followed at most; each hop's address is checked like the first. */
const MAX_REDIRECTS = 5;

const PRIVATE = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(network, prefix, 'ipv6');

/** True for loopback, private, link-local, shared, multicast and reserved addresses (IPv4-mapped IPv6 too). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  return family === 0 ? true : PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const privateNetworksAllowed = (limits: FetchLimits) => limits.allowPrivateAddresses ?? process.env.SINERGI_FEEDS_PRIVATE_NETWORKS === 'allow';

/** Refuses a URL whose host is, or resolves to, a private address (unless the desk allows them). */
async function checkAddress(url: URL, limits: FetchLimits): Promise<void> {
  if (privateNetworksAllowed(limits)) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch (error) {
    throw asFailure(new Error('fetch failed', { cause: error }), new AbortController().signal);
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw new FeedFetchFailure('unreachable', `${host} is a private network address; feeds are read from public addresses only (SINERGI_FEEDS_PRIVATE_NETWORKS=allow permits them)`);
  }
}

/** What the feed's server sent: its text and the validators for the next conditional request; or "unchanged". */
export type FetchedFeed =
  | { kind: 'not_modified' }
  | { kind: 'ok'; text: string; etag: string | null; lastModified: string | null };

/** A poll that failed, with the status it is recorded under and the server's or network's words. */
export class FeedFetchFailure extends Error {
  constructor(readonly status: Exclude<FeedPollStatus, 'ok' | 'not_modified'>, readonly detail: string) {
    super(`${status}: ${detail}`);
    this.name = 'FeedFetchFailure';
  }
}

/**
 * Fetches a feed with a conditional GET (If-None-Match / If-Modified-Since from the last good poll),
 * within a time limit and a size limit counted while reading, so a huge or endless answer never
 * fills memory. The text is decoded in the charset the server or the XML declaration names.
 */
export async function fetchFeed(url: string, validators: { etag: string | null; lastModified: string | null }, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedFeed> {
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    'user-agent': 'Sinergi feed reader',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    let target = new URL(url);
    let response: Response;
    for (let hop = 0; ; hop += 1) {
      await checkAddress(target, limits);
      response = await fetch(target, { headers, signal, redirect: 'manual' });
      const location = response.status >= 300 && response.status < 400 && response.status !== 304 ? response.headers.get('location') : null;
      if (!location) break;
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new FeedFetchFailure('http_error', `more than ${MAX_REDIRECTS} redirects`);
      target = new URL(location, target);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new FeedFetchFailure('http_error', `redirect to ${target.protocol}`);
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'not_modified' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedFetchFailure('http_error', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const bytes = await readLimited(response, limits.maxBytes);
    return {
      kind: 'ok', text: decode(bytes, response.headers.get('content-type')),
      etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    throw asFailure(error, signal);
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new FeedFetchFailure('too_large', `more than ${Math.round(maxBytes / 1024)} KB`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The charset of Content-Type, else of the XML declaration, else UTF-8 (an unknown label reads as UTF-8 too). */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function asFailure(error: unknown, signal: AbortSignal): FeedFetchFailure {
  if (error instanceof FeedFetchFailure) return error;
  if (signal.aborted) return new FeedFetchFailure('timeout', 'no complete answer in time');
  // Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND, a bad certificate) in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
  const detail = [code, cause?.message ?? (error instanceof Error ? error.message : String(error))].filter(Boolean).join(' ');
  return new FeedFetchFailure('unreachable', detail.slice(0, 500));
}
