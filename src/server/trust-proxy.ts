import net from 'node:net';

/** What Fastify's `trustProxy` gets from us: nobody, the proxies' addresses, or "the nearest N hops". */
export type TrustProxy = false | string[] | ((address: string, hop: number) => boolean);

/** proxy-addr's names for whole address ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const family = net.isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which reverse proxies Sinergi believes, from SINERGI_TRUST_PROXY. Unset: none, and the client's
 * address and scheme are those of the TCP connection. Behind a proxy they would be the proxy's: every
 * signed-out caller would share one login-throttle and write budget, audit rows would name the proxy,
 * and behind TLS the session cookie would lose `Secure` and the Origin check would refuse every write
 * (the browser says https://, the connection says http://). Set it to the proxies' addresses
 * (comma-separated; CIDR ranges and proxy-addr's `loopback`, `linklocal`, `uniquelocal` allowed), or
 * to a number of hops. Only a listed peer's X-Forwarded-For/-Proto/-Host are read: a client that
 * reaches the port directly cannot pretend to be someone else.
 */
export function trustProxyFrom(env: NodeJS.ProcessEnv): TrustProxy {
  const raw = env.SINERGI_TRUST_PROXY?.trim();
  if (!raw) return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > MAX_HOPS) throw new Error(`SINERGI_TRUST_PROXY: at most ${MAX_HOPS} proxy hops, not ${raw}`);
    // Fastify's types take no number, so the count becomes the test its runtime would make of one.
    return hops === 0 ? false : (_address: string, hop: number) => hop < hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (entries.length === 0 || wrong.length > 0) {
    throw new Error(
      `SINERGI_TRUST_PROXY must list the reverse proxies' addresses (e.g. "127.0.0.1" or "10.0.0.0/8,loopback") or give a number of hops; not understood: ${wrong.join(', ') || raw}`,
    );
  }
  return entries;
}
