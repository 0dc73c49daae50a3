// Round table: a facilitator and three participants score one idea
// independently (Anna on the facilitator's device, Bram and Cem on their own,
// through an invite link and answer codes), reveal, agree, apply, export, and
// present. Wrong codes change nothing. axe-core on every round-table view.
//
// One browser context is the facilitator's; each participant device and a
// second facilitator (for a code from another session) is a context of its
// own. The numbered subtests share the facilitator's page and build on each
// other; a subtest whose prerequisite failed is skipped.
import {
  e2e, assert, expectAttr, expectVisible, expectHidden, expectProbe, expectChecked, expectValue,
  showView, choose, download, noticeText, dismissNotice,
} from './harness.mjs';
import { unpackCode, packCode, readAgenda } from './roundtable-helpers.mjs';

const SESSION = 'Teamsessie verhuisgesprek';
const DECISION = 'We testen het aanbod eerst in tien echte gesprekken.';
const ACTION = { what: 'Proef met tien gesprekken opzetten', who: 'Bram', due: 'volgende sprint' };
const ANNA_NOTE = 'Bij een verhuizing heeft de klant vaak haast.';
const REASON_TIME = 'Alleen als de klant er zelf tijd voor heeft.';
const REASON_AUTONOMY = 'De klant kiest nu of later, maar de medewerker stuurt.';

const DIMS = ['complexity', 'language', 'place', 'time', 'relevance', 'trust', 'empathy', 'autonomy'].map((k) => `dim-${k}`);
const VALS = ['customer_value', 'org_value', 'customer_values_fit', 'org_values_fit'].map((k) => `val-${k}`);
const FLAGS = ['big_brother', 'paternalism', 'pushiness', 'mainly_org_value', 'unnecessary_contact'].map((k) => `flag-${k}`);
const KEYS = [...DIMS, ...VALS, ...FLAGS];

/** All 17 answers: dimensions 3, values 4, flags no, with some changed. */
const answers = (changes) => ({
  ...Object.fromEntries(DIMS.map((k) => [k, '3'])),
  ...Object.fromEntries(VALS.map((k) => [k, '4'])),
  ...Object.fromEntries(FLAGS.map((k) => [k, 'no'])),
  ...changes,
});
// Most disagreement on time (1, 5, 2: spread 4), then autonomy (2, 5, 3: spread 3).
const ANNA = answers({ 'dim-time': '1', 'dim-autonomy': '2', 'dim-relevance': '4' });
const BRAM = answers({ 'dim-time': '5', 'dim-autonomy': '5', 'dim-relevance': '3' });
const CEM = answers({ 'dim-time': '2', 'dim-autonomy': '3', 'dim-relevance': '4', 'flag-pushiness': 'unsure' });
// What the group agrees on; the example had time "not known yet" and autonomy 4.
const AGREED = { 'dim-time': '2', 'dim-autonomy': '3' };


/** Participant rows on the facilitator's page: [label, done]. */
const peopleProbe = () =>
  [...document.querySelectorAll('li[data-participant]')].map((li) => [li.getAttribute('data-participant'), li.classList.contains('done')]);

/** Answers every item of a scoring form whose radio names are `<prefix>-<key>`. */
async function answerAll(page, prefix, values) {
  for (const key of KEYS) await choose(page, `${prefix}-${key}`, values[key]);
}

/** The ids of the form's 17 fieldsets, in order. */
const fieldsetIds = (page, prefix) =>
  page.evaluate((p) => [...document.querySelectorAll(`main fieldset[id^="${p}-"]`)].map((f) => f.id).filter((id) => !id.endsWith('-note')), prefix);

