// A person's view: headless Chromium on the Agents Playground web UI, typing and clicking like a user.
// Screenshots of every step go to tests/e2e/artifacts/chromium/.
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { BotTexts, startBot, WelcomePattern } from './lib/bot.mjs';
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
    await card(WelcomePattern).waitFor({ timeout: StepTimeoutMs });
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

  test('a question: the answer 125 as the message text, its card with the source, then a follow-up question typed as its button would post it', async () => {
    const { page } = browser;
    await page.locator('[role="textbox"][data-lexical-editor="true"]').fill(BotTexts.returnQuestion);
    await page.locator('button[aria-label="Send Message"]').click();
    // The answer is the message text (with its citation); the card below it shows the source and date.
    await page.getByText(BotTexts.returnAnswer).first().waitFor({ timeout: StepTimeoutMs });
    const answer = card(BotTexts.answerNote);
    await answer.waitFor({ timeout: StepTimeoutMs });
    await answer.getByText(BotTexts.sourceDate).first().waitFor({ timeout: StepTimeoutMs });
    await screenshot('4-answer-card');

    // The follow-up buttons carry Teams' imBack, which the Playground cannot click (tests/e2e/README.md): type the
    // question of a whole-titled button instead, as Teams posts it on a click (follow-up.test.mjs checks the imBack).
    const before = await page.locator('.ac-adaptiveCard').count();
    const followUp = answer.locator('.ac-actionSet button[aria-label$="?"]').first();
    const question = await followUp.getAttribute('aria-label');
    if (!question) throw new Error('the follow-up button has no aria-label');
    await page.locator('[role="textbox"][data-lexical-editor="true"]').fill(question);
    await page.locator('button[aria-label="Send Message"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: StepTimeoutMs });
    await page.locator('.ac-adaptiveCard').last().getByText(BotTexts.sourcePublisher).first().waitFor({ timeout: StepTimeoutMs });
    await screenshot('5-follow-up-answer');
  });

  test('a near-miss: the message says what is missing, then what is known; the partly known card shows its source', async () => {
    const { page } = browser;
    await page.locator('[role="textbox"][data-lexical-editor="true"]').fill(BotTexts.partlyQuestion);
    await page.locator('button[aria-label="Send Message"]').click();
    // What is missing, then what is known, is the message text; the card below it shows the source.
    await page.getByText(`${BotTexts.partlyMissing} ${BotTexts.partlyKnownHeading}`).first().waitFor({ timeout: StepTimeoutMs });
    const partly = card(BotTexts.partlyTitle);
    await partly.waitFor({ timeout: StepTimeoutMs });
    await partly.getByText(BotTexts.sourcePublisher).first().waitFor({ timeout: StepTimeoutMs });
    await partly.screenshot({ path: join(shots, '7-partly-known-card.png') });
    await screenshot('7-partly-known-page');
  });

  test('bezoek Marokko: the visit summary card renders with its Word button', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 3600 }); // the whole summary card in one screenshot
    await page.locator('[role="textbox"][data-lexical-editor="true"]').fill(BotTexts.visitCommand);
    await page.locator('button[aria-label="Send Message"]').click();
    const visit = card(BotTexts.visitTitle);
    await visit.waitFor({ timeout: StepTimeoutMs });
    await visit.getByText(BotTexts.visitOrganisation).first().waitFor({ timeout: StepTimeoutMs });
    await visit.locator(`button[aria-label="${BotTexts.briefingButton}"]`).waitFor({ timeout: StepTimeoutMs });
    await visit.screenshot({ path: join(shots, '6-visit-card.png') });
    await screenshot('6-visit-card-page');
  });
});
