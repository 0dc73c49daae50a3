// The main journey once in a second engine: headless Firefox ESR (Debian's
// firefox-esr) through geckodriver (from crates.io), over the W3C WebDriver
// HTTP protocol with plain fetch. Run with `node --test tests/firefox/`.
//
// Start a new assessment, name it, score the eight dimensions, the value
// questions and the red flags and watch the verdict follow (no verdict ->
// desirable if conditions are met -> desirable -> crosses the line), reload
// (kept in localStorage), switch to English.
//
// Then two tabs of the same Firefox on one collection (issue 11): an
// assessment made and typed in each (WebDriver New Window / Switch To
// Window), typing on in the first; the first lists both without a reload,
// and a third tab, opened fresh, has everything. Both tests share one
// Firefox (started once per file); the second runs on a server of its own,
// so its origin starts with empty storage.
//
// Also checked:
//   - no JS error: Firefox's WebDriver has no console-log API, so right
//     after each load the test installs a collector for 'error',
//     'unhandledrejection' and 'securitypolicyviolation' (CSP) events and
//     console.error calls, and reads it before the next load and at the end.
//     It sees the page's errors from the moment it is installed, i.e. after
//     the load event only. For the time before that, uncaught errors and
//     rejections in scripts of the app's origin are also picked out of
//     Firefox's own output ("JavaScript error: <url>, line N: ..."), and a
//     failure that keeps the app from rendering fails the wait for
//     'main h1'; console.error calls during the load are not seen;
//   - no request leaves 127.0.0.1: Firefox's proxy is a local sink that
//     records and refuses everything (see startSinkProxy), and the test
//     fails if anything reached it, from the app or from Firefox itself;
//     resources from other origins in the page's Performance API fail it too.
//
// Lookups go through deep()/deepAll() in the page (webdriver.mjs), which
// also search open shadow roots, so the test holds whether the app renders
// in the light DOM or in a shadow root of a host element.
//
// Missing firefox-esr or geckodriver: the test fails when CI is set (with
// what to run), and is skipped with a message otherwise.
// Environment: FIREFOX (default /usr/bin/firefox-esr), GECKODRIVER (default:
// geckodriver on PATH, then ~/.cargo/bin), E2E_TIMEOUT (ms per condition).

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startServer, TARGET, LIBRARY_KEY } from '../e2e/harness.mjs';
import {
  Session, findExecutable, startGeckodriver, startSinkProxy, scratch, until, probe, find,
} from './webdriver.mjs';

const FIREFOX = findExecutable([process.env.FIREFOX, '/usr/bin/firefox-esr', 'firefox-esr']);
const GECKODRIVER = findExecutable([
  process.env.GECKODRIVER,
  'geckodriver',
  path.join(process.env.CARGO_HOME || path.join(os.homedir(), '.cargo'), 'bin', 'geckodriver'),
]);
/** How long to wait for one condition (ms). */
const TIMEOUT = Number(process.env.E2E_TIMEOUT || 10_000);
/** Starting Firefox, loading and compiling the wasm on a busy 2-core machine. */
const SLOW = Math.max(TIMEOUT, 30_000);

const TITLE = 'Firefox-reis: bel nieuwe klanten op dag 3';
const DIMENSIONS = ['complexity', 'language', 'place', 'time', 'relevance', 'trust', 'empathy', 'autonomy'];
const VALUES = ['customer_value', 'org_value', 'customer_values_fit', 'org_values_fit'];
const FLAGS = ['big_brother', 'paternalism', 'pushiness', 'mainly_org_value', 'unnecessary_contact'];

