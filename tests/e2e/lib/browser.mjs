// Headless Debian Chromium through playwright-core, with a fresh user-data-dir that is removed on close.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

const ChromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A launched browser with one page; `describe()` returns the page's console output for failure reports. */
export class Browser {
  #console = [];

  constructor(context, page, userDataDir) {
    this.context = context;
    this.page = page;
    this.userDataDir = userDataDir;
    page.on('console', (message) => this.#console.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => this.#console.push(`[pageerror] ${error.message}`));
  }

  describe() {
    return `----- chromium console (${this.#console.length} lines) -----\n${this.#console.slice(-200).join('\n')}\n----- end of chromium console -----`;
  }

  async stop() {
    try {
      await this.context.close();
    } finally {
      rmSync(this.userDataDir, { recursive: true, force: true });
    }
  }
}

/**
 * Launches headless /usr/bin/chromium (never a downloaded browser) with a fresh profile; `viewport` is the page size
 * in CSS pixels (a desktop window unless given).
 */
export async function launchChromium({ viewport = { width: 1280, height: 900 } } = {}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: apt-get update && apt-get install -y chromium`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'cooperationbot-e2e-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: ChromiumArgs,
      viewport,
      locale: 'nl-NL',
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return new Browser(context, page, userDataDir);
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
