import Fastify from 'fastify';
import pg from 'pg';
import { createIncidentSchema } from '../src/contracts/incidents.js';
import { incidentCategory } from '../src/domain/incidents/categories.js';

/**
 * The bare baseline of the incident intake benchmark, run as its own process (two of them, like
 * Sinergi's): Fastify and one `pg` pool of the product's size. `POST /bare/incidents` parses the
 * same JSON body with the product's own zod schema, fills the category's usual severity, inserts one
 * row into `bench_bare_incidents` (a copy of `incidents`: same columns, checks, indexes including the
 * full-text one, and the foreign key to regions) in autocommit and answers 201 with the stored row.
 *
 * What it leaves out, by design: authentication (the bearer token lookup), the write rate limit
 * counter, the region lookup and time checks, the idempotency key, the reference number, the audit
 * row and its chain lock, the live-feed NOTIFY, the transaction around them, the response's
 * deadlines, request logging and helmet's headers. The ratio to it is what all of that costs.
 */

const BODY_LIMIT_BYTES = 1024 * 1024;
const POOL_SIZE = 10; // as src/db/client.ts

const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
const url = process.env.DATABASE_URL;
if (!Number.isInteger(port) || port <= 0 || !url) {
  process.stderr.write('usage: DATABASE_URL=... node --import tsx bench/bare-intake-server.ts --port P\n');
  process.exit(2);
}

const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
pool.on('error', () => undefined);
const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT_BYTES });

app.get('/health', async () => ({ status: 'ok' }));

app.post('/bare/incidents', async (request, reply) => {
  const parsed = createIncidentSchema.safeParse(request.body);
  if (!parsed.success) return reply.code(400).send({ code: 'invalid', message: parsed.error.issues[0]?.message ?? 'invalid' });
  const input = parsed.data;
  const severity = input.severity ?? incidentCategory(input.category)!.defaultSeverity;
  const rows = await pool.query(
    `insert into bench_bare_incidents (reference, category, regime, description, occurred_at, known_at, region_code,
       latitude, longitude, tps, severity, channel, reporter_name, reporter_contact, reporter_anonymous)
     values (gen_random_uuid()::text, $1, $2, $3, $4, coalesce($5, now()), $6, $7, $8, $9, $10, $11, $12, $13, $14)
     returning *`,
    [
      input.category, input.regime, input.description, input.occurredAt, input.knownAt ?? null, input.regionCode,
      input.latitude ?? null, input.longitude ?? null, input.tps || null, severity, input.channel ?? 'api',
      input.reporterName || null, input.reporterContact || null, input.reporterAnonymous ?? false,
    ],
  );
  return reply.code(201).send(rows.rows[0]);
});

const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
await app.listen({ port, host: '127.0.0.1' });
