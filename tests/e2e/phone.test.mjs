// Cards on a phone: headless Chromium at 360 x 640 CSS pixels on the Agents Playground, with the chat laid out as
// Teams mobile shows it (lib/phone.mjs). Every card must fit: nothing scrolls sideways, nothing is cut off (no
// button title or text ends in an ellipsis), and its main point is on the first screen below the card's top.
// - chat: the cards a user reaches by typing (welcome, help, answer, partly known, not found, visit, visit list,
//   visit not found, digest settings, curator refusal), and taps (a shortened question button holds the whole
//   question, sent as Teams posts its imBack, which the Playground cannot click; "Toon alle 15 feiten" unfolds the
//   visit's related facts).
// - every card of `cards export` (also those a chat cannot reach here: the digest itself, the fact card, a visit
//   choice...), posted into the Playground's chat through its emulated connector, as a bot would post it.
// Screenshots (the first screen, and the whole card) go to tests/e2e/artifacts/phone/.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { BotTexts, runBotCli, startBot } from './lib/bot.mjs';
import { launchChromium } from './lib/browser.mjs';
import { AdaptiveCardContentType } from './lib/cards.mjs';
import { artifactPath } from './lib/paths.mjs';
import { leadProblems, PhoneScreen, phoneLayout, phoneProblems, scrollCardToTop } from './lib/phone.mjs';
import { startPlayground } from './lib/playground.mjs';
import { printLogs, stopAll } from './lib/processes.mjs';

const StepTimeoutMs = 30_000;

