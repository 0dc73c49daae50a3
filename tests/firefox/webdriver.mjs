// A minimal W3C WebDriver client over plain `fetch`, plus what the Firefox
// journey needs around it: starting geckodriver on a free port, a sink proxy
// that blocks and records every request that would leave 127.0.0.1, and
// element lookups that also search open shadow roots.
//
// No npm dependency: the protocol is a handful of JSON-over-HTTP commands
// (https://www.w3.org/TR/webdriver2/).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The key of a web element reference in WebDriver JSON. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** How often conditions are polled (ms). */
const POLL_MS = 50;

// ---------------------------------------------------------------------------
// Finding the tools

/** First executable among `candidates` (absolute paths or names on PATH), or null. */
export function findExecutable(candidates) {
  const dirs = (process.env.PATH || '').split(path.delimiter).filter(Boolean);
  for (const c of candidates.filter(Boolean)) {
    const paths = path.isAbsolute(c) ? [c] : dirs.map((d) => path.join(d, c));
    for (const p of paths) {
      try {
        fs.accessSync(p, fs.constants.X_OK);
        if (fs.statSync(p).isFile()) return p;
      } catch {
        // not here
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Waiting for conditions (never sleeping for a fixed time)

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `probe()` every POLL_MS until it resolves to something for which
 * `done(value)` is true; resolves to that value. Fails after `timeout` ms
 * with `what` and the last value (or error) seen.
 */
export async function until(what, probe, done, { timeout }) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = { value: await probe() };
      if (done(last.value)) return last.value;
    } catch (e) {
      last = { error: e };
    }
    if (Date.now() >= deadline) break;
    await pause(POLL_MS);
  }
  const seen = last.error ? `<${last.error.message.split('\n')[0]}>` : JSON.stringify(last.value);
  assert.fail(`${what}: condition not met within ${timeout} ms; last seen: ${seen}`);
}

// ---------------------------------------------------------------------------
// Processes and ports

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts geckodriver on a free port and waits until its /status says ready.
 * Firefox's temporary profile goes under `tmpDir` (geckodriver creates it
 * in TMPDIR), so it is removed with that folder whatever happens. `env` is
 * added to its environment, which Firefox inherits.
 * Resolves to { url, log() (the last lines of its and Firefox's output),
 * output() (all of it), stop() }.
 */
export async function startGeckodriver(binary, { tmpDir, timeout, env = {} }) {
  const lines = [];
  const output = () => lines.join('');
  const log = () => output().split('\n').slice(-60).join('\n');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    // Its own process group, so stop() also ends a Firefox it left behind.
    const child = spawn(binary, ['--host', '127.0.0.1', '--port', String(port), '--log', 'info'], {
      env: { ...process.env, ...env, TMPDIR: tmpDir, MOZ_HEADLESS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout.on('data', (b) => lines.push(b.toString()));
    child.stderr.on('data', (b) => lines.push(b.toString()));
    let exited = null;
    const exit = new Promise((r) => child.once('exit', (code, signal) => r((exited = { code, signal }))));
    child.once('error', (e) => lines.push(`spawn error: ${e.message}\n`));
    const url = `http://127.0.0.1:${port}`;
    const stop = async () => {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return; // already gone
      }
      const gone = await Promise.race([exit.then(() => true), pause(5_000).then(() => false)]);
      if (!gone) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
        await exit;
      }
    };
    try {
      await until(
        `geckodriver listening at ${url}/status`,
        async () => {
          if (exited) throw new Error(`geckodriver exited (${JSON.stringify(exited)})`);
          const res = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2_000) });
          return (await res.json()).value?.ready === true;
        },
        (ready) => ready || !!exited,
        { timeout },
      );
      if (exited) throw new Error(`geckodriver exited (${JSON.stringify(exited)})`);
      return { url, log, output, stop };
    } catch (e) {
      await stop();
      // Someone took the port between freePort() and the bind: try another.
      if (attempt < 3 && /Address already in use|AddrInUse/i.test(log())) continue;
      e.message += `\ngeckodriver output:\n${log()}`;
      throw e;
    }
  }
}

