// Customer groups as a first-time user meets them (issue 12): the year
// overview example shows a group for whom the idea crosses the line, and
// why; the groups travel in an exported file into a fresh browser profile.
// In Dutch and English, with axe on the views.
import path from 'node:path';
import { e2e, assert, expectAttr, expectProbe, showView, download, scratchDir } from './harness.mjs';

const WORDS = {
  nl: { group: 'Klanten met schulden', reason: 'Voor de groep ‘Klanten met schulden’ gaat het idee over de grens.' },
  en: { group: 'Customers in debt', reason: 'For the group ‘Customers in debt’, the idea crosses the line.' },
};

/** The text of every match of `selector`, trimmed. */
const texts = (page, selector) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent.trim()));

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  const w = WORDS[lang];

  e2e(`year overview example (${lang}): a group crosses the line and says why; export and import keep the groups`, { locale, timeout: 60_000 }, async ({ page, open, axe, newSession }) => {
    await open();
    await page.locator('button[data-example="bank_wrapped"]').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    // Overall: conditional, and the group that crosses the line is a reason.
    await expectAttr(page, '#verdict', 'data-verdict', 'conditional');
    await expectProbe(page, 'the group among the reasons', (want) => [...document.querySelectorAll('.drivers li')].some((li) => li.textContent.trim() === want), w.reason, true);
    // The table: the typical customer first, then the group marked as capping the verdict.
    const rows = await page.locator('#groups-table tr[data-group]').evaluateAll((trs) =>
      trs.map((tr) => ({ key: tr.dataset.group, head: tr.querySelector('th').textContent.trim(), verdict: tr.querySelector('[data-verdict]')?.dataset.verdict, caps: tr.classList.contains('caps') })),
    );
    const debt = rows.find((r) => r.head === w.group);
    assert.ok(debt, `a row for ${w.group}: ${JSON.stringify(rows)}`);
    assert.deepEqual([debt.verdict, debt.caps], ['crosses-line', true], 'the group crosses the line and caps the overall verdict');
    assert.ok(rows.filter((r) => r.caps).length === 1, 'only that group caps it');
    // Its card says the same, folded; its own advice names it.
    const summaries = await texts(page, '.group-card summary .group-title');
    assert.ok(summaries.includes(w.group), `a card for the group: ${summaries}`);
    const advice = await texts(page, '#groups-advice');
    assert.ok(advice.some((t) => t.includes(w.group)), 'advice per group names it');
    await axe(`year overview with groups (${lang})`);

    // Export all, then import into a fresh profile: the groups come along.
    await showView(page, 'start');
    const saved = path.join(scratchDir(), `groups-${lang}.json`);
    const file = await download(page, () => page.locator('#export-all').click(), { saveTo: saved });
    const doc = JSON.parse(file.text);
    assert.equal(doc.version, 4, 'export version 4');
    const groups = doc.assessments[0].assessment.groups;
    assert.deepEqual(groups.map((g) => g.name)[0], w.group, 'the file holds the groups');
    assert.ok(Object.keys(groups[0].overrides.dimensions).includes('empathy'), 'with the answers that differ');

    const other = await newSession({ locale });
    const p2 = other.page;
    await other.open();
    await p2.setInputFiles('#import-file', saved);
    await p2.locator(`table#assessments tr[data-id="${doc.assessments[0].id}"] button[data-action="open"]`).click();
    await expectAttr(p2, '#verdict', 'data-verdict', 'conditional');
    const after = await texts(p2, '.group-card summary .group-title');
    assert.deepEqual(after, summaries, 'the same groups after import');
  });
}
