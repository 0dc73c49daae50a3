// Journey d: axe-core finds no serious or critical violation on any view, in
// both languages.
import { e2e, assert, expectAttr, expectVisible, showView } from './harness.mjs';

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  e2e(`axe: every view in ${lang}`, { locale }, async ({ page, open, axe: axeRun }) => {
    const reports = [];
    const axe = (label) => axeRun(label, { collect: reports });
    await open();
    await expectAttr(page, 'html', 'lang', lang);
    await axe(`start (${lang})`);

    await page.locator('#new-assessment').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectVisible(page, '#verdict');
    await axe(`assess, blank (${lang})`);

    await showView(page, 'start');
    await page.locator('button[data-example="bank_wrapped"]').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectVisible(page, 'svg#radar');
    await axe(`assess, example bank_wrapped (${lang})`);

    await showView(page, 'rules');
    await axe(`rules (${lang})`);

    await showView(page, 'about');
    await axe(`about (${lang})`);

    if (reports.length) assert.fail(reports.join('\n'));
  });
}
