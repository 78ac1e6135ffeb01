import type { Command } from 'commander';
import { buildApp } from '../server/app.js';
import { gatewayWritesPerMinuteFrom } from '../server/rate-limit.js';
import { trustProxyFrom } from '../server/trust-proxy.js';
import { clockFromEnv, createServices } from '../services.js';
import { dbConfigFrom } from '../config.js';
import { openDb } from '../db/client.js';
import { prepareDatabase } from './context.js';
import { parsePort } from './options.js';

/** How often a server deletes dead sessions and old rate counters. */
const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('Run the web app and API (migrates and loads reference data on first start)')
    .option('-p, --port <port>', 'port to listen on', parsePort, 3000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data-dir <dir>', 'folder of the embedded database (default ./.sinergi/data, or SINERGI_DATA_DIR)')
    .action(async (options: { port: number; host: string; dataDir?: string }) => {
      const clock = clockFromEnv(process.env);
      const gatewayWritesPerMinute = gatewayWritesPerMinuteFrom(process.env);
      const trustProxy = trustProxyFrom(process.env);
      const database = await openDb(dbConfigFrom(options, process.env));
      try {
        await prepareDatabase(database);
      } catch (error) {
        await database.close();
        throw error;
      }
      const services = createServices(database, clock);
      const app = await buildApp(services, {
        logger: { level: process.env.LOG_LEVEL ?? 'info' }, deliveryWorker: true, gatewayWritesPerMinute, trustProxy,
      });
      const housekeeping = () =>
        services.auth.purgeExpired().then(
          (purged) => app.log.debug(purged, 'purged expired sessions and rate counters'),
          (error: unknown) => app.log.warn({ err: error }, 'housekeeping failed; will retry'),
        );
      void housekeeping();
      const housekeepingTimer = setInterval(housekeeping, HOUSEKEEPING_INTERVAL_MS).unref();
      // Early-warning rules swept every minute: an alert a process died before raising is raised here.
      const stopAlertSweep = services.alerts.evaluator.startSweep((error) => app.log.warn({ err: error }, 'alert sweep failed; will retry'));
      // RSS/Atom feeds polled when due; every server process runs one, their claims never overlap.
      services.mediaFeeds.worker(app.log).start();
      // Each region's daily situation report at its local hour; claims are leased, so one process makes each day's report.
      services.sitrep.worker(app.log).start();
      const shutdown = async () => {
        clearInterval(housekeepingTimer);
        stopAlertSweep();
        await services.mediaFeeds.stopWorker();
        await services.sitrep.stopWorker();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      await app.listen({ port: options.port, host: options.host });
      process.stderr.write(`Sinergi: http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${options.port}/ (${database.engine}: ${database.location})\n`);
    });
}
