// Lenses in compare: import the golden export with lenses (version 4), pick
// both assessments, and see each lens's points side by side, "off" where a
// lens is off; axe on the view.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { e2e, assert, expectAttr, expectVisible, expectProbe, expectRowCount, dismissNotice, byId } from './harness.mjs';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'export-v4.json');

const WORDS = {
  nl: { bother: 'Val de klant niet onnodig lastig', broken: 'geschonden', off: 'uit', golden: 'Gouden regels van klantcontact' },
  en: { bother: 'Do not bother the customer unnecessarily', broken: 'broken', off: 'off', golden: 'Golden rules of customer contact' },
};

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  e2e(`compare shows the lenses side by side, off where off; axe (${lang})`, { locale }, async ({ page, open, axe }) => {
    const w = WORDS[lang];
    await open();
    await page.setInputFiles('#import-file', GOLDEN);
    await expectRowCount(page, 2);
    await dismissNotice(page);
    await page.locator(byId('cmp-a18f9a5c2e0-1')).check();
    await page.locator(byId('cmp-a18f9a5c2e0-2')).check();
    await page.locator('#open-compare').click();
    await expectAttr(page, 'button[data-view="compare"]', 'aria-current', 'page');
    await expectVisible(page, 'table#compare-table tbody#compare-lens-golden_rules');
    const groups = await page.evaluate(() => [...document.querySelectorAll('#compare-table tbody.lens-rows')].map((b) => b.id));
    assert.deepEqual(
      groups,
      ['compare-lens-golden_rules', 'compare-lens-b_map', 'compare-lens-moments', 'compare-lens-peaks_ends'],
      'a row group per lens on in either, in order',
    );
    await expectProbe(page, 'rows of the golden rules', () => document.querySelectorAll('#compare-lens-golden_rules tr').length, null, 7);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('#compare-lens-golden_rules tr')].map((tr) => [...tr.children].map((c) => c.innerText.trim())),
    );
    assert.equal(rows[0][0], w.golden, 'the lens names its row group');
    assert.deepEqual(rows.find((r) => r[0] === w.bother), [w.bother, w.broken, w.off], 'broken at 3 a.m. in A, off in B');
    await axe(`lenses in compare (${lang})`);
  });
}
