// Draws the two Teams app icons into manifest/ (run: node tests/e2e/tools/make-icons.mjs).
// color.png   192x192: two linked white rings on a solid accent background.
// outline.png  32x32:  the same rings in white on a fully transparent background.
// No packages needed: shapes are sampled 4x4 per pixel for smooth edges; lib/png.mjs writes the PNG.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from '../lib/png.mjs';

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

const mix = (from, to, t) => from.map((v, i) => Math.round(v + (to[i] - v) * t));

const color = draw(192, (x, y) => rings(x, y, 0.07), (c) => [...mix(Accent, [255, 255, 255], c), 255]);
const outline = draw(32, (x, y) => rings(x, y, 0.1), (c) => [255, 255, 255, Math.round(c * 255)]);
writeFileSync(join(manifestDir, 'color.png'), encodePng(192, 192, color));
writeFileSync(join(manifestDir, 'outline.png'), encodePng(32, 32, outline));
console.log(`wrote color.png (192x192) and outline.png (32x32) to ${manifestDir}`);
