// A person's view: headless Chromium on the Agents Playground web UI, typing and clicking like a user.
// Screenshots of every step go to tests/e2e/artifacts/chromium/.
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { BotTexts, startBot } from './lib/bot.mjs';
import { launchChromium } from './lib/browser.mjs';
import { artifactPath } from './lib/paths.mjs';
import { startPlayground } from './lib/playground.mjs';
import { printLogs, stopAll } from './lib/processes.mjs';

const StepTimeoutMs = 30_000;

describe('Playground web UI in headless Chromium', () => {
  const shots = artifactPath('chromium');
  let bot;
  let playground;
  let browser;

  const screenshot = (name) => browser.page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const card = (text) => browser.page.locator('.ac-adaptiveCard', { hasText: text }).last();

  before(async () => {
    bot = await startBot();
    playground = await startPlayground(bot.messagesUrl, 'chromium-playground');
    browser = await launchChromium();
  });
  afterEach(async (t) => {
    if (!t.passed) {
      printLogs(bot, playground, browser);
      await screenshot('failure').catch(() => {});
    }
  });
  after(() => stopAll(browser, playground, bot));

  test('hulp, then the "In English" button: Dutch then English help card rendered', async () => {
    const { page } = browser;
    await page.goto(`${playground.url}/`, { timeout: StepTimeoutMs });
    await page.getByText('Connected.').first().waitFor({ timeout: StepTimeoutMs });
    await card(BotTexts.welcome).waitFor({ timeout: StepTimeoutMs });
    await screenshot('1-connected-welcome');

    await page.locator('[role="textbox"][data-lexical-editor="true"]').fill('hulp');
    await page.locator('button[aria-label="Send Message"]').click();
    const dutch = card(BotTexts.dutchHelpTitle);
    await dutch.waitFor({ timeout: StepTimeoutMs });
    await screenshot('2-dutch-help-card');

    await dutch.locator(`button[aria-label="${BotTexts.toEnglishButton}"]`).click();
    const english = card(BotTexts.englishHelpTitle);
    await english.waitFor({ timeout: StepTimeoutMs });
    await english.locator(`button[aria-label="${BotTexts.toDutchButton}"]`).waitFor({ timeout: StepTimeoutMs });
    await screenshot('3-english-help-card');
  });
});
