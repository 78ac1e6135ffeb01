import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The quality bar of issue 9: the corpus's own scorer (../shared/corpus/score.mjs) on what `sinergi
 * extract` prints for the five seed articles and the ten dev articles must reach 0.90 overall. The
 * articles are read where CI puts them (../shared beside the checkout) and never copied into the
 * project. Outside CI a checkout without ../shared skips this test and says so.
 */
const SHARED = path.resolve('..', 'shared');
const CORPUS = path.join(SHARED, 'corpus');
const BAR = 0.9;
const present = fs.existsSync(path.join(CORPUS, 'score.mjs'));
if (!present && !process.env.CI) console.warn(`[extract-score] skipped: no corpus at ${CORPUS}`);

function score(files: string[], gold: string): { overall: number; report: string } {
  const extracted = spawnSync(process.execPath, [path.resolve('bin/sinergi.mjs'), 'extract', '--json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(extracted.status, extracted.stderr).toBe(0);
  const predictions = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'extract-score-')), 'predictions.jsonl');
  fs.writeFileSync(predictions, extracted.stdout);
  const scored = spawnSync(process.execPath, [path.join(CORPUS, 'score.mjs'), predictions, gold], { encoding: 'utf8' });
  expect(scored.status, scored.stderr).toBe(0);
  const overall = /^overall ([\d.]+)$/m.exec(scored.stdout);
  expect(overall, scored.stdout).not.toBeNull();
  return { overall: Number(overall![1]), report: scored.stdout };
}

const articles = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => path.join(folder, name));

describe.skipIf(!present && !process.env.CI)('extraction quality on the labelled corpus', () => {
  it(`scores at least ${BAR} on the seed articles`, () => {
    const { overall, report } = score(articles(path.join(SHARED, 'seeds')), path.join(CORPUS, 'seeds-gold.json'));
    console.log(`seeds:\n${report}`);
    expect(overall).toBeGreaterThanOrEqual(BAR);
  });

  it(`scores at least ${BAR} on the dev articles`, () => {
    const { overall, report } = score(articles(path.join(CORPUS, 'dev')), path.join(CORPUS, 'dev-gold.json'));
    console.log(`dev:\n${report}`);
    expect(overall).toBeGreaterThanOrEqual(BAR);
  });
});
