// Lens journeys (issue 14), in Dutch and English:
//   - the feedback-overload example carries the golden rules with a plan of
//     e-mails at 3 a.m., three a week: "do not bother the customer
//     unnecessarily" is broken by the night-time requests; switching the lens
//     off and on again brings its answers back; another lens (emotions) is
//     switched on and answered;
//   - the post-purchase call on the B = MAP chart: above the line; with the
//     ability lowered to 2 it moves onto the line, the advice changes and the
//     chart's table says the same;
//   - all five lenses on, axe-clean; reload, export (into a fresh profile),
//     share (the link in a fresh profile shows the lenses read-only) and
//     print (the report in print media) keep the lenses on, the answers, the
//     contact plan and the journey.
import path from 'node:path';
import {
  e2e, assert, expectAttr, expectChecked, expectVisible, expectHidden, expectProbe, expectValue, choose,
  showView, expectRowCount, download, dismissNotice, scratchDir, expectText, openShareLink, expectPdf,
} from './harness.mjs';

const WORDS = {
  nl: { bother: 'Val de klant niet onnodig lastig', broken: 'geschonden', yes: 'Ja', ability: '2 Laag', step: 'Vult de enquête in', shared: 'Gedeeld' },
  en: { bother: 'Do not bother the customer unnecessarily', broken: 'broken', yes: 'Yes', ability: '2 Low', step: 'Fills in the survey', shared: 'Shared' },
};
const LENSES = ['golden_rules', 'b_map', 'moments', 'peaks_ends', 'emotions'];
const BOTHER = '#lens-result-golden_rules li[data-point="bother"]';

const text = (page, sel) => page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, sel);

/** Opens an example from the start view and waits for the assessment. */
async function openExample(page, open, key) {
  await open();
  await page.locator(`button[data-example="${key}"]`).click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
}

/** Switches a lens on (or off) with its checkbox, as a person would. */
async function lensSwitch(page, lens, on = true) {
  const box = page.locator(`#lens-on-${lens}`);
  if (on) await box.check();
  else await box.uncheck();
  await expectChecked(page, `#lens-on-${lens}`, on);
  if (on) await expectVisible(page, `#lens-result-${lens}`);
  else await expectHidden(page, `#lens-result-${lens}`);
}

/**
 * What a person sees of the lenses: the cards (their points, the plan in
 * words and its flags, the B = MAP place, the journey), and in the form
 * (`report` false) the switches, answers, plan and journey fields, or in
 * the report each question's answer in words and the B = MAP table.
 * Self-contained: it runs in the page.
 */
