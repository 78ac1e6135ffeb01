// The bare baseline of the extraction benchmark (bench/extraction.ts), in plain Node with no tsx, no
// gazetteer and no rules: reads `{"file","text"}` JSON Lines the way `sinergi extract --jsonl` does
// (readline over a file stream), parses each record, makes one regular-expression pass over its text
// (capitalised words after Kabupaten/Kota/Provinsi, a stand-in for "looking at the text once"), and
// writes a prediction-shaped line with backpressure. What the CLI costs beyond this is extraction.
import fs from 'node:fs';
import readline from 'node:readline';

const input = process.argv[2];
if (!input) {
  process.stderr.write('usage: node bench/bare-extract-stream.mjs IN.jsonl\n');
  process.exit(2);
}

const PLACE = /\b(?:Kabupaten|Kota|Provinsi)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)/g;

const write = async (text) => {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
};

const lines = readline.createInterface({ input: fs.createReadStream(input, { encoding: 'utf8' }), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const record = JSON.parse(line);
  const regions = [];
  for (const match of record.text.matchAll(PLACE)) regions.push({ code: '', name: match[1] });
  const prediction = {
    file: record.file,
    event_type: 'other',
    event_date: null,
    regions,
    agencies: [],
    threats: [],
    regulations: [],
    people: [],
    deadlines: [],
  };
  await write(`${JSON.stringify(prediction)}\n`);
}
