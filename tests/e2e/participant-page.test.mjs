// The participant page (participant.html, the lean second program): the
// round table's invite links open it. Journeys:
//   a. a round table with three participants on phones (Dutch, English from
//      the browser, English by the switch) through the facilitator's invite;
//      the facilitator pastes one chat transcript with all three codes (one
//      twice, one participant's later changed code), reveals, and the agenda
//      shows their answers;
//   b. an invite in the earlier form (the main app with the same #r1.
//      fragment) still opens the main app's participant view, and the same
//      fragment on participant.html opens the lean page;
//   c. the lean page on its own: start screen, an invite pasted as a chat
//      message, a damaged link, storage over reloads, leaving, forgetting and
//      undoing, the copied notice, the language kept;
//   d. it loads only its own files;
//   e. axe-core at 390 px on the start and session screens, Dutch and English.
import {
  e2e, assert, expectAttr, expectVisible, expectHidden, expectProbe, expectChecked, expectValue, expectText,
  noticeText, storageKeys,
} from './harness.mjs';
import { unpackCode, readAgenda } from './roundtable-helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const KEY = 'wenselijk.participant';
const SESSION = 'Ronde tafel klantcontact';

const NL = {
  start: 'Meedoen aan een ronde tafel',
  progress: (n) => `${n} van 17 beantwoord`,
  resume: 'Verder gaan',
  forget: 'Vergeten',
  badInvite: 'Deze uitnodiging kan niet worden geopend:',
  copied: 'Je antwoordcode staat op het klembord. Stuur hem naar de gespreksleider.',
};
const EN = {
  start: 'Join a round table',
  progress: (n) => `${n} of 17 answered`,
  resume: 'Continue',
  forget: 'Forget',
  badInvite: 'This invitation cannot be opened:',
};

/** Chooses radio `name` = `value` by tapping its label, as on a phone. */
async function tap(page, name, value) {
  const id = await page.locator(`input[type="radio"][name="${name}"][value="${value}"]`).getAttribute('id');
  await page.locator(`label[for="${id}"]`).tap();
  await expectChecked(page, `input[name="${name}"][value="${value}"]`);
}

/**
 * On the facilitator's page: the contact-centre example without its lens
 * (17 items), a round table named SESSION on own devices. Resolves to the
 * invite link.
 */
async function startRoundTable(page, open) {
  await open();
  await page.locator('button[data-example="contact_centre_offer"]').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await page.locator('label[for="lens-on-moments"]').click();
  await expectChecked(page, '#lens-on-moments', false);
  await page.locator('#start-roundtable').click();
  await expectAttr(page, 'button[data-view="roundtable"]', 'aria-current', 'page');
  await page.locator('#rt-name').fill(SESSION);
  await page.locator('label[for="rt-mode-own"]').click();
  await expectVisible(page, 'svg#rt-qr');
  const invite = await page.locator('input#rt-invite-url').inputValue();
  assert.equal(await page.locator('svg#rt-qr').getAttribute('data-text'), invite, 'the QR code carries the invite link');
  assert.equal(unpackCode(invite).name, SESSION, 'the invite carries the session name');
  return invite;
}

/** A self-contained probe: the participant page's stored document (null when absent). */
const keptProbe = (k) => {
  const raw = localStorage.getItem(k);
  if (raw === null) return null;
  const doc = JSON.parse(raw);
  return { lang: doc.lang ?? null, sessions: (doc.sessions ?? []).map((s) => ({ label: s.label, time: s.answers?.dimensions?.time?.answer ?? null, left: !!s.left })) };
};

/**
 * The invite `code` with one character near its middle changed, so that it
 * no longer reads (not inflated, or not JSON). Invites carry no check of
 * their own: a change that still inflates to valid JSON opens with altered
 * text (see the report), so the change is chosen where it cannot read.
 */
const damage = (code) => {
  const mid = Math.floor(code.length / 2);
  for (let d = 0; d < 200; d++) {
    const at = mid + (d % 2 ? -1 : 1) * Math.ceil(d / 2);
    const bad = code.slice(0, at) + (code[at] === 'x' ? 'y' : 'x') + code.slice(at + 1);
    try {
      unpackCode(bad);
    } catch {
      return bad;
    }
  }
  throw new Error('no unreadable change found near the middle of the code');
};

