// The search message extension: composeExtension/query through the Agents Playground's invoke endpoint (the
// Playground sends it as Teams does, with its en-US locale), and composeExtension/selectItem posted to the bot directly
// (the Playground 0.2.28 has no route for selectItem).
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { messageActivity, startBot } from './lib/bot.mjs';
import { AdaptiveCardContentType, cardContains, validateCard } from './lib/cards.mjs';
import { startPlayground } from './lib/playground.mjs';
import { printLogs, stopAll } from './lib/processes.mjs';

const ThumbnailContentType = 'application/vnd.microsoft.card.thumbnail';
const search = (text, skip = 0) => ({
  commandId: 'searchKnowledge',
  parameters: text === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'query', value: text }],
  queryOptions: { skip, count: 25 },
});

function assertResultList(answer) {
  const result = answer?.composeExtension;
  assert.equal(result?.type, 'result', `not a result list: ${JSON.stringify(answer)}`);
  assert.equal(result.attachmentLayout, 'list');
  assert.ok(result.attachments.length >= 1 && result.attachments.length <= 10, `${result.attachments.length} results`);
  for (const attachment of result.attachments) {
    assert.equal(attachment.contentType, AdaptiveCardContentType);
    assert.equal(attachment.content.version, '1.5');
    assert.deepEqual(validateCard(attachment.content), [], 'renderer issues in a result card');
    assert.equal(attachment.preview.contentType, ThumbnailContentType);
    assert.ok(attachment.preview.content.title, 'a preview without title');
    assert.equal(attachment.preview.content.tap.type, 'invoke');
    assert.ok(attachment.preview.content.tap.value.itemId, 'a preview tap without item id');
  }
  return result.attachments;
}

describe('message extension (Agents Playground invoke endpoint)', () => {
  let bot;
  let playground;

  before(async () => {
    bot = await startBot();
    playground = await startPlayground(bot.messagesUrl, 'message-extension');
  });
  afterEach((t) => {
    if (!t.passed) printLogs(bot, playground);
  });
  after(() => stopAll(playground, bot));

  test('search "How many Moroccans have returned?": the 125 fact first, English, source date in the preview', async () => {
    const results = assertResultList(await playground.invoke('composeExtension/query', search('How many Moroccans have returned?')));

    const [first] = results;
    assert.equal(first.preview.content.tap.value.itemId, 'terugkeer-125');
    assert.match(first.preview.content.text, /^Source: .*21 February 2023/);
    assert.ok(cardContains(first.content, '125 Moroccan nationals'), 'the card does not carry the fact');
    assert.ok(cardContains(first.content, 'Ministerie van Justitie en Veiligheid'), 'the card does not name the publisher');
  });

  test('initial run (empty search): the newest items, at most ten', async () => {
    const results = assertResultList(await playground.invoke('composeExtension/query', search(undefined)));

    assert.equal(results.length, 10);
    assert.ok(results.every((r) => r.preview.content.text.includes('21 February 2023')), 'every item of the knowledge has that date');
  });

  test('search that finds nothing: a message saying so', async () => {
    const answer = await playground.invoke('composeExtension/query', search('xyzzy'));

    assert.deepEqual(answer.composeExtension, { type: 'message', text: 'Nothing found in the knowledge for \u201cxyzzy\u201d.' });
  });

  test('selectItem with a preview\'s tap value (posted to the bot): the single fact card, renderer-valid', async () => {
    // A Dutch search under the Playground's en-US locale: the words of the search tell the language of the list.
    const [first] = assertResultList(await playground.invoke('composeExtension/query', search('terugkeer')));
    const select = messageActivity('', { type: 'invoke', name: 'composeExtension/selectItem', value: first.preview.content.tap.value, locale: 'en-US' });
    delete select.text;

    const { status, body } = await bot.post(select);

    assert.equal(status, 200);
    assert.equal(body.composeExtension.type, 'result');
    assert.equal(body.composeExtension.attachments.length, 1);
    const card = body.composeExtension.attachments[0].content;
    assert.deepEqual(validateCard(card), [], 'renderer issues in the selected card');
    // The tap value carries the language of the list (Dutch, from the search's words), whatever the posted locale.
    assert.equal(first.preview.content.tap.value.lang, 'nl');
    assert.equal(select.locale, 'en-US');
    assert.ok(cardContains(card, 'Uit het kennisbestand van CooperationBot'), 'the card does not say where it comes from, in Dutch');
  });
});
