// The collection on the start view: add, rename, duplicate, delete and undo,
// and the migration of a first-release session.
import {
  e2e, assert, expectAttr, expectChecked, expectValue, expectVisible, expectHidden, expectProbe, showView,
  rows, expectRowCount, expectRows, row, byId, noticeText, library, storageKeys, LIBRARY_KEY, LEGACY_KEY,
} from './harness.mjs';

const MINE = 'Herinnering: rijbewijs verloopt';
const RENAMED = 'Gerust na de aankoop, herzien';
const NOT_SAVED = 'Dit wordt niet bewaard';

/** The titles in the saved library, sorted. */
const savedTitles = async (page) => ((await library(page))?.records ?? []).map((r) => r.assessment?.idea?.title ?? '').sort();

e2e('list: add two, rename (Enter saves, Escape cancels), duplicate, delete and undo, reload', async ({ page, open, reload }) => {
  await open();
  // An example...
  await page.locator('button[data-example="post_purchase"]').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectAttr(page, '#verdict', 'data-verdict', 'desirable');
  const exampleTitle = await page.locator('#idea-title').inputValue();
  await showView(page, 'start');
  const [{ id: exampleId }] = await expectRowCount(page, 1);

  // ...and a new one: #new-assessment adds, it replaces nothing.
  await page.locator('#new-assessment').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(page, '#idea-title', '');
  await page.locator('#idea-title').fill(MINE);
  await expectValue(page, '#idea-title', MINE);
  await showView(page, 'start');
  // Most recently changed first; each with its verdict badge.
  await expectRows(page, [
    { title: MINE, verdict: 'none' },
    { title: exampleTitle, verdict: 'desirable' },
  ]);
  const mineId = (await rows(page))[0].id;
  for (const r of await rows(page)) {
    const badge = (await page.locator(`${row(r.id)} .verdict-badge`).innerText()).trim();
    assert.ok(badge.length > 0, `row ${r.title}: the verdict badge has a visible name`);
  }

  // Rename with Enter: saved.
  await page.locator(`${row(exampleId)} button[data-action="rename"]`).click();
  const field = byId(`rename-${exampleId}`);
  await expectVisible(page, field);
  await expectProbe(page, 'the rename field has focus', (sel) => document.activeElement === document.querySelector(sel), field, true);
  await expectValue(page, field, exampleTitle);
  await page.locator(field).fill(RENAMED);
  await page.locator(field).press('Enter');
  await expectHidden(page, field);
  await expectProbe(
    page,
    'the renamed row title',
    (sel) => document.querySelector(sel)?.textContent.trim() ?? null,
    `${row(exampleId)} button[data-action="open"]`,
    RENAMED,
  );
  await expectProbe(page, 'the rename is saved', (k) => (localStorage.getItem(k) ?? '').includes('herzien'), LIBRARY_KEY, true);

  // Rename with Escape: nothing changes.
  await page.locator(`${row(exampleId)} button[data-action="rename"]`).click();
  await expectVisible(page, field);
  await expectValue(page, field, RENAMED);
  await page.locator(field).fill(NOT_SAVED);
  await page.locator(field).press('Escape');
  await expectHidden(page, field);
  await expectProbe(
    page,
    'the row title after Escape',
    (sel) => document.querySelector(sel)?.textContent.trim() ?? null,
    `${row(exampleId)} button[data-action="open"]`,
    RENAMED,
  );
  assert.deepEqual(await savedTitles(page), [RENAMED, MINE].sort(), 'saved titles after Escape');

  // Duplicate: a "(kopie)" opens, and is in the list.
  await page.locator(`${row(exampleId)} button[data-action="duplicate"]`).click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(page, '#idea-title', `${RENAMED} (kopie)`);
  await expectAttr(page, '#verdict', 'data-verdict', 'desirable');
  await showView(page, 'start');
  await expectRowCount(page, 3);
  const copy = (await rows(page)).find((r) => r.title === `${RENAMED} (kopie)`);
  assert.ok(copy, `a row "${RENAMED} (kopie)"`);
  assert.equal(copy.verdict, 'desirable', 'the copy has the verdict of the original');
  assert.ok(![exampleId, mineId].includes(copy.id), 'the copy has its own id');

  // Delete from the list, undo.
  const before = await rows(page);
  await page.locator(`${row(mineId)} button[data-action="delete"]`).click();
  await expectRowCount(page, 2);
  assert.ok((await noticeText(page)).includes(MINE), '#notice names the deleted assessment');
  await page.locator('#undo').click();
  await expectRowCount(page, 3);
  assert.deepEqual(await rows(page), before, 'rows after undo');
  await expectProbe(page, '#undo gone after undoing', () => document.querySelector('#undo') === null, null, true);
  await expectProbe(
    page,
    'the undone delete is saved',
    (k) => (JSON.parse(localStorage.getItem(k) ?? '{}').records ?? []).length,
    LIBRARY_KEY,
    3,
  );

  // Reload: everything as left.
  await reload();
  await expectAttr(page, 'button[data-view="start"]', 'aria-current', 'page');
  await expectRowCount(page, 3);
  assert.deepEqual(await rows(page), before, 'rows after reload');
  assert.deepEqual(await savedTitles(page), [RENAMED, `${RENAMED} (kopie)`, MINE].sort(), 'saved titles after reload');
});

