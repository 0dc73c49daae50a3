// The message check (issue 13) around the form: the examples show it at
// work at once; the word list is a separate file from the app's own origin,
// fetched once, and the check copes without it and works offline once it is
// there; the versions travel in a share link and an exported file; round
// table participants see the check read-only in the main app (an invite in
// the old form), the participant page shows only the text; the single-file build carries
// the word list inline; the host page learns the check's figures, never the
// text. axe-core on each new view state, and on the whole check in the
// dark theme.
import { after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import {
  e2e, assert, startServer, DIST, TIMEOUT, appReady, expectAttr, expectProbe, expectVisible, expectHidden, expectChecked,
  expectValue, download,
} from './harness.mjs';
import {
  HARD_NL, HARD_EN, PLAIN_NL, UI, writeMessage, expectKinds, expectMarked, expectBand, expectVersionsTable, num,
  expectKeptCount, suggestionProbe, assertMarksDescribed,
} from './message-helpers.mjs';
import { unpackCode } from './roundtable-helpers.mjs';

const WORDS_FILE = '/message-words.json';
const wordRequests = (requests) => requests.filter((r) => new URL(r.url).pathname.endsWith(WORDS_FILE));

// ---------------------------------------------------------------------------
// The examples

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  const w = UI[lang];

  e2e(`examples (${lang}): the allowance letter shows before and after at once, the insurer's letter is too hard`, { locale }, async ({ page, open, axe: axeRun }) => {
    const reports = [];
    const axe = (label) => axeRun(`${label} (${lang})`, { collect: reports });
    await open();
    await page.locator('button[data-example="government_help"]').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    // Its hard first version is kept; the current text is the plain rewrite.
    const table = await expectVersionsTable(page, [w.first, w.now]);
    const ease = table.rows[lang === 'nl' ? 'Leesgemak' : 'Reading ease'];
    assert.ok(num(ease[1]) > num(ease[0]), `the rewrite reads easier: ${ease}`);
    const words = table.rows[lang === 'nl' ? 'Woorden' : 'Words'];
    assert.ok(num(words[1]) < num(words[0]), `the rewrite is shorter: ${words}`);
    await expectKeptCount(page, 1);
    await expectBand(page, 'band-easy', w.easy);
    await axe('allowance example: before and after');

    await page.locator('button[data-view="start"]').click();
    await page.locator('button[data-example="health_advice"]').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectBand(page, 'band-hard', w.hard);
    await expectKinds(page, ['mk-officialese', 'mk-negation', 'mk-long']);
    await assertMarksDescribed(page);
    // The team answered Taal 2 itself; the check only suggests, beside it.
    await expectChecked(page, 'input[name="dim-language"][value="2"]');
    await expectVisible(page, '#dim-language #msg-suggest-language');
    const s = await page.evaluate(suggestionProbe, 'msg-suggest-language');
    assert.ok(s.reasons.length > 0, `the suggestion has reasons: ${JSON.stringify(s)}`);
    assert.equal(await page.locator('input[name="dim-language"]:checked').count(), 1, 'one Taal answer: the team\'s');
    // No versions kept yet: no before and after.
    assert.equal(await page.locator('#msg-versions').count(), 0, 'no before and after without versions');
    await axe('insurer example: a hard text marked');

    if (reports.length) assert.fail(reports.join('\n'));
  });
}

// ---------------------------------------------------------------------------
// Dark theme: every part of the check at once, for axe (contrast of the marks)

e2e('dark theme: marks, a chosen mark, before and after, kept versions, formula and suggestion pass axe', async ({ page, open, axe }) => {
  await open('/?theme=dark');
  await expectAttr(page, '.wj', 'data-theme', 'dark');
  await page.locator('#new-assessment').click();
  // Plain first, then hard: before and after, and the marks, both on screen.
  await writeMessage(page, PLAIN_NL);
  await writeMessage(page, HARD_NL);
  await expectKinds(page, ['mk-officialese', 'mk-negation', 'mk-passive', 'mk-long-word', 'mk-long']);
  await expectVersionsTable(page, [UI.nl.first, UI.nl.now]);
  await expectKeptCount(page, 2);
  await page.locator('#msg-marked .mk-negation').first().click();
  await expectVisible(page, '#msg-chosen');
  await page.locator('#msg-kept > summary').click();
  await page.locator('.msg-formula > summary').click();
  await expectVisible(page, '#msg-kept .version-use');
  await expectVisible(page, '#msg-suggest-language');
  await axe('the whole message check, dark theme');
});

