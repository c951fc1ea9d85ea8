// Checks for a Teams app package: manifest schema (offline, @microsoft/app-manifest) and the two icons.
import assert from 'node:assert/strict';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { nonWhiteOrTransparentPixels, readPngHeader, readPngPixels } from './png.mjs';

export const AppIdPlaceholder = '${{MICROSOFT_APP_ID}}';

/**
 * Asserts that { manifestText, color, outline } (manifest.json text and the icon bytes) form a valid package
 * for `appId`: no placeholder left, both ids equal appId, zero schema errors, icon sizes, outline colours.
 */
export async function assertValidAppPackage({ manifestText, color, outline }, appId) {
  assert.ok(!manifestText.includes('${{'), 'a ${{...}} placeholder remains in manifest.json');
  const manifest = JSON.parse(manifestText);
  assert.equal(manifest.id, appId, 'manifest id');
  assert.deepEqual(manifest.bots.map((b) => b.botId), [appId], 'exactly one bot, with the app id');
  assert.deepEqual((manifest.composeExtensions ?? []).map((e) => e.botId), [appId], 'the message extension uses the bot');
  assert.deepEqual(await AppManifestUtils.validateAgainstSchema(manifest), [], 'schema errors');
  assert.equal(manifest.icons.color, 'color.png');
  assert.equal(manifest.icons.outline, 'outline.png');

  const colorHeader = readPngHeader(color);
  assert.deepEqual([colorHeader.width, colorHeader.height], [192, 192], 'color.png size');
  const outlineImage = readPngPixels(outline);
  assert.deepEqual([outlineImage.width, outlineImage.height], [32, 32], 'outline.png size');
  assert.deepEqual(nonWhiteOrTransparentPixels(outlineImage).slice(0, 5), [], 'outline.png must be white on transparent');
  assert.ok(outlineImage.rgba.some((v, i) => i % 4 === 3 && v === 0), 'outline.png has a transparent background');
  assert.ok(outlineImage.rgba.some((v, i) => i % 4 === 3 && v === 255), 'outline.png has a solid white shape');
  return manifest;
}