/** What #verdict shows: its key, its name and its hint (src/i18n/ui.rs). */
const VERDICTS = {
  nl: {
    none: ['Nog geen oordeel', 'Beantwoord een vraag om de uitkomst te zien.'],
    conditional: ['Wenselijk onder voorwaarden', 'Dit kan welkom zijn, als je de voorwaarden hieronder regelt.'],
    desirable: ['Wenselijk', 'Klanten zullen dit waarschijnlijk als welkome hulp zien.'],
    'crosses-line': ['Gaat over de schreef', 'Zo voelt dit voor klanten eerder als bemoeienis dan als hulp.'],
  },
  en: {
    'crosses-line': ['Crosses the line', 'As it stands, customers are more likely to feel meddled with than helped.'],
  },
};

/**
 * Firefox preferences: start in Dutch (like the Chromium journeys), no first
 * run pages, and no traffic of its own. geckodriver and Marionette already
 * set many "quiet" preferences; these add the rest, and every proxyable
 * request but those to 127.0.0.1 goes to the sink proxy anyway.
 */
function firefoxPrefs(proxyPort) {
  return {
    'intl.accept_languages': 'nl-NL, nl',
    // Everything but 127.0.0.1 / localhost through the recording sink proxy.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    // First run, start page, updates.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': 'about:blank',
    'startup.homepage_welcome_url.additional': '',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.topsites.contile.enabled': false,
    'browser.aboutwelcome.enabled': false,
    'browser.sessionstore.resume_from_crash': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'nimbus.rsexperimentloader.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.discovery.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    'browser.search.update': false,
    'geo.provider.network.url': '',
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'identity.fxaccounts.enabled': false,
    'browser.translations.enable': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    // Telemetry and data reporting.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'browser.ping-centre.telemetry': false,
    // Safe Browsing downloads lists from Google.
    'browser.safebrowsing.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
  };
}

// ---------------------------------------------------------------------------
// Resources, cleaned up in after() whatever happened

const res = { tmp: null, proxy: null, driver: null, server: null, tabsServer: null, session: null };
after(async () => {
  const problems = [];
  const step = async (what, fn) => {
    try {
      await fn();
    } catch (e) {
      problems.push(`${what}: ${e.message}`);
    }
  };
  if (res.session) await step('delete the session', () => res.session.delete());
  if (res.driver) await step('stop geckodriver', () => res.driver.stop());
  if (res.server) await step('stop the server', () => res.server.close());
  if (res.tabsServer) await step("stop the two-tab test's server", () => res.tabsServer.close());
  if (res.proxy) await step('stop the proxy', () => res.proxy.close());
  if (res.tmp) await step('remove the scratch folder', () => res.tmp.remove());
  if (problems.length) console.error(`firefox journey cleanup:\n  ${problems.join('\n  ')}`);
});

// ---------------------------------------------------------------------------
// Page helpers

/**
 * Waits until `fn(arg)`, run in the page, returns a value deep-equal to
 * `expected` (key order aside: Marionette returns object keys sorted).
 */
async function expectProbe(session, what, fn, arg, expected, { timeout = TIMEOUT } = {}) {
  const want = JSON.stringify(expected);
  return until(`${what} (expected ${want})`, () => probe(session, fn, arg), (v) => isDeepStrictEqual(v, expected), { timeout });
}

/** Waits until an element matching `selector` exists (deep) and returns its reference. */
function element(session, selector, { timeout = TIMEOUT } = {}) {
  return until(`element ${selector}`, () => find(session, selector), (el) => el !== null, { timeout });
}

const expectAttr = (session, selector, name, value, opts) =>
  expectProbe(session, `${selector} [${name}]`, ([sel, n]) => deep(sel)?.getAttribute(n) ?? null, [selector, name], value, opts);

const expectValue = (session, selector, value) =>
  expectProbe(session, `${selector} value`, (sel) => deep(sel)?.value ?? '<no element>', selector, value);

const expectChecked = (session, selector) =>
  expectProbe(session, `${selector} checked`, (sel) => deep(sel)?.checked ?? '<no element>', selector, true);

