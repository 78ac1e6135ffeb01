import pg from 'pg';

export interface PrivateDatabase {
  /** Environment overrides for the CLI and the server (empty on the embedded database). */
  env: Record<string, string>;
  drop: () => Promise<void>;
}

async function run(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * With DATABASE_URL set, an empty PostgreSQL database of the file's own, dropped afterwards, so that
 * accounts a journey creates never meet those of an earlier run (or of another file) in a shared
 * database. On the embedded database every server already gets a fresh folder.
 */
export async function privateDatabase(label: string): Promise<PrivateDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) return { env: {}, drop: async () => {} };
  // A label such as 'incident-map' becomes a plain identifier: CREATE DATABASE takes no quotes here.
  const name = `sinergi_e2e_${label.toLowerCase().replace(/[^a-z0-9_]/g, '_')}_${process.pid}`;
  await run(url, `drop database if exists ${name} with (force)`);
  await run(url, `create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return { env: { DATABASE_URL: own.toString() }, drop: () => run(url, `drop database if exists ${name} with (force)`) };
}