const peopleProbe = () =>
  [...document.querySelectorAll('li[data-participant]')].map((li) => [li.getAttribute('data-participant'), li.classList.contains('done')]);

// ---------------------------------------------------------------------------

e2e('a. three participants on phones via the participant page; one pasted chat; reveal', { timeout: 90_000 }, async ({ page, origin, open, newSession }) => {
  const invite = await startRoundTable(page, open);
  assert.ok(invite.startsWith(`${origin}/participant.html#r1.`), `the invite opens the participant page: ${invite.slice(0, 70)}...`);
  const path = invite.slice(origin.length);

  /** Opens the invite on a phone; checks the lean page in `lang`; answers; resolves to { s, code }. */
  const join = async ({ name, locale, lang, switchTo, answers }) => {
    const s = await newSession({ ...PHONE, locale });
    const p = s.page;
    await s.open(path);
    await expectVisible(p, '#p-label');
    assert.equal(await p.evaluate(() => location.pathname), '/participant.html', `${name}: on the participant page`);
    await expectProbe(p, `${name}: h1 is the session name`, () => document.querySelector('main h1')?.textContent.trim() ?? null, null, SESSION);
    assert.equal(await p.locator('header nav, button[data-view]').count(), 0, `${name}: no app navigation`);
    await expectAttr(p, 'html', 'lang', lang);
    await expectText(p, '#p-progress', `${name}: progress in ${lang}`, (t) => t === (lang === 'nl' ? NL : EN).progress(0));
    let shown = lang;
    if (switchTo) {
      await p.locator('#lang-switch').tap();
      await expectAttr(p, 'html', 'lang', switchTo);
      await expectText(p, '#p-progress', `${name}: progress after the switch`, (t) => t === EN.progress(0));
      shown = switchTo;
    }
    for (const [item, value] of Object.entries(answers)) await tap(p, `own-${item}`, value);
    const n = Object.keys(answers).length;
    await expectText(p, '#p-progress', `${name}: ${n} answered`, (t) => t === (shown === 'nl' ? NL : EN).progress(n));
    assert.equal(await p.locator('#p-code-text').count(), 0, `${name}: no answer code before a name`);
    await p.locator('#p-label').fill(name);
    await expectVisible(p, 'textarea#p-code-text');
    const code = await p.locator('#p-code-text').inputValue();
    assert.match(code, /^a1\./, `${name}'s answer code`);
    const wire = unpackCode(code);
    assert.equal(wire.label, name, `${name}'s code carries the name`);
    assert.deepEqual(wire.answers?.dimensions?.time?.answer, { level: Number(answers['dim-time']) }, `${name}'s code carries the time answer`);
    return { s, code };
  };

  const anna = await join({ name: 'Anna', locale: 'nl-NL', lang: 'nl', answers: { 'dim-time': '1', 'dim-autonomy': '2', 'flag-pushiness': 'no' } });
  const bram = await join({ name: 'Bram', locale: 'en-US', lang: 'en', answers: { 'dim-time': '5', 'dim-autonomy': '4', 'flag-pushiness': 'yes' } });
  const cem = await join({ name: 'Cem', locale: 'nl-NL', lang: 'nl', switchTo: 'en', answers: { 'dim-time': '3', 'dim-autonomy': '4', 'flag-pushiness': 'unsure' } });

  // Cem changes his mind after sending: a second, different code from him.
  await tap(cem.s.page, 'own-dim-time', '4');
  await expectProbe(cem.s.page, "Cem's code changes", (c) => document.querySelector('#p-code-text')?.value !== c, cem.code, true);
  const cem2 = await cem.s.page.locator('#p-code-text').inputValue();

  // One chat transcript: noise, all three codes, Anna's twice, Cem's changed one after his first.
  const chat = [
    '[10:00] Gespreksleider: Stuur hier je antwoordcode 🙏 (link: zie boven)',
    `[10:02] Anna: hier is de mijne ${anna.code}`,
    `[10:03] Bram: here is mine ${bram.code}`,
    '[10:03] Bram: (on the train, sorry for the delay)',
    `[10:04] Cem: ${cem.code}`,
    `[10:05] Anna: nog een keer voor de zekerheid: ${anna.code}`,
    `[10:06] Cem: wait, I changed one: ${cem2}`,
    '[10:07] Gespreksleider: dank jullie!',
  ].join('\n');
  await page.locator('textarea#rt-code').fill(chat);
  await page.locator('#rt-code-add').click();
  await expectProbe(page, 'all three participants are done', peopleProbe, null, [['Anna', true], ['Bram', true], ['Cem', true]]);
  const notice = await noticeText(page);
  // Anna's code twice is one code (the paste reads each distinct code once);
  // Cem's later code with other answers is skipped and listed.
  assert.ok(notice.includes('3 toegevoegd, 1 overgeslagen.'), `#notice summary: ${notice}`);
  assert.ok(notice.includes('Toegevoegd: Anna, Bram, Cem.'), `#notice names who was added: ${notice}`);
  const skipped = await page.locator('#notice-region[aria-live="polite"] ul#pasted-skipped > li').allTextContents();
  assert.deepEqual(
    skipped,
    ['Cem: andere antwoorden dan eerder, niet vervangen (wilt u vervangen? Plak dan alleen deze nieuwe code).'],
    'the skipped code, by name and why, in the live region',
  );
  assert.equal(await page.locator('textarea#rt-code').inputValue(), '', 'the field is empty after adding');

  // Reveal: the agenda has the three participants' answers.
  await page.locator('#rt-reveal').click();
  await expectVisible(page, 'ol#rt-agenda-list');
  const agenda = await readAgenda(page);
  assert.equal(agenda.length, 17, '17 agenda items');
  const item = (key) => agenda.find((a) => a.item === key) ?? assert.fail(`${key} on the agenda`);
  const time = item('dim-time');
  assert.equal(agenda[0].item, 'dim-time', 'most disagreement first: time (1, 5, 3)');
  assert.equal(time.spread, 4, 'the time answers 1, 5 and 3 spread 4');
  assert.deepEqual(time.dots, ['Anna', 'Bram', 'Cem'], 'a dot per participant on the time strip');
  assert.deepEqual(time.rows.map((r) => [r[0], r[1][0]]), [['Anna', '1'], ['Bram', '5'], ['Cem', '3']], "time answers per participant (Cem's first code)");
  const autonomy = item('dim-autonomy');
  assert.equal(autonomy.spread, 2, 'the autonomy answers 2, 4 and 4 spread 2');
  assert.deepEqual(autonomy.rows.map((r) => [r[0], r[1][0]]), [['Anna', '2'], ['Bram', '4'], ['Cem', '4']], 'autonomy answers per participant');
  assert.deepEqual(item('flag-pushiness').rows.map((r) => r[0]), ['Anna', 'Bram', 'Cem'], 'a pushiness row per participant');
});

