// Round table with lenses (issue 14): the post-purchase example has B = MAP
// and "moments that matter" on. Anna scores on the facilitator's device,
// Bram on his own phone (390 × 844, touch) from the invite link: both see
// the lens questions per lens after the 17 core items. Bram's answer code
// carries his lens answers; the agenda puts the lens question they disagree
// on most first (also in presentation mode); the group agrees, applies, and
// the assessment's lens answer changes. axe-core on the private form, the phone and the reveal. One
// journey in Dutch, one in English.
import { e2e, assert, expectVisible, expectHidden, expectProbe, expectChecked, expectValue, showView, choose, noticeText, dismissNotice } from './harness.mjs';
import { unpackCode, readAgenda } from './roundtable-helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const TEXTS = {
  nl: {
    locale: 'nl-NL',
    lenses: ['B = MAP (gedragsmodel van Fogg)', 'Momenten die ertoe doen'],
    ability: 'Hoe makkelijk is de stap voor de klant op dat moment?',
    added: /De antwoorden van Bram zijn toegevoegd/,
    note: 'Eerst moet de klant inloggen.',
    reason: 'De klant moet eerst nog inloggen.',
  },
  en: {
    locale: 'en-GB',
    lenses: ["B = MAP (Fogg's behaviour model)", 'Moments that matter'],
    ability: 'How easy is the step for the customer at that moment?',
    added: /Bram's answers were added/,
    note: 'The customer has to log in first.',
    reason: 'The customer still has to log in first.',
  },
};

/** The lens questions of the example, as item keys, in the form's order. */
const LENS_KEYS = [
  'lens-b_map-motivation', 'lens-b_map-ability', 'lens-b_map-act_now', 'lens-b_map-right_moment',
  'lens-moments-worry', 'lens-moments-customer_view', 'lens-moments-before_asked',
];

/** The lens questions' fieldset ids under `prefix`, in order, and the lens headings. */
const lensForm = (page, prefix) =>
  page.evaluate((p) => ({
    ids: [...document.querySelectorAll(`main div.lens[id^="${p}-lens-"] fieldset.lens-q`)].map((f) => f.id),
    names: [...document.querySelectorAll(`main div.lens[id^="${p}-lens-"] h3`)].map((h) => h.textContent.trim()),
  }), prefix);

/** Chooses radio `name` = `value` by tapping its label, as on a phone. */
async function tap(page, name, value) {
  const id = await page.locator(`input[type="radio"][name="${name}"][value="${value}"]`).getAttribute('id');
  await page.locator(`label[for="${id}"]`).tap();
  await expectChecked(page, `input[name="${name}"][value="${value}"]`);
}