/**
 * An HTTP proxy that forwards nothing: every request sent to it (plain HTTP
 * or an HTTPS CONNECT tunnel) is recorded and refused. Firefox is pointed at
 * it for everything but 127.0.0.1, so nothing can leave the machine, and the
 * test sees whatever tried to. Resolves to { port, requests, close() }.
 */
export function startSinkProxy() {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'Content-Type': 'text/plain' });
    res.end('blocked by the test proxy');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: server.address().port,
        requests,
        close: () =>
          new Promise((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}

/** A scratch folder, removed by the returned function. */
export function scratch(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------------------
// The protocol

export class WebDriverError extends Error {}

/** One WebDriver session. */
export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** POST /session: resolves to a Session. */
  static async create(base, capabilities, { timeout }) {
    const value = await command(base, 'POST', '/session', { capabilities }, timeout);
    return new Session(base, value.sessionId, value.capabilities);
  }

  cmd(method, p, body, timeout = 60_000) {
    return command(this.base, method, `/session/${this.id}${p}`, body, timeout);
  }

  delete() {
    return this.cmd('DELETE', '', undefined, 15_000);
  }

  setTimeouts(t) {
    return this.cmd('POST', '/timeouts', t);
  }

  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url });
  }

  refresh() {
    return this.cmd('POST', '/refresh', {});
  }

  /** Runs `script` (a function body; `arguments` are `args`) in the page. */
  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  click(element) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  clear(element) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/clear`, {});
  }

  sendKeys(element, text) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  /** Opens a new tab (or window: `type`) and resolves to its handle; does not switch to it. */
  async newWindow(type = 'tab') {
    return (await this.cmd('POST', '/window/new', { type })).handle;
  }

  /** Makes the window (tab) with this handle the current one; Firefox brings it to the front. */
  switchToWindow(handle) {
    return this.cmd('POST', '/window', { handle });
  }

  /** The current window's handle. */
  windowHandle() {
    return this.cmd('GET', '/window');
  }

  /** Closes the current window (tab); resolves to the handles left. */
  closeWindow() {
    return this.cmd('DELETE', '/window');
  }

  /** A PNG screenshot of the viewport, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }
}

async function command(base, method, p, body, timeout) {
  let res;
  try {
    res = await fetch(base + p, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (e) {
    throw new WebDriverError(`${method} ${p}: ${e.name === 'TimeoutError' ? `no answer within ${timeout} ms` : e.message}`);
  }
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${p}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  const v = json.value;
  if (!res.ok || (v && typeof v === 'object' && 'error' in v)) {
    const err = new WebDriverError(`${method} ${p}: ${v?.error ?? `HTTP ${res.status}`}: ${v?.message ?? text.slice(0, 300)}`);
    err.code = v?.error;
    throw err;
  }
  return v;
}

// ---------------------------------------------------------------------------
// In the page: lookups through open shadow roots

/**
 * Source of two functions defined in front of every in-page probe:
 * deepAll(selector) and deep(selector) search the document and then every
 * open shadow root in it (breadth first), so the same selectors work whether
 * the app renders in the light DOM or inside an open shadow root of a host
 * element. (Closed shadow roots cannot be searched, by design.)
 */
const DEEP = `
  const deepAll = (selector) => {
    const found = [];
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
      found.push(...roots[i].querySelectorAll(selector));
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    return found;
  };
  const deep = (selector) => deepAll(selector)[0] ?? null;
`;

/**
 * Runs `probe(arg)` in the page with `deep` and `deepAll` in scope (see DEEP).
 * `probe` must be self-contained: it is sent to the page as source.
 */
export function probe(session, fn, arg = null) {
  return session.execute(`${DEEP}\nreturn (${fn.toString()})(arguments[0]);`, [arg]);
}

/** The element reference of the first match of `selector` (deep), or null. */
export function find(session, selector) {
  return probe(session, (sel) => deep(sel), selector);
}