/** Waits until the app has rendered a view: a visible h1 inside main. */
function appReady(session) {
  return expectProbe(
    session,
    "the app rendered a visible 'main h1'",
    () => {
      const h1 = deep('main h1');
      return !!h1 && h1.getClientRects().length > 0;
    },
    null,
    true,
    { timeout: SLOW },
  );
}

/** Waits until #verdict shows `key` with its name and hint in `lang`. */
function expectVerdict(session, key, lang = 'nl') {
  const [name, hint] = VERDICTS[lang][key];
  return expectProbe(
    session,
    `#verdict in ${lang}`,
    () => {
      const v = deep('#verdict');
      if (!v) return null;
      return {
        key: v.getAttribute('data-verdict'),
        name: v.querySelector('.verdict-text strong')?.textContent.trim() ?? null,
        hint: v.querySelector('.verdict-text strong + span')?.textContent.trim() ?? null,
      };
    },
    null,
    { key, name, hint },
  );
}

/**
 * Picks radio `name` = `value` with a real WebDriver click, as a person would:
 * on its visible label when the input itself is visually hidden (the app's
 * scales), else on the input. Waits until it is checked.
 */
async function choose(session, name, value) {
  const selector = `input[type="radio"][name="${name}"][value="${value}"]`;
  await element(session, selector);
  const target = await probe(
    session,
    (sel) => {
      const input = deep(sel);
      const visible = (el) => !!el && el.getClientRects().length > 0 && el.offsetWidth > 2 && el.offsetHeight > 2 && getComputedStyle(el).opacity !== '0';
      const label = input.id ? input.getRootNode().querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
      return visible(label) ? label : input;
    },
    selector,
  );
  await session.click(target);
  await expectChecked(session, selector);
}

/** Clicks the (deep) element matching `selector`. */
async function click(session, selector) {
  await session.click(await element(session, selector));
}

/**
 * Installs the error collector (see the top of the file) in the current
 * document; idempotent. Errors are kept in window.__ffJourneyErrors.
 */
function installErrorCollector(session) {
  return session.execute(`
    if (window.__ffJourneyErrors) return;
    const errors = (window.__ffJourneyErrors = []);
    window.addEventListener('error', (e) => {
      const t = e.target;
      if (t && t !== window && t.tagName) {
        errors.push('failed to load <' + t.tagName.toLowerCase() + '> ' + (t.src || t.href || ''));
      } else {
        errors.push('uncaught error: ' + e.message + ' (' + e.filename + ':' + e.lineno + ')');
      }
    }, true);
    window.addEventListener('unhandledrejection', (e) => {
      const r = e.reason;
      errors.push('unhandled rejection: ' + String(r) + (r && r.stack ? ' at ' + r.stack.trim() : ''));
    });
    document.addEventListener('securitypolicyviolation', (e) => {
      errors.push('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
    });
    const original = console.error;
    console.error = function (...args) {
      errors.push('console.error: ' + args.map((a) => String(a) + (a && a.stack ? ' at ' + a.stack.trim() : '')).join(' '));
      return original.apply(this, args);
    };
  `);
}

/** The errors the collector has seen in the current document. */
function collectedErrors(session) {
  return session.execute('return window.__ffJourneyErrors ?? ["<the error collector was not installed>"];');
}

/** Resources the page loaded from anywhere but `origin` (Performance API). */
function foreignResources(session, origin) {
  return session.execute(
    `return performance.getEntriesByType('resource').map((e) => e.name)
       .filter((u) => !u.startsWith(arguments[0] + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));`,
    [origin],
  );
}

// ---------------------------------------------------------------------------
// The tests

/** The JS errors Firefox printed for pages of `origin`. */
function firefoxOutputErrors(origin) {
  return res.driver
    .output()
    .split('\n')
    .filter((l) => l.startsWith(`JavaScript error: ${origin}/`))
    .map((l) => `[Firefox output] ${l}`);
}

