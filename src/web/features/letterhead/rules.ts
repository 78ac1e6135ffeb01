// The limits of contracts/letterheads.ts (the web app imports types only from contracts; a test keeps them equal).
export const MAX_LINES = 5;
export const LINE_MAX = 200;
export const ADDRESS_MAX = 300;
export const LOGO_MAX_BYTES = 1024 * 1024;

/** What the logo endpoint accepts (the server checks the bytes too, and answers 415 or 413). */
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

export type LogoProblem = 'logoType' | 'logoSize';

/** Why a picked file cannot be a logo, checked before uploading; null when it may be sent. */
export function logoProblem(file: { type: string; size: number } | null): LogoProblem | null {
  if (!file) return null;
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'logoType';
  if (file.size > LOGO_MAX_BYTES) return 'logoSize';
  return null;
}

/** The server's refusal of an upload as the same problem: 415 is the type, 413 the size. */
export function logoProblemOfStatus(status: number): LogoProblem | null {
  if (status === 415) return 'logoType';
  if (status === 413) return 'logoSize';
  return null;
}

/** The fields of the form: always five, filled from the saved lines. */
export function lineFields(lines: readonly string[]): string[] {
  return Array.from({ length: MAX_LINES }, (_, i) => lines[i] ?? '');
}

/** The lines to save and print: trimmed, blank fields left out, order kept. */
export function linesToSave(fields: readonly string[]): string[] {
  return fields.map((field) => field.trim()).filter((field) => field !== '');
}

/** The address to save: trimmed, null when blank. */
export function addressToSave(address: string): string | null {
  const trimmed = address.trim();
  return trimmed === '' ? null : trimmed;
}
