import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { GazetteerEntry, GazetteerSource } from '../../domain/extraction/gazetteer.js';

const require = createRequire(import.meta.url);

/**
 * Reads the provinces and kabupaten/kota of the embedded gazetteer (the idn-area-data package the
 * database is seeded from), so extraction needs no database. The two files are small (552 rows) and
 * have no quoted commas, so a line split is enough.
 */
export function readGazetteerSource(): GazetteerSource {
  const dataDir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  const rows = (file: string): GazetteerEntry[] => {
    const [header, ...lines] = fs.readFileSync(path.join(dataDir, file), 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
    const columns = header!.split(',');
    const codeAt = columns.indexOf('code');
    const nameAt = columns.indexOf('name');
    return lines.map((line) => {
      const cells = line.split(',');
      return { code: cells[codeAt]!.trim(), name: cells[nameAt]!.trim() };
    });
  };
  return { provinces: rows('provinces.csv'), regencies: rows('regencies.csv') };
}
