// Runs the Microsoft 365 Agents Playground (local Teams emulator) headless against a bot, and drives it
// through its internal endpoints (seen in 0.2.28): config, user messages, card submits, invokes and the WebSocket stream.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import WebSocket from 'ws';
import { artifactPath } from './paths.mjs';
import { ChildProcess, freePort, waitFor } from './processes.mjs';

const require = createRequire(import.meta.url);
const cliPath = join(require.resolve('@microsoft/m365agentsplayground/package.json'), '..', 'cli.js');
const StartTimeoutMs = 45_000;

/** A running Playground; `url` serves both its web UI and its emulated connector. */
export class Playground {
  #streams = [];

  constructor(process, port, workDir) {
    this.process = process;
    this.port = port;
    this.workDir = workDir;
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Reads the emulator's configuration: personal chat id and current user id. */
  async loadConfig() {
    const response = await fetch(`${this.url}/_internal/v1/config`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`GET /_internal/v1/config answered ${response.status}`);
    const { config } = await response.json();
    this.conversationId = config.personalChat.id;
    this.userId = config.currentUser.id;
    return config;
  }

  async #post(path, body) {
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** Sends a message as the current user in the personal chat. */
  sendMessage(text) {
    return this.#post(`/_conversation/v1/conversations/${encodeURIComponent(this.conversationId)}/messages`, {
      from: { id: this.userId },
      text,
      textFormat: 'plain',
    });
  }

  /** Presses an Action.Submit on the bot message `replyToId`, sending `value` (the action's data). */
  submit(replyToId, value) {
    return this.#post('/_conversation/v1/submit', {
      conversation: { id: this.conversationId },
      from: { id: this.userId },
      replyToId,
      value,
    });
  }

  /**
   * Sends an invoke as the current user through the Playground's invoke endpoint (adaptiveCard/action,
   * message/submitAction and the message-extension invokes such as composeExtension/query); resolves what the Playground
   * passes back from the bot's invoke answer (for a message extension: `{ composeExtension }`).
   */
  invoke(name, value, replyToId) {
    return this.#post('/_conversation/v1/invoke', {
      name,
      conversation: { id: this.conversationId },
      from: { id: this.userId },
      ...(replyToId ? { replyToId } : {}),
      value,
    });
  }

  /** Opens the bot-output WebSocket; resolves a MessageStream once connected. */
  openStream() {
    return this.#open('/_ws_conversation/v1/conversations/stream');
  }

  /**
   * Opens the developer-tools log WebSocket: one `{ logAction: "appendLog", log }` event per exchange, `log.request.body`
   * being the activity as the bot posted it (replyToId, channelData...). Entries logged before anyone listened are
   * delivered on connect, to the first listener only.
   */
  openLogStream() {
    return this.#open('/_ws/log/stream');
  }

  async #open(path) {
    const socket = new WebSocket(`ws://127.0.0.1:${this.port}${path}`);
    const stream = new MessageStream(socket);
    this.#streams.push(stream);
    await new Promise((resolveOpen, reject) => {
      socket.once('open', resolveOpen);
      socket.once('error', reject);
    });
    return stream;
  }

  describe() {
    const logFile = join(this.workDir, 'devTools', 'm365agentsplayground.log');
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-50_000) : '(no devTools log)';
    return `${this.process.describe()}\n----- playground devTools log -----\n${log}\n----- end -----`;
  }

  async stop() {
    for (const stream of this.#streams) stream.close();
    await this.process.stop();
  }
}

/** Messages the Playground pushes over its WebSocket (createMessage etc.), with waiting helpers. */
export class MessageStream {
  #socket;
  messages = [];

  constructor(socket) {
    this.#socket = socket;
    socket.on('message', (data) => {
      try {
        this.messages.push(JSON.parse(data.toString()));
      } catch {
        this.messages.push({ raw: data.toString() });
      }
    });
  }

  /** Waits for a pushed event whose message matches `predicate(message, event)`, skipping the first `after` events. */
  async waitForMessage(what, predicate, options) {
    const event = await this.waitForEvent(what, (e) => e.message && predicate(e.message, e), options);
    return event.message;
  }

  /** Waits for a pushed event that matches `predicate(event)`, skipping the first `after` events; resolves the event. */
  waitForEvent(what, predicate, { after = 0, timeoutMs = 20_000 } = {}) {
    return waitFor(what, () => this.messages.slice(after).find((e) => predicate(e)), { timeoutMs, intervalMs: 50 });
  }

  close() {
    this.#socket.close();
  }
}

/**
 * Starts the Playground without a browser against `botMessagesUrl`; waits until its config answers.
 * It runs in (and writes its devTools logs to) a fresh tests/e2e/artifacts/<name>/.
 */
export async function startPlayground(botMessagesUrl, name = 'playground') {
  const requestedPort = await freePort();
  rmSync(artifactPath(name), { recursive: true, force: true });
  const workDir = artifactPath(name);
  const child = new ChildProcess('playground', process.execPath, [
    cliPath, '-e', botMessagesUrl, '-c', 'msteams', '--dt', '-p', String(requestedPort),
  ], { cwd: workDir, env: { TEAMSAPPTESTER_BROWSER: 'none' } });
  let playground;
  try {
    // It falls back to a random port when the requested one is taken: trust what it prints.
    const [, port] = await child.waitForOutput(/Listening on (\d+)/, StartTimeoutMs);
    playground = new Playground(child, Number(port), workDir);
    await waitFor('the Playground config', () => playground.loadConfig(), { timeoutMs: StartTimeoutMs, intervalMs: 200 });
  } catch (error) {
    const report = playground ? playground.describe() : child.describe();
    await child.stop();
    throw new Error(`${error.message}\n${report}`);
  }
  return playground;
}
