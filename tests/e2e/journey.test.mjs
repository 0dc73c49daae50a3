// Journey a (new user: example, edit, note, reload, language) and g (undo a
// delete).
import {
  e2e, assert, expectAttr, expectChecked, expectValue, expectVisible, expectProbe, expectHidden,
  expectHeadingsChange, expectHeadings, headings, showView, choose, radarPoints,
  LIBRARY_KEY, rows, expectRowCount, row, noticeText,
} from './harness.mjs';

const NOTE = 'Alleen na uitdrukkelijke toestemming (e2e-notitie).';

e2e('new user: example, change a score, add a note, reload, switch language', async ({ page, open, reload }) => {
  await open();
  // Empty storage: the start view.
  await expectAttr(page, 'button[data-view="start"]', 'aria-current', 'page');
  await expectVisible(page, '#new-assessment');
  await expectAttr(page, 'html', 'lang', 'nl');
  // Nothing yet: no list rows, nothing open, nothing to export.
  assert.equal(await page.locator('table#assessments tr[data-id]').count(), 0, 'no rows on a first visit');
  assert.equal(await page.locator('button[data-view="assess"]').count(), 0, 'no assess view without an open assessment');
  assert.equal(await page.locator('#export-all').count(), 0, 'no #export-all with an empty list');

  // Pick an example: the assessment view with its verdict.
  await page.locator('button[data-example="post_purchase"]').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectAttr(page, '#verdict', 'data-verdict', 'desirable');
  const pointsBefore = await radarPoints(page);
  assert.ok(pointsBefore, 'svg#radar polygon.radar-shape has a points attribute');
  const title = await page.locator('#idea-title').inputValue();
  assert.ok(title.length > 0, 'the example fills #idea-title');

  // Autonomy at step 1 crosses the line (weakest link), and the radar follows.
  await choose(page, 'dim-autonomy', '1');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
  await expectProbe(
    page,
    'radar points changed after setting autonomy to 1',
    (before) => document.querySelector('svg#radar polygon.radar-shape')?.getAttribute('points') !== before,
    pointsBefore,
    true,
  );
  const pointsAfter = await radarPoints(page);

  // A note on a dimension.
  await page.locator('#dim-autonomy-note').fill(NOTE);
  await expectValue(page, '#dim-autonomy-note', NOTE);
  // Saved before we reload (whatever the app's save timing).
  await expectProbe(
    page,
    `localStorage '${LIBRARY_KEY}' holds the note`,
    ([key, note]) => (localStorage.getItem(key) ?? '').includes(note),
    [LIBRARY_KEY, NOTE],
    true,
  );

  // Reload: same view, score, note, verdict and picture.
  await reload();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectChecked(page, 'input[name="dim-autonomy"][value="1"]');
  await expectValue(page, '#dim-autonomy-note', NOTE);
  await expectValue(page, '#idea-title', title);
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
  assert.equal(await radarPoints(page), pointsAfter, 'radar points after reload');
  // One assessment in the list, under its title, with its verdict.
  await showView(page, 'start');
  const list = await expectRowCount(page, 1);
  assert.deepEqual(list.map(({ title: t, verdict }) => ({ title: t, verdict })), [{ title, verdict: 'crosses-line' }], 'the list after reload');
  await showView(page, 'assess');
  await expectValue(page, '#dim-autonomy-note', NOTE);

  // Switch language and back: the section headings change (the h1 here is
  // the idea's own title, which stays as the user wrote it).
  const headingsNl = await headings(page);
  await page.locator('#lang-switch').click();
  await expectAttr(page, 'html', 'lang', 'en');
  const headingsEn = await expectHeadingsChange(page, headingsNl);
  assert.notEqual(headingsEn, headingsNl);
  // The user's own (edited) text and answers stay as they are.
  await expectValue(page, '#dim-autonomy-note', NOTE);
  await expectValue(page, '#idea-title', title);
  await expectChecked(page, 'input[name="dim-autonomy"][value="1"]');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
  await page.locator('#lang-switch').click();
  await expectAttr(page, 'html', 'lang', 'nl');
  await expectHeadings(page, headingsNl);
});

e2e('undo brings back a deleted assessment with its edits', async ({ page, open }) => {
  await open();
  await page.locator('button[data-example="post_purchase"]').click();
  await expectAttr(page, '#verdict', 'data-verdict', 'desirable');
  const title = await page.locator('#idea-title').inputValue();
  await choose(page, 'dim-autonomy', '1');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
  await page.locator('#dim-autonomy-note').fill(NOTE);
  await expectValue(page, '#dim-autonomy-note', NOTE);

  // One other assessment, so the list is not simply empty after the delete.
  await showView(page, 'start');
  const [{ id }] = await expectRowCount(page, 1);
  await page.locator('#new-assessment').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(page, '#idea-title', '');
  await expectAttr(page, '#verdict', 'data-verdict', 'none');

  // Open the edited one from the list and delete it from its toolbar.
  await showView(page, 'start');
  await expectRowCount(page, 2);
  await page.locator(`${row(id)} button[data-action="open"]`).click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(page, '#idea-title', title);
  await page.locator('#delete').click();

  // Gone: back on the start view, one row left, no assess view to go to.
  await expectAttr(page, 'button[data-view="start"]', 'aria-current', 'page');
  await expectRowCount(page, 1);
  await expectProbe(page, 'the deleted row is gone', (sel) => document.querySelector(sel) === null, row(id), true);
  await expectHidden(page, 'button[data-view="assess"]');
  assert.ok((await noticeText(page)).includes(title), '#notice names the deleted assessment');
  await expectVisible(page, '#undo');

  await page.locator('#undo').click();
  await expectRowCount(page, 2);
  await expectVisible(page, row(id));
  await expectProbe(page, '#undo gone after undoing', () => document.querySelector('#undo') === null, null, true);
  const back = (await rows(page)).find((r) => r.id === id);
  assert.deepEqual(back, { id, title, verdict: 'crosses-line' }, 'the restored row');

  // Opened again: every edit is there.
  await page.locator(`${row(id)} button[data-action="open"]`).click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(page, '#idea-title', title);
  await expectChecked(page, 'input[name="dim-autonomy"][value="1"]');
  await expectValue(page, '#dim-autonomy-note', NOTE);
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
});
