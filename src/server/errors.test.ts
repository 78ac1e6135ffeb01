import Fastify from 'fastify';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from './errors.js';

/** The error handler alone, behind routes that fail the way a database that went away makes them fail. */
const failures: Record<string, () => Error> = {
  restart: () => new DrizzleQueryError('insert into incidents …', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })),
  refused: () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
  lost: () => new Error('Connection terminated unexpectedly'),
  bug: () => new TypeError("Cannot read properties of undefined (reading 'id')"),
};

const app = Fastify({ logger: false });
beforeAll(async () => {
  app.setErrorHandler(errorHandler);
  app.get('/fail/:kind', async (request) => {
    throw failures[(request.params as { kind: string }).kind]!();
  });
  await app.ready();
});
afterAll(() => app.close());

describe('errorHandler and a database that is away', () => {
  it.each([
    ['restart', 'the database server is shutting down or restarting'],
    ['refused', 'the database server refuses connections (is it running?)'],
    ['lost', 'the connection to the database was lost'],
  ])('answers %s with 503, the reason and when to retry', async (kind, reason) => {
    const response = await app.inject({ url: `/fail/${kind}`, headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toEqual({ code: 'db_unavailable', message: `The database is unavailable right now: ${reason}. Try again shortly.` });
  });

  it('says it in Bahasa Indonesia by default', async () => {
    const response = await app.inject({ url: '/fail/restart' });
    expect(response.statusCode).toBe(503);
    expect(response.json().message).toBe('Basis data sedang tidak tersedia: server basis data sedang berhenti atau dimulai ulang. Coba lagi sebentar lagi.');
  });

  it('still answers any other failure with a 500 that reveals nothing', async () => {
    const response = await app.inject({ url: '/fail/bug', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(500);
    expect(response.headers['retry-after']).toBeUndefined();
    expect(response.json()).toEqual({ code: 'internal', message: 'Something went wrong on the server. It has been logged.' });
  });
});