const missing = [
  !FIREFOX && `firefox-esr (looked for ${process.env.FIREFOX || '/usr/bin/firefox-esr'}; install: apt-get install firefox-esr)`,
  !GECKODRIVER && 'geckodriver (looked on PATH and in ~/.cargo/bin; install: cargo install geckodriver)',
].filter(Boolean);

/**
 * A test in Firefox: skipped (or failed under CI) when Firefox or
 * geckodriver is missing; on failure, leaves a screenshot and geckodriver's
 * last lines.
 */
function firefoxTest(name, shot, fn) {
  if (missing.length && !process.env.CI) {
    test(name, { skip: `not installed: ${missing.join('; ')}. Run scripts/setup.sh.` }, () => {});
    return;
  }
  test(name, { timeout: 180_000 }, async (t) => {
    if (missing.length) {
      assert.fail(`CI is set, but the Firefox journey cannot run: not installed: ${missing.join('; ')}. scripts/setup.sh installs both.`);
    }
    try {
      await fn(t);
    } catch (e) {
      // Leave something to look at: a screenshot and geckodriver's log.
      if (res.session) {
        try {
          fs.mkdirSync(TARGET, { recursive: true });
          const file = path.join(TARGET, shot);
          fs.writeFileSync(file, await res.session.screenshot());
          e.message += `\n(screenshot: ${file})`;
        } catch (err) {
          e.message += `\n(no screenshot: ${err.message})`;
        }
      }
      if (res.driver) e.message += `\ngeckodriver output (last lines):\n${res.driver.log()}`;
      throw e;
    }
  });
}

firefoxTest('Firefox ESR: new assessment, score, verdict follows, reload keeps it, switch language', 'firefox-journey-failure.png', journey);
firefoxTest('Firefox ESR: two tabs, an assessment typed in each; a third tab lists both', 'firefox-tabs-failure.png', twoTabs);

/**
 * Starts, once per file, everything the tests share: the sink proxy, the
 * app's server, geckodriver and a Firefox session. Resolves to `res`.
 */
let started = null;
function startFirefox(t) {
  started ??= launch(t);
  return started;
}

async function launch(t) {
  res.tmp = scratch('wenselijk-firefox-');
  res.proxy = await startSinkProxy();
  res.server = await startServer();
  const { origin } = res.server;
  res.driver = await startGeckodriver(GECKODRIVER, {
    tmpDir: res.tmp.dir,
    timeout: SLOW,
    // Firefox inherits geckodriver's environment (geckodriver applies
    // moz:firefoxOptions.env on Android only). Release builds (ESR) ignore
    // the 'services.settings.server' preference and fetch Remote Settings
    // from Mozilla unless run like Mozilla's own test harnesses, with
    // non-local connections disabled.
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });

  // A fresh temporary profile (geckodriver makes one per session, in our
  // scratch folder) with the preferences above.
  const session = (res.session = await Session.create(
    res.driver.url,
    {
      alwaysMatch: {
        browserName: 'firefox',
        acceptInsecureCerts: false,
        pageLoadStrategy: 'normal',
        // Lookups run in the page (executeScript) and wait with explicit
        // polling loops, so implicit waits stay off; page loads may take a
        // while on a busy machine.
        timeouts: { implicit: 0, pageLoad: SLOW, script: TIMEOUT },
        'moz:firefoxOptions': {
          binary: FIREFOX,
          args: ['-headless'],
          prefs: firefoxPrefs(res.proxy.port),
          log: { level: 'info' },
        },
      },
    },
    { timeout: 90_000 },
  ));
  const { browserName, browserVersion } = session.capabilities;
  assert.equal(browserName, 'firefox');
  t.diagnostic(`${browserName} ${browserVersion} via geckodriver at ${res.driver.url}, app at ${origin}`);
  await session.setWindowRect({ width: 1280, height: 900 });
  return res;
}

