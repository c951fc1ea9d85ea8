// Child processes for the e2e tests: started in their own process group, logs kept in memory,
// always stopped (also when the test runner exits early), logs printed when a test fails.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set();
const MaxLogChars = 200_000;

function killAll() {
  for (const child of running) killGroup(child, 'SIGKILL');
}

// Children run in their own process groups, so a Ctrl-C or a runner timeout does not reach them: do it here.
process.on('exit', killAll);
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + number);
  });
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Resolves to a TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Polls `probe` until it returns a truthy value; throws after `timeoutMs`. */
export async function waitFor(what, probe, { timeoutMs = 30_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const result = await probe();
      if (result) return result;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
}

/** A started child process with its captured output. */
export class ChildProcess {
  #child;
  #output = '';
  #exit;

  constructor(name, command, args, options = {}) {
    this.name = name;
    this.#child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(this.#child);
    this.#exit = new Promise((resolveExit) => {
      this.#child.once('exit', (code, signal) => {
        running.delete(this.#child);
        resolveExit({ code, signal });
      });
      this.#child.once('error', (error) => {
        running.delete(this.#child);
        this.#append(`[spawn error] ${error.message}\n`);
        resolveExit({ code: -1, signal: null });
      });
    });
    this.#child.stdout.on('data', (d) => this.#append(d.toString()));
    this.#child.stderr.on('data', (d) => this.#append(d.toString()));
  }

  #append(text) {
    this.#output = (this.#output + text).slice(-MaxLogChars);
  }

  get output() {
    return this.#output;
  }

  get exited() {
    return !running.has(this.#child);
  }

  /** Resolves with { code, signal } when the process ends. */
  get exit() {
    return this.#exit;
  }

  /** Waits until the output matches `pattern`; returns the match. Fails early if the process ends. */
  async waitForOutput(pattern, timeoutMs = 30_000) {
    return waitFor(`${this.name} to print ${pattern}`, () => {
      const match = this.#output.match(pattern);
      if (match) return match;
      if (this.exited) throw new Error(`${this.name} exited`);
      return null;
    }, { timeoutMs });
  }

  /** Stops the whole process group: SIGTERM, then SIGKILL after a grace period. */
  async stop(graceMs = 3_000) {
    if (this.exited) return this.#exit;
    killGroup(this.#child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(this.#child, 'SIGKILL'), graceMs);
    try {
      return await this.#exit;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The captured output framed for a failure report. */
  describe() {
    return `----- ${this.name} output (last ${MaxLogChars} chars) -----\n${this.#output}\n----- end of ${this.name} -----`;
  }
}

/**
 * Runs a command to completion; resolves { code, signal, output }. A command still running after
 * `timeoutMs` is stopped and reported with code null (whatever it exits with), and a note in output.
 */
export async function runToCompletion(name, command, args, { cwd, env, timeoutMs = 30_000 } = {}) {
  const child = new ChildProcess(name, command, args, { cwd, env });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.stop();
  }, timeoutMs);
  try {
    const { code, signal } = await child.exit;
    if (timedOut) {
      return { code: null, signal, output: `${child.output}\n[${name} still running after ${timeoutMs} ms: stopped]` };
    }
    return { code, signal, output: child.output };
  } finally {
    clearTimeout(timer);
  }
}

/** Prints what each source (anything with describe(), or undefined) captured; for failed tests. */
export function printLogs(...sources) {
  for (const source of sources) {
    if (source) console.error(source.describe());
  }
}

/** Stops every source that was started (undefined entries are skipped). */
export async function stopAll(...sources) {
  await Promise.all(sources.filter(Boolean).map((s) => s.stop()));
}
