// Starts the built CooperationBot (Development mode, anonymous, 127.0.0.1 only) and runs its CLI commands.
// E2E_BOT_COMMAND (e.g. "node /tmp/stub.mjs") replaces "dotnet <dll>" when developing these tests.
import { existsSync } from 'node:fs';
import { botDll, repoRoot } from './paths.mjs';
import { ChildProcess, freePort, runToCompletion, waitFor } from './processes.mjs';

const StartTimeoutMs = 30_000;

function botCommand() {
  const override = process.env.E2E_BOT_COMMAND?.trim();
  if (override) {
    const [command, ...args] = override.split(/\s+/);
    return { command, args };
  }
  if (!existsSync(botDll)) {
    throw new Error(`${botDll} is missing: run "dotnet build CooperationBot.sln" from the repository root first.`);
  }
  return { command: 'dotnet', args: [botDll] };
}

const botEnv = {
  ASPNETCORE_ENVIRONMENT: 'Development',
  DOTNET_ENVIRONMENT: 'Development',
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
};

/** A running bot: `url` is its base address, `messagesUrl` its /api/messages endpoint. */
export class Bot {
  constructor(process, port) {
    this.process = process;
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
    this.messagesUrl = `${this.url}/api/messages`;
  }

  /** POSTs an activity; returns { status, body } with body parsed as JSON when there is one. */
  async post(activity) {
    const response = await fetch(this.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    return { status: response.status, text, body: text ? JSON.parse(text) : undefined };
  }

  describe() {
    return this.process.describe();
  }

  stop() {
    return this.process.stop();
  }
}

/**
 * Starts the bot on a free port and waits until GET /healthz answers 200. `options.args` are extra command-line
 * arguments (e.g. ["--Knowledge:Path", file]), `options.env` extra environment variables.
 */
export async function startBot({ args: extraArgs = [], env = {} } = {}) {
  const { command, args } = botCommand();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The bot's own links (the Word briefing note) must point at this instance.
  const child = new ChildProcess('bot', command, [...args, '--urls', url, '--Bot:PublicBaseUrl', url, ...extraArgs], {
    cwd: repoRoot,
    env: { ...botEnv, ...env },
  });
  const bot = new Bot(child, port);
  try {
    await waitFor(`the bot at ${bot.url}/healthz`, async () => {
      if (child.exited) throw new Error('the bot exited');
      const response = await fetch(`${bot.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      return response.status === 200;
    }, { timeoutMs: StartTimeoutMs, intervalMs: 200 });
  } catch (error) {
    await child.stop();
    throw new Error(`${error.message}\n${child.describe()}`);
  }
  return bot;
}

/**
 * Runs a bot CLI command (e.g. ["cards", "export", dir]) from the repository root; resolves { code, output }.
 * `env` adds environment variables (the CLI reads configuration such as `ConnectionStrings__Store` from there).
 */
export function runBotCli(cliArgs, { timeoutMs = 30_000, env = {} } = {}) {
  const { command, args } = botCommand();
  return runToCompletion('bot cli', command, [...args, ...cliArgs], { cwd: repoRoot, env: { ...botEnv, ...env }, timeoutMs });
}

/** A Teams-shaped personal-chat message activity for direct POSTs to the bot. */
export function messageActivity(text, extra = {}) {
  const id = `e2e-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`;
  return {
    type: 'message',
    id,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/_connector',
    timestamp: new Date().toISOString(),
    from: { id: '29:e2e-user', name: 'E2E User', aadObjectId: '00000000-0000-0000-0000-0000000000e2' },
    recipient: { id: '28:e2e-bot', name: 'CooperationBot' },
    conversation: { id: 'a:e2e-personal', conversationType: 'personal', tenantId: '00000000-0000-0000-0000-0000000000aa' },
    channelData: { tenant: { id: '00000000-0000-0000-0000-0000000000aa' } },
    textFormat: 'plain',
    locale: 'nl-NL',
    text,
    ...extra,
  };
}

/** Texts the bot's cards must contain (the contract with the bot). */
export const BotTexts = Object.freeze({
  dutchHelpTitle: 'CooperationBot: wat ik kan',
  englishHelpTitle: 'CooperationBot: what I can do',
  toEnglishButton: 'In English',
  toDutchButton: 'In het Nederlands',
  welcome: 'Welkom bij CooperationBot',
  welcomeEnglish: 'Welcome to CooperationBot',
  returnQuestion: 'Hoeveel Marokkanen zijn teruggekeerd?',
  returnAnswer: '125 Marokkaanse vreemdelingen',
  sourcePublisher: 'Ministerie van Justitie en Veiligheid',
  sourceDate: '21 februari 2023',
  outOfScopeQuestion: 'Wat is de hoofdstad van Frankrijk?',
  notFoundTitle: 'Dat staat niet in mijn kennis',
  partlyQuestion: 'Hoeveel vrouwen keerden terug naar Marokko?',
  partlyQuestionEnglish: 'How many Moroccan women have returned?',
  partlyTitle: 'Dit weet ik maar gedeeltelijk',
  partlyTitleEnglish: 'I only partly know this',
  partlyMissing: 'Het aantal \u201evrouwen\u201d staat niet apart in de kennisbank.',
  partlyMissingEnglish: 'The number of \u201cwomen\u201d is not given separately in the knowledge base.',
  partlyKnownHeading: 'Wat wel bekend is:',
  partlyKnownHeadingEnglish: 'What is known:',
  answerNote: 'Antwoord uit de kennisbank',
  askedLine: 'Je vroeg: ',
  visitCommand: 'bezoek Marokko',
  briefingButton: 'Briefing (Word)',
  visitTitle: 'Kennismakingsbezoek van staatssecretaris Van der Burg aan minister Laftit in Marokko',
  visitTitleEnglish: 'Introductory visit of State Secretary Van der Burg to Minister Laftit in Morocco',
  visitCounterpartRole: 'Marokkaanse minister van Binnenlandse Zaken',
  visitFigure: '125 Marokkaanse vreemdelingen teruggekeerd',
  visitOrganisation: 'United Nations High Commissioner for Refugees (UNHCR)',
});

/** The welcome card's heading in either language (the bot follows the client's locale; the Playground's is en-US). */
export const WelcomePattern = /Welkom bij CooperationBot|Welcome to CooperationBot/;