// ---------------------------------------------------------------------------
// The word list

e2e('word list: fetched once, from the app\'s own origin, only when a text is there', async ({ page, open, origin, requests }) => {
  await open();
  await page.locator('#new-assessment').click();
  await expectVisible(page, '#msg-empty');
  assert.deepEqual(wordRequests(requests), [], 'not fetched for an empty text');
  await writeMessage(page, HARD_NL);
  await expectMarked(page, 'mk-officialese', ['indien', 'teneinde']);
  // Another text, another assessment, an example: still that one request.
  await writeMessage(page, 'Derhalve verzoeken wij u thans het formulier te retourneren.');
  await expectMarked(page, 'mk-officialese', ['derhalve', 'thans']);
  await page.locator('button[data-view="start"]').click();
  await page.locator('button[data-example="health_advice"]').click();
  await expectBand(page, 'band-hard', UI.nl.hard);
  await expectKinds(page, ['mk-officialese']);
  const got = wordRequests(requests);
  assert.deepEqual(got.map((r) => [r.method, r.url]), [['GET', origin + WORDS_FILE]], 'one GET of the word list from the app\'s folder');
  // Nothing else but the app's own files.
  const files = new Set(fs.readdirSync(DIST));
  const others = requests
    .map((r) => new URL(r.url))
    .filter((u) => u.protocol.startsWith('http'))
    .filter((u) => u.origin !== origin || !(u.pathname === '/' || files.has(u.pathname.slice(1))));
  assert.deepEqual(others.map((u) => u.href), [], 'only the app\'s own files');
});

