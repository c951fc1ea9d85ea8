// The checks the other e2e tests rely on must be able to fail: PNG reading, outline colours,
// the Adaptive Card validator and the manifest package check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { deflateSync } from 'node:zlib';
import { validateCard } from './lib/cards.mjs';
import { AppIdPlaceholder, assertValidAppPackage } from './lib/manifest.mjs';
import { manifestDir } from './lib/paths.mjs';
import { encodePng, nonWhiteOrTransparentPixels, readPngHeader, readPngPixels } from './lib/png.mjs';

const AppId = '3f2b8c1e-7d4a-4e9b-a6c5-1b2d3e4f5a6b';
const white = [255, 255, 255, 255];
const clear = [0, 0, 0, 0];

describe('png', () => {
  test('encodePng then readPngPixels: same size and pixels', () => {
    const rgba = Buffer.from([...white, ...clear, 10, 20, 30, 40, ...white, ...clear, ...white]);
    const image = readPngPixels(encodePng(3, 2, rgba));
    assert.deepEqual([image.width, image.height], [3, 2]);
    assert.deepEqual([...image.rgba], [...rgba]);
  });

  test('readPngPixels with Sub and Up row filters: unfiltered pixels', () => {
    // 2x2 RGBA: row 0 uses Sub (1), row 1 uses Up (2); every pixel decodes to [10,20,30,40] or [11,22,33,44].
    const rows = Buffer.from([1, 10, 20, 30, 40, 1, 2, 3, 4, 2, 1, 2, 3, 4, 0, 0, 0, 0]);
    const png = encodePng(2, 2, Buffer.alloc(16));
    const idatStart = png.indexOf('IDAT') - 4;
    const idat = deflateSync(rows);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(idat.length);
    const crcUnchecked = Buffer.alloc(4);
    const patched = Buffer.concat([png.subarray(0, idatStart), length, Buffer.from('IDAT'), idat, crcUnchecked, png.subarray(png.indexOf('IEND') - 4)]);
    assert.deepEqual([...readPngPixels(patched).rgba], [10, 20, 30, 40, 11, 22, 33, 44, 11, 22, 33, 44, 11, 22, 33, 44]);
  });

  test('readPngHeader on bytes that are not a PNG: throws', () => {
    assert.throws(() => readPngHeader(Buffer.from('GIF89a not a png')), /not a PNG/);
  });

  test('nonWhiteOrTransparentPixels: reports a coloured pixel, accepts white and transparent', () => {
    const image = { width: 2, rgba: Buffer.from([...white, 255, 0, 0, 128, ...clear, 255, 255, 255, 64]) };
    assert.deepEqual(nonWhiteOrTransparentPixels(image), ['1,0 rgba(255,0,0,128)']);
  });
});

describe('validateCard', () => {
  test('unknown element, bad enum value, OpenUrl without url: one issue each', () => {
    const issues = validateCard({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Carousel' }, { type: 'TextBlock', text: 'x', size: 'Huge' }],
      actions: [{ type: 'Action.OpenUrl', title: 'Open' }],
    });
    assert.equal(issues.length, 3, issues.join('\n'));
  });

  test('lang "nl" on several cards and elements: no issues (renderer regex state worked around)', () => {
    const card = { type: 'AdaptiveCard', version: '1.5', lang: 'nl', body: [{ type: 'TextBlock', text: 'Hallo', lang: 'nl' }] };
    assert.deepEqual([...validateCard(card), ...validateCard(card)], []);
  });

  test('lang that is not a language code: one issue', () => {
    assert.equal(validateCard({ type: 'AdaptiveCard', version: '1.5', lang: 'nl-NL-x', body: [] }).length, 1);
  });

  test('minimal 1.5 card: no issues', () => {
    assert.deepEqual(validateCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hallo' }] }), []);
  });
});

describe('assertValidAppPackage', () => {
  const files = {
    manifestText: readFileSync(join(manifestDir, 'manifest.json'), 'utf8').replaceAll(AppIdPlaceholder, AppId),
    color: readFileSync(join(manifestDir, 'color.png')),
    outline: readFileSync(join(manifestDir, 'outline.png')),
  };

  test('placeholder left in the manifest: rejected', async () => {
    await assert.rejects(assertValidAppPackage({ ...files, manifestText: files.manifestText.replace(`"${AppId}"`, `"${AppIdPlaceholder}"`) }, AppId), /placeholder/);
  });

  test('developer name over 32 characters: schema error', async () => {
    const manifest = JSON.parse(files.manifestText);
    manifest.developer.name = 'Ministerie van Justitie en Veiligheid';
    await assert.rejects(assertValidAppPackage({ ...files, manifestText: JSON.stringify(manifest) }, AppId), /developer\/name/);
  });

  test('message-extension command title over 32 characters: schema error', async () => {
    const manifest = JSON.parse(files.manifestText);
    manifest.composeExtensions[0].commands[0].title = 'Zoek feiten in de kennisbank (search facts)';
    await assert.rejects(assertValidAppPackage({ ...files, manifestText: JSON.stringify(manifest) }, AppId), /commands\/0\/title/);
  });

  test('color icon as outline icon: wrong size rejected', async () => {
    await assert.rejects(assertValidAppPackage({ ...files, outline: files.color }, AppId), /outline\.png size/);
  });

  test('coloured outline icon: rejected', async () => {
    const red = Buffer.alloc(32 * 32 * 4);
    for (let i = 0; i < red.length; i += 4) red.set([255, 0, 0, 255], i);
    await assert.rejects(assertValidAppPackage({ ...files, outline: encodePng(32, 32, red) }, AppId), /white on transparent/);
  });
});
