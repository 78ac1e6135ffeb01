/**
 * The checks a browser can make before sending a file, so that a wrong pick is refused at once with
 * a message (the server checks again, by content: these only spare a useless upload).
 */
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const ACCEPT_ATTRIBUTE = [...ACCEPTED_TYPES, '.jpg', '.jpeg', '.png', '.webp', '.pdf'].join(',');
/** The server's cap (src/domain/incidents/attachments.ts). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const EXTENSIONS: Record<string, (typeof ACCEPTED_TYPES)[number]> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf',
};

export type FileProblem = 'type' | 'size' | 'empty';

/** Why a chosen file would be refused, or null: its declared type (or, when the browser gives none, its extension) and its size. */
export function fileProblem(file: { name: string; type: string; size: number }): FileProblem | null {
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  const type = file.type || EXTENSIONS[extension] || '';
  if (!(ACCEPTED_TYPES as readonly string[]).includes(type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size';
  return null;
}

/** A size as people read it: 512 B, 12,5 KB, 3,2 MB (in the UI's locale). */
export function formatFileSize(locale: string, bytes: number): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}
