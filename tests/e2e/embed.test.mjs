// Issue 5: embedding, organisation configuration and the strict security
// policy. Every test here (like every other e2e test) runs with the strict
// Content-Security-Policy header from harness.mjs on the app's pages, and
// fails on any violation, any request to another origin, or any cookie.
//
// - the app in a subfolder of a web server;
// - the CSP really is enforced, and the app works offline once loaded;
// - URL parameters (language, start, compact, theme) and bad ones;
// - an iframe in a host page on another origin: postMessage events, only to
//   the right origin;
// - mounted in a host page with hostile global CSS: isolated both ways,
//   DOM events on the host element;
// - the single-file build, from a server and from disk;
// - organisation configurations: valid, invalid, broken, missing.
import { after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  e2e, assert, startServer, DIST, STRICT_CSP, TIMEOUT, appReady, expectAttr, expectProbe, expectVisible, choose,
  library, LIBRARY_KEY, expectSavedCount, expectRowCount, row, fixture,
} from './harness.mjs';

const SINGLE = path.resolve(DIST, '..', 'dist-single');

/** The text of the settings problems panel (waits for it). */
async function settingsText(page) {
  await expectVisible(page, '#settings-problems');
  return (await page.locator('#settings-problems').innerText()).trim();
}

/** Polls `read()` (in Node) until it returns `expected` (by JSON). */
async function until(what, read, expected, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  let actual;
  for (;;) {
    actual = await read().catch((e) => `<${e.message.split('\n')[0]}>`);
    if (JSON.stringify(actual) === JSON.stringify(expected)) return actual;
    if (Date.now() > deadline) assert.fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    await new Promise((r) => setImmediate(r));
  }
}

// ---------------------------------------------------------------------------
// Hosting and the security policy

const PREFIX = '/intranet/tools/wenselijk';

e2e('hosted in a subfolder: every asset from that folder, .wasm as application/wasm', { server: { prefix: PREFIX } }, async ({ page, open, origin, requests }) => {
  const wasmTypes = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.wasm')) wasmTypes.push(r.headers()['content-type']);
  });
  // Without the trailing slash the server redirects, as nginx does.
  await open(PREFIX);
  assert.equal(new URL(page.url()).pathname, PREFIX + '/');
  await page.locator('#new-assessment').click();
  await choose(page, 'dim-autonomy', '1');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
  const outside = requests.map((r) => new URL(r.url)).filter((u) => u.origin === origin && !u.pathname.startsWith(PREFIX));
  assert.deepEqual(outside.map((u) => u.pathname), [], 'no request outside the folder');
  assert.deepEqual(wasmTypes, ['application/wasm']);
});

e2e('strict CSP: sent, enforced, no violation by the app; works offline once loaded', async ({ page, context, open, origin, newSession }) => {
  const response = await page.goto(origin + '/');
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  assert.ok(!STRICT_CSP.includes('unsafe-inline') && !STRICT_CSP.includes("'unsafe-eval'"));
  await appReady(page);

  // Offline from here: the app keeps working (nothing more to fetch).
  await context.setOffline(true);
  await page.locator('#new-assessment').click();
  await choose(page, 'dim-trust', '1');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
  await page.locator('button[data-view="rules"]').click();
  await expectVisible(page, 'main h1');
  await context.setOffline(false);

  // The policy is live: an inline script is refused (in another profile,
  // where that one refusal is expected).
  const other = await newSession({ allowConsole: [/CSP violation: script-src/, /Executing inline script violates/, /Refused to execute inline script/] });
  await other.open();
  const ran = await other.page.evaluate(() => {
    window.__ran = false;
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.head.append(s);
    return window.__ran;
  });
  assert.equal(ran, false, 'an inline script did not run under the policy');
});

// ---------------------------------------------------------------------------
// URL parameters

