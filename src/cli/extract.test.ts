import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';

/**
 * The contract of `sinergi extract` (issue 9), through the real CLI as a child process: stdout holds
 * one JSON object per article and nothing else, problems go to stderr with exit code 1 while the other
 * articles are still printed, a missing input is a usage error (2). Each CLI start costs seconds, so
 * the four runs start together in beforeAll and the tests read their results.
 */

const FIELDS = ['agencies', 'deadlines', 'event_date', 'event_type', 'file', 'people', 'regions', 'regulations', 'threats'];

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

const run = (args: string[], stdin?: string): Promise<Result> => runCli(args, { stdin: stdin ?? '' });

/** Stdout as JSON Lines: fails on any line that is not a JSON object, so "nothing else" is checked too. */
function predictions(stdout: string): Array<Record<string, unknown>> {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const value = JSON.parse(line) as unknown;
      expect(value).toBeTypeOf('object');
      return value as Record<string, unknown>;
    });
}

function expectPredictionShape(prediction: Record<string, unknown>): void {
  expect(Object.keys(prediction).sort()).toEqual(FIELDS);
  expect(prediction.event_type).toBeTypeOf('string');
  expect(prediction.event_date === null || /^\d{4}-\d{2}-\d{2}$/.test(String(prediction.event_date))).toBe(true);
  for (const list of ['regions', 'agencies', 'threats', 'regulations', 'people', 'deadlines']) expect(Array.isArray(prediction[list])).toBe(true);
}

// Synthetic articles written for this test.
const RAKOR = `Forkopimda Gianyar Bahas Pengamanan Pilkada

GIANYAR — Pemerintah Kabupaten Gianyar menggelar rapat koordinasi pengamanan Pilkada 2024 bersama KPU dan Bawaslu, Selasa (8/10/2024). Kapolres Gianyar AKBP Wayan Santoso meminta seluruh TPS dijaga sejak malam sebelum pemungutan suara.
`;
const DEKLARASI = `Paslon di Kota Kupang Deklarasi Damai

KUPANG — Seluruh pasangan calon di Kota Kupang menandatangani deklarasi kampanye damai, Kamis (12/9/2024). Pakta integritas diserahkan paling lambat 30 September 2024 sesuai UU Nomor 10 Tahun 2016.
`;
const LOGISTIK = `KPU Kabupaten Sintang mulai mengirim kotak suara ke kecamatan terjauh lewat sungai pada Senin (18/11/2024), dikawal Polres dan Kodim.\n`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-extract-'));
const results: Partial<Record<'files' | 'jsonl' | 'stdin' | 'usage', Result>> = {};

beforeAll(async () => {
  fs.writeFileSync(path.join(tmp, 'rakor.txt'), RAKOR);
  fs.writeFileSync(path.join(tmp, 'deklarasi.txt'), DEKLARASI);
  fs.writeFileSync(path.join(tmp, 'logistik.txt'), LOGISTIK);
  fs.mkdirSync(path.join(tmp, 'a-folder.txt'));
  const records = [
    JSON.stringify({ file: 'satu.txt', text: RAKOR, publishedOn: '2024-10-08' }),
    JSON.stringify({ file: 'dua.txt', text: DEKLARASI }),
    '{"file": "rusak.txt", "text": ',
    '',
    JSON.stringify({ file: 'tanpa-teks.txt' }),
    JSON.stringify({ file: 'tiga.txt', text: LOGISTIK }),
  ];
  fs.writeFileSync(path.join(tmp, 'articles.jsonl'), `${records.join('\n')}\n`);

  const [files, jsonl, stdin, usage] = await Promise.all([
    run([
      'extract', '--json',
      path.join(tmp, 'rakor.txt'), path.join(tmp, 'missing.txt'), path.join(tmp, 'deklarasi.txt'), path.join(tmp, 'a-folder.txt'), path.join(tmp, 'logistik.txt'),
    ]),
    run(['extract', '--jsonl', path.join(tmp, 'articles.jsonl')]),
    run(['extract', '--jsonl', '-'], `${JSON.stringify({ file: 'dari-stdin.txt', text: DEKLARASI })}\n`),
    run(['extract']),
  ]);
  Object.assign(results, { files, jsonl, stdin, usage });
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('sinergi extract', () => {
  it('--json FILE... prints one prediction per readable file, named by its base name, and reports the unreadable ones with exit 1', () => {
    const { code, stdout, stderr } = results.files!;
    const lines = predictions(stdout);
    expect(lines.map((p) => p.file)).toEqual(['rakor.txt', 'deklarasi.txt', 'logistik.txt']);
    lines.forEach(expectPredictionShape);
    expect(stderr).toMatch(/missing\.txt/);
    expect(stderr).toMatch(/a-folder\.txt/);
    expect(code).toBe(1);
  });

  it('--jsonl IN streams the good records and reports each bad line by its number, with exit 1', () => {
    const { code, stdout, stderr } = results.jsonl!;
    const lines = predictions(stdout);
    expect(lines.map((p) => p.file)).toEqual(['satu.txt', 'dua.txt', 'tiga.txt']);
    lines.forEach(expectPredictionShape);
    expect(stderr).toMatch(/articles\.jsonl:3\b/);
    expect(stderr).toMatch(/articles\.jsonl:5\b/);
    // The blank line 4 is skipped silently: it is not an article.
    expect(stderr).not.toMatch(/articles\.jsonl:4\b/);
    expect(code).toBe(1);
  });

  it('--jsonl - reads the records from stdin', () => {
    const { code, stdout } = results.stdin!;
    const lines = predictions(stdout);
    expect(lines.map((p) => p.file)).toEqual(['dari-stdin.txt']);
    expectPredictionShape(lines[0]!);
    expect(code).toBe(0);
  });

  it('without files or --jsonl is a usage error with exit 2 and nothing on stdout', () => {
    const { code, stdout, stderr } = results.usage!;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--jsonl/);
  });
});
