import fs from 'node:fs';
import path from 'node:path';
import { embeddedTemplate } from './harness.js';

/**
 * Builds the migrated, seeded embedded database once per run (about 20 s), as an archive file that
 * every embedded fault test starts its data folder from.
 */
const TEMPLATE = path.resolve(`.tmp/faults-template-${process.pid}.tar`);

export default async function setup({ provide }: { provide: (key: 'faultsEmbeddedTemplate', value: string) => void }) {
  const template = await embeddedTemplate();
  fs.mkdirSync(path.dirname(TEMPLATE), { recursive: true });
  fs.writeFileSync(TEMPLATE, Buffer.from(await template.arrayBuffer()));
  provide('faultsEmbeddedTemplate', TEMPLATE);
  return () => fs.rmSync(TEMPLATE, { force: true });
}
