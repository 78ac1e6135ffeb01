#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the repository works right after `npm ci` with no build.
import { register } from 'tsx/esm/api';

process.env.TZ ??= 'UTC';
register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// `serve` keeps running; every other command ends here, with the exit code a command may have set
// itself (extract: 1 when some article could not be read, the others still printed).
if (code !== 0) process.exitCode = code;
else if (!['serve'].includes(process.argv[2] ?? '')) process.exitCode ??= 0;