// ---------------------------------------------------------------------------

e2e('b. an invite in the earlier form (the app with #r1.) still opens; the same fragment opens the participant page', async ({ page, origin, open, newSession }) => {
  const invite = await startRoundTable(page, open);
  const fragment = invite.slice(invite.indexOf('#') + 1);
  assert.match(fragment, /^r1\./, 'the fragment is an r1. code');
  const paths = (s) => s.requests.map((r) => new URL(r.url).pathname);

  // The earlier link: the main app's own participant view.
  const old = await newSession(PHONE);
  await old.open(`/#${fragment}`);
  await expectVisible(old.page, '#p-label');
  await expectProbe(old.page, 'main app participant view h1', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, SESSION);
  await expectVisible(old.page, 'fieldset#own-dim-time');
  assert.ok(paths(old).includes('/wenselijk_bg.wasm'), `the main app ran: ${paths(old).join(', ')}`);
  assert.ok(!paths(old).includes('/wenselijk-participant_bg.wasm'), 'not the participant page');
  await tap(old.page, 'own-dim-time', '2');
  await old.page.locator('#p-label').fill('Eva');
  await expectVisible(old.page, 'textarea#p-code-text');
  const oldCode = await old.page.locator('#p-code-text').inputValue();

  // The link as made now: the lean page.
  const lean = await newSession(PHONE);
  await lean.open(`/participant.html#${fragment}`);
  await expectVisible(lean.page, '#p-label');
  await expectProbe(lean.page, 'participant page h1', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, SESSION);
  assert.ok(paths(lean).includes('/wenselijk-participant_bg.wasm'), `the participant page ran: ${paths(lean).join(', ')}`);
  assert.ok(!paths(lean).includes('/wenselijk_bg.wasm'), 'not the main app');
  await tap(lean.page, 'own-dim-time', '2');
  await lean.page.locator('#p-label').fill('Eva');
  await expectVisible(lean.page, 'textarea#p-code-text');
  const leanCode = await lean.page.locator('#p-code-text').inputValue();
  // The same answers make the same answer code in either program.
  assert.deepEqual(unpackCode(leanCode), unpackCode(oldCode), 'the same answer code from both pages');

  // The facilitator takes the code from the earlier link.
  await page.locator('#rt-code').fill(oldCode);
  await page.locator('#rt-code-add').click();
  assert.match(await noticeText(page), /De antwoorden van Eva zijn toegevoegd/, '#notice after adding Eva');
});

