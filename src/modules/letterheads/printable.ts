import type { Db } from '../../db/client.js';
import { printableLogo } from '../../domain/files/printable-logo.js';
import type { MinutesLetterhead } from '../../domain/minutes/types.js';
import { readFile } from '../files/repo.js';
import { createLetterheadRepo } from './repo.js';

/**
 * A unit's kop surat ready for a PDF, its logo inlined as a data URL; null when the unit never set
 * one. A logo the PDF library would choke on is left out (callers also retry without one that throws).
 */
export async function printableLetterhead(db: Db, unitId: number): Promise<MinutesLetterhead | null> {
  const record = await createLetterheadRepo(db).get(unitId);
  if (!record) return null;
  const logo = record.logoFileId === null ? null : await readFile(db, record.logoFileId);
  const printable = logo !== null && printableLogo(logo.content, logo.mediaType);
  return { lines: record.lines, address: record.address, logo: printable ? `data:${logo.mediaType};base64,${logo.content.toString('base64')}` : null };
}
