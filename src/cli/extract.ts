import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Command } from 'commander';
import type { ArticleExtractor } from '../domain/extraction/extract.js';
import type { Extraction } from '../domain/extraction/types.js';
import { articleExtractor } from '../modules/extraction/extractor.js';

/** A JSON Lines record of `--jsonl`: the article's name and text, optionally its publication date. */
interface ArticleRecord {
  file: string;
  text: string;
  publishedOn: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The prediction object of ../shared/corpus/README.md: `file` first, then the fields, no evidence. */
function predictionLine(file: string, extraction: Extraction): string {
  const { event_type, event_date, regions, agencies, threats, regulations, people, deadlines } = extraction;
  return `${JSON.stringify({ file, event_type, event_date, regions, agencies, threats, regulations, people, deadlines })}\n`;
}

/**
 * Writes and waits when the pipe is full, so 100k articles stream in constant memory. A reader that
 * goes away (`| head`) ends the command quietly, as other Unix tools do.
 */
function writer(stream: NodeJS.WritableStream) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return async (text: string) => {
    if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
}

/** Reads one `--jsonl` line; a line that is not such a record is reported, not fatal. */
function parseRecord(line: string): ArticleRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return 'field "text" is missing or not a string';
  if (record.file !== undefined && typeof record.file !== 'string') return 'field "file" is not a string';
  const published = record.publishedOn ?? record.published_on ?? record.published;
  const publishedOn = typeof published === 'string' && ISO_DATE.test(published) ? published.slice(0, 10) : null;
  return { file: (record.file as string | undefined) ?? '', text: record.text, publishedOn };
}

async function extractFiles(files: string[], extract: ArticleExtractor, write: (text: string) => Promise<void>): Promise<number> {
  let failures = 0;
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      failures += 1;
      process.stderr.write(`sinergi extract: ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}\n`);
      continue;
    }
    await write(predictionLine(path.basename(file), extract({ text })));
  }
  return failures;
}

async function extractJsonLines(input: string, extract: ArticleExtractor, write: (text: string) => Promise<void>): Promise<number> {
  const stream = input === '-' ? process.stdin : fs.createReadStream(input, { encoding: 'utf8' });
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let failures = 0;
  let number = 0;
  try {
    for await (const line of lines) {
      number += 1;
      if (line.trim() === '') continue;
      const record = parseRecord(line);
      if (typeof record === 'string') {
        failures += 1;
        process.stderr.write(`sinergi extract: ${input}:${number}: ${record}; line skipped\n`);
        continue;
      }
      await write(predictionLine(record.file, extract({ text: record.text, publishedOn: record.publishedOn })));
    }
  } catch (error) {
    process.stderr.write(`sinergi extract: ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return failures + 1;
  }
  return failures;
}

/**
 * `sinergi extract --json FILE...` prints one prediction per file (JSON Lines) and nothing else on
 * stdout; `--jsonl IN` streams `{"file","text"}` records (IN may be `-` for stdin). Problems go to
 * stderr and the exit code is 1 when any article could not be read; the others are still printed.
 */
export function registerExtract(program: Command) {
  program
    .command('extract')
    .description('Extract the event of Indonesian news articles (what, when, where, who, threats, laws, deadlines); no database needed')
    .argument('[files...]', 'article text files')
    .option('--json', 'print one JSON object per article (JSON Lines); the only output format')
    .option('--jsonl <input>', 'read {"file","text"} records from a JSON Lines file ("-" for stdin) instead of files')
    .action(async (files: string[], options: { json?: boolean; jsonl?: string }, command: Command) => {
      if (!options.jsonl && files.length === 0) {
        command.error('sinergi extract: give article files, or --jsonl INPUT', { exitCode: 2 });
      }
      const extract = articleExtractor();
      const write = writer(process.stdout);
      const failures = options.jsonl
        ? await extractJsonLines(options.jsonl, extract, write) + await extractFiles(files, extract, write)
        : await extractFiles(files, extract, write);
      if (failures > 0) process.exitCode = 1;
    });
}
