// The bot behind the Microsoft 365 Agents Playground (local Teams emulator), driven without a browser.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { BotTexts, startBot } from './lib/bot.mjs';
import AdmZip from 'adm-zip';
import { adaptiveCards, cardContains, findOpenUrlAction, findSubmitAction, validateCard } from './lib/cards.mjs';
import { startPlayground } from './lib/playground.mjs';
import { printLogs, stopAll } from './lib/processes.mjs';

const { dutchHelpTitle: DutchHelpTitle, englishHelpTitle: EnglishHelpTitle } = BotTexts;

const fromBot = (playground) => (message) => message.from?.id !== playground.userId;
const withCard = (text) => (message) => adaptiveCards(message).some((c) => cardContains(c, text));
const citationPositions = (message) => (message.aiEntity?.citation ?? []).map((c) => c.position);

describe('Agents Playground (msteams channel)', () => {
  let bot;
  let playground;
  let stream;

  before(async () => {
    bot = await startBot();
    playground = await startPlayground(bot.messagesUrl);
    stream = await playground.openStream();
  });
  afterEach((t) => {
    if (!t.passed) printLogs(bot, playground);
  });
  after(() => stopAll(playground, bot));

  test('help: the help card arrives over the WebSocket', async () => {
    const seen = stream.messages.length;
    await playground.sendMessage('help');
    const reply = await stream.waitForMessage('a help card from the bot', (m) =>
      fromBot(playground)(m) && (withCard(EnglishHelpTitle)(m) || withCard(DutchHelpTitle)(m)), { after: seen });
    assert.ok(reply.messageId, 'the Playground stored the reply with an id');
  });

  test('hulp, then "In English" submitted: Dutch help card, then the English help card', async () => {
    let seen = stream.messages.length;
    await playground.sendMessage('hulp');
    const dutch = await stream.waitForMessage('the Dutch help card', (m) => fromBot(playground)(m) && withCard(DutchHelpTitle)(m), { after: seen });
    const action = findSubmitAction(adaptiveCards(dutch), BotTexts.toEnglishButton);
    assert.ok(action, 'the Dutch help card has no Action.Submit "In English"');

    seen = stream.messages.length;
    await playground.submit(dutch.messageId, action.data ?? {});
    const english = await stream.waitForMessage('the English help card', (m) => fromBot(playground)(m) && withCard(EnglishHelpTitle)(m), { after: seen });
    assert.ok(findSubmitAction(adaptiveCards(english), BotTexts.toDutchButton), 'the English help card has no "In het Nederlands" button');
  });

  test('installation: the welcome card (Dutch or English) arrives', async () => {
    const seen = stream.messages.length;
    const response = await fetch(`${playground.url}/_debug/conversation/${encodeURIComponent(playground.conversationId)}/installation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(10_000),
    });
    assert.ok(response.ok, `installation answered ${response.status}`);
    await stream.waitForMessage('the welcome card', (m) => fromBot(playground)(m) && (withCard(BotTexts.welcome)(m) || withCard(BotTexts.welcomeEnglish)(m)), { after: seen });
  });

  test('question: "Hoeveel Marokkanen zijn teruggekeerd?" answers 125 with its source and date', async () => {
    const seen = stream.messages.length;
    await playground.sendMessage(BotTexts.returnQuestion);
    const reply = await stream.waitForMessage('the answer card', (m) => fromBot(playground)(m) && withCard(BotTexts.returnAnswer)(m), { after: seen });
    // The message text (notification, chat list, screen reader) is the answer itself, its [1] on the cited claim;
    // the Playground shows it as a message of its own, with the citations.
    const text = await stream.waitForMessage('the answer text', (m) => fromBot(playground)(m) && m.text?.includes(BotTexts.returnAnswer), { after: seen });
    assert.ok(text.text.endsWith('. [1]'), `the message text: ${text.text}`);
    assert.deepEqual(citationPositions(text), [1], 'the [1] mark has no citation');
    const [card] = adaptiveCards(reply);
    for (const text of [BotTexts.sourcePublisher, BotTexts.sourceDate]) {
      assert.ok(cardContains(card, text), `the answer card does not show "${text}"`);
    }
    const issues = validateCard(card);
    assert.deepEqual(issues, [], 'the answer card has renderer issues');
  });

  test('question outside the knowledge: "Wat is de hoofdstad van Frankrijk?" gets the honest not-found card', async () => {
    const seen = stream.messages.length;
    await playground.sendMessage(BotTexts.outOfScopeQuestion);
    const reply = await stream.waitForMessage('the not-found card', (m) => fromBot(playground)(m) && withCard(BotTexts.notFoundTitle)(m), { after: seen });
    assert.ok(!adaptiveCards(reply).some((c) => cardContains(c, '125')), 'the not-found card must not carry an answer');
  });

  test('near-miss: "Hoeveel vrouwen keerden terug naar Marokko?" gets the partly known card, in Dutch and in English', async () => {
    for (const [question, title, missing, heading] of [
      [BotTexts.partlyQuestion, BotTexts.partlyTitle, BotTexts.partlyMissing, BotTexts.partlyKnownHeading],
      [BotTexts.partlyQuestionEnglish, BotTexts.partlyTitleEnglish, BotTexts.partlyMissingEnglish, BotTexts.partlyKnownHeadingEnglish],
    ]) {
      const seen = stream.messages.length;
      await playground.sendMessage(question);
      const reply = await stream.waitForMessage(`the partly known card (${title})`, (m) => fromBot(playground)(m) && withCard(title)(m), { after: seen });
      // The message text leads with what is missing, then cites the nearest fact as what is known; the card shows its source.
      const text = await stream.waitForMessage(`the partly known text (${title})`, (m) => fromBot(playground)(m) && m.text?.startsWith(missing), { after: seen });
      assert.ok(text.text.startsWith(`${missing} ${heading} `) && text.text.includes('125') && text.text.endsWith('. [1]'), `the message text: ${text.text}`);
      assert.deepEqual(citationPositions(text), [1], 'the [1] mark has no citation');
      const [card] = adaptiveCards(reply);
      assert.ok(cardContains(card, BotTexts.sourcePublisher), `the partly known card does not show "${BotTexts.sourcePublisher}"`);
      assert.ok(card.speak.startsWith(`${missing} ${heading} `) && !/\[\d+\]/.test(card.speak), `the card's speak: ${card.speak}`);
      assert.ok(!cardContains(card, BotTexts.answerNote) && !cardContains(card, 'Answer from the knowledge base'), 'the partly known card must not present the nearest fact as the answer');
      assert.deepEqual(validateCard(card), [], 'the partly known card has renderer issues');
    }
  });

  test('visit: "bezoek Marokko" shows the summary card (renderer-valid); its "In English" button answers the English card', async () => {
    let seen = stream.messages.length;
    await playground.sendMessage(BotTexts.visitCommand);
    const dutch = await stream.waitForMessage('the visit summary card', (m) => fromBot(playground)(m) && withCard(BotTexts.visitTitle)(m), { after: seen });
    const [card] = adaptiveCards(dutch);
    for (const text of ['21 februari 2023', 'Laftit', BotTexts.visitCounterpartRole, BotTexts.visitFigure, BotTexts.visitOrganisation, BotTexts.sourcePublisher]) {
      assert.ok(cardContains(card, text), `the visit card does not show "${text}"`);
    }
    assert.deepEqual(validateCard(card), [], 'the visit card has renderer issues');

    // The "Briefing (Word)" button: a real HTTP GET of its URL must download a Word document.
    const word = findOpenUrlAction(card, BotTexts.briefingButton);
    assert.ok(word, 'the visit card has no "Briefing (Word)" button');
    const download = await fetch(word.url, { signal: AbortSignal.timeout(15_000) });
    assert.equal(download.status, 200, `GET of the briefing link answered ${download.status}`);
    assert.equal(download.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.match(download.headers.get('content-disposition') ?? '', /attachment;.*\.docx/);
    const bytes = Buffer.from(await download.arrayBuffer());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'the download is not a zip (docx) file');
    const entries = new AdmZip(bytes).getEntries().map((e) => e.entryName);
    assert.ok(entries.includes('word/document.xml'), 'the .docx has no word/document.xml');
    const documentXml = new AdmZip(bytes).readAsText('word/document.xml');
    for (const text of ['Laftit', '125', 'UNHCR']) {
      assert.ok(documentXml.includes(text), `the briefing note does not contain "${text}"`);
    }
    const tampered = await fetch(word.url.slice(0, -2) + (word.url.endsWith('AA') ? 'BB' : 'AA'), { signal: AbortSignal.timeout(15_000) });
    assert.equal(tampered.status, 403, 'a tampered briefing link must be refused');

    const action = findSubmitAction(card, BotTexts.toEnglishButton);
    assert.ok(action, 'the visit card has no Action.Submit "In English"');
    seen = stream.messages.length;
    await playground.submit(dutch.messageId, action.data ?? {});
    const english = await stream.waitForMessage('the English visit card', (m) => fromBot(playground)(m) && withCard(BotTexts.visitTitleEnglish)(m), { after: seen });
    assert.deepEqual(validateCard(adaptiveCards(english)[0]), [], 'the English visit card has renderer issues');
  });
});
