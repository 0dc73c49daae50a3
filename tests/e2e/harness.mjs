// Shared end-to-end harness: a static server for dist/, one headless Chromium
// per test file, a fresh browser context per test, and checks that every test
// gets for free:
//   - no request to any origin but the server's own (data: and blob: are fine;
//     others are blocked and reported),
//   - no console error, no uncaught page error, no HTTP error response,
//   - no cookies.
// Plus helpers: waiting for conditions (never sleeping), axe-core, keyboard.
//
// Use:
//   import { e2e, choose } from './harness.mjs';
//   e2e('name', { locale: 'en-US' }, async ({ page, open, axe }) => { ... });

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { STRICT_CSP, MIME, CHROMIUM, CHROMIUM_ARGS } from '../../scripts/web.mjs';

// The policy every test runs under (scripts/web.mjs): a violation fails the test.
export { STRICT_CSP };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.resolve(process.env.E2E_DIST || path.join(ROOT, 'dist'));
/** How long to wait for a condition before failing (ms). */
export const TIMEOUT = Number(process.env.E2E_TIMEOUT || 10_000);
/** Loading the app (compiling the wasm on a busy 2-core machine) may take longer. */
const LOAD_TIMEOUT = Math.max(TIMEOUT, 20_000);

const AXE_PATH = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

// ---------------------------------------------------------------------------
// Static file server



/**
 * Serves `dir` on 127.0.0.1 at a free port. Resolves to { origin, close }.
 * options: prefix (serve under this path, e.g. '/intranet/tools/wenselijk',
 * to test hosting in a subfolder), csp (the header; STRICT_CSP by default,
 * null for none), pages ({ '/path': page } served as extra pages without
 * the CSP, e.g. host pages; a page is HTML text, { type, body }, or a
 * function of the query's URLSearchParams returning either).
 */