e2e('URL parameters: language, an example to start with, compact, dark theme; reopened, not added again', async ({ page, open, reload, axe }) => {
  await open('/?lang=en&start=example:bank_wrapped&compact=1&theme=dark');
  await expectAttr(page, 'html', 'lang', 'en');
  assert.equal(await page.locator('.site-header').count(), 0, 'compact: no header');
  await expectAttr(page, '.wj', 'data-theme', 'dark');
  await expectAttr(page, '#verdict', 'data-verdict', 'conditional');
  assert.match(await page.locator('main h1').innerText(), /\S/);
  await axe('dark theme, compact, assessment');
  // A second visit reopens the untouched example instead of adding it again.
  await expectSavedCount(page, 1, 'the example saved');
  await reload();
  await expectAttr(page, '#verdict', 'data-verdict', 'conditional');
  await expectSavedCount(page, 1, 'one record after two visits');
  // Once changed, a new visit starts a fresh copy.
  await choose(page, 'dim-autonomy', '5');
  await expectProbe(page, 'saved', (k) => (localStorage.getItem(k) ?? '').includes('"autonomy"'), LIBRARY_KEY, true);
  await reload();
  await expectSavedCount(page, 2, 'a fresh copy next to the changed one');
});

e2e('URL parameters: an empty assessment; unusable values are named and the defaults used', async ({ page, open }) => {
  await open('/?start=empty');
  await expectAttr(page, '#verdict', 'data-verdict', 'none');
  await open('/?start=empty&theme=purple&lang=fr&origin=*&config=https://elsewhere.example/c.json');
  const text = await settingsText(page);
  for (const bit of ['theme=purple', 'lang=fr', 'origin=*', 'config=https://elsewhere.example/c.json']) {
    assert.ok(text.includes(bit), `the notice names ${bit}: ${text}`);
  }
  await expectAttr(page, '.wj', 'data-theme', 'light');
  await expectAttr(page, 'html', 'lang', 'nl');
  assert.equal((await library(page)).records.length, 1, 'the empty assessment was reopened');
});

// ---------------------------------------------------------------------------
// An iframe in a host page on another origin

/** A host page on another origin (another port) with three frames of the app. */
const framesPage = (app, hostOrigin) => `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<h1>Intranet</h1>
<iframe id="f1" title="Wenselijk, told our origin" width="1100" height="700" src="${app}/?lang=en&start=empty&compact=1&origin=${hostOrigin}"></iframe>
<iframe id="f2" title="Wenselijk, told another origin" width="1100" height="300" src="${app}/?compact=1&start=empty&origin=https://elsewhere.example"></iframe>
<iframe id="f3" title="Wenselijk, no origin given" width="1100" height="300" src="${app}/?lang=en"></iframe>
<script type="module">
  window.__msgs = [];
  const which = (src) => ['f1', 'f2', 'f3'].find((id) => document.getElementById(id).contentWindow === src) ?? '?';
  addEventListener('message', (e) => window.__msgs.push({ from: which(e.source), origin: e.origin, data: e.data }));
</script></body></html>`;
/** A host page on another origin with one frame of the app, showing its list. */
const groupsFramePage = (app, hostOrigin) => `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<iframe id="g" title="Wenselijk with customer groups" width="1200" height="800" src="${app}/?lang=en&origin=${hostOrigin}"></iframe>
<script type="module">
  window.__msgs = [];
  addEventListener('message', (e) => window.__msgs.push({ origin: e.origin, data: e.data }));
</script></body></html>`;
const host = await startServer(DIST, {
  csp: null,
  pages: {
    '/frames.html': (q) => framesPage(q.get('app'), q.get('host')),
    '/frame-groups.html': (q) => groupsFramePage(q.get('app'), q.get('host')),
  },
});
after(() => host.close());


