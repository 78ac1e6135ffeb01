import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A truecolour PNG whose pixels come from `paint(x, y)`: a real image that decoders accept. */
export function paintedPng(width: number, height: number, paint: (x: number, y: number) => Rgb): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const start = y * (1 + width * 3);
    for (let x = 0; x < width; x++) rows.set(paint(x, y), start + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A round emblem (a gold disc in a dark-red ring on white), like the logos on a kop surat. */
export function emblemPng(size = 120): Buffer {
  const centre = (size - 1) / 2;
  return paintedPng(size, size, (x, y) => {
    const r = Math.hypot(x - centre, y - centre) / (size / 2);
    if (r > 0.98) return [255, 255, 255];
    if (r > 0.8) return [150, 20, 30];
    if (r > 0.74) return [255, 255, 255];
    return Math.abs(x - centre) + Math.abs(y - centre) < size * 0.3 ? [150, 20, 30] : [225, 170, 40];
  });
}

/** The first bytes of a JPEG file (enough for type sniffing, not for decoding). */
export const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
