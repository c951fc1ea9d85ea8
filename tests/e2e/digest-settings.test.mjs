// Digest settings that stick (issue 19), as a person uses them: the Agents Playground web UI in headless Chromium.
// Open the settings card, choose another time and every day, Save: the card then shows the saved values (the bot
// redraws the submitted card); reopen it: the new card shows them too. Then the operators' CLI `digest run --now`
// delivers the first digest, which is the welcome overview, not "nothing changed". Its own bot, Playground and
// temporary store; screenshots in artifacts/digest-settings/.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { runBotCli, startBot, WelcomePattern } from './lib/bot.mjs';
import { launchChromium } from './lib/browser.mjs';
import { adaptiveCards, cardContains, validateCard } from './lib/cards.mjs';
import { artifactPath } from './lib/paths.mjs';
import { startPlayground } from './lib/playground.mjs';
import { printLogs, stopAll } from './lib/processes.mjs';

const UiTimeoutMs = 30_000;
const FormTitle = 'Uw dagelijkse samenvatting';
const SavedTime = '8:30';
const WelcomeLead = 'Welkom bij de dagelijkse samenvatting. De kennis bevat nu ';

describe('Digest settings that stick, in the Playground web UI', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'cooperationbot-e2e-settings-'));
  const store = `Data Source=${join(workDir, 'store.db')}`;
  const briefingKeyFile = join(workDir, 'briefing-signing.key');
  const shots = artifactPath('digest-settings');
  let bot;
  let playground;
  let browser;
  let stream;
  let cli;

  const screenshot = (name) => browser.page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const forms = () => browser.page.locator('.ac-adaptiveCard', { hasText: FormTitle });
  const timeOf = (form) => form.locator('input[placeholder="Select a time..."]').inputValue();
  const checkedDays = (form) => form.locator('input[type="radio"][value="everyday"]').isChecked();
  const fromBot = (message) => message.from?.id !== playground.userId;

  /** Types `text` into the chat box and sends it. */
  async function type(text) {
    await browser.page.locator('[role="textbox"][data-lexical-editor="true"]').fill(text);
    await browser.page.locator('button[aria-label="Send Message"]').click();
  }

  /** Waits until the settings card `form` shows 8:30 and every day (the Playground may draw it again meanwhile). */
  async function waitForSaved(form, what) {
    const deadline = Date.now() + UiTimeoutMs;
    let shown;
    while (Date.now() < deadline) {
      shown = { time: await timeOf(form).catch(() => undefined), everyDay: await checkedDays(form).catch(() => undefined) };
      if (shown.time === SavedTime && shown.everyDay) return;
      await browser.page.waitForTimeout(250);
    }
    assert.fail(`${what} shows ${JSON.stringify(shown)}, not the saved ${SavedTime} every day`);
  }

  before(async () => {
    bot = await startBot({
      args: [
        '--ConnectionStrings:Store', store,
        '--Bot:BriefingKeyFile', briefingKeyFile,
        // Only the CLI delivers here: the bot's own clock must not send the digest mid-test.
        '--Digest:SchedulerEnabled', 'false',
      ],
    });
    playground = await startPlayground(bot.messagesUrl, 'digest-settings-playground');
    stream = await playground.openStream();
    browser = await launchChromium();
    await browser.page.goto(`${playground.url}/`, { timeout: UiTimeoutMs });
    await browser.page.locator('.ac-adaptiveCard', { hasText: WelcomePattern }).first().waitFor({ timeout: UiTimeoutMs });
  });
  afterEach(async (t) => {
    if (!t.passed) {
      printLogs(bot, playground, cli && { describe: () => `----- digest CLI (exit ${cli.code}) -----\n${cli.output}` }, browser);
      await screenshot('failure').catch(() => {});
    }
  });
  after(async () => {
    await stopAll(browser, playground, bot);
    rmSync(workDir, { recursive: true, force: true });
  });

  test('settings card: choose 8:30 and every day, Save; the card then shows the saved values', async () => {
    const { page } = browser;
    await type('digest instellingen');
    const form = forms().first();
    await form.waitFor({ timeout: UiTimeoutMs });
    assert.equal(await timeOf(form), '7:00', 'a new subscriber\'s card does not start at 7:00');
    await screenshot('1-settings-card');

    await form.locator('input[placeholder="Select a time..."]').click();
    await page.getByRole('option', { name: SavedTime, exact: true }).first().click();
    await form.getByText('Elke dag').click();
    await screenshot('2-changed');
    const seen = stream.messages.length;
    await form.locator('button[aria-label="Opslaan"]').click();

    // The Playground shows a message's text and its card as two messages.
    await stream.waitForMessage(
      'the saved confirmation card',
      (m) => fromBot(m) && adaptiveCards(m).some((c) => cardContains(c, 'Aangemeld')),
      { after: seen });
    await stream.waitForMessage(
      'the saved confirmation text',
      (m) => fromBot(m) && m.text === 'U krijgt de samenvatting elke dag om 08:30 (Europe/Amsterdam).',
      { after: seen });
    await page.locator('.ac-adaptiveCard', { hasText: 'Aangemeld' }).last().waitFor({ timeout: UiTimeoutMs });
    await waitForSaved(form, 'the saved settings card');
    await screenshot('3-saved');
  });

  test('reopened with "digest instellingen": the new settings card shows the saved values', async () => {
    const before = await forms().count();
    await type('digest instellingen');
    await browser.page.waitForFunction(
      ([title, n]) => [...document.querySelectorAll('.ac-adaptiveCard')].filter((c) => c.textContent.includes(title)).length > n,
      [FormTitle, before],
      { timeout: UiTimeoutMs });
    const reopened = forms().last();
    await waitForSaved(reopened, 'the reopened settings card');
    await reopened.locator('button[aria-label="Afmelden"]').waitFor({ timeout: UiTimeoutMs });
    await screenshot('4-reopened');
  });

  test('digest run --now (CLI): the first digest is the welcome overview, renderer-valid', async () => {
    const seen = stream.messages.length;
    cli = await runBotCli(['digest', 'run', '--now'], {
      env: { ConnectionStrings__Store: store, Bot__BriefingKeyFile: briefingKeyFile },
      timeoutMs: 30_000,
    });
    assert.equal(cli.code, 0, `digest run --now exited ${cli.code}:\n${cli.output}`);
    assert.match(cli.output, /1 sent/);

    const text = await stream.waitForMessage('the welcome text', (m) => fromBot(m) && m.text?.startsWith(WelcomeLead), { after: seen });
    assert.ok(!text.text.includes('niets veranderd'), 'the first digest says nothing changed');
    const digest = await stream.waitForMessage(
      'the welcome card',
      (m) => fromBot(m) && adaptiveCards(m).some((c) => cardContains(c, 'Tijd wijzigen')),
      { after: seen });
    const [card] = adaptiveCards(digest);
    writeFileSync(join(shots, 'welcome-digest.json'), JSON.stringify(card, null, 2));
    for (const shown of ['Onderwerpen', 'Nieuwste', 'Bron: ', "'digest aan 08:30'"]) {
      assert.ok(cardContains(card, shown), `the welcome card does not show "${shown}"`);
    }
    assert.deepEqual(validateCard(card), [], 'the welcome card has renderer issues');

    const shown = browser.page.locator('.ac-adaptiveCard', { hasText: 'Tijd wijzigen' }).last();
    await shown.waitFor({ timeout: UiTimeoutMs });
    await shown.getByText('Nieuwste').waitFor({ timeout: UiTimeoutMs });
    await shown.screenshot({ path: join(shots, '5-welcome-digest.png') });
    await screenshot('6-welcome-digest-chat');
  });
});