export function startServer(dir = DIST, { prefix = '', csp = STRICT_CSP, pages = {} } = {}) {
  if (!fs.existsSync(dir)) {
    throw new Error(`${dir} not found: build first with 'trunk build --release' (and scripts/single-file.mjs)`);
  }
  const server = http.createServer((req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request');
    }
    if (Object.hasOwn(pages, rel)) {
      let page = pages[rel];
      if (typeof page === 'function') page = page(new URL(req.url, 'http://x').searchParams);
      const { type = MIME['.html'], body } = typeof page === 'string' ? { body: page } : page;
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    if (prefix) {
      // Like nginx: the folder without its slash is redirected to it.
      if (rel === prefix) {
        res.writeHead(301, { Location: prefix + '/' });
        return res.end();
      }
      if (!rel.startsWith(prefix + '/')) return send(404, 'not found');
      rel = rel.slice(prefix.length);
    }
    let file = path.resolve(dir, '.' + rel);
    if (file !== dir && !file.startsWith(dir + path.sep)) return send(403, 'forbidden');
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = fs.readFileSync(file);
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...(csp ? { 'Content-Security-Policy': csp } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(404, 'not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

// ---------------------------------------------------------------------------
// One server and one browser per test file (process), started on first use.

let shared = null;
function getShared() {
  shared ??= (async () => {
    const server = await startServer();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    return { server, browser };
  })();
  return shared;
}
after(async () => {
  if (!shared) return;
  const { server, browser } = await shared;
  await browser.close();
  await server.close();
});

// ---------------------------------------------------------------------------
// Tests

/**
 * Declares a test with a fresh browser context.
 * options: locale ('nl-NL' default), viewport, hasTouch, isMobile (a
 * desktop without touch by default), initScript (function or string run before
 * every page script), allowConsole (RegExp[] of console error texts to allow),
 * timeout (ms, default 60 s), server (options for a server of this test's
 * own, see startServer, plus dir: the folder to serve), allowOrigins (more
 * origins the page may reach, e.g. a host page's; 'file:' allows files),
 * allowHttpErrors (RegExp[] of URLs whose HTTP errors are expected).
 * fn receives { page, context, origin, open, reload, axe, problems, newSession };
 * newSession(options) opens another fresh context (same checks, same
 * options unless overridden, no initScript) and resolves to its own
 * { page, context, open, reload, axe, ... }.
 */
export function e2e(name, options, fn) {
  if (typeof options === 'function') [fn, options] = [options, {}];
  test(name, { timeout: options.timeout ?? 60_000 }, async (t) => {
    const { server: sharedServer, browser } = await getShared();
    const server = options.server ? await startServer(options.server.dir ?? DIST, options.server) : sharedServer;
    const session = await openSession(browser, server.origin, options);
    // More contexts (another browser profile: a colleague opening a link, a
    // fresh import), with the same checks; closed with the test.
    const extra = [];
    const newSession = async (more = {}) => {
      const s = await openSession(browser, server.origin, { ...options, initScript: undefined, ...more });
      extra.push(s);
      return s.api;
    };
    let failure = null;
    try {
      await fn({ ...session.api, newSession, t });
    } catch (e) {
      failure = e;
    }
    const problems = await session.close();
    for (const [i, s] of extra.entries()) problems.push(...(await s.close()).map((p) => `[context ${i + 2}] ${p}`));
    if (failure) {
      if (problems.length) failure.message += `\n\nAlso seen during the test:\n  ${problems.join('\n  ')}`;
      throw failure;
    }
    if (server !== sharedServer) await server.close();
    if (problems.length) assert.fail(`${name}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  });
}

async function openSession(browser, origin, options) {
  const context = await browser.newContext({
    locale: options.locale ?? 'nl-NL',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    // A phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }.
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(TIMEOUT);
  // Content-Security-Policy violations become console errors, which fail the
  // test (Chromium also logs most of them itself).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const problems = [];
  const requests = [];
  const allowConsole = options.allowConsole ?? [];
  const allowed = new Set([origin, ...(options.allowOrigins ?? [])]);
  const isOwn = (url) =>
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    (allowed.has('file:') && url.startsWith('file:')) ||
    allowed.has(new URL(url).origin);

  // Block (and report) anything that would leave the server's origin.
  await context.route(
    (url) => !isOwn(url.href),
    (route) => {
      problems.push(`request to another origin (blocked): ${route.request().method()} ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  context.on('request', (req) => requests.push({ method: req.method(), url: req.url() }));
  context.on('response', (res) => {
    if (res.status() >= 400 && !(options.allowHttpErrors ?? []).some((re) => re.test(res.url()))) {
      problems.push(`HTTP ${res.status()} for ${res.url()}`);
    }
  });
  const watched = new WeakSet();
  const watch = (page) => {
    if (watched.has(page)) return page;
    watched.add(page);
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (allowConsole.some((re) => re.test(text))) return;
      const loc = msg.location();
      problems.push(`console error: ${text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught page error: ${err.message}`));
    page.on('websocket', (ws) => {
      if (!isOwn(ws.url().replace(/^ws/, 'http'))) problems.push(`websocket to another origin: ${ws.url()}`);
    });
    return page;
  };
  context.on('page', watch);
  if (options.initScript) await context.addInitScript(options.initScript);

  const page = watch(await context.newPage());

  const api = {
    page,
    context,
    origin,
    requests,
    problems,
    /** Opens the app (or `pathname`) and waits until it has rendered. */
    open: async (pathname = '/') => {
      await page.goto(origin + pathname, { timeout: LOAD_TIMEOUT });
      await appReady(page);
    },
    /** Reloads and waits until the app has rendered again. */
    reload: async () => {
      await page.reload({ timeout: LOAD_TIMEOUT });
      await appReady(page);
    },
    /**
     * Runs axe-core; fails on any serious or critical violation. With
     * { collect: array } it pushes the report lines there instead, so one test
     * can report every view at once; { include: selector } checks only that
     * element (and its shadow tree).
     */
    axe: (label, opts) => axeCheck(page, label, opts),
  };

  return {
    api,
    close: async () => {
      try {
        const cookies = await context.cookies();
        if (cookies.length) problems.push(`cookies set: ${cookies.map((c) => `${c.name} (${c.domain})`).join(', ')}`);
      } catch (e) {
        problems.push(`could not read cookies: ${e.message}`);
      }
      await context.close().catch(() => {});
      return problems;
    },
  };
}

/** Waits until the app has rendered a view (an h1 inside main). */
export async function appReady(page) {
  try {
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
  } catch (e) {
    const body = await page.evaluate(() => document.body?.innerText.slice(0, 300)).catch(() => '?');
    assert.fail(`the app did not render 'main h1' within ${LOAD_TIMEOUT} ms; body text: ${JSON.stringify(body)}`);
  }
}

// ---------------------------------------------------------------------------
// Waiting for conditions

/**
 * Waits until `probe(arg)`, run in the page, returns a value deep-equal (by
 * JSON) to `expected`; fails with expected and actual values otherwise.
 * `probe` must be self-contained (it is sent to the page as source).
 */
export async function expectProbe(page, what, probe, arg, expected, { timeout = TIMEOUT } = {}) {
  const want = JSON.stringify(expected);
  // Polled from here, one animation frame apart: waitForFunction with a
  // string would need eval in the page, which the app's CSP forbids.
  const deadline = Date.now() + timeout;
  let actual;
  for (;;) {
    actual = await page.evaluate(probe, arg ?? null).catch((err) => `<${err.message.split('\n')[0]}>`);
    if (JSON.stringify(actual) === want) return;
    if (Date.now() > deadline) break;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r()))).catch(() => {});
  }
  throw new assert.AssertionError({
    message: `${what}: expected ${want}, got ${JSON.stringify(actual)} (waited ${timeout} ms)`,
    expected,
    actual,
    operator: 'eventually equal',
  });
}

/** Waits until `selector`'s attribute `name` equals `value` (null: absent / no element). */
export function expectAttr(page, selector, name, value, opts) {
  return expectProbe(
    page,
    `${selector} [${name}]`,
    ([sel, n]) => document.querySelector(sel)?.getAttribute(n) ?? null,
    [selector, name],
    value,
    opts,
  );
}

/** Waits until the input matching `selector` is checked (or not). */
export function expectChecked(page, selector, checked = true, opts) {
  return expectProbe(page, `${selector} checked`, (sel) => document.querySelector(sel)?.checked ?? '<no element>', selector, checked, opts);
}

/** Waits until the form control matching `selector` has `value`. */
export function expectValue(page, selector, value, opts) {
  return expectProbe(page, `${selector} value`, (sel) => document.querySelector(sel)?.value ?? '<no element>', selector, value, opts);
}

/** Waits until `selector`'s text (trimmed) satisfies `test`; returns it. */
export async function expectText(page, selector, what, test, { timeout = TIMEOUT } = {}) {
  let text = null;
  const deadline = Date.now() + timeout;
  for (;;) {
    text = await page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector);
    if (text !== null && test(text)) return text;
    if (Date.now() > deadline) assert.fail(`${selector}: ${what}; text now ${JSON.stringify(text)}`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
}

/** Waits until an element matching `selector` exists and is visible. */
export async function expectVisible(page, selector, { timeout = TIMEOUT } = {}) {
  try {
    await page.locator(selector).first().waitFor({ state: 'visible', timeout });
  } catch {
    const n = await page.locator(selector).count();
    assert.fail(`${selector}: expected visible, ${n ? 'found but hidden' : 'not found'} (waited ${timeout} ms)`);
  }
}

/** Waits until no element matches `selector` (or none is visible). */
export async function expectHidden(page, selector, { timeout = TIMEOUT } = {}) {
  try {
    await page.locator(selector).first().waitFor({ state: 'hidden', timeout });
  } catch {
    assert.fail(`${selector}: expected absent or hidden, still visible (waited ${timeout} ms)`);
  }
}

/** The text of the visible `main h1`. */
export function heading(page) {
  return page.locator('main h1').first().innerText();
}

/**
 * The texts of the headings in main (h1 and h2), joined. On the assessment
 * view the h1 is the idea's own title, which does not change with the
 * language; the section headings do.
 */
export function headings(page) {
  return page.evaluate(() => [...document.querySelectorAll('main h1, main h2')].map((h) => h.textContent.trim()).join(' | '));
}

/** Waits until `headings(page)` differs from `before`; returns the new text. */
export async function expectHeadingsChange(page, before) {
  await expectProbe(
    page,
    'main h1/h2 texts changed',
    (b) => [...document.querySelectorAll('main h1, main h2')].map((h) => h.textContent.trim()).join(' | ') !== b,
    before,
    true,
  );
  return headings(page);
}

/** Waits until `headings(page)` equals `expected`. */
export function expectHeadings(page, expected) {
  return expectProbe(
    page,
    'main h1/h2 texts',
    () => [...document.querySelectorAll('main h1, main h2')].map((h) => h.textContent.trim()).join(' | '),
    null,
    expected,
  );
}

// ---------------------------------------------------------------------------
// App helpers (selectors from the UI contract)

/** Clicks a navigation button and waits until its view is current. */
export async function showView(page, view) {
  await page.locator(`button[data-view="${view}"]`).first().click();
  await expectAttr(page, `button[data-view="${view}"]`, 'aria-current', 'page');
  await appReady(page);
}

/**
 * Selects a native radio `name` = `value` with the pointer, as a person
 * would: by clicking its visible label when the input itself is visually
 * hidden, else the input.
 */
export async function choose(page, name, value) {
  const selector = `input[type="radio"][name="${name}"][value="${value}"]`;
  const input = page.locator(selector);
  await input.waitFor({ state: 'attached' });
  const id = await input.getAttribute('id');
  const label = id ? page.locator(`label[for="${id}"]`) : null;
  if (label && (await label.count()) > 0 && (await label.first().isVisible())) {
    await label.first().click();
  } else {
    await input.click({ force: true });
  }
  await expectChecked(page, selector);
}

/** The `points` attribute of the radar polygon. */
export function radarPoints(page) {
  return page.evaluate(() => document.querySelector('svg#radar polygon.radar-shape')?.getAttribute('points') ?? null);
}

/** The localStorage keys of the page's origin. */
export function storageKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).sort());
}

// ---------------------------------------------------------------------------
// Keyboard

/** A short description of the focused element, for messages. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body>';
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    for (const a of ['name', 'value', 'type', 'data-view', 'data-example']) {
      if (el.hasAttribute(a)) s += `[${a}="${el.getAttribute(a)}"]`;
    }
    return s;
  });
}

const focusMatches = (page, selector) =>
  page.evaluate((sel) => !!document.activeElement && document.activeElement.matches(sel), selector);

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`.
 * Fails after `max` presses, listing the last elements that had focus.
 */
export async function tabTo(page, selector, { max = 250, back = false } = {}) {
  const trail = [];
  for (let i = 0; i <= max; i++) {
    if (await focusMatches(page, selector)) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    trail.push(await focused(page));
    if (trail.length > 12) trail.shift();
  }
  assert.fail(`${back ? 'Shift+' : ''}Tab never reached ${selector} in ${max} presses; last focus: ${trail.join(' -> ')}`);
}

/**
 * Answers a native radio group with the keyboard only: Tab into the group,
 * Space to check the focused radio, arrow keys to move (and check) until
 * `value` is checked.
 */
export async function answerWithKeyboard(page, name, value) {
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  await page.keyboard.press('Space');
  for (let i = 0; i < 8; i++) {
    const state = await page.evaluate(() => ({
      value: document.activeElement?.value,
      checked: document.activeElement?.checked,
      name: document.activeElement?.name,
    }));
    if (state.name !== name) assert.fail(`focus left the radio group ${name} while answering; now on ${await focused(page)}`);
    if (state.value === value && state.checked) {
      return expectChecked(page, `input[type="radio"][name="${name}"][value="${value}"]`);
    }
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`arrow keys never reached ${name}=${value}; focus on ${await focused(page)}`);
}

// ---------------------------------------------------------------------------
// axe-core

let axeSource = null;
/**
 * axe-core on any page (the e2e() wrapper's `axe` is this on its first
 * page), e.g. another tab of the context: see `axe` in openSession.
 */
export async function axeCheck(page, label, { collect, include } = {}) {
  axeSource ??= fs.readFileSync(AXE_PATH, 'utf8');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Evaluated through the DevTools protocol: an inline <script> tag would
    // be refused by the app's Content-Security-Policy.
    await page.evaluate(`${axeSource}\n;true`);
  }
  const violations = await page.evaluate(async (sel) => {
    // Sections with `content-visibility: auto` are not rendered while off
    // screen, and axe-core then reads a wrong background for their text
    // (axe-core issue #2768). Render them for the check, as scrolling would.
    const skipped = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (getComputedStyle(el).contentVisibility === 'auto') skipped.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    for (const el of skipped) el.style.setProperty('content-visibility', 'visible');
    const r = await window.axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    for (const el of skipped) el.style.removeProperty('content-visibility');
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, include ?? null);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const lines = bad.flatMap((v) => [
      `${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.slice(0, 6).map((n) => `    ${n.target}: ${(n.summary || '').replace(/\s+/g, ' ').slice(0, 200)}`),
      ...(v.nodes.length > 6 ? [`    ... and ${v.nodes.length - 6} more`] : []),
    ]);
    const report = `axe-core, ${label}: ${bad.length} serious/critical violation(s):\n  ${lines.join('\n  ')}`;
    if (collect) collect.push(report);
    else assert.fail(report);
  }
  return violations;
}

export { assert };

// ---------------------------------------------------------------------------
// The collection (start view list), files and storage

export const LIBRARY_KEY = 'wenselijk.library';
export const LEGACY_KEY = 'wenselijk.session';

/**
 * From the assessment view: opens the share panel, and the link in a fresh
 * browser profile (`newSession` of e2e(), with `options`); resolves to that
 * session once its read-only view shows.
 */
export async function openShareLink(page, newSession, options) {
  await page.locator('#share-link').click();
  await expectVisible(page, '#share-url');
  const url = new URL(await page.locator('#share-url').inputValue());
  const other = await newSession(options);
  await other.open(url.pathname + url.search + url.hash);
  await expectVisible(other.page, '#shared-banner');
  return other;
}

/** In print media: a PDF of the page can be made; back to the screen after. */
export async function expectPdf(page) {
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
  await page.emulateMedia({ media: 'screen' });
}

/** Self-contained page probe: the rows of table#assessments, in order. */
export const rowsProbe = () =>
  [...document.querySelectorAll('table#assessments tr[data-id]')].map((tr) => ({
    id: tr.getAttribute('data-id'),
    title: tr.querySelector('button[data-action="open"]')?.textContent.trim() ?? null,
    verdict: tr.querySelector('.verdict-badge[data-verdict]')?.getAttribute('data-verdict') ?? null,
  }));

/** The rows of the list now: [{ id, title, verdict }]. */
export function rows(page) {
  return page.evaluate(rowsProbe);
}

/** Waits until the list has exactly `n` rows; returns them. */
export async function expectRowCount(page, n) {
  await expectProbe(page, 'number of rows in table#assessments', () => document.querySelectorAll('table#assessments tr[data-id]').length, null, n);
  return rows(page);
}

/** Waits until the rows' { title, verdict } (in list order) equal `expected`. */
export function expectRows(page, expected) {
  return expectProbe(
    page,
    'rows of table#assessments (title, verdict)',
    () => [...document.querySelectorAll('table#assessments tr[data-id]')].map((tr) => ({
      title: tr.querySelector('button[data-action="open"]')?.textContent.trim() ?? null,
      verdict: tr.querySelector('.verdict-badge[data-verdict]')?.getAttribute('data-verdict') ?? null,
    })),
    null,
    expected,
  );
}

/** A CSS selector for the element with this exact id (ids may hold any character). */
export const byId = (id) => `[id="${id.replace(/["\\]/g, '\\$&')}"]`;

/** A selector for the row of record `id`. */
export const row = (id) => `table#assessments tr[data-id="${id.replace(/["\\]/g, '\\$&')}"]`;

/**
 * Runs `action` (which makes the page download a file) and resolves to
 * { name, text, path } of that download; `saveTo` keeps a copy there.
 */
export async function download(page, action, { saveTo } = {}) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), action()]);
  const failure = await dl.failure();
  if (failure) assert.fail(`download ${dl.suggestedFilename()} failed: ${failure}`);
  const file = await dl.path();
  if (saveTo) await dl.saveAs(saveTo);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(file, 'utf8'), path: saveTo ?? file };
}

