// The daily digest end to end: subscribe in the Playground chat, edit the knowledge, run the operators' CLI
// `digest run --now` as a separate process, and the digest card arrives in the Playground as a proactive message.
// Its own bot and Playground, a temporary store and a temporary copy of knowledge/ (the repository's stay untouched).
// The edit changes a fact and adds a new value to the series of the return figure (a new, made-up TESTDATA source in
// the copy): the digest shows the fact as changed and the new value as a change of the series, "125 → 310".
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { runBotCli, startBot, WelcomePattern } from './lib/bot.mjs';
import { launchChromium } from './lib/browser.mjs';
import { adaptiveCards, cardContains, cardStrings, findAskAction, validateCard } from './lib/cards.mjs';
import { artifactPath, repoRoot } from './lib/paths.mjs';
import { startPlayground } from './lib/playground.mjs';
import { printLogs, stopAll } from './lib/processes.mjs';

const DigestTitle = 'Dagelijkse samenvatting';
const StatusTitle = 'Dagelijkse samenvatting: status';
const UiTimeoutMs = 30_000;
const ChangedFact = Object.freeze({
  id: 'bezoek-onderwerp',
  dutchBefore: 'Van der Burg en Laftit over hoe ze hun samenwerking op migratie kunnen versterken.',
  dutchAfter: 'Van der Burg en Laftit over hoe ze hun samenwerking op migratie verder kunnen versterken.',
  englishBefore: 'Van der Burg and Laftit discussed how they can strengthen their cooperation',
  englishAfter: 'Van der Burg and Laftit discussed how they can further strengthen their cooperation',
  question: 'Waarover spraken Van der Burg en Laftit?',
});
// A made-up later value of the shipped figure cijfer-terugkeer-125's series, from a made-up source (TESTDATA): only
// in the temporary copy. Same unit as the 125, a later as_of, its evidence verbatim in paragraph 2 of the new file.
const NewValue = Object.freeze({
  sourceId: 'testdata-terugkeer-2023-07-03',
  file: 'sources/testdata-terugkeer-2023-07-03.txt',
  title: 'TESTDATA: Terugkeer sinds het actieplan, stand 1 juli 2023',
  text: [
    'TESTDATA: een verzonnen brontekst voor de end-to-end test van de dagelijkse samenvatting. Niets hierin is echt.',
    'TESTDATA, verzonnen stand van 1 juli 2023. Sinds de samenwerking aan het actieplan keerden 310 Marokkaanse vreemdelingen terug.',
  ].join('\n\n') + '\n',
  evidence: 'Sinds de samenwerking aan het actieplan keerden 310 Marokkaanse vreemdelingen terug.',
  figureId: 'testdata-cijfer-terugkeer-310',
  meaning: 'TESTDATA: Sinds de samenwerking aan het actieplan keerden 310 Marokkaanse vreemdelingen terug (verzonnen stand van 1 juli 2023).',
  arrow: 'Terugkeer: 125 → 310 (stand 1 juli 2023, bron TESTDATA: Terugkeer sinds het actieplan, stand 1 juli 2023)',
  previous: 'Vorige stand 21 februari 2023: 125 (bron Staatssecretaris Van der Burg bezoekt collega minister Laftit in Marokko)',
});

/** The knowledge file's YAML for the new source and the new figure of `NewValue`. */
const newSourceYaml = `  - id: ${NewValue.sourceId}
    title: "${NewValue.title}"
    publisher: "TESTDATA: Ministerie van Testzaken"
    date: 2023-07-03
    file: ${NewValue.file}
    language: nl
`;
const newFigureYaml = `  - id: ${NewValue.figureId}
    topic: terugkeer
    value: 310
    unit: { nl: "Marokkaanse vreemdelingen teruggekeerd", en: "Moroccan nationals returned" }
    as_of: 2023-07-01
    period: { nl: "sinds de samenwerking aan het actieplan", en: "since cooperation under the action plan began" }
    measure: terugkeer-marokkanen-sinds-actieplan
    meaning:
      nl: "${NewValue.meaning}"
      en: "TESTDATA: Since cooperation under the action plan began, 310 Moroccan nationals have returned (made-up figure as of 1 July 2023)."
    source:
      source: ${NewValue.sourceId}
      paragraph: 2
      evidence: "${NewValue.evidence}"

`;

