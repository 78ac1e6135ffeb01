#!/usr/bin/env node
// Builds the web app when dist/web is missing or older than its sources, so `npm start` and
// `npm test` work on a fresh clone without a separate build step and cost nothing afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const output = path.join(root, 'dist/web/index.html');
const sources = ['src/web', 'src/contracts', 'vite.config.ts', 'package-lock.json'].map((p) => path.join(root, p));

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

if (!fs.existsSync(path.join(root, 'vite.config.ts'))) process.exit(0);
const built = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
if (built >= Math.max(...sources.map(newestMtime))) process.exit(0);

process.stderr.write('Building the web app (dist/web)…\n');
const vite = path.join(root, 'node_modules/.bin/vite');
const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
