// One language per person in the Agents Playground web UI (headless Chromium). The Playground (0.2.28) sends every
// message with the locale en-US, as many Dutch civil servants' Teams clients do. Its installationUpdate has en-US and
// its conversationUpdate no locale, and whichever the bot handles first welcomes, so the welcome, sent before anyone
// wrote, may be in either language; it has a one-tap switch to the other. From the first Dutch question on, every card
// is Dutch in spite of en-US, including the commands that carry no language of their own (help, digest, digest
// status); the switch on the help card makes it English, and that sticks too.
// Screenshots in tests/e2e/artifacts/language/.
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { BotTexts, startBot, WelcomePattern } from './lib/bot.mjs';
import { launchChromium } from './lib/browser.mjs';
import { artifactPath } from './lib/paths.mjs';
import { startPlayground } from './lib/playground.mjs';
import { printLogs, stopAll } from './lib/processes.mjs';

const StepTimeoutMs = 30_000;

describe('one language per person in the Playground web UI (en-US client)', () => {
  const shots = artifactPath('language');
  let bot;
  let playground;
  let browser;

  const screenshot = (name) => browser.page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const card = (text) => browser.page.locator('.ac-adaptiveCard', { hasText: text }).last();
  const cardCount = () => browser.page.locator('.ac-adaptiveCard').count();
  const send = async (text) => {
    await browser.page.locator('[role="textbox"][data-lexical-editor="true"]').fill(text);
    await browser.page.locator('button[aria-label="Send Message"]').click();
  };
  // The next card the bot posts must carry the text: a card posted earlier with the same text does not count.
  const nextCard = async (before, text) => {
    await browser.page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: StepTimeoutMs });
    const last = browser.page.locator('.ac-adaptiveCard').last();
    await last.getByText(text).first().waitFor({ timeout: StepTimeoutMs });
    return last;
  };

  before(async () => {
    bot = await startBot();
    playground = await startPlayground(bot.messagesUrl, 'language-playground');
    browser = await launchChromium();
  });
  afterEach(async (t) => {
    if (!t.passed) {
      printLogs(bot, playground, browser);
      await screenshot('failure').catch(() => {});
    }
  });
  after(() => stopAll(browser, playground, bot));

  test('the welcome, before anyone wrote, has a one-tap switch to the other language', async () => {
    const { page } = browser;
    await page.goto(`${playground.url}/`, { timeout: StepTimeoutMs });
    const welcome = card(WelcomePattern);
    await welcome.waitFor({ timeout: StepTimeoutMs });
    const dutch = (await welcome.textContent()).includes(BotTexts.welcome);
    await welcome.locator(`button[aria-label="${dutch ? BotTexts.toEnglishButton : BotTexts.toDutchButton}"]`).waitFor({ timeout: StepTimeoutMs });
    await screenshot('1-welcome');
  });

  test('a Dutch question under en-US: the answer and then help, digest settings and status are all Dutch', async () => {
    let before = await cardCount();
    await send(BotTexts.returnQuestion);
    await nextCard(before, BotTexts.answerNote);
    await screenshot('2-dutch-answer');

    for (const [command, heading, shot] of [
      ['help', BotTexts.dutchHelpTitle, '3-dutch-help'],
      ['digest', 'Uw dagelijkse samenvatting', '4-dutch-digest-settings'],
      ['digest status', 'Dagelijkse samenvatting: status', '5-dutch-digest-status'],
    ]) {
      before = await cardCount();
      await send(command);
      await nextCard(before, heading);
      await screenshot(shot);
    }
  });

  test('the help card\'s "In English" switches to English, and commands without a language then stay English', async () => {
    const before = await cardCount();
    await send('help');
    const help = await nextCard(before, BotTexts.dutchHelpTitle);
    const switched = await cardCount();
    await help.locator(`button[aria-label="${BotTexts.toEnglishButton}"]`).click();
    await nextCard(switched, BotTexts.englishHelpTitle);
    await screenshot('6-english-help');

    const afterSwitch = await cardCount();
    await send('digest status');
    await nextCard(afterSwitch, 'Daily digest: status');
    await screenshot('7-english-digest-status');
  });
});
