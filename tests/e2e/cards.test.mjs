// Every card the bot can produce, checked by the official Adaptive Cards renderer (adaptivecards 3.0.6),
// plus the help cards as the running bot returns them with deliveryMode "expectReplies".
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { BotTexts, messageActivity, runBotCli, startBot } from './lib/bot.mjs';
import { adaptiveCards, cardContains, findSubmitAction, validateCard } from './lib/cards.mjs';
import { artifactPath, repoRoot } from './lib/paths.mjs';
import { printLogs, stopAll } from './lib/processes.mjs';

const { dutchHelpTitle: DutchHelpTitle, englishHelpTitle: EnglishHelpTitle } = BotTexts;
const MaxMessageBytes = 40 * 1024;

function assertValidCard(card, name) {
  assert.ok(!card?.notJson, `${name}: not JSON: ${card?.notJson}`);
  assert.equal(card?.type, 'AdaptiveCard', `${name}: type`);
  assert.ok(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'].includes(card.version), `${name}: version ${card.version} must be <= 1.5`);
  assert.deepEqual(validateCard(card), [], `${name}: renderer issues`);
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    return { notJson: error.message };
  }
}

describe('cards export command', () => {
  const dir = join(artifactPath(), 'cards');
  let run;
  let cards;

  before(async () => {
    rmSync(dir, { recursive: true, force: true });
    run = await runBotCli(['cards', 'export', dir]);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
    cards = files.map((file) => ({ file, card: parseJson(readFileSync(join(dir, file), 'utf8')) }));
  });

  afterEach((t) => {
    if (!t.passed) console.error(`cards export output (exit ${run?.code}):\n${run?.output}`);
  });

  test('exits 0 and writes the Dutch help and welcome cards', () => {
    assert.equal(run.code, 0, 'exit code');
    assert.ok(cards.length > 0, 'no card files written');
    assert.ok(cards.some(({ card }) => cardContains(card, DutchHelpTitle)), 'no Dutch help card');
    assert.ok(cards.some(({ card }) => cardContains(card, BotTexts.welcome)), 'no welcome card');
  });

  test('the partly known card is exported in Dutch and in English, without an answer heading', () => {
    for (const [file, title] of [['partly-known.nl.json', BotTexts.partlyTitle], ['partly-known.en.json', BotTexts.partlyTitleEnglish]]) {
      const entry = cards.find((c) => c.file === file);
      assert.ok(entry, `${file} was not exported`);
      assert.ok(cardContains(entry.card, title), `${file} has no "${title}" heading`);
      assert.ok(!cardContains(entry.card, BotTexts.answerNote), `${file} presents the nearest fact as the answer`);
    }
  });

  test('every exported card: zero renderer issues, version <= 1.5', () => {
    assert.ok(cards.length > 0, 'no card files written');
    const failures = [];
    for (const { file, card } of cards) {
      try {
        assertValidCard(card, file);
      } catch (error) {
        failures.push(error.message);
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${cards.length} cards failed`);
  });
});

// The made-up knowledge that grows over two years (tests/CooperationBot.Bot.Tests/Knowledge/TestData/Growing, every text
// TESTDATA): its topics' example questions give the answer cards of knowledge that changes over time (the newest value
// with the earlier ones, a changed minister, two sources that differ) and the digest sample of a new series value.
describe('cards export on knowledge that changes over time', () => {
  const dir = join(artifactPath(), 'cards-over-time');
  const knowledge = join(repoRoot, 'tests', 'CooperationBot.Bot.Tests', 'Knowledge', 'TestData', 'Growing', 'knowledge.yaml');
  let run;
  let cards;

  before(async () => {
    rmSync(dir, { recursive: true, force: true });
    run = await runBotCli(['cards', 'export', dir], { env: { Knowledge__Path: knowledge } });
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
    cards = new Map(files.map((file) => [file, parseJson(readFileSync(join(dir, file), 'utf8'))]));
  });

  afterEach((t) => {
    if (!t.passed) console.error(`cards export output (exit ${run?.code}):\n${run?.output}`);
  });

  const expected = [
    ['answer.terugkeer.nl.json', ['Eerder', '180, stand 1 september 2024', '100, stand 1 maart 2024']],
    ['answer.terugkeer.en.json', ['Earlier', '180, as of 1 September 2024']],
    ['answer.bestuur.nl.json', ['Eerder', 'Tot 16 september 2024: Jansen: minister van Testzaken']],
    ['answer.programma.nl.json', ['De bronnen naast elkaar', 'Bureau voor Testcijfers', 'Ministerie van Testzaken']],
    ['answer.programma.en.json', ['The sources side by side']],
    ['digest-over-time.nl.json', ['\u2192 310']],
    // A visit shows the value as it stood on the visit date, with one line for the newer value.
    ['visit.bezoek-voorbeeldstad-2024-03-04.nl.json', ['Kerncijfers', '100 mensen teruggekeerd', 'Nieuwere waarde: 310, stand 30 juni 2025', 'inmiddels opgevolgd door De Vries']],
    ['visit.bezoek-voorbeeldstad-2024-03-04.en.json', ['Newer value: 310, as of 30 June 2025', 'Since replaced']],
    ['visit.bezoek-voorbeeldstad-2025-07-01.nl.json', ['310 mensen teruggekeerd']],
  ];
  for (const [file, texts] of expected) {
    test(`${file}: ${texts.join(' | ')}; zero renderer issues`, () => {
      assert.equal(run.code, 0, 'exit code');
      const card = cards.get(file);
      assert.ok(card, `${file} was not exported`);
      for (const text of texts) assert.ok(cardContains(card, text), `${file} lacks "${text}"`);
      assertValidCard(card, file);
    });
  }

  test('every card of the growing knowledge: zero renderer issues', () => {
    assert.ok(cards.size > 0, 'no card files written');
    const failures = [];
    for (const [file, card] of cards) {
      try {
        assertValidCard(card, file);
      } catch (error) {
        failures.push(error.message);
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${cards.size} cards failed`);
  });
});

describe('running bot, deliveryMode expectReplies', () => {
  let bot;

  before(async () => {
    bot = await startBot();
  });
  afterEach((t) => {
    if (!t.passed) printLogs(bot);
  });
  after(() => stopAll(bot));

  async function replyCard(activity) {
    const response = await bot.post({ ...activity, deliveryMode: 'expectReplies' });
    assert.equal(response.status, 200, `status (body: ${response.text.slice(0, 500)})`);
    const activities = response.body?.activities;
    assert.ok(Array.isArray(activities) && activities.length > 0, `no activities in ${response.text.slice(0, 500)}`);
    for (const reply of activities) {
      assert.ok(Buffer.byteLength(JSON.stringify(reply)) < MaxMessageBytes, 'reply larger than 40 KB');
    }
    const cards = activities.flatMap(adaptiveCards);
    assert.ok(cards.length > 0, 'no Adaptive Card attachment in the replies');
    cards.forEach((card, i) => assertValidCard(card, `reply card ${i}`));
    return cards;
  }

  test('help: answers a valid help card', async () => {
    const cards = await replyCard(messageActivity('help', { locale: 'en-US' }));
    assert.ok(cards.some((c) => cardContains(c, EnglishHelpTitle) || cardContains(c, DutchHelpTitle)), 'no help card');
  });

  test('hulp, then its "In English" button: Dutch help card, then the English one', async () => {
    const [dutch] = (await replyCard(messageActivity('hulp'))).filter((c) => cardContains(c, DutchHelpTitle));
    assert.ok(dutch, 'no Dutch help card');
    const toEnglish = findSubmitAction(dutch, BotTexts.toEnglishButton);
    assert.ok(toEnglish, 'the Dutch help card has no Action.Submit "In English"');

    // Teams sends an Action.Submit as a message with the action's data as value and no text.
    const english = await replyCard(messageActivity(undefined, { value: toEnglish.data ?? {} }));
    const card = english.find((c) => cardContains(c, EnglishHelpTitle));
    assert.ok(card, 'no English help card after "In English"');
    assert.ok(findSubmitAction(card, BotTexts.toDutchButton), 'the English help card has no Action.Submit "In het Nederlands"');
  });
});
