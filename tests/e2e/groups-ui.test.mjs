// Customer groups in the browser (issue 12): add a suggested group, make two
// answers differ, see its verdict in the table, its radar over the typical
// customer's (and the table instead), its advice; remove a group and undo;
// reload and find everything; and the same with the keyboard only. In Dutch
// and English, with axe-core on every view with groups.
import {
  e2e, assert, expectAttr, expectChecked, expectValue, expectVisible, expectHidden, expectProbe, choose,
  tabTo, answerWithKeyboard, focused, noticeText, expectText,
} from './harness.mjs';

const WORDS = {
  nl: { differ2: '2 antwoorden anders', differs: '(anders)', advice: 'Voor ', typical: 'Gewone klant' },
  en: { differ2: '2 answers differ', differs: '(differs)', advice: 'For ', typical: 'Typical customer' },
};

const focusIs = (page, id) => expectProbe(page, `focus on #${id}`, () => document.activeElement?.id ?? null, null, id);

/** A blank assessment with a few answers for the typical customer: conditional (open questions). */
async function blankWithAnswers(page) {
  await page.locator('#new-assessment').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await choose(page, 'dim-trust', '4');
  await choose(page, 'dim-empathy', '4');
  await choose(page, 'val-customer_value', '4');
  await expectAttr(page, '#verdict', 'data-verdict', 'conditional');
}

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  const w = WORDS[lang];

  e2e(`groups (${lang}): add, differ, verdict, chart, advice, remove and undo, reload`, { locale }, async ({ page, open, reload, axe }) => {
    await open();
    await expectAttr(page, 'html', 'lang', lang);
    await blankWithAnswers(page);

    // No groups yet: why they matter, and what to add.
    await expectVisible(page, '#groups-empty');
    assert.equal(await page.locator('#groups-table').count(), 0, 'no group table without groups');
    await axe(`assess, no groups (${lang})`);

    // Add the first suggested group: its card, focus on its name.
    const offer = page.locator('button.offer-add[data-offer]').first();
    const name = await offer.getAttribute('data-offer');
    await offer.click();
    await expectValue(page, '#group-0-name', name);
    await focusIs(page, 'group-0-name');
    await expectHidden(page, '#groups-empty');
    assert.equal(await page.locator(`button.offer-add[data-offer="${name}"]`).count(), 0, 'an added group is not offered again');

    // As for the typical customer until marked different.
    await expectText(page, '#group-0-dim-trust .base-answer', 'shows the base answer', (t) => t.includes('4 '));
    assert.equal(await page.locator('input[name="group-0-dim-trust"]').count(), 0, 'no scale while following the base');

    // Two answers differ: trust 1 (crosses the line), empathy 2, with a reason.
    await page.locator('#group-0-dim-trust-differs').check();
    await choose(page, 'group-0-dim-trust', '1');
    await page.locator('#group-0-dim-trust-note').fill('Na een achterstand voelt dit als controle.');
    await page.locator('#group-0-dim-empathy-differs').check();
    await choose(page, 'group-0-dim-empathy', '2');
    await expectText(page, '#group-0 summary .group-differs', 'two answers differ', (t) => t === w.differ2);

    // The table: the typical customer, then the group, which crosses the line and caps the verdict.
    await expectAttr(page, '#groups-table tr[data-group="base"] .verdict-badge', 'data-verdict', 'conditional');
    await expectAttr(page, '#groups-table tr[data-group="0"] .verdict-badge', 'data-verdict', 'crosses-line');
    await expectAttr(page, '#groups-table tr[data-group="0"]', 'class', 'caps');
    await expectVisible(page, '#groups-rule');
    assert.ok((await page.locator('#groups-rule').innerText()).includes(name), 'the rule names the group');
    await expectAttr(page, '#verdict', 'data-verdict', 'conditional');

    // The chart: the typical customer and the group, with a legend and a table.
    await expectProbe(page, 'two series in the groups radar', () => document.querySelectorAll('svg#groups-radar g.series').length, null, 2);
    const legend = await page.locator('#groups-legend').innerText();
    assert.ok(legend.includes(w.typical) && legend.includes(name), `legend: ${legend}`);
    await page.locator('.groups-chart details.table-alt summary').click();
    await expectVisible(page, '#groups-radar-table');
    const headers = await page.locator('#groups-radar-table thead th').allInnerTexts();
    assert.deepEqual(headers.slice(1), [w.typical, name], 'one column per series');
    const trustRow = await page.locator('#groups-radar-table tbody tr').nth(5).innerText();
    assert.ok(trustRow.includes(w.differs), `the group's own answer is marked: ${trustRow}`);

    // Advice for the group, headed by its name.
    await expectText(page, '#groups-advice .group-advice[data-group="0"] h4', 'advice for the group', (t) => t === `${w.advice}${name}:`);
    assert.ok((await page.locator('#groups-advice .group-advice[data-group="0"] li.suggestion').count()) >= 2, 'advice on both differing answers');
    await axe(`assess, one group with two differences (${lang})`);

    // Remove it: a notice with undo (focus there); undo brings it back whole.
    await page.locator('#group-0-remove').click();
    await expectHidden(page, '#group-0');
    assert.ok((await noticeText(page)).includes(name), 'the notice names the group');
    await focusIs(page, 'undo');
    await expectVisible(page, '#groups-empty');
    await page.keyboard.press('Enter');
    await expectVisible(page, '#group-0');
    await expectText(page, '#group-0 summary .group-differs', 'both differences back', (t) => t === w.differ2);
    await expectAttr(page, '#groups-table tr[data-group="0"] .verdict-badge', 'data-verdict', 'crosses-line');

    // Reload: the group, its answers and note, verdict and advice are all there.
    await expectProbe(page, 'saved', () => (localStorage.getItem('wenselijk.library') ?? '').includes('Na een achterstand'), null, true);
    await reload();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectText(page, '#group-0 summary .group-title', 'the group after reload', (t) => t === name);
    await page.locator('#group-0 summary').click();
    await expectChecked(page, 'input[name="group-0-dim-trust"][value="1"]');
    await expectChecked(page, 'input[name="group-0-dim-empathy"][value="2"]');
    await expectValue(page, '#group-0-dim-trust-note', 'Na een achterstand voelt dit als controle.');
    await expectAttr(page, '#groups-table tr[data-group="0"] .verdict-badge', 'data-verdict', 'crosses-line');
    await expectVisible(page, '#groups-advice .group-advice[data-group="0"]');

    // A change for the typical customer reaches what the group does not override.
    await choose(page, 'dim-time', '2');
    await expectText(page, '#group-0-dim-time .base-answer', 'follows the new base answer', (t) => t.includes('2 '));
    await expectChecked(page, 'input[name="group-0-dim-trust"][value="1"]');
    await axe(`assess, group opened after reload (${lang})`);
  });

  e2e(`groups (${lang}): keyboard only, add a group and mark an answer different`, { locale }, async ({ page, open }) => {
    await open();
    await tabTo(page, '#new-assessment');
    await page.keyboard.press('Enter');
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');

    // Tab to the first suggested group and add it with Enter: focus lands on its name.
    await tabTo(page, 'button.offer-add[data-offer]');
    const name = await page.evaluate(() => document.activeElement.getAttribute('data-offer'));
    await page.keyboard.press('Enter');
    await focusIs(page, 'group-0-name');
    await expectValue(page, '#group-0-name', name);

    // Tab to "different for this group" on Time, tick it with Space, answer with arrows.
    await tabTo(page, '#group-0-dim-time-differs');
    await page.keyboard.press('Space');
    await expectChecked(page, '#group-0-dim-time-differs');
    await answerWithKeyboard(page, 'group-0-dim-time', '2');
    await expectProbe(page, 'the group holds its own answer', () => document.querySelector('#group-0 summary .group-differs')?.textContent ?? '', null,
      lang === 'nl' ? '1 antwoord anders' : '1 answer differs');
    await expectAttr(page, '#groups-table tr[data-group="0"] .verdict-badge', 'data-verdict', 'conditional');

    // Space again: it follows the typical customer once more.
    await tabTo(page, '#group-0-dim-time-differs', { back: true });
    await page.keyboard.press('Space');
    await expectChecked(page, '#group-0-dim-time-differs', false);
    await expectProbe(page, 'no scale while following', () => document.querySelectorAll('input[name="group-0-dim-time"]').length, null, 0);
    assert.match(await focused(page), /group-0-dim-time-differs/, 'focus stays on the checkbox');
  });
}

e2e('groups: the dark theme with a group, its chart table and advice passes axe', { locale: 'en-US' }, async ({ page, open, axe }) => {
  await open('/?theme=dark');
  await expectAttr(page, '.wj', 'data-theme', 'dark');
  await blankWithAnswers(page);
  await page.locator('button.offer-add[data-offer]').first().click();
  await focusIs(page, 'group-0-name');
  await page.locator('#group-0-dim-trust-differs').check();
  await choose(page, 'group-0-dim-trust', '1');
  await page.locator('#group-0-flag-pushiness-differs').check();
  await choose(page, 'group-0-flag-pushiness', 'yes');
  await page.locator('#group-0-share-percent').check({ force: true });
  await page.locator('#group-0-percent').fill('12');
  await expectChecked(page, '#group-0-share-percent');
  await expectValue(page, '#group-0-percent', '12');
  await expectAttr(page, '#groups-table tr[data-group="0"] .verdict-badge', 'data-verdict', 'crosses-line');
  await page.locator('.groups-chart details.table-alt summary').click();
  await expectVisible(page, '#groups-radar-table');
  await expectVisible(page, '#groups-advice .group-advice[data-group="0"]');
  await axe('dark theme, one group, chart table open');
});
