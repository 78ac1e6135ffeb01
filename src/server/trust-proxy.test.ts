import { describe, expect, it } from 'vitest';
import { trustProxyFrom } from './trust-proxy.js';

/** SINERGI_TRUST_PROXY: which reverse proxies' X-Forwarded-* headers a server believes. */
describe('trustProxyFrom', () => {
  it('trusts no proxy when unset, empty or 0', () => {
    expect(trustProxyFrom({})).toBe(false);
    expect(trustProxyFrom({ SINERGI_TRUST_PROXY: '  ' })).toBe(false);
    expect(trustProxyFrom({ SINERGI_TRUST_PROXY: '0' })).toBe(false);
  });

  it.each([
    ['127.0.0.1', ['127.0.0.1']],
    [' 10.0.0.0/8 , loopback ', ['10.0.0.0/8', 'loopback']],
    ['::1,fd00::/8,uniquelocal,linklocal', ['::1', 'fd00::/8', 'uniquelocal', 'linklocal']],
  ])('reads %j as the proxies’ addresses', (raw, expected) => {
    expect(trustProxyFrom({ SINERGI_TRUST_PROXY: raw })).toEqual(expected);
  });

  it('reads a whole number as a count of hops', () => {
    const twoHops = trustProxyFrom({ SINERGI_TRUST_PROXY: '2' });
    if (typeof twoHops !== 'function') throw new Error('expected a hop test');
    expect([0, 1, 2].map((hop) => twoHops('192.0.2.1', hop))).toEqual([true, true, false]);
    expect(() => trustProxyFrom({ SINERGI_TRUST_PROXY: '11' })).toThrow('at most 10 proxy hops');
  });

  it.each(['true', 'nginx', '10.0.0.0/33', '::1/129', '1.2.3.4/8/8', '1.2.3', ',', '-1'])('refuses %j, naming what it did not understand', (raw) => {
    expect(() => trustProxyFrom({ SINERGI_TRUST_PROXY: raw })).toThrow(/SINERGI_TRUST_PROXY must list the reverse proxies/);
  });
});
