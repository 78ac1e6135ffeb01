import { describe, expect, it } from 'vitest';
import { cleanFileName, safeFileName, sniffMediaType } from './media-type.js';

describe('sniffMediaType', () => {
  it('recognises PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  });

  it('recognises WebP as a RIFF container of WEBP, and no other RIFF file', () => {
    expect(sniffMediaType(Buffer.from('RIFF\u0024\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
    expect(sniffMediaType(Buffer.from('RIFF\u0024\u0000\u0000\u0000WAVEfmt '))).toBeNull();
    expect(sniffMediaType(Buffer.from('RIFF\u0024\u0000\u0000\u0000WEB'))).toBeNull();
  });

  it('refuses anything else, whatever its name would say', () => {
    expect(sniffMediaType(Buffer.from('<script>alert(1)</script>'))).toBeNull();
    expect(sniffMediaType(Buffer.from('%PD'))).toBeNull();
    expect(sniffMediaType(Buffer.alloc(0))).toBeNull();
    expect(sniffMediaType(Buffer.from('PK\u0003\u0004'))).toBeNull();
  });
});

describe('safeFileName', () => {
  it('keeps the last path segment without control characters or quotes', () => {
    expect(safeFileName('C:\\Users\\a\\bukti "final".pdf', 'application/pdf')).toBe('bukti final.pdf');
    expect(safeFileName('../../etc/passwd\r\n', 'image/png')).toBe('passwd');
  });

  it('names a nameless file by its type', () => {
    expect(safeFileName(undefined, 'image/jpeg')).toBe('file.jpg');
    expect(safeFileName('  ', 'application/pdf')).toBe('file.pdf');
  });
});

describe('cleanFileName', () => {
  it('drops NUL and other control characters, which PostgreSQL text cannot hold or which break headers', () => {
    expect(cleanFileName('nilai\u0000ikp.csv')).toBe('nilaiikp.csv');
    expect(cleanFileName('batas\r\n.geojson')).toBe('batas.geojson');
  });

  it('gives null when no name is left', () => {
    expect(cleanFileName('\u0000')).toBeNull();
    expect(cleanFileName(undefined)).toBeNull();
    expect(cleanFileName('dir/')).toBeNull();
  });
});
