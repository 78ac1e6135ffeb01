import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Stops and starts the local PostgreSQL cluster the tests run on, with Debian's pg_ctlcluster
 * (`--skip-systemctl-redirect`: no systemd in these containers). Only a server on this machine can
 * be restarted; elsewhere the test that needs it says so and skips.
 */

export interface Cluster {
  version: string;
  name: string;
}

/** The local cluster behind `url`, or why it cannot be controlled from here. */
export function localCluster(url: string | undefined): Cluster | { reason: string } {
  if (!url) return { reason: 'no DATABASE_URL' };
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) return { reason: `PostgreSQL at ${host} is not on this machine` };
  if (spawnSync('pg_ctlcluster', ['--help'], { stdio: 'ignore' }).error) return { reason: 'pg_ctlcluster is not installed' };
  const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const version = versions.at(-1);
  if (!version || !fs.existsSync(`/etc/postgresql/${version}/main`)) return { reason: 'no cluster in /etc/postgresql/<version>/main' };
  return { version, name: 'main' };
}

function pgCtl(cluster: Cluster, action: 'stop' | 'start'): void {
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster.version, cluster.name, action], { stdio: 'pipe', timeout: 60_000 });
}

/** A fast stop: PostgreSQL ends every connection (admin_shutdown) and refuses new ones until started. */
export function stopPostgres(cluster: Cluster): void {
  pgCtl(cluster, 'stop');
}

/** Starts the cluster when it is down, and waits until it accepts connections. */
export async function startPostgres(cluster: Cluster, url: string): Promise<void> {
  if (!isReady(url)) {
    try {
      pgCtl(cluster, 'start');
    } catch (error) {
      // Started meanwhile by someone else: fine, as long as it answers below.
      if (!isReady(url)) throw error;
    }
  }
  const until = Date.now() + 60_000;
  while (!isReady(url)) {
    if (Date.now() > until) throw new Error('PostgreSQL did not accept connections within 60 s of its start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function isReady(url: string): boolean {
  const { hostname, port } = new URL(url);
  return spawnSync('pg_isready', ['-q', '-h', hostname || '127.0.0.1', '-p', port || '5432'], { stdio: 'ignore' }).status === 0;
}