const LEGACY = {
  format: 'wenselijk-session',
  version: 1,
  view: 'assess',
  assessment: {
    idea: { title: 'Oude beoordeling', action: 'Een sms bij een storing' },
    dimensions: { autonomy: { answer: { level: 2 }, note: 'Eerst toestemming vragen' } },
  },
};

e2e(
  'migration: a first-release session becomes the first assessment in the list',
  {
    // Only before the first load of this tab, so the reload sees what the app left.
    initScript: `(() => {
      if (!location.protocol.startsWith('http')) return;
      if (sessionStorage.getItem('e2e.seeded')) return;
      sessionStorage.setItem('e2e.seeded', '1');
      localStorage.setItem(${JSON.stringify(LEGACY_KEY)}, ${JSON.stringify(JSON.stringify(LEGACY))});
    })();`,
  },
  async ({ page, open, reload }) => {
    await open();
    // It opens where the user was, with the answer and note.
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectValue(page, '#idea-title', 'Oude beoordeling');
    await expectChecked(page, 'input[name="dim-autonomy"][value="2"]');
    await expectValue(page, '#dim-autonomy-note', 'Eerst toestemming vragen');
    await expectAttr(page, '#verdict', 'data-verdict', 'conditional');
    assert.equal(await page.locator('#notice').count(), 0, 'no notice after a clean migration');

    await showView(page, 'start');
    await expectRows(page, [{ title: 'Oude beoordeling', verdict: 'conditional' }]);

    // Stored in the new format; the old key is gone.
    await expectProbe(page, 'the old key is removed', (k) => localStorage.getItem(k), LEGACY_KEY, null);
    const lib = await library(page);
    assert.equal(lib?.format, 'wenselijk-library', 'format of the migrated library');
    assert.equal(lib?.version, 5, 'version of the migrated library');
    assert.equal(lib.records.length, 1, 'one record');
    assert.equal(lib.records[0].assessment.idea.title, 'Oude beoordeling');
    assert.deepEqual(lib.records[0].assessment.dimensions.autonomy, { answer: { level: 2 }, note: 'Eerst toestemming vragen' });
    assert.deepEqual(await storageKeys(page), [LIBRARY_KEY], 'localStorage keys after migration');

    // A reload reads the library: still one, not migrated twice.
    await reload();
    await expectAttr(page, 'button[data-view="start"]', 'aria-current', 'page');
    await expectRows(page, [{ title: 'Oude beoordeling', verdict: 'conditional' }]);
    assert.deepEqual(await storageKeys(page), [LIBRARY_KEY], 'localStorage keys after reload');
  },
);
