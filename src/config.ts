import path from 'node:path';

/** Where the data lives: a PostgreSQL URL when given, else the embedded database's folder. */
export interface DbConfig {
  databaseUrl?: string;
  dataDir: string;
}

export const DEFAULT_DATA_DIR = './.sinergi/data';

/** Database settings from flags first, then the environment, then the defaults. */
export function dbConfigFrom(flags: { dataDir?: string }, env: NodeJS.ProcessEnv): DbConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  const dataDir = path.resolve(flags.dataDir ?? env.SINERGI_DATA_DIR ?? DEFAULT_DATA_DIR);
  return { databaseUrl, dataDir };
}
