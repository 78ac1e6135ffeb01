import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedFetchFailure, fetchFeed, isPrivateAddress } from './fetch.js';

let server: http.Server;
let base = '';
const noValidators = { etag: null, lastModified: null };

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/lambat') return void setTimeout(() => response.end('<rss/>'), 2_000).unref();
    if (request.url === '/latin1') {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=iso-8859-1' });
      return void response.end(Buffer.from('<rss><title>Caf\xe9 Kuta</title></rss>', 'latin1'));
    }
    if (request.url === '/deklarasi') {
      response.writeHead(200, { 'content-type': 'application/xml' });
      return void response.end(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Pur\xe9</title></rss>', 'latin1'));
    }
    if (request.url === '/besar') {
      response.writeHead(200, { 'content-length': String(10_000) });
      return void response.end(Buffer.alloc(10_000, ' '));
    }
    response.writeHead(302, { location: '/latin1' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof FeedFetchFailure ? { status: error.status, detail: error.detail } : error));

describe('fetchFeed', () => {
  it('gives up on a server that does not answer in time', async () => {
    const started = Date.now();
    expect(await failure(fetchFeed(`${base}/lambat`, noValidators, { timeoutMs: 200, maxBytes: 1000 }))).toMatchObject({ status: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('refuses a body larger than the limit, declared or counted', async () => {
    expect(await failure(fetchFeed(`${base}/besar`, noValidators, { timeoutMs: 2_000, maxBytes: 1000 }))).toMatchObject({ status: 'too_large' });
  });

  it('decodes in the charset the server or the XML declaration names, and follows a redirect', async () => {
    expect(await fetchFeed(`${base}/latin1`, noValidators)).toMatchObject({ kind: 'ok', text: '<rss><title>Café Kuta</title></rss>' });
    expect(await fetchFeed(`${base}/deklarasi`, noValidators)).toMatchObject({ kind: 'ok', text: expect.stringContaining('Puré') });
    expect(await fetchFeed(`${base}/pindah`, noValidators)).toMatchObject({ kind: 'ok', text: expect.stringContaining('Café') });
  });

  it('refuses loopback and private addresses unless the desk allows them, also behind a redirect', async () => {
    const publicOnly = { timeoutMs: 2_000, maxBytes: 100_000, allowPrivateAddresses: false };
    expect(await failure(fetchFeed(`${base}/latin1`, noValidators, publicOnly))).toMatchObject({ status: 'unreachable', detail: expect.stringContaining('private network') });
    expect(await failure(fetchFeed('http://localhost:9/feed.xml', noValidators, publicOnly))).toMatchObject({ status: 'unreachable', detail: expect.stringContaining('private network') });
    expect(await fetchFeed(`${base}/pindah`, noValidators, { ...publicOnly, allowPrivateAddresses: true })).toMatchObject({ kind: 'ok' });
  });
});

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.20.0.5', true], ['192.168.1.10', true], ['169.254.169.254', true], ['100.64.0.1', true],
    ['::1', true], ['fd00::1', true], ['fe80::1', true], ['::ffff:127.0.0.1', true], ['0.0.0.0', true],
    ['8.8.8.8', false], ['103.10.20.30', false], ['2001:4860:4860::8888', false], ['::ffff:8.8.8.8', false],
  ])('%s → %s', (address, expected) => expect(isPrivateAddress(address)).toBe(expected));
});
