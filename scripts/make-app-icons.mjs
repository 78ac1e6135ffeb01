#!/usr/bin/env node
// Draws the installable app's icons (src/web/public/icons/*.png): the favicon's blue square with a white
// "S" made of two arcs, the project's own mark, no third-party artwork. Plain PNG written with node:zlib
// (no image library needed for two flat shapes). The mark stays inside the centre 60 %, so the same file
// serves as a "maskable" icon that phones crop to a circle or squircle.
// Run again after changing the drawing: node scripts/make-app-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'src/web/public/icons');
const BLUE = [0x1c, 0x7e, 0xd6];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 samples per pixel: smooth edges without a rasteriser

/** Whether the point (x, y in 0..1) is on the white "S": two open rings stacked, like the favicon. */
function onMark(x, y) {
  const radius = 0.13;
  const stroke = 0.045;
  const ring = (cx, cy, skip) => {
    const dx = x - cx;
    const dy = y - cy;
    const distance = Math.hypot(dx, dy);
    if (Math.abs(distance - radius) > stroke) return false;
    return !skip(dx, dy);
  };
  // The upper ring is open on its lower right, the lower one on its upper left: together an S.
  const upper = ring(0.5, 0.5 - radius, (dx, dy) => dx > 0 && dy > -radius * 0.35);
  const lower = ring(0.5, 0.5 + radius, (dx, dy) => dx < 0 && dy < radius * 0.35);
  return upper || lower;
}

function pixels(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let px = 0; px < size; px++) {
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (onMark((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) white++;
        }
      }
      const share = white / (SAMPLES * SAMPLES);
      for (let channel = 0; channel < 3; channel++) {
        row[1 + px * 3 + channel] = Math.round(BLUE[channel] * (1 - share) + WHITE[channel] * share);
      }
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(out, { recursive: true });
for (const size of [192, 512]) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
// iOS takes its home-screen icon from apple-touch-icon (180 px), not from the manifest.
fs.writeFileSync(path.join(out, 'apple-touch-icon.png'), png(180));
console.log(`icons written to ${path.relative(root, out)}`);