e2e('word list unreachable (404): the other findings still shown, the reason said, no crash', {
  allowHttpErrors: [/message-words\.json$/],
  allowConsole: [/404/, /Failed to load resource/],
}, async ({ page, open, axe }) => {
  await page.route('**/message-words.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await open();
  await page.locator('#new-assessment').click();
  await writeMessage(page, HARD_NL);
  await expectVisible(page, '#msg-words-failed');
  const said = await page.locator('#msg-words-failed').innerText();
  assert.match(said, /woordenlijst kon niet worden geladen/, `#msg-words-failed: ${said}`);
  assert.match(said, /message-words\.json/, `it names the file: ${said}`);
  await expectKinds(page, ['mk-negation', 'mk-passive', 'mk-long']);
  await expectBand(page, 'band-hard', UI.nl.hard);
  assert.equal(await page.locator('#msg-marked .mk-officialese').count(), 0, 'no officialese without the list');
  await expectVisible(page, '#dim-language #msg-suggest-language');
  // The rest of the app works on.
  await page.locator('label[for="dim-language-2"]').click();
  await expectChecked(page, 'input[name="dim-language"][value="2"]');
  await axe('the check without its word list');
});

e2e('word list: once loaded, the check marks officialese offline', async ({ page, context, open, requests }) => {
  await open();
  await page.locator('#new-assessment').click();
  await writeMessage(page, HARD_NL);
  await expectMarked(page, 'mk-officialese', ['indien']);
  await context.setOffline(true);
  await page.locator('#idea-message').fill('Wij zullen u derhalve thans een brief sturen. Bel ons als u vragen heeft.');
  await expectMarked(page, 'mk-officialese', ['derhalve', 'thans']);
  assert.equal(await page.locator('#msg-words-failed').count(), 0, 'no word list problem offline');
  assert.equal(wordRequests(requests).length, 1, 'not fetched again');
  await context.setOffline(false);
});

// ---------------------------------------------------------------------------
// Share link and file

e2e('share link and file carry the versions: the shared view shows the check, a saved copy has before and after', async ({ page, open, origin, newSession }) => {
  await open();
  await page.locator('button[data-example="government_help"]').click();
  await expectVersionsTable(page, [UI.nl.first, UI.nl.now]);
  // One more version of our own.
  await writeMessage(page, PLAIN_NL);
  await expectKeptCount(page, 2);
  const current = await page.locator('#idea-message').inputValue();

  // The exported file holds the versions.
  const file = await download(page, () => page.locator('#export-one').click());
  const doc = JSON.parse(file.text);
  const versions = doc.assessments[0].assessment.message_check.versions;
  assert.equal(versions.length, 2, `two versions in the file: ${JSON.stringify(versions)}`);
  assert.equal(versions[1].text, PLAIN_NL);
  assert.match(versions[0].text, /kwijtschelding/, 'the hard first version');

  // The share link opens elsewhere with the check.
  await page.locator('#share-link').click();
  await expectVisible(page, '#share-url');
  const url = await page.locator('#share-url').inputValue();
  const other = await newSession();
  const p2 = other.page;
  await other.open(url.slice(origin.length));
  await expectVisible(p2, '#shared-banner');
  await expectVisible(p2, 'article#report');
  await expectProbe(p2, 'the shared view shows the message check', (t) => document.querySelector('article#report')?.textContent.includes(t) ?? null, UI.nl.title, true);
  await other.axe('shared view with the message check');
  await p2.locator('#save-shared').click();
  await expectAttr(p2, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(p2, '#idea-message', current);
  await expectVersionsTable(p2, [UI.nl.first, UI.nl.now]);
  await expectKeptCount(p2, 2);
});

// ---------------------------------------------------------------------------
// Round table

e2e('round table: a participant sees the check of the idea\'s text, read-only', { timeout: 90_000 }, async ({ page, origin, open, newSession }) => {
  await open();
  await page.locator('button[data-example="health_advice"]').click();
  await expectBand(page, 'band-hard', UI.nl.hard);
  await page.locator('#start-roundtable').click();
  await expectAttr(page, 'button[data-view="roundtable"]', 'aria-current', 'page');
  await page.locator('label[for="rt-mode-own"]').click();
  await expectVisible(page, 'input#rt-invite-url');
  const invite = await page.locator('input#rt-invite-url').inputValue();
  // Invites now open the lean participant page; an invite made before it
  // (the main app with the same fragment) still opens the main app's
  // participant view, which shows the check.
  assert.ok(invite.startsWith(`${origin}/participant.html#r1.`), `the invite opens the participant page: ${invite.slice(0, 70)}...`);
  const fragment = invite.slice(invite.indexOf('#') + 1);
  const message = unpackCode(invite).idea?.message ?? '';
  assert.ok(message.length > 40, 'the invite carries the idea\'s text');

  for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
    const s = await newSession({ locale });
    const p = s.page;
    await s.open(`/#${fragment}`);
    await expectVisible(p, '#p-label');
    await expectVisible(p, '#msg-check-title');
    await expectBand(p, 'band-hard', UI[lang].hard);
    await expectKinds(p, ['mk-officialese', 'mk-negation']);
    // Read in the text's language (Dutch), whatever the participant's interface.
    await expectAttr(p, '#msg-marked', 'lang', 'nl');
    await assertMarksDescribed(p);
    assert.equal(await p.locator('#msg-lang').count(), 0, 'no language choice for participants');
    assert.equal(await p.locator('.version-use, .version-forget').count(), 0, 'no version buttons for participants');
    assert.equal(await p.locator('#idea-message').count(), 0, 'the text is not editable');
    // Choosing a mark still explains it.
    await p.locator('#msg-marked .mk-officialese').first().click();
    await expectVisible(p, '#msg-chosen');
    await s.axe(`participant with the message check (${lang})`);
  }

  // The lean participant page shows the idea's text among its details, and no check.
  const lean = await newSession({ locale: 'nl-NL' });
  await lean.open(invite.slice(origin.length));
  await expectVisible(lean.page, '#p-label');
  await expectProbe(
    lean.page,
    "the idea's text among the details on the participant page",
    (t) => [...document.querySelectorAll('.participant-view .idea-list dd')].some((dd) => dd.textContent.trim() === t.trim()),
    message,
    true,
  );
  assert.equal(await lean.page.locator('#msg-check-title, section.msg-check, #msg-marked').count(), 0, 'no message check on the participant page');
  assert.deepEqual(
    lean.requests.filter((r) => new URL(r.url).pathname.endsWith(WORDS_FILE)).map((r) => r.url),
    [],
    'the participant page does not fetch the word list',
  );
});

// ---------------------------------------------------------------------------
// The single-file build

const SINGLE = path.resolve(DIST, '..', 'dist-single');
const singleFile = path.join(SINGLE, 'wenselijk.html');
if (!fs.existsSync(singleFile) && process.env.CI) throw new Error(`${singleFile} missing: run 'node scripts/single-file.mjs' after the release build`);

e2e('single file: the word list is inside, officialese marked without fetching anything', { server: { dir: SINGLE, csp: null } }, async ({ page, open, requests }) => {
  await open('/wenselijk.html');
  assert.equal(await page.evaluate(() => document.querySelector('script#wenselijk-words')?.type ?? null), 'application/json', 'the word list as a data block');
  await page.locator('#new-assessment').click();
  await writeMessage(page, HARD_EN);
  await expectMarked(page, 'mk-officialese', ['in order to', 'furnish']);
  await expectBand(page, 'band-hard', UI.nl.hard);
  assert.equal(await page.locator('#msg-words-failed').count(), 0);
  assert.deepEqual(requests.map((r) => new URL(r.url).pathname).filter((p) => p !== '/wenselijk.html'), [], 'nothing fetched but the page');
});

// ---------------------------------------------------------------------------
// The host page's message

/** A host page on another origin with one frame of the app. */
const hostPage = (app, hostOrigin) => `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<iframe id="f" title="Wenselijk" width="1200" height="800" src="${app}/?lang=en&start=empty&origin=${hostOrigin}"></iframe>
<script type="module">
  window.__msgs = [];
  addEventListener('message', (e) => window.__msgs.push(e.data));
</script></body></html>`;
const host = await startServer(DIST, { csp: null, pages: { '/host.html': (q) => hostPage(q.get('app'), q.get('host')) } });
after(() => host.close());

e2e('host page: the verdict message carries the check\'s figures, never the text', { allowOrigins: [host.origin] }, async ({ page, origin }) => {
  await page.goto(`${host.origin}/host.html?app=${encodeURIComponent(origin)}&host=${encodeURIComponent(host.origin)}`);
  const frame = await (await page.$('#f')).contentFrame();
  await appReady(frame);
  const last = () => page.evaluate(() => window.__msgs.filter((m) => m?.type === 'verdict').at(-1) ?? null);
  const until = async (what, pick, expected) => {
    const deadline = Date.now() + TIMEOUT;
    let actual;
    for (;;) {
      actual = pick(await last());
      if (JSON.stringify(actual) === JSON.stringify(expected)) return;
      if (Date.now() > deadline) assert.fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
  };
  await until('no text: message null', (m) => (m ? m.message : undefined), null);
  await writeMessage(frame, HARD_EN);
  await expectMarked(frame, 'mk-officialese', ['furnish']);
  await until('the check in the message', (m) => m?.message?.band ?? null, 'harder-than-b1');
  const m = (await last()).message;
  assert.deepEqual(Object.keys(m).sort(), ['band', 'ease', 'findings', 'words']);
  assert.equal(m.words, num(await frame.locator('#msg-words').innerText()), 'the same number of words as shown');
  assert.ok(typeof m.ease === 'number' && m.ease < 60, `a low ease: ${m.ease}`);
  assert.equal(m.findings, await frame.locator('#msg-findings li[id^="mf-"]').count(), 'the number of findings');
  const all = JSON.stringify(await page.evaluate(() => window.__msgs));
  for (const bit of ['furnish', 'timely', 'application']) assert.ok(!all.includes(bit), `no '${bit}' from the text in the messages`);
  await expectHidden(frame, '#msg-empty');
});