for (const lang of ['nl', 'en']) {
  const T = TEXTS[lang];
  e2e(`round table with lenses on a phone, agenda, agree, apply (${lang}); axe`, { timeout: 90_000, locale: T.locale }, async ({ page, origin, open, axe, newSession }) => {
    const axeReports = [];

    // The example's lenses are on in the form, with B = MAP's ability at 5.
    await open();
    await page.locator('button[data-example="post_purchase"]').click();
    await expectVisible(page, '#lens-b_map');
    await expectVisible(page, '#lens-moments');
    await expectChecked(page, 'input[name="lensq-b_map-ability"][value="5"]');
    await page.locator('#start-roundtable').click();
    await expectVisible(page, '#rt-add');

    // Anna scores in private on this device: the lens questions follow the 17.
    await page.locator('#rt-add').fill('Anna');
    await page.locator('#rt-add-add').click();
    await page.locator('li[data-participant="Anna"] button[data-action="score"]').click();
    await expectVisible(page, '#rt-done');
    assert.deepEqual(await lensForm(page, 'p'), { ids: LENS_KEYS.map((k) => `p-${k}`), names: T.lenses }, 'the private form asks the lens questions per lens');
    await choose(page, 'p-lens-b_map-ability', '5');
    await choose(page, 'p-lens-moments-worry', 'yes');
    await choose(page, 'p-dim-time', '3');
    await axe(`private scoring with lenses (${lang})`, { collect: axeReports });
    await page.locator('#rt-done').click();
    await expectHidden(page, '#rt-done');

    // Own devices: the invite carries the lenses on.
    await page.locator('label[for="rt-mode-own"]').click();
    await expectVisible(page, 'svg#rt-qr');
    const invite = await page.locator('input#rt-invite-url').inputValue();
    assert.deepEqual(unpackCode(invite).lenses, ['b_map', 'moments'], 'the invite carries the lenses on');

    // Bram opens the invite on his phone and answers with taps.
    const bram = await newSession(PHONE);
    const phone = bram.page;
    await bram.open(invite.slice(origin.length));
    await expectVisible(phone, '#p-label');
    assert.deepEqual(await lensForm(phone, 'own'), { ids: LENS_KEYS.map((k) => `own-${k}`), names: T.lenses }, 'the phone asks the lens questions per lens');
    assert.equal(
      await phone.locator('#own-lens-b_map-ability legend').innerText(),
      T.ability,
      'the question is in words',
    );
    await tap(phone, 'own-lens-b_map-ability', '1');
    await phone.locator('#own-lens-b_map-ability-note').fill(T.note);
    await tap(phone, 'own-lens-moments-worry', 'no');
    await tap(phone, 'own-dim-time', '3');
    await phone.locator('#p-label').fill('Bram');
    await expectVisible(phone, 'textarea#p-code-text');
    await expectProbe(phone, 'the phone page fits 390 px (no sideways scrolling)', () => document.documentElement.scrollWidth <= 390, null, true);
    await bram.axe(`participant phone with lenses (${lang})`, { collect: axeReports });
    const code = await phone.locator('#p-code-text').inputValue();
    const wire = unpackCode(code);
    assert.deepEqual(wire.answers?.lenses?.b_map?.ability, { answer: { level: 1 }, note: T.note }, 'the code carries the lens answer and note');
    assert.deepEqual(wire.answers?.lenses?.moments?.worry, { answer: 'no' }, 'the code carries the yes / no lens answer');

    // The facilitator adds the code and reveals.
    await page.locator('#rt-code').fill(code);
    await page.locator('#rt-code-add').click();
    assert.match(await noticeText(page), T.added, '#notice after adding Bram');
    await dismissNotice(page);
    await expectVisible(page, 'li[data-participant="Bram"].done');
    await page.locator('#rt-reveal').click();
    await expectVisible(page, 'ol#rt-agenda-list');
    const agenda = await readAgenda(page);
    assert.equal(agenda.length, 17 + LENS_KEYS.length, 'the agenda lists the 17 items and the lens questions');
    assert.deepEqual(agenda.slice(0, 2).map((a) => [a.item, a.spread]), [['lens-b_map-ability', 4], ['lens-moments-worry', 2]], 'most disagreement first: the lens questions');
    const [ability, worry] = agenda;
    assert.deepEqual(ability.steps, ['1', '2', '3', '4', '5'], 'a scale lens question shows five steps');
    assert.equal(worry.steps.length, 4, 'a yes / no lens question shows yes, no, unsure, not applicable');
    assert.deepEqual(ability.rows.map((r) => r.slice(0, 2)), [['Anna', lang === 'nl' ? '5 Heel hoog' : '5 Very high'], ['Bram', lang === 'nl' ? '1 Heel laag' : '1 Very low']], 'answers in words');
    assert.equal(ability.rows[1][2], T.note, "Bram's note is shown");
    await axe(`reveal with lens questions (${lang})`, { collect: axeReports });

    // Agree on ability 2 with a reason, and on "no" for worry; apply.
    await choose(page, 'agree-lens-b_map-ability', '2');
    await expectVisible(page, '#agree-lens-b_map-ability-reason');
    await page.locator('#agree-lens-b_map-ability-reason').fill(T.reason);
    await choose(page, 'agree-lens-moments-worry', 'no');
    await expectVisible(page, 'li.agenda-item.agreed[data-item="lens-moments-worry"]');
    await expectValue(page, '#agree-lens-b_map-ability-reason', T.reason);
    // Presentation mode opens on the lens question, with its question in words.
    await page.locator('#rt-present').click();
    await expectVisible(page, '#present-answers');
    assert.equal(await page.locator('#present h1').innerText(), T.lenses[0], 'the lens name as the title');
    assert.equal(await page.locator('#present .present-question').innerText(), T.ability, 'the lens question');
    await page.locator('#present-exit').click();
    await expectVisible(page, '#rt-apply');
    await page.locator('#rt-apply').click();
    await expectVisible(page, '#undo');

    // The assessment's lens answers changed; the reason is the note.
    await showView(page, 'assess');
    await expectChecked(page, 'input[name="lensq-b_map-ability"][value="2"]');
    await expectChecked(page, 'input[name="lensq-moments-worry"][value="no"]');
    await expectValue(page, '#lensq-b_map-ability-note', T.reason);
    await expectChecked(page, 'input[name="lensq-b_map-motivation"][value="4"]');

    assert.deepEqual(axeReports, [], `axe-core found serious or critical problems:\n${axeReports.join('\n')}`);
  });
}