e2e('iframe: verdict events by postMessage to the host origin only, never to another', { allowOrigins: [host.origin] }, async ({ page, origin }) => {
  // The host page is on another port: another origin.
  await page.goto(`${host.origin}/frames.html?app=${encodeURIComponent(origin)}&host=${encodeURIComponent(host.origin)}`);
  const f1 = await (await page.$('#f1')).contentFrame();
  await appReady(f1);
  const messages = () => page.evaluate(() => window.__msgs);
  // The first message: the empty assessment, no verdict yet.
  const first = async () => (await messages()).find((m) => m.from === 'f1')?.data ?? {};
  await until('first message from f1', async () => [(await first()).type, (await first()).verdict], ['verdict', null]);
  await choose(f1, 'dim-autonomy', '1');
  await until('a crosses-line message from f1', async () => (await messages()).some((m) => m.from === 'f1' && m.data.verdict === 'crosses-line'), true);
  const m = (await messages()).find((x) => x.data.verdict === 'crosses-line');
  assert.equal(m.origin, origin, 'sent by the app');
  assert.equal(m.data.source, 'wenselijk');
  assert.equal(m.data.version, 1);
  assert.equal(m.data.type, 'verdict');
  assert.equal(m.data.label, 'Crosses the line');
  assert.ok(!JSON.stringify(m.data).includes('Wenselijk, told'), 'no page text in the message');
  // f3 has no origin parameter: the referrer's origin is used.
  const f3 = await (await page.$('#f3')).contentFrame();
  await appReady(f3);
  await until('f3 reports', async () => (await messages()).some((x) => x.from === 'f3' && x.data.source === 'wenselijk'), true);
  // f2 was told another origin: the browser drops its messages.
  const f2 = await (await page.$('#f2')).contentFrame();
  await appReady(f2);
  await choose(f2, 'dim-trust', '1');
  await expectAttr(f2, '#verdict', 'data-verdict', 'crosses-line');
  // f2's message would have been sent before this round trip through f1 ends.
  await choose(f1, 'dim-autonomy', '3');
  await until('f1 reports again', async () => (await messages()).filter((x) => x.from === 'f1').length >= 3, true);
  assert.deepEqual((await messages()).filter((x) => x.from === 'f2'), [], 'nothing reached the host from f2');
});

e2e('iframe: each customer group\'s verdict by position, and no user text in the message', { allowOrigins: [host.origin] }, async ({ page, origin }) => {
  await page.goto(`${host.origin}/frame-groups.html?app=${encodeURIComponent(origin)}&host=${encodeURIComponent(host.origin)}`);
  const frame = await (await page.$('#g')).contentFrame();
  await appReady(frame);
  // An assessment with two groups: the first crosses the line, the second is fine.
  await frame.setInputFiles('#import-file', fixture('export-groups.json'));
  await expectRowCount(frame, 1);
  await frame.locator(`${row('e2e-groups-1')} button[data-action="open"]`).click();
  await expectAttr(frame, '#verdict', 'data-verdict', 'conditional');
  const messages = () => page.evaluate(() => window.__msgs.filter((m) => m.data?.type === 'verdict'));
  const last = async () => (await messages()).at(-1)?.data ?? {};
  await until('the groups in the message', async () => {
    const m = await last();
    return [m.assessment, m.verdict, m.groups];
  }, ['e2e-groups-1', 'conditional', ['crosses-line', 'desirable']]);
  // A base answer reaches the group that follows it: trust at 1 for everyone.
  await choose(frame, 'dim-trust', '1');
  await until('both groups cross the line', async () => {
    const m = await last();
    return [m.verdict, m.groups];
  }, ['crosses-line', ['crosses-line', 'crosses-line']]);
  // Never the idea's title, a group's name, description or note.
  const all = JSON.stringify(await messages());
  for (const text of ['Groepen-test', 'Mensen met geldzorgen', 'Geheim', 'Jonge klanten', 'schulden', 'notitie', 'Zetten het zelf uit', 'g1', 'g2']) {
    assert.ok(!all.includes(text), `no ${JSON.stringify(text)} in the messages: ${all}`);
  }
  assert.ok((await messages()).every((m) => m.origin === origin && m.data.version === 1));
});

// ---------------------------------------------------------------------------
// Mounted in a host page with hostile global CSS

const HOSTILE_CSS = `
  * { font-family: "Comic Sans MS", fantasy !important; color: #ff00ff !important; letter-spacing: 3px !important; box-sizing: content-box !important; }
  div, p, section, main, fieldset, legend, header, footer, ul, li { margin: 23px !important; padding: 17px !important; border: 4px dashed red !important; background: yellow !important; }
  button, input, label, textarea, select { all: unset !important; font-size: 30px !important; background: lime !important; }
  h1, h2, h3 { font-size: 80px !important; text-transform: uppercase !important; }
  main { display: none !important; }
  svg, polygon, circle { display: none !important; fill: red !important; }
  table, td, th { border: 9px double blue !important; }
`;
const hostPage = (attrs) => `<!doctype html><html lang="de"><head><title>Intranet</title><style>${HOSTILE_CSS}</style></head>
<body><h1>Intranet page</h1><p id="host-text">Host text</p>
<div id="tool" data-wenselijk ${attrs}></div>
<script type="module">
  window.__events = [];
  document.addEventListener('wenselijk:verdict', (e) => window.__events.push(e.detail));
  document.addEventListener('wenselijk:ready', (e) => window.__events.push(e.detail));
</script>
<script type="module" src="../loader.js"></script></body></html>`;

