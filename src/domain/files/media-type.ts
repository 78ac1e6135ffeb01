/** The file types Sinergi keeps as evidence, logos and attachments, recognised by their first bytes. */
export const STORED_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type StoredMediaType = (typeof STORED_MEDIA_TYPES)[number];

/** Evidence and logos are scans, photos and letters: a few MB each. */
export const MAX_STORED_FILE_BYTES = 5 * 1024 * 1024;

const SIGNATURES: { type: StoredMediaType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/**
 * The media type of a file by its content, never by the name or type a client claims: a script
 * renamed to .pdf stays unrecognised (null).
 */
export function sniffMediaType(bytes: Uint8Array): StoredMediaType | null {
  for (const { type, bytes: signature } of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte)) return type;
  }
  // WebP: a RIFF container ("RIFF", 4 bytes of length, "WEBP"); other RIFF files (WAV, AVI) stay unrecognised.
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** The name a client gave a file, safe to keep and to send back in Content-Disposition: no path, no control characters, bounded; null when nothing is left. */
export function cleanFileName(name: string | undefined): string | null {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 120);
  return base.length > 0 ? base : null;
}

/** A stored file's name: the client's, cleaned, else "file.<extension of its type>". */
export function safeFileName(name: string | undefined, type: StoredMediaType): string {
  const extension = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }[type];
  return cleanFileName(name) ?? `file.${extension}`;
}