// ---------------------------------------------------------------------------

e2e('c. the participant page on its own: start, pasted message, damaged link, storage, leave, forget and undo, language', { timeout: 90_000 }, async ({ page, origin, open, newSession }) => {
  const invite = await startRoundTable(page, open);
  const fragment = invite.slice(invite.indexOf('#') + 1);
  const s = await newSession(PHONE);
  const p = s.page;
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const kept = () => p.evaluate(keptProbe, KEY);

  // Without an invite: the start screen.
  await s.open('/participant.html');
  await expectProbe(p, 'start screen h1', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, NL.start);
  await expectVisible(p, 'main textarea#pp-paste');
  await expectVisible(p, '#lang-switch');
  assert.equal(await p.locator('#p-label, #pp-resume-0, #pp-problem, header nav').count(), 0, 'no session, nothing kept, no problem, no navigation');
  assert.equal(await p.locator('label[for="pp-paste"]').count(), 1, 'the paste field has a label');

  // A whole chat message with the link on a line of its own (punctuation
  // right after the link: test c2).
  await p.locator('#pp-paste').fill(`[09:14] Fleur: Doe mee met de ronde tafel van vanmiddag:\n${invite}\n[09:15] Fleur: Duurt 5 minuten!`);
  await p.locator('#pp-open').tap();
  await expectVisible(p, '#p-label');
  await expectProbe(p, 'session h1', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, SESSION);
  await expectText(p, '#p-progress', 'nothing answered yet', (t) => t === NL.progress(0));

  // Name and answers, kept on the phone under the page's own key only.
  await p.locator('#p-label').fill('Dana');
  await tap(p, 'own-dim-time', '2');
  await tap(p, 'own-flag-pushiness', 'yes');
  await expectText(p, '#p-progress', 'two answered', (t) => t === NL.progress(2));
  await expectVisible(p, 'textarea#p-code-text');
  const code = await p.locator('#p-code-text').inputValue();
  assert.equal(unpackCode(code).label, 'Dana');
  await expectProbe(p, 'stored session', keptProbe, KEY, { lang: null, sessions: [{ label: 'Dana', time: { level: 2 }, left: false }] });
  assert.deepEqual(await storageKeys(p), [KEY], 'only the participant page\'s key');

  // Copying the code: said in the live region, the code on the clipboard.
  await p.locator('#p-copy').tap();
  await expectText(p, '#notice-region[role="status"]', 'the copied notice', (t) => t === NL.copied);
  assert.equal(await p.evaluate(() => navigator.clipboard.readText()), code, 'the clipboard holds the answer code');

  // A damaged link opened over the session: the problem is named, nothing is lost.
  const damaged = damage(fragment);
  await p.evaluate((h) => { location.hash = h; }, damaged);
  await expectVisible(p, '#pp-problem[role="alert"]');
  const problem = await p.locator('#pp-problem p').innerText();
  assert.ok(problem.startsWith(NL.badInvite), `#pp-problem says the invitation cannot be opened: ${problem}`);
  assert.match(problem, /beschadigd|geen geldige inhoud/, `#pp-problem says why: ${problem}`);
  await expectValue(p, '#p-label', 'Dana');
  await expectChecked(p, 'input[name="own-dim-time"][value="2"]');
  await expectValue(p, '#p-code-text', code);
  await expectProbe(p, 'storage unchanged by the damaged link', keptProbe, KEY, { lang: null, sessions: [{ label: 'Dana', time: { level: 2 }, left: false }] });
  await p.locator('#pp-dismiss').tap();
  await expectHidden(p, '#pp-problem');
  await expectValue(p, '#p-label', 'Dana');

  // A reload with the invite: name and answers are back.
  await s.open(`/participant.html#${fragment}`);
  await expectVisible(p, '#p-label');
  await expectValue(p, '#p-label', 'Dana');
  await expectChecked(p, 'input[name="own-dim-time"][value="2"]');
  await expectChecked(p, 'input[name="own-flag-pushiness"][value="yes"]');
  await expectText(p, '#p-progress', 'progress kept over the reload', (t) => t === NL.progress(2));
  await s.reload();
  await expectValue(p, '#p-label', 'Dana');
  await expectChecked(p, 'input[name="own-dim-time"][value="2"]');

  // Opening a damaged link fresh: the problem, and the kept session still offered.
  await p.goto('about:blank');
  await s.open(`/participant.html#${damaged}`);
  await expectVisible(p, '#pp-problem');
  assert.ok((await p.locator('#pp-problem p').innerText()).startsWith(NL.badInvite), 'the problem on opening a damaged link');
  await expectVisible(p, '#pp-resume-0');
  await p.locator('#pp-dismiss').tap();
  await expectHidden(p, '#pp-problem');
  await p.locator('#pp-resume-0').tap();
  await expectValue(p, '#p-label', 'Dana');

  // Leaving on purpose: the start screen lists the session with its progress.
  await p.locator('#p-leave').tap();
  await p.locator('#p-close').tap();
  await expectVisible(p, '#pp-resume-0');
  await expectHidden(p, '#p-label');
  await expectProbe(p, 'start screen h1 after leaving', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, NL.start);
  assert.equal((await p.locator('#pp-resume-0').innerText()).trim(), NL.resume);
  assert.ok((await p.locator('#pp-resume-0').getAttribute('aria-label')).startsWith(`Verder gaan met ${SESSION}`), 'the button names the session');
  assert.match(await p.locator('.kept-sessions li').first().innerText(), new RegExp(NL.progress(2)), 'the kept session shows its progress');
  await expectProbe(p, 'stored as left', keptProbe, KEY, { lang: null, sessions: [{ label: 'Dana', time: { level: 2 }, left: true }] });

  // Forget, then undo.
  assert.equal((await p.locator('#pp-forget-0').innerText()).trim(), NL.forget);
  await p.locator('#pp-forget-0').tap();
  await expectHidden(p, '#pp-resume-0');
  await expectVisible(p, '#pp-forgotten');
  await expectProbe(p, 'forgotten in storage', keptProbe, KEY, { lang: null, sessions: [] });
  await p.locator('#pp-undo').tap();
  await expectVisible(p, '#pp-resume-0');
  await expectHidden(p, '#pp-forgotten');
  await expectProbe(p, 'back in storage', keptProbe, KEY, { lang: null, sessions: [{ label: 'Dana', time: { level: 2 }, left: true }] });

  // The language: switched, kept over a reload; ?lang= wins for that visit.
  await p.locator('#lang-switch').tap();
  await expectAttr(p, 'html', 'lang', 'en');
  await expectProbe(p, 'start screen in English', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, EN.start);
  assert.equal((await p.locator('#pp-resume-0').innerText()).trim(), EN.resume);
  await expectProbe(p, 'the language stored', (k) => JSON.parse(localStorage.getItem(k)).lang ?? null, KEY, 'en');
  await s.reload();
  await expectAttr(p, 'html', 'lang', 'en');
  await expectProbe(p, 'still English after a reload', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, EN.start);
  await s.open('/participant.html?lang=nl');
  await expectAttr(p, 'html', 'lang', 'nl');
  await expectProbe(p, '?lang=nl', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, NL.start);

  // Continue: the answers are there.
  await p.locator('#pp-resume-0').tap();
  await expectValue(p, '#p-label', 'Dana');
  await expectChecked(p, 'input[name="own-dim-time"][value="2"]');
  await expectChecked(p, 'input[name="own-flag-pushiness"][value="yes"]');
  await expectValue(p, '#p-code-text', code);
});

