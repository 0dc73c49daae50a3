// Journey a (new user: example, edit, note, reload, language) and g (undo).
import {
  e2e, assert, expectAttr, expectChecked, expectValue, expectVisible, expectProbe,
  expectHeadingsChange, expectHeadings, headings, showView, choose, radarPoints,
} from './harness.mjs';

const NOTE = 'Alleen na uitdrukkelijke toestemming (e2e-notitie).';

e2e('new user: example, change a score, add a note, reload, switch language', async ({ page, open, reload }) => {
  await open();
  // Empty storage: the start view.
  await expectAttr(page, 'button[data-view="start"]', 'aria-current', 'page');
  await expectVisible(page, '#new-assessment');
  await expectAttr(page, 'html', 'lang', 'nl');

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
    "localStorage 'wenselijk.session' holds the note",
    (note) => (localStorage.getItem('wenselijk.session') ?? '').includes(note),
    NOTE,
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

e2e('undo brings back an edited assessment replaced by a new one', async ({ page, open }) => {
  await open();
  await page.locator('button[data-example="post_purchase"]').click();
  await expectAttr(page, '#verdict', 'data-verdict', 'desirable');
  const title = await page.locator('#idea-title').inputValue();
  await choose(page, 'dim-autonomy', '1');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');

  await showView(page, 'start');
  await expectVisible(page, '#continue');
  await page.locator('#new-assessment').click();
  await expectVisible(page, '#notice');
  await expectVisible(page, '#undo');
  // The new assessment is blank.
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(page, '#idea-title', '');
  await expectAttr(page, '#verdict', 'data-verdict', 'none');

  await page.locator('#undo').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(page, '#idea-title', title);
  await expectChecked(page, 'input[name="dim-autonomy"][value="1"]');
  await expectAttr(page, '#verdict', 'data-verdict', 'crosses-line');
  await expectProbe(page, '#undo gone after undoing', () => document.querySelector('#undo') === null, null, true);
});
