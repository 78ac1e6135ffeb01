import zlib from 'node:zlib';

/** A logo is printed about 2 cm wide: 2048 pixels a side is plenty, and bounds what decoding it may allocate. */
export const MAX_LOGO_SIDE = 2048;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Channels per colour type, and the bit depths each allows (PNG specification, table 11.1). */
const COLOUR_TYPES: Record<number, { channels: number; depths: readonly number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};
/** Adam7: each pass's first column and row, and its steps. */
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

/**
 * Whether the PDF library can embed this logo without failing out of our reach. It decodes a PNG
 * with transparency or interlacing inside a zlib callback, where a cut-off image stream, an unknown
 * row filter or a giant size throws past every try/catch, and the request never answers. So a PNG
 * must be whole (chunks up to IEND), of sane dimensions, with image data that inflates here, at
 * once, to exactly the rows its header promises, each with a known filter. JPEGs are embedded as
 * they are, and their errors are thrown where the caller catches them.
 */
export function printableLogo(bytes: Buffer, mediaType: string): boolean {
  if (mediaType !== 'image/png') return true;
  const png = readPng(bytes);
  if (!png) return false;
  const { width, height, depth, colourType, interlaced, data } = png;
  const colour = COLOUR_TYPES[colourType];
  if (!colour || !colour.depths.includes(depth) || width < 1 || height < 1 || width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE) return false;
  const passes = interlaced
    ? ADAM7.map(([x, y, dx, dy]) => [Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)] as const).filter(([w, h]) => w > 0 && h > 0)
    : [[width, height] as const];
  const rows = passes.flatMap(([w, h]) => Array.from({ length: h }, () => 1 + Math.ceil((w * colour.channels * depth) / 8)));
  const expected = rows.reduce((sum, row) => sum + row, 0);
  let pixels: Buffer;
  try {
    pixels = zlib.inflateSync(data, { maxOutputLength: expected + 1 });
  } catch {
    return false;
  }
  if (pixels.length !== expected) return false;
  let at = 0;
  for (const row of rows) {
    if ((pixels[at] ?? 255) > 4) return false;
    at += row;
  }
  return true;
}

function readPng(bytes: Buffer) {
  if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return null;
  let at = PNG_SIGNATURE.length;
  let header: Buffer | null = null;
  const data: Buffer[] = [];
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > bytes.length) return null;
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') {
      if (!header || header.length !== 13 || data.length === 0) return null;
      // Deflate, adaptive filtering, and no interlacing or Adam7: the only methods PNG defines.
      if (header[10] !== 0 || header[11] !== 0 || (header[12] !== 0 && header[12] !== 1)) return null;
      return {
        width: header.readUInt32BE(0), height: header.readUInt32BE(4), depth: header[8]!, colourType: header[9]!, interlaced: header[12] === 1,
        data: Buffer.concat(data),
      };
    }
    at += 12 + length;
  }
  return null;
}