/** The local date in Amsterdam (the subscription's default time zone) as yyyy-MM-dd. */
const amsterdamDate = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** Replaces `before` by `after` in the text, exactly once. */
function replacedOnce(text, before, after, what) {
  assert.equal(text.split(before).length, 2, `"${before}" is not in ${what} exactly once`);
  return text.replace(before, after);
}

/** Replaces `before` by `after` in the file, exactly once. */
function replaceOnce(file, before, after) {
  writeFileSync(file, replacedOnce(readFileSync(file, 'utf8'), before, after, file));
}

describe('Daily digest through the Agents Playground and the digest CLI', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'cooperationbot-e2e-digest-'));
  const knowledgeFile = join(workDir, 'knowledge', 'knowledge.yaml');
  const store = `Data Source=${join(workDir, 'store.db')}`;
  const briefingKeyFile = join(workDir, 'briefing-signing.key');
  // The CLI reads its configuration from the environment; the bot gets the same through its arguments.
  const cliEnv = { ConnectionStrings__Store: store, Knowledge__Path: knowledgeFile, Bot__BriefingKeyFile: briefingKeyFile };
  const cards = artifactPath('digest');
  let bot;
  let playground;
  let browser;
  let stream;
  let log;
  let cli;
  let digest;

  const fromBot = (message) => message.from?.id !== playground.userId;
  const cardWith = (text) => (message) => fromBot(message) && adaptiveCards(message).some((c) => cardContains(c, text));
  // The digest's heading is exactly the title (the status card's is "Dagelijkse samenvatting: status").
  const isDigest = (message) => fromBot(message) && adaptiveCards(message).some((c) => cardStrings(c).includes(DigestTitle));
  const save = (name, card) => writeFileSync(join(cards, `${name}.json`), JSON.stringify(card, null, 2));
  const digestCli = () => runBotCli(['digest', 'run', '--now'], { env: cliEnv, timeoutMs: 30_000 });
  const cliLog = { describe: () => `----- last digest CLI run (exit ${cli?.code}) -----\n${cli?.output}\n----- end -----` };

  /** Sends `text` in the chat; resolves the card of the bot's answer that contains `marker`, saved and renderer-checked. */
  async function chat(text, what, marker, name) {
    const seen = stream.messages.length;
    await playground.sendMessage(text);
    const reply = await stream.waitForMessage(what, cardWith(marker), { after: seen });
    const [card] = adaptiveCards(reply);
    save(name, card);
    assert.deepEqual(validateCard(card), [], `${what} has renderer issues`);
    return card;
  }

  before(async () => {
    cpSync(join(repoRoot, 'knowledge'), join(workDir, 'knowledge'), { recursive: true });
    bot = await startBot({
      args: [
        '--ConnectionStrings:Store', store,
        '--Knowledge:Path', knowledgeFile,
        '--Bot:BriefingKeyFile', briefingKeyFile,
        // Only the CLI delivers here: the bot's own clock must not send the digest when 07:30 passes mid-test.
        '--Digest:SchedulerEnabled', 'false',
      ],
    });
    playground = await startPlayground(bot.messagesUrl, 'digest-playground');
    log = await playground.openLogStream();
    stream = await playground.openStream();
    // The web UI as a person sees it, connected before the chat starts (connecting installs the bot: a welcome card).
    browser = await launchChromium();
    await browser.page.goto(`${playground.url}/`, { timeout: UiTimeoutMs });
    await browser.page.locator('.ac-adaptiveCard', { hasText: WelcomePattern }).first().waitFor({ timeout: UiTimeoutMs });
  });
  afterEach(async (t) => {
    if (!t.passed) {
      printLogs(bot, playground, cli && cliLog, browser);
      await browser?.page.screenshot({ path: join(cards, 'failure.png'), fullPage: true }).catch(() => {});
    }
  });
  after(async () => {
    await stopAll(browser, playground, bot);
    rmSync(workDir, { recursive: true, force: true });
  });

  test('digest aan 07:30: the renderer-valid confirmation card names 07:30', async () => {
    const card = await chat('digest aan 07:30', 'the subscribed confirmation', 'Aangemeld', '1-subscribed');
    assert.ok(cardContains(card, '07:30'), 'the confirmation does not name 07:30');
  });

  test('digest status: the status card shows the subscription at 07:30, nothing delivered yet', async () => {
    const card = await chat('digest status', 'the status card', StatusTitle, '2-status');
    for (const text of ['07:30 (Europe/Amsterdam)', 'Aangemeld', 'Nog niet']) {
      assert.ok(cardContains(card, text), `the status card does not show "${text}"`);
    }
  });

  test('knowledge copy edited: the running bot reloads a new knowledge version', async () => {
    const loaded = /Knowledge (\w+) loaded from/g;
    const [first] = [...bot.process.output.matchAll(loaded)].map((m) => m[1]);
    replaceOnce(knowledgeFile, ChangedFact.dutchBefore, ChangedFact.dutchAfter);
    replaceOnce(knowledgeFile, ChangedFact.englishBefore, ChangedFact.englishAfter);
    await bot.process.waitForOutput(new RegExp(`Knowledge (?!${first})\\w+ loaded from`), 20_000);
  });

  test('knowledge copy: a new value 310 in the return series from a new TESTDATA source; the copy validates, the bot reloads it', async () => {
    const loaded = [...bot.process.output.matchAll(/Knowledge (\w+) loaded from/g)].map((m) => m[1]);
    writeFileSync(join(workDir, 'knowledge', NewValue.file), NewValue.text);
    // One write for both items, so the bot never sees a figure without its source.
    let yaml = readFileSync(knowledgeFile, 'utf8');
    yaml = replacedOnce(yaml, '\ntopics:\n', `\n${newSourceYaml}\ntopics:\n`, knowledgeFile);
    yaml = replacedOnce(yaml, '\nquotes:\n', `\n${newFigureYaml}quotes:\n`, knowledgeFile);
    writeFileSync(knowledgeFile, yaml);
    await bot.process.waitForOutput(new RegExp(`Knowledge (?!(?:${loaded.join('|')}) )\\w+ loaded from`), 20_000);

    const validate = await runBotCli(['knowledge', 'validate', knowledgeFile], { timeoutMs: 30_000 });
    assert.equal(validate.code, 0, `knowledge validate exited ${validate.code}:\n${validate.output}`);
    assert.match(validate.output, /: 0 errors, /, `knowledge validate reports errors:\n${validate.output}`);
    assert.doesNotMatch(validate.output, /: error: /, `knowledge validate reports errors:\n${validate.output}`);
    assert.match(validate.output, /2 figures/, `the new figure is not in the copy:\n${validate.output}`);
  });

  test('digest run --now (CLI): exits 0 with 1 sent; the digest card arrives proactively with the changed fact and its source', async () => {
    const seen = stream.messages.length;
    const dates = [amsterdamDate()];
    cli = await digestCli();
    dates.push(amsterdamDate());
    assert.equal(cli.code, 0, `digest run --now exited ${cli.code}:\n${cli.output}`);
    assert.match(cli.output, /digest run: 1 scheduled .*; 1 sent, 0 parked .*, 0 failed, 0 still open/);

    digest = await stream.waitForMessage('the digest card', isDigest, { after: seen });
    // The counts are the message text (the notification); the Playground shows it as a message of its own.
    const lead = 'Sinds uw vorige samenvatting: 1 nieuw, 1 gewijzigd.';
    const text = await stream.waitForMessage('the digest text', (m) => fromBot(m) && m.text === lead, { after: seen });
    const [card] = adaptiveCards(digest);
    save('3-digest', card);
    for (const shown of ['Gewijzigd', ChangedFact.dutchAfter, 'Bron: ']) {
      assert.ok(cardContains(card, shown), `the digest card does not show "${shown}"`);
    }
    assert.equal(card.speak, lead, 'the digest card does not speak its counts');
    assert.deepEqual(validateCard(card), [], 'the digest card has renderer issues');

    // What the bot posted (the Playground's developer log): a new message, not a reply, tagged with its digest key.
    // The log gives a message with text no id, so it is found by its text and digest key.
    const ids = [digest.messageId, text.messageId];
    const { log: entry } = await log.waitForEvent(
      'the digest in the Playground log',
      (e) => ids.includes(e.log?.messageId) || (e.log?.request?.body?.text === lead && e.log.request.body.channelData?.digestKey !== undefined),
    );
    const posted = entry.request.body;
    assert.equal(posted.replyToId, undefined, 'the digest was posted as a reply');
    // 201 with an id for a card alone; the Playground answers 202 (no id) for a message with text and a card.
    assert.ok([201, 202].includes(entry.response.statusCode), `the Playground answered ${entry.response.statusCode}`);
    const [subscriber, date] = posted.channelData.digestKey.split('|');
    assert.ok(subscriber.startsWith('personal:') && subscriber.endsWith(`:${playground.userId}`), `unexpected digest key ${posted.channelData.digestKey}`);
    assert.ok(dates.includes(date), `the digest is for ${date}, not today in Amsterdam (${dates.join(' or ')})`);
  });

  test('the digest card shows the new value of the return series as a change, 125 → 310, with its date and source', async () => {
    assert.ok(digest, 'no digest card arrived');
    const [card] = adaptiveCards(digest);
    const strings = cardStrings(card);
    // The arrow line exactly, then where the previous value came from, then the figure's own statement and citation.
    assert.ok(strings.includes(NewValue.arrow), `the digest card has no line "${NewValue.arrow}":\n${strings.join('\n')}`);
    assert.ok(strings.includes(NewValue.previous), `the digest card has no line "${NewValue.previous}"`);
    const arrowAt = strings.indexOf(NewValue.arrow);
    assert.ok(strings.indexOf(NewValue.meaning) > arrowAt, 'the new figure\'s statement does not follow its arrow line');
    assert.ok(
      strings.some((s) => s.startsWith('Cijfer, stand per 1 juli 2023 · Bron: TESTDATA: Terugkeer sinds het actieplan')),
      'the new figure has no source line');
    assert.ok(strings.indexOf('Nieuw') < arrowAt && arrowAt < strings.indexOf('Gewijzigd'), 'the series change is not listed under "Nieuw"');
    assert.deepEqual(validateCard(card), [], 'the digest card has renderer issues');
  });

  test('Playground web UI: the digest card renders with the changed fact and its source (screenshot)', async () => {
    const card = browser.page.locator('.ac-adaptiveCard', { hasText: ChangedFact.dutchAfter }).last();
    await card.waitFor({ timeout: UiTimeoutMs });
    await card.getByText('Bron: ').first().waitFor({ timeout: UiTimeoutMs });
    await card.getByText(NewValue.arrow).waitFor({ timeout: UiTimeoutMs });
    const ask = findAskAction(adaptiveCards(digest), ChangedFact.question);
    assert.ok(ask, `the digest card has no button that asks "${ChangedFact.question}"`);
    await card.locator(`button[aria-label="${ask.title}"]`).waitFor({ timeout: UiTimeoutMs });
    await card.screenshot({ path: join(cards, 'digest-card.png') });
  });

  test('digest run --now again: nothing sent (today\'s digest was delivered), exits 0', async () => {
    const seen = stream.messages.length;
    cli = await digestCli();
    assert.equal(cli.code, 0, `the second digest run --now exited ${cli.code}:\n${cli.output}`);
    assert.match(cli.output, /digest run: 0 scheduled .*; 0 sent, 0 parked .*, 0 failed, 0 still open/);

    // The status answer comes after anything the run could have posted: no second digest in between.
    await playground.sendMessage('digest status');
    const status = await stream.waitForMessage('the status card', cardWith(StatusTitle), { after: seen });
    assert.ok(!cardContains(adaptiveCards(status)[0], 'Nog niet'), 'the status card does not show the delivery');
    const digests = stream.messages.slice(seen).filter((e) => e.message && isDigest(e.message));
    assert.deepEqual(digests, [], 'a second digest arrived');
  });

  test('the digest card\'s question button: the answer shows the edited fact', async () => {
    const action = findAskAction(adaptiveCards(digest), ChangedFact.question);
    assert.ok(action, `the digest card has no button that asks "${ChangedFact.question}"`);
    const seen = stream.messages.length;
    await playground.submit(digest.messageId, action.data ?? {});
    const answer = await stream.waitForMessage('the answer card', cardWith(ChangedFact.dutchAfter), { after: seen });
    save('4-answer-from-digest', adaptiveCards(answer)[0]);
  });

  test('digest uit: the unsubscribed confirmation arrives', async () => {
    const card = await chat('digest uit', 'the unsubscribed confirmation', 'Afgemeld', '5-unsubscribed');
    assert.ok(cardContains(card, 'U krijgt geen samenvattingen meer.'), 'the unsubscribed card does not say so');
  });
});
