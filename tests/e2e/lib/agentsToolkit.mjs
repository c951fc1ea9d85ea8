// The Microsoft 365 Agents Toolkit files at the repository root (m365agents.yml, env/.env.<env>) and the offline
// checks of the toolkit's CLI (@microsoft/m365agentstoolkit-cli, a devDependency installed with --ignore-scripts).
import { readFileSync } from 'node:fs';
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