describe('cards on a 360px phone screen, in the Agents Playground', () => {
  const shots = artifactPath('phone');
  let bot;
  let playground;
  let browser;
  let page;

  const cards = () => page.locator('.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)');

  /** Waits for a new card (after `count` cards) holding `text`, lays the chat out as on a phone and returns the card. */
  async function newCard(count, text) {
    await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, count, { timeout: StepTimeoutMs });
    const card = text ? cards().filter({ hasText: text }).last() : cards().last();
    await card.waitFor({ timeout: StepTimeoutMs });
    await phoneLayout(page);
    await scrollCardToTop(card);
    return card;
  }

  /** Screenshots of the card's first screen and of the whole card, then every phone problem of it. */
  async function check(card, name, mainPoint = []) {
    await scrollCardToTop(card);
    const problems = await phoneProblems(card, mainPoint);
    await page.screenshot({ path: join(shots, `${name}.png`) });
    // The whole card: a screen as tall as the card (same width, so the same layout), then the phone screen again.
    const { height } = await card.boundingBox();
    await page.setViewportSize({ width: PhoneScreen.width, height: Math.max(PhoneScreen.height, Math.ceil(height) + 16) });
    await scrollCardToTop(card);
    await card.screenshot({ path: join(shots, `${name}.card.png`) });
    await page.setViewportSize(PhoneScreen);
    return problems;
  }

  /**
   * Asks `text`, waits for the card holding `cardText` and checks it; with `lead`, also the message text above the
   * card (the answer or what is missing: the card does not repeat it), which Teams shows first.
   */
  async function ask(text, cardText, name, mainPoint, lead) {
    const count = await page.locator('.ac-adaptiveCard').count();
    await playground.sendMessage(text);
    const card = await newCard(count, cardText);
    assert.deepEqual(await check(card, name, mainPoint), [], `${name}: does not fit the phone`);
    if (lead) {
      const problems = await leadProblems(page, lead, card);
      await page.screenshot({ path: join(shots, `${name}.lead.png`) });
      assert.deepEqual(problems, [], `${name}: its lead does not fit the phone`);
    }
    return card;
  }

  before(async () => {
    rmSync(shots, { recursive: true, force: true });
    artifactPath('phone');
    bot = await startBot();
    playground = await startPlayground(bot.messagesUrl, 'phone-playground');
    browser = await launchChromium({ viewport: PhoneScreen });
    page = browser.page;
    await page.goto(`${playground.url}/`, { timeout: StepTimeoutMs });
    await page.getByText('Connected.').first().waitFor({ timeout: StepTimeoutMs });
  });
  afterEach(async (t) => {
    if (!t.passed) {
      printLogs(bot, playground, browser);
      await page.screenshot({ path: join(shots, 'failure.png') }).catch(() => {});
    }
  });
  after(() => stopAll(browser, playground, bot));

  test('welcome and help cards fit', async () => {
    const welcome = await newCard(0, /Welkom bij CooperationBot|Welcome to CooperationBot/);
    assert.deepEqual(await check(welcome, 'chat-welcome'), [], 'welcome: does not fit the phone');
    await ask('hulp', BotTexts.dutchHelpTitle, 'chat-help');
  });

  test('answer card: the answer with its source and date on the first screen; a shortened question button asks the whole question', async () => {
    const answer = await ask(BotTexts.returnQuestion, BotTexts.sourceDate, 'chat-answer', [BotTexts.sourceDate], BotTexts.returnAnswer);
    const shortened = answer.locator('button[aria-label$="…"][title]').first();
    // "Hoe gaat de terugkeersamenwerking met…" holds the whole question in its tooltip (and in its imBack). The
    // Playground cannot click an imBack button (tests/e2e/README.md), so the question is sent as Teams posts it on a tap.
    const question = await shortened.getAttribute('title');
    assert.equal(question, 'Hoe gaat de terugkeersamenwerking met Marokko?');
    assert.ok(question.startsWith((await shortened.getAttribute('aria-label')).replace(/…$/, '')), 'the title is not the question\'s start');
    const count = await page.locator('.ac-adaptiveCard').count();
    await playground.sendMessage(question);
    const followUp = await newCard(count);
    assert.deepEqual(await check(followUp, 'chat-answer-follow-up'), []);
    assert.deepEqual(await leadProblems(page, 'De terugkeersamenwerking met Marokko is sterk verbeterd.', followUp), []);
  });

  test('partly known and not found cards: what is missing on the first screen', async () => {
    await ask(BotTexts.partlyQuestion, BotTexts.partlyTitle, 'chat-partly-known', [BotTexts.partlyTitle], BotTexts.partlyMissing);
    await ask(BotTexts.outOfScopeQuestion, BotTexts.notFoundTitle, 'chat-not-found');
  });

  test('visit card: who, when, where and key figure on the first screen, the quote begins on it; the 15 related facts (none repeated from the sections above) unfold and still fit', async () => {
    // The purpose is the message text above the card (playground.test.mjs), not repeated on it. The quote (330
    // characters, some ten lines on a phone) cannot end on the first screen as well.
    const visit = await ask(BotTexts.visitCommand, BotTexts.visitTitle, 'chat-visit', [
      BotTexts.visitTitle, '21 februari 2023', 'Marokko', 'Van der Burg', BotTexts.visitCounterpartRole, BotTexts.visitFigure,
      { text: '\u201CDe relatie met Marokko is heel belangrijk', begins: true },
    ]);
    const fact = visit.getByText('Marokko is niet alleen een doorreisland', { exact: false });
    assert.equal(await fact.isVisible(), false, 'the related facts are shown before the button is pressed');
    await visit.locator('button[aria-label="Toon alle 15 feiten"]').click();
    await fact.waitFor({ timeout: StepTimeoutMs });
    await phoneLayout(page);
    const problems = await phoneProblems(visit, [BotTexts.visitTitle]);
    await fact.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'chat-visit-facts-unfolded.png') });
    assert.deepEqual(problems, [], 'the unfolded visit card does not fit the phone');
    await visit.locator('button[aria-label="Minder tonen"]').click();
    await fact.waitFor({ state: 'hidden', timeout: StepTimeoutMs });
  });

  test('visit list, visit not found, digest settings and curator refusal cards fit', async () => {
    await ask('bezoeken', BotTexts.visitTitle, 'chat-visits');
    await ask('bezoek Atlantis', 'Geen bezoek gevonden', 'chat-visit-not-found', [], 'Atlantis');
    await ask('digest', /[Dd]igest|[Ss]amenvatting/, 'chat-digest-settings');
    await ask('curator rapport', /.+/, 'chat-curator-refusal');
  });

  describe('every exported card, posted into the chat as the bot would', () => {
    const dir = join(artifactPath(), 'phone-cards');
    let exported;

    before(async () => {
      rmSync(dir, { recursive: true, force: true });
      const run = await runBotCli(['cards', 'export', dir]);
      assert.equal(run.code, 0, `cards export: ${run.output}`);
      exported = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
    });

    test('every card kind fits the phone screen', async () => {
      assert.ok(exported.length > 40, `only ${exported.length} cards exported`);
      const failures = [];
      for (const file of exported) {
        const name = `catalog-${file.replace(/\.json$/, '')}`;
        const count = await page.locator('.ac-adaptiveCard').count();
        const response = await fetch(`${playground.url}/_connector/v3/conversations/${encodeURIComponent(playground.conversationId)}/activities`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            from: { id: 'cooperationbot', name: 'CooperationBot' },
            attachments: [{ contentType: AdaptiveCardContentType, content: JSON.parse(readFileSync(join(dir, file), 'utf8')) }],
          }),
          signal: AbortSignal.timeout(10_000),
        });
        assert.ok(response.ok, `${file}: the Playground answered ${response.status}`);
        const card = await newCard(count);
        const problems = await check(card, name);
        if (problems.length > 0) failures.push(`${file}:\n  ${problems.join('\n  ')}`);
      }
      assert.deepEqual(failures, [], `${failures.length} of ${exported.length} cards do not fit a phone`);
    });
  });
});

describe('the phone checks can fail', () => {
  let browser;

  before(async () => {
    browser = await launchChromium({ viewport: PhoneScreen });
  });
  after(() => stopAll(browser));

  /** A chat with one card of `html`, shaped like the Playground's after phoneLayout(). */
  async function problemsOf(html, mainPoint) {
    await browser.page.setContent(`
      <div data-phone="chat" style="position:fixed;inset:0;overflow:auto"><div>
        <div class="ac-adaptiveCard" style="margin:0 16px;padding:16px;font:14px sans-serif">${html}</div>
      </div></div>`);
    return phoneProblems(browser.page.locator('.ac-adaptiveCard'), mainPoint);
  }

  test('a card that fits: no problems', async () => {
    assert.deepEqual(await problemsOf('<div class="ac-textBlock">Kort</div><button>Ja</button>', ['Kort']), []);
  });

  test('a wide element, a cut-off button title and a main point below the first screen are reported', async () => {
    const problems = await problemsOf(`
      <div class="ac-textBlock">Titel</div>
      <div style="width:500px">breed</div>
      <button style="width:100px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">Hoe gaat de terugkeersamenwerking met Marokko?</button>
      <div style="height:700px"></div><div>Het hoofdpunt</div>`, ['Het hoofdpunt']);
    assert.ok(problems.some((p) => p.includes('scrolls sideways') || p.includes('sticks out')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('is cut off')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('"Het hoofdpunt"') && p.includes('after the first screen')), problems.join('\n'));
  });
});