/** Computed styles of the same elements: app page vs mounted app. */
const STYLE_PROBE = `(root) => {
  const props = ['fontFamily', 'color', 'backgroundColor', 'fontSize', 'marginTop', 'paddingTop', 'borderTopWidth', 'borderTopStyle', 'display', 'letterSpacing', 'textTransform', 'boxSizing'];
  const r = root === 'shadow' ? document.querySelector('#tool').shadowRoot : document;
  const sels = ['.wj', 'main', 'main h1', 'fieldset.item', 'legend', '.options label', 'textarea', 'button', 'svg#radar', 'svg#radar polygon', '#verdict'];
  return Object.fromEntries(sels.map((s) => {
    const el = r.querySelector(s);
    if (!el) return [s, null];
    const cs = getComputedStyle(el);
    return [s, Object.fromEntries(props.map((p) => [p, cs[p]]))];
  }));
}`;

e2e('mounted in a host page with hostile CSS: looks as on its own page, leaves the host alone, sends DOM events', {
  server: { pages: { '/host/page.html': hostPage('data-lang="en" data-start="empty"') } },
}, async ({ page, open, origin, axe }) => {
  // Reference: the app on its own page, same options.
  await open('/?lang=en&start=empty');
  const reference = await page.evaluate(`(${STYLE_PROBE})('page')`);

  await page.goto(origin + '/host/page.html');
  await page.locator('#tool main h1').waitFor({ state: 'visible', timeout: 20_000 });
  const mounted = await page.evaluate(`(${STYLE_PROBE})('shadow')`);
  for (const [sel, styles] of Object.entries(reference)) {
    assert.ok(styles, `${sel} exists on the app's page`);
    assert.deepEqual(mounted[sel], styles, `${sel}: computed styles in the host page equal those on the app's own page`);
  }
  // The app's CSS did not reach the host page, and the app did not touch
  // the host document's language or title.
  const hostSide = await page.evaluate(() => ({
    sheets: document.adoptedStyleSheets.length,
    lang: document.documentElement.lang,
    title: document.title,
    h1: getComputedStyle(document.querySelector('body > h1')).textTransform,
    text: getComputedStyle(document.querySelector('#host-text')).color,
  }));
  assert.deepEqual(hostSide, { sheets: 0, lang: 'de', title: 'Intranet', h1: 'uppercase', text: 'rgb(255, 0, 255)' });
  assert.equal(await page.locator('#tool .wj').getAttribute('lang'), 'en');
  await axe('the app mounted in a host page', { include: '#tool' });

  // Events on the host element, bubbling to the document.
  await page.locator('#tool label[for="dim-empathy-1"]').click();
  await until('a verdict event', () => page.evaluate(() => window.__events.map((e) => e.verdict ?? e.type)), ['verdict', 'crosses-line']);
  await until('focus stays inside the app after a view change', async () => {
    await page.locator('#tool button[data-view="rules"]').click();
    return page.evaluate(() => document.querySelector('#tool').shadowRoot.activeElement?.tagName ?? null);
  }, 'H1');
});

// ---------------------------------------------------------------------------
// The single-file build

const singleFile = path.join(SINGLE, 'wenselijk.html');
if (!fs.existsSync(singleFile)) {
  if (process.env.CI) throw new Error(`${singleFile} missing: run 'node scripts/single-file.mjs' after the release build`);
}

e2e('single file: from a web server, under its own CSP', { server: { dir: SINGLE, csp: null } }, async ({ page, open, reload }) => {
  await open('/wenselijk.html');
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('script[src], link[rel=stylesheet], link[rel=modulepreload]').length), 0, 'nothing to fetch');
  await page.locator('#new-assessment').click();
  await choose(page, 'dim-place', '1');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
  await reload();
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
});

