// The Teams app manifest: the sources in manifest/, and the zip the bot's "manifest package" command writes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, test } from 'node:test';
import AdmZip from 'adm-zip';
import { runBotCli } from './lib/bot.mjs';
import { AppIdPlaceholder, assertValidAppPackage } from './lib/manifest.mjs';
import { artifactPath, manifestDir } from './lib/paths.mjs';

const AppId = '3f2b8c1e-7d4a-4e9b-a6c5-1b2d3e4f5a6b';
const logs = [];
afterEach((t) => {
  if (!t.passed) logs.forEach((l) => console.error(l));
  logs.length = 0;
});

describe('manifest sources', () => {
  const source = (name) => readFileSync(join(manifestDir, name));

  test('manifest.json with the placeholder replaced: valid v1.25 package', async () => {
    const template = source('manifest.json').toString('utf8');
    assert.ok(template.includes(AppIdPlaceholder), 'the template keeps the app id placeholder');
    const manifest = await assertValidAppPackage({
      manifestText: template.replaceAll(AppIdPlaceholder, AppId),
      color: source('color.png'),
      outline: source('outline.png'),
    }, AppId);
    assert.equal(manifest.manifestVersion, '1.25');
    assert.equal(manifest.version, '1.0.0');
    assert.deepEqual(manifest.bots[0].scopes.sort(), ['groupChat', 'personal', 'team']);
  });

  test('command lists: hulp, bezoeken and digest aan in every scope', () => {
    const manifest = JSON.parse(source('manifest.json').toString('utf8'));
    const lists = manifest.bots[0].commandLists;
    assert.deepEqual(lists.flatMap((l) => l.scopes).sort(), ['groupChat', 'personal', 'team']);
    for (const list of lists) {
      const titles = list.commands.map((c) => c.title);
      for (const command of ['hulp', 'bezoeken', 'digest aan']) {
        assert.ok(titles.includes(command), `${command} missing for ${list.scopes}`);
      }
    }
  });

  test('message extension: one searchKnowledge query command, run on open, with the query parameter', () => {
    const manifest = JSON.parse(source('manifest.json').toString('utf8'));
    assert.equal(manifest.composeExtensions.length, 1);
    const [extension] = manifest.composeExtensions;
    assert.equal(extension.botId, AppIdPlaceholder, 'the compose extension uses the bot');
    const [command] = extension.commands;
    assert.equal(extension.commands.length, 1);
    assert.equal(command.id, 'searchKnowledge');
    assert.equal(command.type, 'query');
    assert.equal(command.initialRun, true);
    assert.deepEqual(command.parameters.map((p) => p.name), ['query']);
    assert.match(command.title, /Zoek.*search/i, 'title in Dutch and English');
  });
});

describe('manifest package command', () => {
  test('valid app id: zip with manifest.json and both icons at the root, schema-valid', async () => {
    const zipPath = join(artifactPath('manifest'), 'cooperationbot.zip');
    rmSync(zipPath, { force: true });
    const run = await runBotCli(['manifest', 'package', '--app-id', AppId, '--out', zipPath]);
    logs.push(`manifest package output (exit ${run.code}):\n${run.output}`);
    assert.equal(run.code, 0, 'exit code');

    const zip = new AdmZip(zipPath);
    assert.deepEqual(zip.getEntries().map((e) => e.entryName).sort(), ['color.png', 'manifest.json', 'outline.png']);
    const entry = (name) => zip.getEntry(name).getData();
    await assertValidAppPackage({
      manifestText: entry('manifest.json').toString('utf8'),
      color: entry('color.png'),
      outline: entry('outline.png'),
    }, AppId);
  });

  test('app id that is not a GUID: exit code 1 with a message', async () => {
    const zipPath = join(artifactPath('manifest'), 'not-written.zip');
    rmSync(zipPath, { force: true });
    const run = await runBotCli(['manifest', 'package', '--app-id', 'not-a-guid', '--out', zipPath]);
    logs.push(`manifest package output (exit ${run.code}):\n${run.output}`);
    assert.equal(run.code, 1, 'exit code');
    assert.match(run.output, /\S/, 'prints a message');
    assert.ok(!existsSync(zipPath), 'no zip is written');
  });
});
