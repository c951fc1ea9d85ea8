// The Microsoft 365 Agents Toolkit files at the repository root (m365agents.yml, env/.env.<env>) and the offline
// checks of the toolkit's CLI (@microsoft/m365agentstoolkit-cli, a devDependency installed with --ignore-scripts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { e2eDir, repoRoot } from './paths.mjs';
import { runToCompletion } from './processes.mjs';

export const lifecycleFile = join(repoRoot, 'm365agents.yml');
export const envFile = (env) => join(repoRoot, 'env', `.env.${env}`);

const atkBin = join(e2eDir, 'node_modules', '.bin', 'atk');
const cliPackage = join(e2eDir, 'node_modules', '@microsoft', 'm365agentstoolkit-cli');
const SchemaComment = /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/(v[0-9.]+)\/yaml\.schema\.json$/m;

/**
 * The schema version that the file's `yaml-language-server` comment names, e.g. "v1.12"; throws when the comment
 * is missing or names another address.
 */
export function schemaVersionOf(ymlText) {
  const match = ymlText.match(SchemaComment);
  if (!match) throw new Error('no "# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/<version>/yaml.schema.json" line');
  return match[1];
}

/**
 * Checks a lifecycle yml against the JSON schema its comment names, read from the copy the CLI package ships
 * (resource/yaml-schema/<version>/yaml.schema.json; that address is not fetched). Returns the schema errors as
 * "<path> <message>" lines, none when the file is valid.
 */
export function lifecycleSchemaErrors(ymlText) {
  const version = schemaVersionOf(ymlText);
  const schema = JSON.parse(readFileSync(join(cliPackage, 'resource', 'yaml-schema', version, 'yaml.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (validate(parse(ymlText))) return [];
  return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** The `${{NAME}}` placeholders in a text, each name once. */
export function placeholders(text) {
  return [...new Set([...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1]))];
}

/** An env file's KEY=value lines as a Map (comments and blank lines left out). */
export function readEnvFile(path) {
  const entries = new Map();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const match = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/);
    if (match) entries.set(match[1], match[2].trim());
  }
  return entries;
}

/**
 * `atk validate --manifest-file <manifest> --env-file <env file>`, offline (no sign-in, no telemetry, no prompts):
 * the manifest with its placeholders filled in from the env file and `env`, against the schema and the toolkit's
 * rules. Resolves { code, output }.
 */
export function atkValidateManifest(manifestFile, envFilePath, { env = {}, timeoutMs = 120_000 } = {}) {
  return runToCompletion('atk validate', atkBin,
    ['validate', '--manifest-file', manifestFile, '--env-file', envFilePath, '--telemetry', 'false', '-i', 'false'],
    { cwd: repoRoot, env, timeoutMs });
}

/**
 * Env file entries that are empty in the committed file and filled before any step runs: the toolkit asks for the
 * subscription and the resource group and makes RESOURCE_SUFFIX (six random characters) when provision starts; the
 * person deploying writes TEAMS_APP_TENANT_ID (teamsApp/create writes it again afterwards).
 */
export const FilledBeforeProvision = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX', 'TEAMS_APP_TENANT_ID'];

/** The lifecycles in the order they run: deploy and publish come after provision and see what it wrote. */
const Lifecycles = ['provision', 'deploy', 'publish'];

/**
 * infra/main.bicep (or the template at `relativePath`) compiled with the Bicep CLI that restoring
 * tests/CooperationBot.Tests downloads (BicepCliVersion in Directory.Packages.props), as tests/infra/bicep.sh uses it.
 */
export function compileBicep(relativePath) {
  const props = readFileSync(join(repoRoot, 'Directory.Packages.props'), 'utf8');
  const version = props.match(/<BicepCliVersion>([^<]+)<\/BicepCliVersion>/)?.[1];
  if (!version) throw new Error('BicepCliVersion is missing from Directory.Packages.props');
  const packages = process.env.NUGET_PACKAGES || join(homedir(), '.nuget', 'packages');
  const bicep = join(packages, 'azure.bicep.commandline.linux-x64', version, 'tools', 'bicep');
  if (!existsSync(bicep)) throw new Error(`no Bicep CLI at ${bicep}: run dotnet restore tests/CooperationBot.Tests`);
  return JSON.parse(execFileSync(bicep, ['build', join(repoRoot, relativePath), '--stdout'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

/**
 * The env file names a step writes: arm/deploy writes each output of its templates in capitals (`armOutputs`, by
 * template path), other actions the names in their writeToEnvironmentFile.
 */
export function writtenBy(action, armOutputs) {
  if (action.uses === 'arm/deploy') {
    return action.with.templates.flatMap((t) => (armOutputs[t.path] ?? []).map((name) => name.toUpperCase()));
  }
  return Object.values(action.writeToEnvironmentFile ?? {});
}

/** The files a step fills placeholders in: arm/deploy's parameters files, the teamsApp actions' manifest. */
function filesOf(action) {
  return [...(action.with?.templates ?? []).map((t) => t.parameters), action.with?.manifestPath].filter(Boolean);
}

/**
 * Every `${{NAME}}` of a lifecycle yml, in its steps and in the files they fill in, that has no value when its step
 * runs: not set in the env file, not filled before provision (FilledBeforeProvision, named in the env file), and
 * not written by an earlier step (provision's steps come before deploy and publish). One "<where>: NAME" line each.
 * `readFile` reads a file the yml names (relative to the repository).
 */
export function unresolvedPlaceholders(lifecycle, env, armOutputs, readFile) {
  const written = new Set();
  for (const [name, value] of env) {
    if (value !== '' || FilledBeforeProvision.includes(name)) written.add(name);
  }
  const problems = [];
  for (const stage of Lifecycles) {
    for (const [index, action] of (lifecycle[stage] ?? []).entries()) {
      const uses = [['', JSON.stringify(action)], ...filesOf(action).map((file) => [` (${file})`, readFile(file)])];
      for (const [where, text] of uses) {
        for (const name of placeholders(text)) {
          if (!written.has(name)) problems.push(`${stage}[${index}] ${action.uses}${where}: ${name}`);
        }
      }
      for (const name of writtenBy(action, armOutputs)) written.add(name);
    }
  }
  return problems;
}

/** The env file's names that no placeholder uses and no step writes (a misspelt or forgotten name). */
export function unusedEnvNames(lifecycle, env, armOutputs, readFile) {
  const used = new Set();
  for (const stage of Lifecycles) {
    for (const action of lifecycle[stage] ?? []) {
      for (const text of [JSON.stringify(action), ...filesOf(action).map(readFile)]) placeholders(text).forEach((n) => used.add(n));
      writtenBy(action, armOutputs).forEach((n) => used.add(n));
    }
  }
  return [...env.keys()].filter((name) => !used.has(name));
}
