// Follow-up question buttons through the Agents Playground: the button carries Teams' imBack with the whole question,
// and the question then shows in the chat as the user's message, followed by exactly one answer.
// The Playground (0.2.28) cannot click an Action.Submit whose data holds `msteams` (its Teams card renderer writes
// msTeams back into the frozen card payload: "Cannot add property msTeams, object is not extensible"), so this test
// does what Teams does on that click: it types the button's imBack value into the Playground's text box and sends it.
// A client without imBack sends the button's data instead (the Playground's own submit): the answer then starts with
// "Je vroeg: …". Screenshots in tests/e2e/artifacts/follow-up/.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, afterEach, before, describe, test } from 'node:test';
import { BotTexts, startBot } from './lib/bot.mjs';
import { launchChromium } from './lib/browser.mjs';
import { adaptiveCards, cardContains, findAskAction, validateCard } from './lib/cards.mjs';
import { artifactPath } from './lib/paths.mjs';
import { startPlayground } from './lib/playground.mjs';
import { printLogs, stopAll } from './lib/processes.mjs';

const StepTimeoutMs = 30_000;
/** How long to watch for a second answer that must not come. */
const QuietMs = 5_000;

describe('Follow-up question buttons in the Playground (imBack)', () => {
  const shots = artifactPath('follow-up');
  let bot;
  let playground;
  let stream;
  let browser;
  let answer;
  let ask;

  const fromBot = (message) => message.from?.id !== playground.userId;
  const screenshot = (name) => browser.page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  /**
   * What the bot posted since `seen`, as the chat shows it: the Playground pushes an activity's text and its card as
   * two messages, so one answer is one text and one card.
   */
  const botPostsAfter = (seen) => {
    const messages = stream.messages.slice(seen).filter((e) => e.message && fromBot(e.message)).map((e) => e.message);
    return { texts: messages.filter((m) => m.text).map((m) => m.text), cards: messages.flatMap(adaptiveCards).length };
  };

  /** Types `text` into the Playground's text box and sends it, as a user does. */
  async function type(text) {
    const { page } = browser;
    await page.locator('[role="textbox"][data-lexical-editor="true"]').fill(text);
    await page.locator('button[aria-label="Send Message"]').click();
  }

  /** The chat (not the Playground's log panel beside it): the scrolling element around the cards. */
  async function chatList() {
    await browser.page.locator('.ac-adaptiveCard').first().evaluate((card) => {
      let chat = card.parentElement;
      while (chat && !['auto', 'scroll'].includes(getComputedStyle(chat).overflowY)) chat = chat.parentElement;
      if (!chat) throw new Error('no scrolling chat around the cards');
      chat.dataset.e2e = 'chat';
    });
    return browser.page.locator('[data-e2e="chat"]');
  }

  before(async () => {
    bot = await startBot();
    playground = await startPlayground(bot.messagesUrl, 'follow-up-playground');
    stream = await playground.openStream();
    browser = await launchChromium();
    await browser.page.goto(`${playground.url}/`, { timeout: StepTimeoutMs });
    await browser.page.getByText('Connected.').first().waitFor({ timeout: StepTimeoutMs });
  });
  afterEach(async (t) => {
    if (!t.passed) {
      printLogs(bot, playground, browser);
      await screenshot('failure').catch(() => {});
    }
  });
  after(() => stopAll(browser, playground, bot));

  test('the answer card\'s follow-up button carries imBack with the whole question, and the card validates', async () => {
    const seen = stream.messages.length;
    await type(BotTexts.returnQuestion);
    answer = await stream.waitForMessage('the answer card', (m) =>
      fromBot(m) && adaptiveCards(m).some((c) => cardContains(c, BotTexts.answerNote)), { after: seen, timeoutMs: StepTimeoutMs });
    const [card] = adaptiveCards(answer);
    assert.deepEqual(validateCard(card), [], 'the answer card has renderer issues');

    ask = findAskAction(card);
    assert.ok(ask, 'the answer card has no follow-up question button');
    const question = ask.data.question;
    assert.ok(typeof question === 'string' && question.endsWith('?') && !question.includes('…'), `not a whole question: ${question}`);
    assert.deepEqual(ask.data.msteams, { type: 'imBack', value: question }, 'the button has no imBack with the whole question');
    assert.ok(question.startsWith(ask.title.replace(/…$/, '')), `the title "${ask.title}" is not the question's start`);

    const rendered = browser.page.locator('.ac-adaptiveCard', { hasText: BotTexts.answerNote }).last();
    await rendered.locator(`button[aria-label="${ask.title}"]`).waitFor({ timeout: StepTimeoutMs });
    await screenshot('1-answer-with-follow-up-button');
  });

  test('the imBack value sent as the user\'s message (as Teams posts it): the question shows in the chat, then exactly one answer', async () => {
    const question = ask.data.msteams.value;
    const seen = stream.messages.length;
    await type(question);

    const reply = await stream.waitForMessage('the answer to the follow-up', fromBot, { after: seen, timeoutMs: StepTimeoutMs });
    assert.ok(!reply.text.startsWith(BotTexts.askedLine), `the question is in the chat already, yet the answer repeats it: ${reply.text}`);

    // The Playground does not push the user's own messages over its stream: the chat shows the question as the user's
    // message, on the right as Teams shows one's own messages, above the answer on the left.
    const { page } = browser;
    const chat = await chatList();
    const sent = chat.getByText(question, { exact: true }).last();
    await sent.waitFor({ timeout: StepTimeoutMs });
    const answerText = chat.getByText(reply.text.replace(/ \[\d+\]$/, ''), { exact: false }).last();
    await answerText.waitFor({ timeout: StepTimeoutMs });
    const [asked, answered] = [await sent.boundingBox(), await answerText.boundingBox()];
    assert.ok(asked.y < answered.y, 'the question is not above the answer');
    assert.ok(asked.x > answered.x + 100, `the question (x ${asked.x}) is not on the user's side, right of the answer (x ${answered.x})`);
    assert.equal(await page.locator('[role="textbox"][data-lexical-editor="true"]').innerText().then((t) => t.trim()), '', 'the question is still in the text box');

    await delay(QuietMs);
    assert.deepEqual(botPostsAfter(seen), { texts: [reply.text], cards: 1 }, 'not exactly one answer followed the question');
    await sent.scrollIntoViewIfNeeded();
    await screenshot('2-question-as-user-message-and-one-answer');
  });

  test('a client without imBack sends the button\'s data (the Playground\'s submit): one answer, "Je vroeg: …" first', async () => {
    const question = ask.data.question;
    const seen = stream.messages.length;
    await playground.submit(answer.messageId, ask.data);

    const reply = await stream.waitForMessage('the answer to the submitted question', fromBot, { after: seen, timeoutMs: StepTimeoutMs });
    assert.ok(reply.text.startsWith(`${BotTexts.askedLine}${question}\n\n`), `the answer does not start with the question: ${reply.text}`);
    const asked = (await chatList()).getByText(`${BotTexts.askedLine}${question}`).last();
    await asked.waitFor({ timeout: StepTimeoutMs });

    await delay(QuietMs);
    assert.deepEqual(botPostsAfter(seen), { texts: [reply.text], cards: 1 }, 'not exactly one answer followed the submit');
    await asked.scrollIntoViewIfNeeded();
    await screenshot('3-submit-answer-says-what-was-asked');
  });
});
