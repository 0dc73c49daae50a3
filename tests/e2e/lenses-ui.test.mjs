// Lenses in the assessment form and the live result (issue 14): switch the
// golden rules on in the feedback-overload example, set a contact plan of
// e-mails at 3 a.m., three a week, and see the rule "do not bother the
// customer unnecessarily" broken, with the plan's flags in words; switch
// B = MAP on and place the idea on its chart (with its table alternative);
// add journey steps and remove one with undo; the About view names each
// lens's source. In Dutch and English, with axe-core on the form and result.
import { e2e, assert, expectAttr, expectChecked, expectVisible, expectHidden, expectProbe, choose, showView, noticeText, expectText } from './harness.mjs';

const WORDS = {
  nl: { bother: 'Val de klant niet onnodig lastig', broken: 'geschonden', night: '3:00', expect: 'dezelfde of de volgende werkdag', source: 'SAMR' },
  en: { bother: 'Do not bother the customer unnecessarily', broken: 'broken', night: '3:00', expect: 'the same or the next working day', source: 'SAMR' },
};

const text = (page, sel) => page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, sel);

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  const w = WORDS[lang];

  e2e(`lenses (${lang}): golden rules broken by night-time e-mails, the idea on B = MAP, a journey`, { locale }, async ({ page, open, axe }) => {
    await open();
    await page.locator('button[data-example="feedback_overload"]').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectVisible(page, '#lens-on-golden_rules');

    // Golden rules on: its questions and the contact plan appear.
    if (!(await page.locator('#lens-on-golden_rules').isChecked())) await page.locator('#lens-on-golden_rules').check();
    await expectChecked(page, '#lens-on-golden_rules');
    await expectVisible(page, '#lens-golden_rules #lensq-golden_rules-bother');
    await expectVisible(page, '#lens-result-golden_rules');

    // The contact plan: e-mail, at 3:00, three times a week.
    await page.locator('#plan-channel').selectOption('email');
    await expectText(page, '#plan-expect', 'the expected answer time', (t) => t.includes(w.expect));
    await page.locator('#plan-hour').selectOption('3');
    await page.locator('#plan-per-week').fill('3');
    await page.locator('#plan-per-week').blur();

    // "Do not bother the customer unnecessarily" is broken, in words and not by colour alone.
    const bother = '#lens-result-golden_rules li[data-point="bother"]';
    await expectAttr(page, bother, 'data-status', 'broken');
    const line = await text(page, bother);
    assert.ok(line.includes(w.bother) && line.includes(w.broken), `the rule and its status in words: ${line}`);
    assert.equal(await text(page, `${bother} .mark`), '✕', 'a mark beside the word');
    await expectText(page, '#plan-flags', 'the night-time flag', (t) => t.includes(w.night));
    assert.equal(await page.locator('#plan-flags li[data-status="broken"]').count(), 2, 'night and too often');
    await axe(`assess, golden rules with a contact plan (${lang})`);

    // B = MAP on: motivation high, ability low places the idea near the line.
    await page.locator('#lens-on-b_map').check();
    await expectVisible(page, '#lensq-b_map-motivation');
    // The example places the idea: motivation very low, ability high, below the line.
    await expectAttr(page, 'figure.bmap', 'data-place', 'below');
    await choose(page, 'lensq-b_map-motivation', '4');
    await choose(page, 'lensq-b_map-ability', '2');
    await expectAttr(page, '#bmap-point', 'class', 'bmap-point near');
    await expectAttr(page, 'figure.bmap', 'data-place', 'near');
    await expectText(page, '#bmap-place', 'the place in words', (t) => t.includes('4') && t.includes('2'));
    await page.locator('#lens-result-b_map details.table-alt summary').click();
    await expectVisible(page, '#bmap-table');
    assert.equal(await page.locator('#bmap-table tbody tr').count(), 2, 'motivation and ability');
    // "Not applicable" is an answer of a yes / no question, not of a scale.
    assert.equal(await page.locator('input[name="lensq-b_map-motivation"][value="na"]').count(), 0);
    await choose(page, 'lensq-b_map-act_now', 'na');

    // Moments that matter: two steps, the idea at the second; remove it and undo.
    await page.locator('#lens-on-moments').check();
    await page.locator('#step-add').click();
    await page.locator('#step-0-name').fill('Aankoop');
    await page.locator('#step-add').click();
    await expectProbe(page, 'focus on the new step', () => document.activeElement?.id ?? null, null, 'step-1-name');
    await page.locator('#step-1-name').fill('Eerste factuur');
    await page.locator('#step-1-matters').check();
    await page.locator('label[for="step-1-at"]').click();
    await expectAttr(page, '#journey-timeline li:nth-child(2)', 'class', 'matters idea');
    await page.locator('#step-1-remove').click();
    await expectHidden(page, '#step-1-name');
    assert.ok((await noticeText(page)).includes('Eerste factuur'));
    await page.locator('#undo').click();
    await expectAttr(page, '#journey-timeline li:nth-child(2)', 'class', 'matters idea');
    await axe(`assess, three lenses on (${lang})`);

    // Switching a lens off hides its card but keeps its answers.
    await page.locator('#lens-on-b_map').uncheck();
    await expectHidden(page, '#lens-result-b_map');
    await page.locator('#lens-on-b_map').check();
    await expectAttr(page, '#bmap-point', 'class', 'bmap-point near');

    // About: each lens with its source.
    await showView(page, 'about');
    await expectText(page, '#about-lens-golden_rules', 'the source', (t) => t.includes(w.source));
    assert.equal(await page.locator('ul.lens-sources li').count(), 5);
  });
}