e2e('round table: own devices and one device, reveal, agree, apply, export, present; axe', { timeout: 120_000 }, async ({ page, origin, open, axe, newSession, t }) => {
  const axeReports = [];
  const done = {};
  const needs = (st, ...steps) => {
    const missing = steps.filter((s) => !done[s]);
    if (missing.length) st.skip(`needs subtest(s) ${missing.join(', ')}`);
    return missing.length === 0;
  };
  let invite = '';
  let secret = '';

  await t.test('1. three participants, two on their own devices; duplicate, damaged and foreign codes change nothing', async () => {
    await open();
    await page.locator('button[data-example="contact_centre_offer"]').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    // This journey is about the 17 items: the example's lens goes off
    // (roundtable-lenses.test.mjs asks lens questions).
    await page.locator('label[for="lens-on-moments"]').click();
    await expectChecked(page, '#lens-on-moments', false);
    assert.equal(await page.locator('button[data-view="roundtable"]').count(), 0, 'no round-table nav item before a round table exists');
    await page.locator('#start-roundtable').click();
    await expectAttr(page, 'button[data-view="roundtable"]', 'aria-current', 'page');
    await expectChecked(page, '#rt-mode-one');

    // Setup: name, time box, participants (by button, by Enter, anonymous).
    await page.locator('#rt-name').fill(SESSION);
    await expectProbe(page, 'main h1 follows #rt-name', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, SESSION);
    await page.locator('#rt-timebox').fill('5');
    await page.locator('#rt-add').fill('Anna');
    await page.locator('#rt-add-add').click();
    await expectVisible(page, 'li[data-participant="Anna"]');
    await expectValue(page, '#rt-add', '');
    await page.locator('#rt-add').press('Enter');
    await expectVisible(page, 'li[data-participant="Deelnemer 1"]');
    await expectProbe(page, 'participants after adding an anonymous one', peopleProbe, null, [['Anna', false], ['Deelnemer 1', false]]);
    await axe('round-table setup (nl)', { collect: axeReports });
    await page.locator('li[data-participant="Deelnemer 1"] button[data-action="remove"]').click();
    await expectProbe(page, 'participants after removing the anonymous one', peopleProbe, null, [['Anna', false]]);
    assert.equal(await page.locator('#rt-reveal').isDisabled(), true, '#rt-reveal is disabled while nobody is done');

    // Anna scores in private on this device.
    await page.locator('li[data-participant="Anna"] button[data-action="score"]').click();
    await expectVisible(page, '#rt-done');
    assert.deepEqual(await fieldsetIds(page, 'p'), KEYS.map((k) => `p-${k}`), 'the private form has the 17 items in order');
    assert.equal(await page.locator('li[data-participant]').count(), 0, 'the participant list is hidden while someone scores');
    await answerAll(page, 'p', ANNA);
    await page.locator('#p-dim-time-note').fill(ANNA_NOTE);
    await axe('private scoring (nl)', { collect: axeReports });
    await page.locator('#rt-done').click();
    await expectHidden(page, '#rt-done');
    assert.equal(await page.locator('input[name^="p-"]').count(), 0, "Anna's answers are hidden again");
    await expectProbe(page, 'Anna is done', peopleProbe, null, [['Anna', true]]);

    // Own devices: an invite link and QR code.
    await page.locator('label[for="rt-mode-own"]').click();
    await expectChecked(page, '#rt-mode-own');
    await expectVisible(page, 'svg#rt-qr');
    assert.equal(await page.locator('button[data-action="score"]').count(), 0, 'no score buttons in own-devices mode');
    invite = await page.locator('svg#rt-qr').getAttribute('data-text');
    assert.equal(await page.locator('input#rt-invite-url').inputValue(), invite, 'svg#rt-qr[data-text] equals #rt-invite-url');
    assert.ok(invite.startsWith(`${origin}/participant.html#r1.`), `the invite is the participant page with a #r1. fragment: ${invite.slice(0, 70)}...`);
    const inv = unpackCode(invite);
    assert.equal(inv.name, SESSION, 'the invite carries the session name');
    assert.ok(typeof inv.secret === 'string' && inv.secret.length > 0, 'the invite carries the session secret');
    secret = inv.secret;
    await axe('own devices with QR (nl)', { collect: axeReports });

    // Bram (Dutch) and Cem (English) open the invite on their own devices.
    const participate = async (s, name, values, lang) => {
      const p = s.page;
      await s.open(invite.slice(origin.length));
      await expectVisible(p, '#p-label');
      await expectProbe(p, 'participant view h1', () => document.querySelector('main h1')?.textContent.trim() ?? null, null, SESSION);
      assert.deepEqual(await fieldsetIds(p, 'own'), KEYS.map((k) => `own-${k}`), `${name}: the form has the 17 items in order`);
      assert.equal(await p.locator('#p-code-text').count(), 0, `${name}: no answer code before a name is set`);
      await answerAll(p, 'own', values);
      await p.locator('#p-label').fill(name);
      await expectVisible(p, 'textarea#p-code-text');
      await s.axe(`participant device (${lang})`, { collect: axeReports });
      const code = await p.locator('#p-code-text').inputValue();
      assert.match(code, /^a1\./, `${name}'s answer code`);
      assert.equal(unpackCode(code).label, name, `${name}'s code carries the name`);
      return code;
    };
    const bram = await newSession();
    const bramCode = await participate(bram, 'Bram', BRAM, 'nl');
    const cem = await newSession({ locale: 'en-US' });
    const cemCode = await participate(cem, 'Cem', CEM, 'en');

    // The facilitator adds both codes: by button and by Enter.
    await page.locator('#rt-code').fill(bramCode);
    await page.locator('#rt-code-add').click();
    assert.match(await noticeText(page), /De antwoorden van Bram zijn toegevoegd/, '#notice after adding Bram');
    await dismissNotice(page);
    await page.locator('#rt-code').fill(cemCode);
    await page.locator('#rt-code').press('Enter');
    assert.match(await noticeText(page), /De antwoorden van Cem zijn toegevoegd/, '#notice after adding Cem');
    await dismissNotice(page);
    const three = [['Anna', true], ['Bram', true], ['Cem', true]];
    await expectProbe(page, 'all three participants are done', peopleProbe, null, three);
    await expectVisible(page, 'li[data-participant="Bram"].done');
    await expectVisible(page, 'li[data-participant="Cem"].done');

    const rejected = async (code, pattern, what) => {
      await page.locator('#rt-code').fill(code);
      await page.locator('#rt-code-add').click();
      assert.match(await noticeText(page), pattern, `#notice for ${what}`);
      assert.equal(await page.locator('#return-dialog').count(), 0, `no #return-dialog for ${what}`);
      await expectProbe(page, `participants unchanged after ${what}`, peopleProbe, null, three);
      await dismissNotice(page);
    };
    // The same code again: "already added", nothing new.
    await rejected(bramCode, /De antwoorden van Bram waren al toegevoegd/, "Bram's code again");
    // One character of the payload flipped.
    const at = Math.floor(bramCode.length / 2);
    const flipped = bramCode.slice(0, at) + (bramCode[at] === 'A' ? 'B' : 'A') + bramCode.slice(at + 1);
    await rejected(flipped, /kon niet gelezen worden.*Er is niets veranderd/s, 'a code with one character flipped');
    // A score changed inside the code, the check left as it was.
    const wire = unpackCode(bramCode);
    assert.deepEqual(wire.answers?.dimensions?.time?.answer, { level: 5 }, "Bram's time answer in his code");
    wire.answers.dimensions.time.answer = { level: 1 };
    await rejected(packCode('a1.', wire), /veranderd of beschadigd/, 'a code with an edited score');
    // A valid code made for another session (a second facilitator elsewhere).
    const other = await newSession();
    await other.open();
    await other.page.locator('button[data-example="contact_centre_offer"]').click();
    await other.page.locator('#start-roundtable').click();
    await other.page.locator('label[for="rt-mode-own"]').click();
    await expectVisible(other.page, 'input#rt-invite-url');
    const otherInvite = await other.page.locator('input#rt-invite-url').inputValue();
    assert.notEqual(unpackCode(otherInvite).session, inv.session, 'the other round table is another session');
    await other.page.goto(otherInvite);
    await expectVisible(other.page, '#p-label');
    await choose(other.page, 'own-dim-time', '4');
    await other.page.locator('#p-label').fill('Dirk');
    await expectVisible(other.page, 'textarea#p-code-text');
    const foreign = await other.page.locator('#p-code-text').inputValue();
    await rejected(foreign, /andere ronde tafel/, 'a code from another session');

    // Bram changes an answer and sends a new code: asked to replace; cancel keeps the old answers.
    await choose(bram.page, 'own-dim-complexity', '2');
    await expectProbe(bram.page, "Bram's code changes", (c) => document.querySelector('#p-code-text')?.value !== c, bramCode, true);
    const bramCode2 = await bram.page.locator('#p-code-text').inputValue();
    await page.locator('#rt-code').fill(bramCode2);
    await page.locator('#rt-code-add').click();
    await expectVisible(page, '#return-dialog');
    assert.match(await page.locator('#return-dialog').innerText(), /Bram/, '#return-dialog names Bram');
    await page.locator('#return-cancel').click();
    await expectHidden(page, '#return-dialog');
    await expectProbe(page, 'participants unchanged after cancelling the replacement', peopleProbe, null, three);
    done[1] = true;
  });

  await t.test('2. reveal: agenda by disagreement, strip plots, agree, decide, apply, export', async (st) => {
    if (!needs(st, 1)) return;
    assert.equal(await page.locator('#rt-reveal').isDisabled(), false, '#rt-reveal is enabled');
    await page.locator('#rt-reveal').click();
    await expectVisible(page, 'ol#rt-agenda-list');
    const agenda = await readAgenda(page);
    assert.equal(agenda.length, 17, '17 agenda items');
    assert.deepEqual([...agenda.map((a) => a.item)].sort(), [...KEYS].sort(), 'every item is on the agenda once');
    const max = Math.max(...agenda.map((a) => a.spread));
    assert.equal(agenda[0].spread, max, 'the first agenda item has the highest data-spread');
    assert.deepEqual(agenda.slice(0, 2).map((a) => [a.item, a.spread]), [['dim-time', 4], ['dim-autonomy', 3]], 'most disagreement first');
    for (let i = 1; i < agenda.length; i++) {
      assert.ok(agenda[i].spread <= agenda[i - 1].spread, `agenda ordered by spread: ${agenda[i - 1].item} (${agenda[i - 1].spread}) before ${agenda[i].item} (${agenda[i].spread})`);
    }
    for (const a of agenda) {
      assert.deepEqual(a.dots, ['Anna', 'Bram', 'Cem'], `${a.item}: a dot per answer in svg.strip`);
      assert.deepEqual(a.rows.map((r) => r[0]), ['Anna', 'Bram', 'Cem'], `${a.item}: a row per participant in the answers table`);
    }
    const time = agenda[0].rows;
    assert.deepEqual(time.map((r) => r[1][0]), ['1', '5', '2'], 'dim-time answers per participant');
    assert.equal(time[0][2], ANNA_NOTE, "Anna's note on time is shown");
    const complexity = agenda.find((a) => a.item === 'dim-complexity').rows;
    assert.equal(complexity[1][1][0], '3', "Bram's complexity answer is still the first one (replacement cancelled)");
    await axe('reveal / agenda (nl)', { collect: axeReports });

    // Agree on two items, with reasons.
    assert.equal(await page.locator('#rt-apply').isDisabled(), true, '#rt-apply is disabled before anything is agreed');
    await choose(page, 'agree-dim-time', AGREED['dim-time']);
    await expectVisible(page, '#agree-dim-time-reason');
    await page.locator('#agree-dim-time-reason').fill(REASON_TIME);
    await choose(page, 'agree-dim-autonomy', AGREED['dim-autonomy']);
    await expectVisible(page, '#agree-dim-autonomy-reason');
    await page.locator('#agree-dim-autonomy-reason').fill(REASON_AUTONOMY);
    await expectVisible(page, 'li.agenda-item.agreed[data-item="dim-time"]');
    await expectVisible(page, 'li.agenda-item.agreed[data-item="dim-autonomy"]');
    await expectValue(page, '#agree-dim-time-reason', REASON_TIME);
    await expectChecked(page, `input[name="agree-dim-time"][value="${AGREED['dim-time']}"]`);

    // A decision and an action point.
    await page.locator('#rt-decision').fill(DECISION);
    await page.locator('#rt-decision-add').click();
    await expectProbe(page, 'decisions', () => [...document.querySelectorAll('ul.decisions li .user-text')].map((e) => e.textContent.trim()), null, [DECISION]);
    await page.locator('#rt-action-what').fill(ACTION.what);
    await page.locator('#rt-action-who').fill(ACTION.who);
    await page.locator('#rt-action-due').fill(ACTION.due);
    await page.locator('#rt-action-add').click();
    await expectProbe(
      page,
      'table#rt-actions-table rows',
      () => [...document.querySelectorAll('table#rt-actions-table tbody tr')].map((tr) => [...tr.querySelectorAll('td.user-text')].map((c) => c.textContent.trim())),
      null,
      [[ACTION.what, ACTION.who, ACTION.due]],
    );
    await expectValue(page, '#rt-action-what', '');

    // Apply: the agreed answers (and reasons as notes) land in the assessment.
    await page.locator('#rt-apply').click();
    assert.match(await noticeText(page), /De besluiten staan nu in de beoordeling/, '#notice after applying');
    await expectVisible(page, '#undo');
    await showView(page, 'assess');
    for (const [key, value] of Object.entries(AGREED)) await expectChecked(page, `input[name="${key}"][value="${value}"]`);
    await expectValue(page, '#dim-time-note', REASON_TIME);
    await expectChecked(page, 'input[name="dim-language"][value="4"]');
    await showView(page, 'roundtable');
    await expectVisible(page, 'ol#rt-agenda-list');

    // Export.
    const md = await download(page, () => page.locator('#rt-markdown').click());
    assert.match(md.name, /\.md$/, `Markdown file name: ${md.name}`);
    for (const s of [SESSION, 'Anna', 'Bram', 'Cem', DECISION, ACTION.what]) assert.ok(md.text.includes(s), `the Markdown contains ${JSON.stringify(s)}`);
    const js = await download(page, () => page.locator('#rt-json').click());
    assert.match(js.name, /\.json$/, `JSON file name: ${js.name}`);
    const doc = JSON.parse(js.text);
    assert.equal(doc.format, 'wenselijk-roundtable', 'JSON format');
    const keys = [];
    JSON.stringify(doc, (k, v) => (keys.push(k), v));
    assert.ok(!keys.includes('secret'), 'the JSON has no "secret" field');
    assert.ok(!js.text.includes(secret), 'the JSON does not contain the session secret');
    assert.ok(js.text.includes(DECISION), 'the JSON contains the decision');
    done[2] = true;
  });

  await t.test('3. presentation mode with the keyboard only', async (st) => {
    if (!needs(st, 2)) return;
    await page.locator('#rt-present').click();
    await expectVisible(page, '#present');
    const count = () => page.locator('#present .present-count').innerText();
    const title = () => page.locator('#present h1').innerText();
    const focusInside = () => page.evaluate(() => !!document.activeElement?.closest('#present'));
    await expectProbe(page, '.present-count', () => document.querySelector('.present-count')?.textContent.trim(), null, 'Punt 1 van 17');
    const first = await title();
    // The 5-minute time box set in step 1 counts down per item.
    await expectProbe(page, '#present-timer counts down from 5:00', () => {
      const m = document.querySelector('#present-timer')?.textContent.match(/(\d+):(\d\d)/);
      return !!m && Number(m[1]) * 60 + Number(m[2]) <= 300 && Number(m[1]) * 60 + Number(m[2]) > 240;
    }, null, true);
    await expectVisible(page, '#present-answers');
    await expectAttr(page, '#present-reveal', 'aria-pressed', 'true');
    await axe('presentation mode (nl)', { collect: axeReports });

    await page.locator('#present').focus();
    await page.keyboard.press('ArrowRight');
    await expectProbe(page, '.present-count after ArrowRight', () => document.querySelector('.present-count')?.textContent.trim(), null, 'Punt 2 van 17');
    assert.notEqual(await title(), first, 'another item after ArrowRight');
    assert.equal(await focusInside(), true, 'focus stays in #present');
    await page.keyboard.press('ArrowLeft');
    await expectProbe(page, '.present-count after ArrowLeft', () => document.querySelector('.present-count')?.textContent.trim(), null, 'Punt 1 van 17');
    assert.equal(await title(), first);
    await page.keyboard.press('ArrowRight');
    await expectProbe(page, '.present-count', () => document.querySelector('.present-count')?.textContent.trim(), null, 'Punt 2 van 17');
    await page.keyboard.press('r');
    await expectHidden(page, '#present-answers');
    await expectAttr(page, '#present-reveal', 'aria-pressed', 'false');
    await page.keyboard.press('R');
    await expectVisible(page, '#present-answers');
    await expectAttr(page, '#present-reveal', 'aria-pressed', 'true');
    assert.equal(await focusInside(), true, 'focus stays in #present');
    assert.equal(await count(), 'Punt 2 van 17');
    await page.keyboard.press('Escape');
    await expectAttr(page, 'button[data-view="roundtable"]', 'aria-current', 'page');
    await expectHidden(page, '#present');
    await expectVisible(page, 'ol#rt-agenda-list');
    // The printed report of the assessment includes the session record.
    await page.locator('button[data-view="assess"]').click();
    await page.locator('#open-report').click();
    await expectVisible(page, 'section.report-roundtable');
    const section = await page.locator('section.report-roundtable').innerText();
    for (const who of ['Anna', 'Bram', 'Cem']) assert.ok(section.includes(who), `report names ${who}`);
    await page.locator('button[data-view="roundtable"]').click();
    await expectVisible(page, 'ol#rt-agenda-list');
    done[3] = true;
  });

  await t.test('4. axe-core (serious/critical) on every round-table view, both languages', async (st) => {
    if (!needs(st, 1)) return;
    // The Dutch views and the participant's device (nl and en) were checked on the way.
    await page.locator('#lang-switch').click();
    await expectAttr(page, 'html', 'lang', 'en');
    if (done[2]) {
      await expectVisible(page, 'ol#rt-agenda-list');
      await axe('reveal / agenda (en)', { collect: axeReports });
      await page.locator('#rt-present').click();
      await expectProbe(page, '.present-count (en)', () => document.querySelector('.present-count')?.textContent.trim(), null, 'Item 1 of 17');
      await axe('presentation mode (en)', { collect: axeReports });
      await page.locator('#present-exit').click();
      await expectVisible(page, '#rt-unreveal');
      await page.locator('#rt-unreveal').click();
    }
    await expectVisible(page, 'svg#rt-qr');
    await axe('setup and own devices with QR (en)', { collect: axeReports });
    await page.locator('label[for="rt-mode-one"]').click();
    await page.locator('li[data-participant="Anna"] button[data-action="score"]').click();
    await expectVisible(page, '#rt-done');
    await axe('private scoring (en)', { collect: axeReports });
    await page.locator('section.private .actions button:not(#rt-done)').click();
    await expectHidden(page, '#rt-done');
    if (axeReports.length) assert.fail(axeReports.join('\n'));
  });
});