async function journey(t) {
  const { session, server } = await startFirefox(t);
  const { origin } = server;

  const errors = [];

  // Open the app on an empty profile: the start view, in Dutch.
  await session.navigate(`${origin}/`);
  await installErrorCollector(session);
  await appReady(session);
  await expectAttr(session, 'button[data-view="start"]', 'aria-current', 'page');
  await expectProbe(session, 'main h1 text', () => deep('main h1')?.textContent.trim(), null, 'Is dit idee welkome hulp?');
  await expectProbe(
    session,
    'saved assessments on a first visit',
    (k) => JSON.parse(localStorage.getItem(k) ?? '{"records":[]}').records?.length ?? '<no records>',
    LIBRARY_KEY,
    0,
  );

  // A new, blank assessment: no verdict yet.
  await click(session, '#new-assessment');
  await expectAttr(session, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(session, '#idea-title', '');
  await expectVerdict(session, 'none');

  // Name it: typed with real key events; the heading follows.
  const title = await element(session, '#idea-title');
  await session.click(title);
  await session.sendKeys(title, TITLE);
  await expectValue(session, '#idea-title', TITLE);
  await expectProbe(session, 'main h1 shows the title', () => deep('main h1')?.textContent.trim(), null, TITLE);

  // All eight dimensions at 4: still open questions (value, flags), so only
  // desirable if conditions are met.
  for (const d of DIMENSIONS) await choose(session, `dim-${d}`, '4');
  await expectVerdict(session, 'conditional');
  // Value versus values at 4 and every red flag answered "no": nothing caps
  // the verdict any more: welcome help.
  for (const v of VALUES) await choose(session, `val-${v}`, '4');
  for (const f of FLAGS) await choose(session, `flag-${f}`, 'no');
  await expectVerdict(session, 'desirable');
  await expectProbe(session, '#confidence [data-confidence]', () => deep('#confidence')?.getAttribute('data-confidence'), null, 'high');

  // One dimension at 1 sinks it, whatever the average (weakest link).
  await choose(session, 'dim-autonomy', '1');
  await expectVerdict(session, 'crosses-line');

  // Saved as we go: wait until localStorage has the last answer, then reload.
  await expectProbe(
    session,
    `localStorage '${LIBRARY_KEY}' holds the title`,
    ([key, t]) => (localStorage.getItem(key) ?? '').includes(t),
    [LIBRARY_KEY, TITLE],
    true,
  );
  errors.push(...(await collectedErrors(session)).map((e) => `[before reload] ${e}`));
  await session.refresh();
  await installErrorCollector(session);
  await appReady(session);
  await expectAttr(session, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(session, '#idea-title', TITLE);
  await expectChecked(session, 'input[name="dim-autonomy"][value="1"]');
  for (const d of DIMENSIONS.filter((x) => x !== 'autonomy')) await expectChecked(session, `input[name="dim-${d}"][value="4"]`);
  await expectChecked(session, 'input[name="flag-pushiness"][value="no"]');
  await expectVerdict(session, 'crosses-line');

  // Switch to English: interface texts change, the user's own text stays.
  await click(session, '#lang-switch');
  await expectVerdict(session, 'crosses-line', 'en');
  await expectProbe(session, '#sec-dims text', () => deep('#sec-dims')?.textContent.trim(), null, '2. Eight dimensions of service');
  await expectProbe(session, '#result-title text', () => deep('#result-title')?.firstChild?.textContent.trim(), null, 'Result');
  await expectProbe(session, '#lang-switch text (offers Dutch now)', () => deep('#lang-switch')?.textContent.trim(), null, 'Nederlands');
  await expectValue(session, '#idea-title', TITLE);

  // No JS errors after load, nothing from another origin, nothing through the proxy.
  errors.push(...(await collectedErrors(session)).map((e) => `[after reload] ${e}`));
  errors.push(...firefoxOutputErrors(origin));
  assert.deepEqual(errors, [], 'JS errors seen in Firefox (after load)');
  assert.deepEqual(await foreignResources(session, origin), [], 'resources loaded from another origin');
  assert.deepEqual(res.proxy.requests, [], 'requests that tried to leave 127.0.0.1 (caught by the sink proxy)');
}

// ---------------------------------------------------------------------------
// Two tabs of one Firefox on one collection (issue 11)

/** Types `text` into the (deep) field `selector` with real key events. */
async function type(session, selector, text) {
  const el = await element(session, selector);
  await session.click(el);
  await session.sendKeys(el, text);
  await expectValue(session, selector, text);
}

/** The sorted titles in the start view's list. */
const listTitles = () => deepAll('table#assessments tr[data-id] button[data-action="open"]').map((b) => b.textContent.trim()).sort();

/**
 * Two tabs of the same session (WebDriver New Window, then Switch To
 * Window, which brings the tab to the front): an assessment made and typed
 * in each, typing on in the first after the second; the first tab lists
 * both without a reload, and a third tab, opened fresh, lists both with
 * everything typed. On a server of its own: an origin with empty storage.
 */
async function twoTabs() {
  const { session } = await startFirefox();
  // Stopped in after(), once Firefox is gone: until then it keeps its
  // connections to the server open, and closing would wait for them.
  const server = (res.tabsServer = await startServer());
  const { origin } = server;
  const errors = [];
  const leave = async (label) => errors.push(...(await collectedErrors(session)).map((e) => `[${label}] ${e}`));
  const openApp = async () => {
    await session.navigate(`${origin}/`);
    await installErrorCollector(session);
    await appReady(session);
  };
  const newAssessment = async (title, action) => {
    await click(session, 'button[data-view="start"]');
    await click(session, '#new-assessment');
    await expectAttr(session, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectValue(session, '#idea-title', '');
    await type(session, '#idea-title', title);
    await type(session, '#idea-action', action);
  };
  const ONE = 'Firefox-tab één: terugbellen';
  const TWO = 'Firefox-tab twee: herinnering';
  const MORE = 'Getypt in tab één nadat tab twee typte';
  const first = await session.windowHandle();
  await openApp();
  await newAssessment(ONE, 'Actie uit tab één');

  const second = await session.newWindow('tab');
  await session.switchToWindow(second);
  await openApp();
  await newAssessment(TWO, 'Actie uit tab twee');
  await leave('tab two');

  // Back in the first tab: typing on there; its list shows both, no reload.
  await session.switchToWindow(first);
  await type(session, '#idea-data', MORE);
  await click(session, 'button[data-view="start"]');
  await expectProbe(session, 'the first tab lists both (no reload)', listTitles, null, [ONE, TWO].sort());
  await leave('tab one');

  // A third tab, opened fresh, shows everything.
  const third = await session.newWindow('tab');
  await session.switchToWindow(third);
  await openApp();
  await click(session, 'button[data-view="start"]');
  await expectProbe(session, 'a fresh tab lists both', listTitles, null, [ONE, TWO].sort());
  await expectProbe(
    session,
    'saved ideas (title, action, data)',
    (k) => JSON.parse(localStorage.getItem(k)).records.map((r) => [r.assessment.idea.title, r.assessment.idea.action, r.assessment.idea.data]).sort(),
    LIBRARY_KEY,
    [[ONE, 'Actie uit tab één', MORE], [TWO, 'Actie uit tab twee', '']].sort(),
  );
  await leave('tab three');
  assert.deepEqual(await foreignResources(session, origin), [], 'resources loaded from another origin');

  // Closing the other tabs (each merges on visibilitychange and pagehide)
  // leaves no JS error in Firefox's output (checked below).
  for (const handle of [second, third]) {
    await session.switchToWindow(handle);
    await session.closeWindow();
  }
  await session.switchToWindow(first);
  errors.push(...firefoxOutputErrors(origin));
  assert.deepEqual(errors, [], 'JS errors seen in Firefox (after load)');
  assert.deepEqual(res.proxy.requests, [], 'requests that tried to leave 127.0.0.1 (caught by the sink proxy)');
}
