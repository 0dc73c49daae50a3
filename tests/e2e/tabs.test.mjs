// Several tabs of one browser on one collection (issue 11): nothing typed in
// any tab is lost, each tab shows the others' changes within a second
// without a reload, and a fresh tab shows every edit.

import {
  e2e, assert, expectAttr, expectValue, expectVisible, expectProbe, showView, expectRows, rowsProbe, appReady,
  expectSavedCount, library, LIBRARY_KEY,
} from './harness.mjs';

/** Opens the app in another tab of the same browser (same storage). */
async function openTab(context, origin, path = '/') {
  const page = await context.newPage();
  await page.goto(origin + path);
  await appReady(page);
  return page;
}

/** The titles in the start view's list, sorted. */
async function listTitles(page) {
  return (await page.evaluate(rowsProbe)).map((r) => r.title).sort();
}

function expectListTitles(page, titles, what = 'titles in the list', opts) {
  return expectProbe(
    page,
    what,
    () => [...document.querySelectorAll('table#assessments tr[data-id] button[data-action="open"]')].map((b) => b.textContent.trim()).sort(),
    null,
    [...titles].sort(),
    opts,
  );
}

e2e('two tabs: new assessments in each, typed on in both, all kept; a third tab sees them', async ({ page, context, origin, open }) => {
  await open();
  const second = await openTab(context, origin);
  // The report of issue 11: a new assessment in each tab, typing in both.
  await page.locator('#new-assessment').click();
  await second.locator('#new-assessment').click();
  await page.locator('#idea-title').fill('Idee uit tab één');
  await second.locator('#idea-title').fill('Idee uit tab twee');
  await page.locator('#idea-action').fill('Tab één typt verder');
  await second.locator('#idea-action').fill('Tab twee typt verder');
  // Each tab shows the other's new assessment, without a reload.
  await showView(page, 'start');
  await expectListTitles(page, ['Idee uit tab één', 'Idee uit tab twee'], 'tab one lists both', { timeout: 2000 });
  await showView(second, 'start');
  await expectListTitles(second, ['Idee uit tab één', 'Idee uit tab twee'], 'tab two lists both', { timeout: 2000 });
  // A third tab, opened fresh, shows everything.
  const third = await openTab(context, origin);
  await showView(third, 'start');
  await expectListTitles(third, ['Idee uit tab één', 'Idee uit tab twee'], 'a fresh tab lists both');
  const lib = await library(third);
  const actions = lib.records.map((r) => r.assessment.idea.action).sort();
  assert.deepEqual(actions, ['Tab twee typt verder', 'Tab één typt verder'].sort(), 'both tabs typed on');
  assert.equal(lib.version, 2);
});
