// Draws the two Teams app icons into manifest/ (run: node tests/e2e/tools/make-icons.mjs).
// color.png   192x192: two linked white rings on a solid accent background.
// outline.png  32x32:  the same rings in white on a fully transparent background.
// No packages needed: shapes are sampled 4x4 per pixel for smooth edges and written as PNG with zlib.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const Accent = [0x15, 0x42, 0x73]; // keep equal to accentColor in manifest/manifest.json
const Samples = 4;
const manifestDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'manifest');

/** Two interlocking rings, in coordinates where the icon spans 0..1. */
function rings(x, y, thickness) {
  const radius = 0.22;
  const centres = [[0.37, 0.5], [0.63, 0.5]];
  return centres.some(([cx, cy]) => Math.abs(Math.hypot(x - cx, y - cy) - radius) <= thickness / 2);
}

/** Fraction (0..1) of the pixel (px, py) of a size x size image covered by the shape. */
function coverage(px, py, size, shape) {
  let hits = 0;
  for (let sy = 0; sy < Samples; sy++) {
    for (let sx = 0; sx < Samples; sx++) {
      if (shape((px + (sx + 0.5) / Samples) / size, (py + (sy + 0.5) / Samples) / size)) hits++;
    }
  }
  return hits / (Samples * Samples);
}

/** RGBA image from a function (coverage) -> [r, g, b, a]. */
function draw(size, shape, paint) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      pixels.set(paint(coverage(x, y, size, shape)), (y * size + x) * 4);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6, no filtering). */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const mix = (from, to, t) => from.map((v, i) => Math.round(v + (to[i] - v) * t));

const color = draw(192, (x, y) => rings(x, y, 0.07), (c) => [...mix(Accent, [255, 255, 255], c), 255]);
const outline = draw(32, (x, y) => rings(x, y, 0.1), (c) => [255, 255, 255, Math.round(c * 255)]);
writeFileSync(join(manifestDir, 'color.png'), png(192, color));
writeFileSync(join(manifestDir, 'outline.png'), png(32, outline));
console.log(`wrote color.png (192x192) and outline.png (32x32) to ${manifestDir}`);
