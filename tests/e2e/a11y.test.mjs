// Journey d: axe-core finds no serious or critical violation on any view, in
// both languages, including the collection's views and dialogs.
import {
  e2e, assert, expectAttr, expectVisible, expectHidden, showView, expectRowCount, byId, row, fixture,
} from './harness.mjs';

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

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  e2e(`axe: list, import dialog, compare, report, share panel and shared view in ${lang}`, { locale }, async ({ page, origin, open, axe: axeRun }) => {
    const reports = [];
    const axe = (label) => axeRun(`${label} (${lang})`, { collect: reports });
    await open();
    await expectAttr(page, 'html', 'lang', lang);

    // The list with rows (two imported, one example), two picked, and the import notice.
    await page.setInputFiles('#import-file', fixture('export-two.json'));
    await expectRowCount(page, 2);
    await page.locator('button[data-example="bank_wrapped"]').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await showView(page, 'start');
    await expectRowCount(page, 3);
    for (const id of ['e2e-fixture-1', 'e2e-fixture-2']) await page.locator(byId(`cmp-${id}`)).check();
    await expectVisible(page, '#open-compare');
    await page.locator(`${row('e2e-fixture-2')} button[data-action="rename"]`).click();
    await expectVisible(page, byId('rename-e2e-fixture-2'));
    await axe('list with rows, two picked, one being renamed');
    await page.locator(byId('rename-e2e-fixture-2')).press('Escape');
    await expectHidden(page, byId('rename-e2e-fixture-2'));

    // The import dialog (the same ids again).
    await page.setInputFiles('#import-file', fixture('export-two.json'));
    await expectVisible(page, '#import-dialog');
    await axe('import dialog open');
    await page.locator('#import-cancel').click();
    await expectHidden(page, '#import-dialog');

    // Compare with two picked.
    await page.locator('#open-compare').click();
    await expectAttr(page, 'button[data-view="compare"]', 'aria-current', 'page');
    await expectVisible(page, 'svg#radar-overlay');
    await expectVisible(page, 'table#compare-table');
    await axe('compare with two picked');

    // The report of one, and the assess view with the share panel open.
    await showView(page, 'start');
    await page.locator(`${row('e2e-fixture-2')} button[data-action="open"]`).click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await page.locator('#share-link').click();
    await expectVisible(page, '#share-url');
    const url = await page.locator('#share-url').inputValue();
    await axe('assess with the share panel open');
    await page.locator('#open-report').click();
    await expectVisible(page, 'article#report');
    await axe('report');

    // The shared view: the link pasted into this tab.
    assert.ok(url.startsWith(`${origin}/#s4.`), 'a share link');
    await page.goto(url);
    await expectVisible(page, '#shared-banner');
    await expectVisible(page, 'article#report');
    await axe('shared view');
    await page.locator('#close-shared').click();
    await expectHidden(page, '#shared-banner');

    if (reports.length) assert.fail(reports.join('\n'));
  });
}