// ---------------------------------------------------------------------------

e2e('c2. a chat message with punctuation right after the link opens the session', async ({ page, open, newSession }) => {
  const invite = await startRoundTable(page, open);
  const s = await newSession(PHONE);
  const p = s.page;
  for (const message of [
    `Doe mee met de ronde tafel: ${invite}. Duurt 5 minuten!`,
    `Bram (10:02): the link (${invite}), see you later`,
  ]) {
    await p.goto('about:blank');
    await s.open('/participant.html');
    await p.locator('#pp-paste').fill(message);
    await p.locator('#pp-open').tap();
    await expectProbe(
      p,
      `opened from ${JSON.stringify(message.replace(invite, '<invite>'))}`,
      () => ({ session: !!document.querySelector('#p-label'), problem: document.querySelector('#pp-problem p')?.textContent ?? null }),
      null,
      { session: true, problem: null },
    );
    await expectProbe(p, 'session h1', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, SESSION);
  }
});

// ---------------------------------------------------------------------------

e2e('d. the participant page loads only its own files', async ({ page, origin, open, newSession }) => {
  const invite = await startRoundTable(page, open);
  const s = await newSession(PHONE);
  const seen = [];
  s.page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await s.open(invite.slice(origin.length));
  await expectVisible(s.page, '#p-label');
  await tap(s.page, 'own-dim-time', '3');
  await s.page.locator('#p-label').fill('Femke');
  await expectVisible(s.page, 'textarea#p-code-text');
  await s.page.waitForLoadState('networkidle');
  for (const own of ['/participant.html', '/participant-loader.js', '/wenselijk-participant.js', '/wenselijk-participant_bg.wasm']) {
    assert.ok(seen.includes(own), `${own} loaded: ${seen.join(', ')}`);
  }
  for (const other of ['/wenselijk_bg.wasm', '/wenselijk.js', '/loader.js', '/wenselijk.config.json', '/message-words.json', '/', '/index.html']) {
    assert.ok(!seen.includes(other), `no request for ${other}: ${seen.join(', ')}`);
  }
  assert.equal(seen.filter((x) => x === '/wenselijk-participant_bg.wasm').length, 1, 'the program fetched once');
});