/** The saved library document of the page's origin, parsed (null when absent). */
export function library(page) {
  return page.evaluate((k) => {
    const raw = localStorage.getItem(k);
    return raw === null ? null : JSON.parse(raw);
  }, LIBRARY_KEY);
}

/** Waits until the saved library holds `n` records (saving runs a moment after a change). */
export function expectSavedCount(page, n, what = 'records saved') {
  return expectProbe(
    page,
    what,
    (k) => (JSON.parse(localStorage.getItem(k) ?? '{"records":[]}').records ?? []).length,
    LIBRARY_KEY,
    n,
  );
}

/** The text of #notice (waits for it). */
export async function noticeText(page) {
  await expectVisible(page, '#notice');
  return (await page.locator('#notice').innerText()).trim();
}

/** Dismisses the current notice, if any, and waits until it is gone. */
export async function dismissNotice(page) {
  if (await page.locator('#dismiss-notice').count()) await page.locator('#dismiss-notice').click();
  await expectProbe(page, '#notice gone', () => document.querySelector('#notice') === null, null, true);
}

/** A file in tests/e2e/fixtures/. */
export const fixture = (name) => path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name);

/** A scratch directory for this test file, removed when it ends. */
let scratch = null;
export function scratchDir() {
  if (!scratch) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'wenselijk-e2e-'));
    after(() => fs.rmSync(scratch, { recursive: true, force: true }));
  }
  return scratch;
}
export const TARGET = path.join(ROOT, 'target');
