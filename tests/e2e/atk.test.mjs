// The Microsoft 365 Agents Toolkit lifecycle (m365agents.yml, env/.env.dev), checked offline: the yml against the
// JSON schema its yaml-language-server comment names (the copy shipped in @microsoft/m365agentstoolkit-cli), the
// env file against the yml and the manifest, and `atk validate --manifest-file` with the shipped env file.
// Never checked here: provision, deploy and publish themselves (they need an Azure and a Microsoft 365 sign-in).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, test } from 'node:test';
import { parse } from 'yaml';
import {
  atkValidateManifest, compileBicep, envFile, FilledBeforeProvision, lifecycleFile, lifecycleSchemaErrors, placeholders,
  readEnvFile, schemaVersionOf, unresolvedPlaceholders, unusedEnvNames,
} from './lib/agentsToolkit.mjs';
import { AppIdPlaceholder } from './lib/manifest.mjs';
import { artifactPath, manifestDir, repoRoot } from './lib/paths.mjs';

// What provision's arm/deploy writes into the env file from infra/main.bicep's outputs.
const AppId = '3f2b8c1e-7d4a-4e9b-a6c5-1b2d3e4f5a6b';
const manifestFile = join(manifestDir, 'manifest.json');
const devEnv = envFile('dev');
const lifecycleText = () => readFileSync(lifecycleFile, 'utf8');
const repoFile = (path) => readFileSync(join(repoRoot, path), 'utf8');
// The outputs of the templates arm/deploy deploys (compiled once), by the template path as the yml names it.
let armOutputsCache;
const armOutputs = () => {
  armOutputsCache ??= Object.fromEntries(parse(lifecycleText()).provision
    .filter((a) => a.uses === 'arm/deploy')
    .flatMap((a) => a.with.templates)
    .map((t) => [t.path, Object.keys(compileBicep(t.path).outputs)]));
  return armOutputsCache;
};

const logs = [];
afterEach((t) => {
  if (!t.passed) logs.forEach((l) => console.error(l));
  logs.length = 0;
});