const lensView = (report) => {
  const root = report ? document.querySelector('#report-lenses') : document;
  if (!root) return null;
  const all = (sel) => [...root.querySelectorAll(sel)];
  const inner = (sel) => root.querySelector(sel)?.innerText ?? null;
  const cards = {
    cards: all('.lens-card').map((c) => c.id),
    points: all('.lens-card li[data-point]').map((li) => `${li.closest('.lens-card').id}/${li.dataset.point}=${li.dataset.status}`),
    planLines: inner('#plan-lines'),
    flags: all('#plan-flags li').map((li) => li.dataset.status),
    place: root.querySelector('figure.bmap')?.dataset.place ?? null,
    timeline: inner('#journey-timeline'),
  };
  if (report) {
    return {
      ...cards,
      answers: all('.lens-q').map((q) => `${q.id}=${q.querySelector('.lens-answer')?.textContent}`),
      table: all('#bmap-table tbody tr').map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()),
      inputs: document.querySelectorAll('main input, main select, main textarea').length,
    };
  }
  return {
    ...cards,
    on: all('.lens-switch input').filter((i) => i.checked).map((i) => i.id),
    answers: all('.lens-q input[type="radio"]:checked').map((i) => `${i.name}=${i.value}`),
    plan: ['plan-channel', 'plan-day', 'plan-hour', 'plan-per-week'].map((id) => document.getElementById(id)?.value ?? null),
    steps: all('.journey-steps input[type="text"]').map((i) => i.value),
    at: root.querySelector('input[name="step-at"]:checked')?.id ?? null,
  };
};
const formView = (page) => page.evaluate(lensView, false);
const reportView = (page) => page.evaluate(lensView, true);

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  const w = WORDS[lang];

  e2e(`lens journey (${lang}): feedback overload breaks "do not bother", off and on keeps it, emotions answered`, { locale }, async ({ page, open, axe }) => {
    await openExample(page, open, 'feedback_overload');

    // The example carries the golden rules with its plan: e-mails at 3 a.m., three a week.
    await expectChecked(page, '#lens-on-golden_rules');
    await expectValue(page, '#plan-hour', '3');
    await expectValue(page, '#plan-per-week', '3');
    await expectAttr(page, BOTHER, 'data-status', 'broken');
    const line = await text(page, BOTHER);
    assert.ok(line.includes(w.bother) && line.includes(w.broken), `the rule broken, in words: ${line}`);
    await expectText(page, '#plan-flags', 'the night-time request', (t) => t.includes('3:00'));
    await expectText(page, '#plan-lines', 'the plan in words', (t) => t.includes('3:00') && t.includes('3'));
    const before = await formView(page);

    // Off: its questions, plan and card go; on again: everything comes back.
    await lensSwitch(page, 'golden_rules', false);
    await expectHidden(page, '#lens-golden_rules');
    await expectHidden(page, '#plan-hour');
    await lensSwitch(page, 'golden_rules', true);
    await expectChecked(page, 'input[name="lensq-golden_rules-bother"][value="no"]');
    await expectProbe(page, 'the golden rules as before', lensView, false, before);

    // Another lens: emotions; answer one question and see it become a good sign.
    await lensSwitch(page, 'emotions');
    await expectVisible(page, '#lensq-emotions-tone');
    // An open point is neither a good nor a bad sign yet.
    assert.equal(await page.locator('#lens-result-emotions li[data-point="tone"]').count(), 0, 'tone not yet a sign');
    await choose(page, 'lensq-emotions-tone', 'yes');
    await expectAttr(page, '#lens-result-emotions li[data-point="tone"]', 'data-status', 'met');
    await axe(`assess, feedback overload with golden rules and emotions (${lang})`);
  });

  e2e(`lens journey (${lang}): the post-purchase call on the B = MAP chart`, { locale }, async ({ page, open, axe }) => {
    await openExample(page, open, 'post_purchase');
    await expectChecked(page, '#lens-on-b_map');
    await expectChecked(page, 'input[name="lensq-b_map-motivation"][value="4"]');
    await expectChecked(page, 'input[name="lensq-b_map-ability"][value="5"]');

    // Motivation 4, ability 5: above the action line.
    await expectAttr(page, 'figure.bmap', 'data-place', 'above');
    await expectAttr(page, '#bmap-point', 'class', 'bmap-point above');
    await expectAttr(page, '#lens-result-b_map li[data-point="placement"]', 'data-status', 'met');
    const adviceAbove = await text(page, '#lens-result-b_map .lens-advice');
    const placeAbove = await text(page, '#bmap-place');
    await page.locator('#lens-result-b_map details.table-alt summary').click();
    await expectVisible(page, '#bmap-table');
    await expectText(page, '#bmap-table tbody tr:nth-child(2)', 'ability in the table', (t) => t.includes('5'));

    // Ability 2: the point moves onto the line, the advice changes, the table follows.
    const pointAbove = await page.locator('#bmap-point').getAttribute('cx');
    await choose(page, 'lensq-b_map-ability', '2');
    await expectAttr(page, 'figure.bmap', 'data-place', 'near');
    await expectAttr(page, '#bmap-point', 'class', 'bmap-point near');
    assert.notEqual(await page.locator('#bmap-point').getAttribute('cx'), pointAbove, 'the point moved along the ability axis');
    await expectAttr(page, '#lens-result-b_map li[data-point="placement"]', 'data-status', 'at-risk');
    const placeNear = await expectText(page, '#bmap-place', 'the new place in words', (t) => t !== placeAbove);
    assert.ok(placeNear.includes('4') && placeNear.includes('2'), `the place names both: ${placeNear}`);
    const adviceNear = await expectText(page, '#lens-result-b_map .lens-advice', 'the advice changes', (t) => t !== adviceAbove);
    assert.equal(await page.locator('#lens-result-b_map ul.lens-advice li').count() > 0, true, `advice to act on: ${adviceNear}`);
    await expectText(page, '#bmap-table tbody tr:nth-child(2)', 'the table says the same', (t) => t.includes(w.ability));
    assert.equal(await text(page, '#bmap-desc'), placeNear, "the chart's description and its caption agree");
    await axe(`assess, B = MAP near the line (${lang})`);
  });

  e2e(`lens journey (${lang}): all five lenses on, axe; reload, export, share and print keep them`, { locale, timeout: 120_000 }, async ({ page, open, reload, axe, newSession }) => {
    await openExample(page, open, 'feedback_overload');
    for (const l of LENSES) {
      if (!(await page.locator(`#lens-on-${l}`).isChecked())) await lensSwitch(page, l);
    }
    // A journey of one step, the idea at it; an emotion answered.
    await page.locator('#step-add').click();
    await page.locator('#step-0-name').fill(w.step);
    await page.locator('#step-0-matters').check();
    await page.locator('label[for="step-0-at"]').click();
    await expectAttr(page, '#journey-timeline li:nth-child(1)', 'class', 'matters idea');
    await choose(page, 'lensq-emotions-tone', 'yes');
    await choose(page, 'lensq-peaks_ends-before', '2');
    for (const l of LENSES) {
      await expectVisible(page, `#lens-${l} .lens-q`);
      await expectVisible(page, `#lens-result-${l}`);
    }
    await axe(`assess, all five lenses on (${lang})`);
    const kept = await formView(page);
    assert.deepEqual(kept.on, LENSES.map((l) => `lens-on-${l}`), 'all five on');
    assert.ok(kept.answers.includes('lensq-emotions-tone=yes') && kept.answers.includes('lensq-golden_rules-bother=no'), 'answers');
    assert.deepEqual(kept.plan, ['email', '', '3', '3'], 'the plan');
    assert.deepEqual(kept.steps, [w.step], 'the journey');
    assert.ok(kept.points.includes('lens-result-golden_rules/bother=broken'), 'the rule broken');

    // Reload: the same assessment, the same lenses.
    await reload();
    if ((await page.locator('#lens-on-golden_rules').count()) === 0) {
      await expectRowCount(page, 1);
      await page.locator('table#assessments button[data-action="open"]').first().click();
    }
    await expectProbe(page, 'the lenses after reload', lensView, false, kept);

    // Export, and import into a fresh profile.
    await showView(page, 'start');
    const saved = path.join(scratchDir(), `lenses-${lang}.json`);
    const file = await download(page, () => page.locator('#export-all').click(), { saveTo: saved });
    const lenses = JSON.parse(file.text).assessments[0].assessment.lenses;
    assert.deepEqual(lenses.on, LENSES, 'the file lists the lenses on');
    const fresh = await newSession({ locale });
    await fresh.open();
    await fresh.page.setInputFiles('#import-file', saved);
    await expectRowCount(fresh.page, 1);
    await dismissNotice(fresh.page);
    await fresh.page.locator('table#assessments button[data-action="open"]').first().click();
    await expectAttr(fresh.page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectProbe(fresh.page, 'the lenses after export and import', lensView, false, kept);

    // Print: the report in print media shows every lens, its answers and pictures.
    await page.locator('table#assessments button[data-action="open"]').first().click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await page.locator('#open-report').click();
    await expectVisible(page, '#report-lenses');
    const report = await reportView(page);
    assert.deepEqual(report.cards, LENSES.map((l) => `lens-result-${l}`), 'a card per lens in the report');
    assert.deepEqual(
      { points: report.points, planLines: report.planLines, flags: report.flags, place: report.place, timeline: report.timeline },
      { points: kept.points, planLines: kept.planLines, flags: kept.flags, place: kept.place, timeline: kept.timeline },
      'the report shows what the live result showed',
    );
    assert.ok(report.answers.includes(`lensq-emotions-tone=${w.yes}`), `the answer in words: ${report.answers.join(', ')}`);
    assert.equal(report.table.length, 2, 'the B = MAP table is open in the report');
    assert.ok(report.timeline.includes(w.step), 'the journey in the report');
    await axe(`report with five lenses (${lang})`);
    await page.emulateMedia({ media: 'print' });
    await expectProbe(page, 'print layout of the lenses', () => {
      const css = (sel) => {
        const el = document.querySelector(sel);
        return el ? [getComputedStyle(el).display, getComputedStyle(el).breakInside] : null;
      };
      return {
        section: css('#report-lenses'),
        card: css('#lens-result-golden_rules'),
        table: css('#report-lenses details.table-alt'),
        summary: css('#report-lenses details.table-alt > summary'),
        actions: css('.report-actions'),
      };
    }, null, {
      section: ['block', 'auto'],
      card: ['block', 'avoid'],
      table: ['block', 'auto'],
      summary: ['none', 'auto'],
      actions: ['none', 'auto'],
    });
    for (const sel of ['#lens-result-emotions', '#bmap-chart', '#bmap-table', '#journey-timeline', '#plan-flags', '#lensq-emotions-tone']) {
      assert.ok(await page.locator(`#report-lenses ${sel}`).isVisible(), `${sel} is printed`);
    }
    await expectPdf(page);

    // Share: the link in a fresh profile shows the same lenses, read-only.
    await page.locator('#back-to-assess').click();
    const other = await openShareLink(page, newSession, { locale });
    await expectText(other.page, '#shared-banner', 'the shared banner', (t) => t.includes(w.shared));
    await expectVisible(other.page, '#report-lenses');
    await expectProbe(other.page, 'the shared lenses, read-only', lensView, true, report);
    assert.equal(report.inputs, 0, 'no form field in the report');
    await other.axe(`shared view with five lenses (${lang})`);
  });
}