e2e('single file: opened from disk', { allowOrigins: ['file:'] }, async ({ page }) => {
  await page.goto(pathToFileURL(singleFile).href);
  await appReady(page);
  await page.locator('#new-assessment').click();
  await choose(page, 'dim-time', '1');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
});

// ---------------------------------------------------------------------------
// Organisation configuration

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0b6e4f"/></svg>';
const GOOD = {
  version: 1,
  name: 'Gemeente Voorbeeld',
  values: ['Betrouwbaar', { nl: 'Dichtbij', en: 'Close by' }],
  helper_questions: { trust: ['Weet de inwoner waarom wij dit weten?'] },
  weights: { autonomy: 2 },
  default_language: 'en',
  theme: { accent: '#0b6e4f', logo: 'org/logo.svg' },
};
const BAD = {
  name: '',
  weights: { trust: 9 },
  theme: { accent: '#ffff00', logo: 'https://elsewhere.example/logo.png' },
  colour: 'blue',
};
const configServer = {
  pages: {
    '/wenselijk.config.json': JSON.stringify(GOOD),
    '/org/logo.svg': { type: 'image/svg+xml', body: LOGO },
    '/configs/bad.json': JSON.stringify(BAD),
    '/configs/broken.json': '{\n  "name": "Gemeente",\n  "values": ["a",\n',
  },
};

e2e('configuration next to the app: name, values, questions, weights, language, colour and logo', { server: configServer }, async ({ page, open, axe }) => {
  await open();
  // Its default language (the browser says Dutch; no choice made yet).
  await expectAttr(page, 'html', 'lang', 'en');
  await expectProbe(page, 'logo loaded', () => document.querySelector('img.org-logo')?.naturalWidth ?? 0, null, 40);
  assert.equal(await page.locator('img.org-logo').getAttribute('alt'), 'Logo of Gemeente Voorbeeld');
  await expectProbe(page, 'accent colour', () => getComputedStyle(document.querySelector('.wj')).getPropertyValue('--accent').trim(), null, '#0b6e4f');
  await page.locator('#new-assessment').click();
  // The organisation's question under trust, its values to pick.
  assert.match(await page.locator('#dim-trust').innerText(), /Questions from Gemeente Voorbeeld[\s\S]*Weet de inwoner waarom wij dit weten\?/);
  await page.locator('#org-value-1').click();
  await expectAttr(page, '#org-value-1', 'aria-pressed', 'true');
  await expectProbe(page, 'value added', () => document.querySelector('#org-values').value, null, 'Close by');
  await axe('assessment with an organisation configuration');
  // Weights show in the rules and the report.
  await page.locator('button[data-view="rules"]').click();
  assert.match(await page.locator('main').innerText(), /Autonomy: counts 2 times/);
  await page.locator('button[data-view="assess"]').click();
  await page.locator('#open-report').click();
  assert.match(await page.locator('main').innerText(), /Set up by Gemeente Voorbeeld/);
});

e2e('configuration with mistakes: each named, defaults used, nothing fetched from elsewhere', { server: configServer }, async ({ page, open, requests }) => {
  await open('/?config=configs/bad.json');
  const text = await settingsText(page);
  for (const p of ['name', 'weights.trust', 'theme.accent', 'theme.logo', 'colour']) assert.ok(text.includes(`‘${p}’`), `the notice names ${p}: ${text}`);
  await expectProbe(page, 'default accent', () => getComputedStyle(document.querySelector('.wj')).getPropertyValue('--accent').trim(), null, '#2f4bb8');
  assert.equal(await page.locator('img.org-logo').count(), 0);
  assert.ok(!requests.some((r) => r.url.includes('elsewhere')));
  // The app works as usual.
  await page.locator('#new-assessment').click();
  await choose(page, 'dim-trust', '1');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
});

e2e('configuration that is not JSON, or not there: a clear message, the app as usual', {
  server: configServer,
  allowConsole: [/404/],
  allowHttpErrors: [/nope\.json$/],
}, async ({ page, open }) => {
  await open('/?config=configs/broken.json');
  assert.match(await settingsText(page), /regel 3, teken 17/, 'names the line and character where the text stops');
  await page.locator('#new-assessment').click();
  await expectVisible(page, '#dim-trust');
  await open('/?config=configs/nope.json');
  assert.match(await settingsText(page), /configs\/nope\.json/);
});