describe('m365agents.yml', () => {
  test('valid against the schema its comment names, and its version is that schema\'s', () => {
    const text = lifecycleText();
    assert.deepEqual(lifecycleSchemaErrors(text), []);
    assert.equal(parse(text).version, schemaVersionOf(text));
  });

  test('the schema check fails on an unknown action, a missing input and a wrong version', () => {
    const lifecycle = parse(lifecycleText());
    lifecycle.deploy.push({ uses: 'azureAppService/zipDeploy', with: { artifactFolder: './build/publish' } });
    lifecycle.provision.push({ uses: 'teamsApp/upload', with: {} });
    const comment = lifecycleText().match(/^# yaml-language-server:.*$/m)[0];
    const errors = lifecycleSchemaErrors(`${comment}\n${JSON.stringify({ ...lifecycle, version: 'v0.1' })}`);
    logs.push(errors.join('\n'));
    assert.ok(errors.some((e) => e.includes('resourceId')), 'zipDeploy without resourceId');
    assert.ok(errors.some((e) => e.startsWith('/version')), 'wrong version');
    assert.ok(errors.some((e) => e.startsWith('/provision/')), 'unknown action');
    assert.throws(() => lifecycleSchemaErrors('version: v1.12\n'), /yaml-language-server/);
  });

  test('provision: arm/deploy of infra/main.bicep before the Teams app, which takes MICROSOFT_APP_ID as its id', () => {
    const { provision } = parse(lifecycleText());
    const uses = provision.map((a) => a.uses);
    assert.deepEqual(uses, ['arm/deploy', 'teamsApp/create', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage', 'teamsApp/update']);
    const [template] = provision[0].with.templates;
    assert.equal(template.path, './infra/main.bicep');
    assert.equal(template.parameters, './infra/main.parameters.json');
    assert.equal(provision[1].writeToEnvironmentFile.teamsAppId, 'MICROSOFT_APP_ID');
    // teamsApp/create registers the app under MICROSOFT_APP_ID only if arm/deploy has written it before.
    assert.ok(armOutputs()['./infra/main.bicep'].includes('MICROSOFT_APP_ID'), 'main.bicep outputs MICROSOFT_APP_ID');
    for (const action of provision.filter((a) => a.with.manifestPath)) {
      assert.equal(action.with.manifestPath, './manifest/manifest.json');
    }
  });

  test('deploy: dotnet publish of src/CooperationBot, then zip-deploy of that folder to the web app', () => {
    const { deploy } = parse(lifecycleText());
    assert.deepEqual(deploy.map((a) => a.uses), ['cli/runDotnetCommand', 'azureAppService/zipDeploy']);
    const args = deploy[0].with.args.split(' ');
    assert.equal(args[0], 'publish');
    assert.ok(existsSync(join(repoRoot, args[1])), `${args[1]} exists`);
    assert.equal(args[args.indexOf('--output') + 1], deploy[1].with.artifactFolder);
    assert.equal(deploy[1].with.resourceId, '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
  });

  test('publish: the package to the app catalogue', () => {
    const { publish } = parse(lifecycleText());
    assert.equal(publish.at(-1).uses, 'teamsApp/publishAppPackage');
  });
});

describe('env/.env.dev', () => {
  test('names every placeholder of m365agents.yml and manifest/manifest.json', () => {
    const names = [...readEnvFile(devEnv).keys()];
    const manifestNames = placeholders(readFileSync(manifestFile, 'utf8'));
    assert.deepEqual(manifestNames, [AppIdPlaceholder.slice(3, -2)]);
    for (const name of [...placeholders(lifecycleText()), ...manifestNames]) {
      assert.ok(names.includes(name), `${name} missing from env/.env.dev`);
    }
  });

  test('no secrets: no secret-like names, and what provision writes is empty', () => {
    const entries = readEnvFile(devEnv);
    for (const name of entries.keys()) {
      assert.doesNotMatch(name, /SECRET|PASSWORD|KEY|TOKEN|CONNECTION_STRING/, `${name} belongs in no committed file`);
    }
    for (const name of [...FilledBeforeProvision, ...armOutputs()['./infra/main.bicep']]) {
      assert.equal(entries.get(name), '', `${name} is written by provision`);
    }
    assert.equal(entries.get('TEAMSFX_ENV'), 'dev');
  });
});

describe('placeholders: m365agents.yml, infra/ and the manifest agree', () => {
  test('every ${{NAME}} of the yml, infra/main.parameters.json and manifest/manifest.json has a value when its step runs', () => {
    const lifecycle = parse(lifecycleText());
    const env = readEnvFile(devEnv);
    const used = lifecycle.provision.flatMap((a) => [a.with?.templates?.[0]?.parameters, a.with?.manifestPath]).filter(Boolean);
    assert.ok(used.includes('./infra/main.parameters.json') && used.includes('./manifest/manifest.json'), 'both files are filled in');
    assert.deepEqual(unresolvedPlaceholders(lifecycle, env, armOutputs(), repoFile), []);
  });

  test('env/.env.dev: each name is used by a placeholder or written by a step; main.bicep\'s outputs are all there', () => {
    const lifecycle = parse(lifecycleText());
    const env = readEnvFile(devEnv);
    assert.deepEqual(unusedEnvNames(lifecycle, env, armOutputs(), repoFile), []);
    const outputs = armOutputs()['./infra/main.bicep'];
    assert.deepEqual([...outputs].sort(), ['BOT_AZURE_APP_SERVICE_RESOURCE_ID', 'BOT_DOMAIN', 'MICROSOFT_APP_ID',
      'MICROSOFT_APP_TENANT_ID', 'PUBLIC_BASE_URL']);
    for (const name of [...outputs, ...FilledBeforeProvision]) assert.ok(env.has(name), `${name} missing from env/.env.dev`);
  });

  test('a misspelt name fails: in the manifest, the parameters file, the yml, a Bicep output or the env file', () => {
    const lifecycle = parse(lifecycleText());
    const env = readEnvFile(devEnv);
    const misspelt = (path) => repoFile(path)
      .replace('${{MICROSOFT_APP_ID}}', '${{MICROSOFT_APPID}}')
      .replace('${{TEAMS_APP_TENANT_ID}}', '${{TEAMS_APP_TENNANT_ID}}');
    const check = (l, e, outputs, read) => unresolvedPlaceholders(l, e, outputs, read).join('\n');

    assert.match(check(lifecycle, env, armOutputs(), misspelt), /teamsApp\/validateManifest \(\.\/manifest\/manifest\.json\): MICROSOFT_APPID/);
    assert.match(check(lifecycle, env, armOutputs(), misspelt), /arm\/deploy \(\.\/infra\/main\.parameters\.json\): TEAMS_APP_TENNANT_ID/);

    const yml = parse(lifecycleText().replace('${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}', '${{BOT_AZURE_APP_SERVICE_RESOURCEID}}'));
    assert.match(check(yml, env, armOutputs(), repoFile), /deploy\[1\] azureAppService\/zipDeploy: BOT_AZURE_APP_SERVICE_RESOURCEID/);

    const outputs = { './infra/main.bicep': armOutputs()['./infra/main.bicep'].map((n) => n.replace('RESOURCE_ID', 'RESOURCEID')) };
    assert.match(check(lifecycle, env, outputs, repoFile), /zipDeploy: BOT_AZURE_APP_SERVICE_RESOURCE_ID/);

    const envMisspelt = new Map([...env].map(([k, v]) => [k.replace('RESOURCE_SUFFIX', 'RESOURCE_SUFIX'), v]));
    assert.match(check(lifecycle, envMisspelt, armOutputs(), repoFile), /arm\/deploy \(\.\/infra\/main\.parameters\.json\): RESOURCE_SUFFIX/);
    assert.deepEqual(unusedEnvNames(lifecycle, envMisspelt, armOutputs(), repoFile), ['RESOURCE_SUFIX']);
  });
});

describe('atk validate --manifest-file (offline)', () => {
  test('manifest/manifest.json with env/.env.dev and the app id provision writes: All passed', async () => {
    const run = await atkValidateManifest(manifestFile, devEnv, { env: { MICROSOFT_APP_ID: AppId } });
    logs.push(`atk validate (exit ${run.code}):\n${run.output}`);
    assert.equal(run.code, 0, 'exit code');
    assert.match(run.output, /All passed/);
    assert.doesNotMatch(run.output, /Error|failed/i);
  });

  test('env/.env.dev alone, before provision: fails, the app id is missing', async () => {
    const run = await atkValidateManifest(manifestFile, devEnv, { env: { MICROSOFT_APP_ID: '' } });
    logs.push(`atk validate (exit ${run.code}):\n${run.output}`);
    assert.notEqual(run.code, 0, 'exit code');
    assert.match(run.output, /MissingEnvironmentVariables.*MICROSOFT_APP_ID/);
    assert.doesNotMatch(run.output, /All passed/);
  });

  test('a manifest that breaks the schema: fails', async () => {
    const dir = artifactPath('atk', 'broken-manifest');
    for (const icon of ['color.png', 'outline.png']) copyFileSync(join(manifestDir, icon), join(dir, icon));
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.name.short = 'CooperationBot Nederland en Marokko';
    manifest.accentColor = 'blue';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const run = await atkValidateManifest(join(dir, 'manifest.json'), devEnv, { env: { MICROSOFT_APP_ID: AppId } });
    logs.push(`atk validate (exit ${run.code}):\n${run.output}`);
    assert.notEqual(run.code, 0, 'exit code');
    assert.match(run.output, /\/name\/short must NOT have more than 30 characters/);
    assert.match(run.output, /\/accentColor must match pattern/);
    assert.doesNotMatch(run.output, /All passed/);
  });
});