// ---------------------------------------------------------------------------

e2e('e. axe-core at 390 px: start and session screens, problem banner, kept list, Dutch and English', { timeout: 90_000 }, async ({ page, origin, open, newSession }) => {
  const reports = [];
  const invite = await startRoundTable(page, open);
  const fragment = invite.slice(invite.indexOf('#') + 1);
  const s = await newSession({ ...PHONE, locale: 'nl-NL' });
  const p = s.page;
  const check = async (label, lang) => {
    await expectAttr(p, 'html', 'lang', lang);
    await expectProbe(p, `${label}: no sideways scrolling`, () => document.documentElement.scrollWidth <= 390, null, true);
    await s.axe(`participant page 390 px, ${label} (${lang})`, { collect: reports });
  };
  const lang = async (to) => {
    await p.locator('#lang-switch').tap();
    await expectAttr(p, 'html', 'lang', to);
  };

  // The start screen, empty.
  await s.open('/participant.html');
  await expectVisible(p, '#pp-paste');
  await check('start screen', 'nl');
  await lang('en');
  await expectProbe(p, 'English start', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, EN.start);
  await check('start screen', 'en');

  // The session with an answer code, and with the problem banner.
  await s.open(`/participant.html#${fragment}`);
  await expectVisible(p, '#p-label');
  await tap(p, 'own-dim-time', '3');
  await p.locator('#p-label').fill('Gijs');
  await expectVisible(p, 'textarea#p-code-text');
  await check('session screen', 'en');
  await p.evaluate((h) => { location.hash = h; }, damage(fragment));
  await expectVisible(p, '#pp-problem');
  assert.ok((await p.locator('#pp-problem p').innerText()).startsWith(EN.badInvite), 'the problem in English');
  await check('session with the problem banner', 'en');
  await lang('nl');
  await expectText(p, '#pp-problem p', 'the problem in Dutch', (t) => t.startsWith(NL.badInvite));
  await check('session with the problem banner', 'nl');
  await p.locator('#pp-dismiss').tap();
  await expectHidden(p, '#pp-problem');
  await check('session screen', 'nl');

  // The start screen with a kept session, and after forgetting it.
  await p.locator('#p-leave').tap();
  await p.locator('#p-close').tap();
  await expectVisible(p, '#pp-resume-0');
  await check('start screen with a kept session', 'nl');
  await p.locator('#pp-forget-0').tap();
  await expectVisible(p, '#pp-undo');
  await check('start screen after forgetting', 'nl');
  await lang('en');
  await check('start screen after forgetting', 'en');
  await p.locator('#pp-undo').tap();
  await expectVisible(p, '#pp-resume-0');
  await check('start screen with a kept session', 'en');

  if (reports.length) assert.fail(reports.join('\n'));
});
