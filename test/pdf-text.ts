import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PDFTOTEXT = '/usr/bin/pdftotext';
export const HAS_PDFTOTEXT = fs.existsSync(PDFTOTEXT);
export const IN_CI = Boolean(process.env.CI);
export const MISSING_PDFTOTEXT = `pdftotext not found at ${PDFTOTEXT}; install it with: apt-get install -y poppler-utils`;

/** The text of a PDF as poppler reads it, with the page layout kept (`pdftotext -layout`). */
export function pdfText(bytes: Buffer): string {
  if (!HAS_PDFTOTEXT) throw new Error(IN_CI ? `CI is set but ${MISSING_PDFTOTEXT}` : MISSING_PDFTOTEXT);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
