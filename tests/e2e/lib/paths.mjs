// Well-known locations of the repository, the built bot and the test artifacts.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(e2eDir, '..', '..');
export const manifestDir = join(repoRoot, 'manifest');
export const artifactsDir = join(e2eDir, 'artifacts');
export const botDll = join(repoRoot, 'src', 'CooperationBot', 'bin', 'Debug', 'net10.0', 'CooperationBot.dll');
export const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Creates (if needed) and returns a folder under tests/e2e/artifacts/. */
export function artifactPath(...parts) {
  const path = join(artifactsDir, ...parts);
  mkdirSync(path, { recursive: true });
  return path;
}
