// Export and import files: a round trip into a fresh browser profile, clashing
// ids (keep both, replace, cancel), and files that must change nothing
// (malformed, from the future) or must stay inert text (HTML in titles).
import path from 'node:path';
import {
  e2e, assert, expectAttr, expectVisible, expectHidden, expectProbe, expectValue, showView, choose,
  rows, expectRowCount, row, download, library, noticeText, dismissNotice, fixture, scratchDir,
} from './harness.mjs';

const TITLE = 'Export-test: herinnering apk';
const SCRIPT_TITLE = "<script>window.__pwned = 'script'</script>";
const IMG_TITLE = '<img src="x" onerror="window.__pwned = \'img\'">';

/** Imports a file through the hidden file input, as the picker would. */
const importFile = (page, file) => page.setInputFiles('#import-file', file);

/** Rows without order: sorted by id. */
const sortedRows = async (page) => (await rows(page)).sort((a, b) => a.id.localeCompare(b.id));

e2e('export all, import into a fresh profile, clashing ids, bad and hostile files', async ({ page, open, newSession }) => {
  await open();
  await page.locator('button[data-example="health_advice"]').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await showView(page, 'start');
  await page.locator('#new-assessment').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await page.locator('#idea-title').fill(TITLE);
  await choose(page, 'dim-autonomy', '2');
  await expectAttr(page, '#verdict', 'data-verdict', 'conditional');
  await showView(page, 'start');
  const original = (await expectRowCount(page, 2)).sort((a, b) => a.id.localeCompare(b.id));

  // Export: a pretty-printed wenselijk-export file with both records.
  const saved = path.join(scratchDir(), 'export-all.json');
  const file = await download(page, () => page.locator('#export-all').click(), { saveTo: saved });
  assert.match(file.name, /^wenselijk-\d{4}-\d{2}-\d{2}\.json$/, 'file name');
  const doc = JSON.parse(file.text);
  assert.equal(doc.format, 'wenselijk-export', 'format');
  assert.equal(doc.version, 4, 'version');
  assert.equal(typeof doc.exported, 'number', 'exported is a timestamp');
  assert.ok(Array.isArray(doc.assessments), 'assessments is an array');
  assert.deepEqual(
    doc.assessments.map((r) => r.id).sort(),
    original.map((r) => r.id),
    'the file holds the ids of the list',
  );
  for (const r of original) {
    const rec = doc.assessments.find((x) => x.id === r.id);
    assert.equal(rec.assessment.idea.title, r.title, `title of ${r.id}`);
    assert.equal(typeof rec.created, 'number', `created of ${r.id}`);
    assert.equal(typeof rec.updated, 'number', `updated of ${r.id}`);
  }
  const mine = doc.assessments.find((r) => r.assessment.idea.title === TITLE);
  assert.deepEqual(mine.assessment.dimensions, { autonomy: { answer: { level: 2 } } }, 'the answers of the new one');
  assert.equal(doc.assessments.find((r) => r !== mine).assessment.example, 'health_advice', 'the example keeps its origin');

  // A fresh profile: nothing yet; import the file.
  const other = await newSession();
  const p2 = other.page;
  await other.open();
  assert.equal(await p2.locator('table#assessments tr[data-id]').count(), 0, 'the fresh profile has no rows');
  await importFile(p2, saved);
  await expectRowCount(p2, 2);
  assert.deepEqual(await sortedRows(p2), original, 'imported rows: same ids, titles and verdicts');
  assert.match(await noticeText(p2), /2 toegevoegd, 0 vervangen/, 'notice after the first import');

  // The same file again: the ids exist, so the app asks.
  await dismissNotice(p2);
  await importFile(p2, saved);
  await expectVisible(p2, '#import-dialog');
  assert.equal(await p2.locator('table#assessments tr[data-id]').count(), 2, 'nothing changes while the dialog is open');
  await expectProbe(p2, 'focus moves into the dialog', () => !!document.activeElement?.closest('#import-dialog'), null, true);
  await p2.locator('#import-keep-both').click();
  await expectHidden(p2, '#import-dialog');
  const doubled = await expectRowCount(p2, 4);
  assert.deepEqual(doubled.map((r) => r.title).sort(), [...original, ...original].map((r) => r.title).sort(), 'keep both: every title twice');
  assert.equal(new Set(doubled.map((r) => r.id)).size, 4, 'keep both: four distinct ids');
  assert.match(await noticeText(p2), /2 toegevoegd, 0 vervangen/, 'notice after keep both');

  // Once more: replace keeps the count.
  await dismissNotice(p2);
  await importFile(p2, saved);
  await expectVisible(p2, '#import-dialog');
  await p2.locator('#import-replace').click();
  await expectHidden(p2, '#import-dialog');
  assert.match(await noticeText(p2), /0 toegevoegd, 2 vervangen/, 'notice after replace');
  await expectRowCount(p2, 4);
  assert.deepEqual(await sortedRows(p2), [...doubled].sort((a, b) => a.id.localeCompare(b.id)), 'replace: same rows');

  // And cancel changes nothing, not even in storage.
  await dismissNotice(p2);
  const libBefore = await library(p2);
  const rowsBefore = await rows(p2);
  await importFile(p2, saved);
  await expectVisible(p2, '#import-dialog');
  await p2.locator('#import-cancel').click();
  await expectHidden(p2, '#import-dialog');
  assert.deepEqual(await rows(p2), rowsBefore, 'cancel: rows unchanged');
  assert.deepEqual(await library(p2), libBefore, 'cancel: storage unchanged');
  assert.equal(await p2.locator('#notice').count(), 0, 'cancel: no notice');

  // Files that cannot be read: a notice naming the problem, nothing changes.
  for (const [name, pattern] of [
    ['export-malformed.json', /kon niet gelezen worden: geen geldige inhoud/],
    ['export-future.json', /nieuwere versie \(formaat 99\)/],
  ]) {
    await importFile(p2, fixture(name));
    const text = await noticeText(p2);
    assert.match(text, pattern, `#notice for ${name}`);
    assert.match(text, /Er is niets veranderd/, `#notice for ${name} says nothing changed`);
    assert.equal(await p2.locator('#import-dialog').count(), 0, `no import dialog for ${name}`);
    assert.deepEqual(await rows(p2), rowsBefore, `rows after ${name}`);
    assert.deepEqual(await library(p2), libBefore, `storage after ${name}`);
    await dismissNotice(p2);
  }

  // HTML in titles is imported as text: no element made, nothing run.
  const countElements = () => p2.evaluate(() => document.querySelectorAll('script, img').length);
  const elementsBefore = await countElements();
  await importFile(p2, fixture('export-hostile.json'));
  assert.match(await noticeText(p2), /2 toegevoegd, 0 vervangen/, 'notice after the hostile file');
  await expectRowCount(p2, 6);
  for (const title of [SCRIPT_TITLE, IMG_TITLE]) {
    const open = p2.locator('table#assessments button[data-action="open"]', { hasText: title });
    assert.equal(await open.count(), 1, `one row titled ${title}`);
    assert.equal(await open.innerText(), title, `the title shows literally: ${title}`);
    assert.ok(await open.isVisible(), `the title is visible: ${title}`);
  }
  assert.equal(await countElements(), elementsBefore, 'no script or img element was created');
  assert.equal(await p2.evaluate(() => window.__pwned ?? null), null, 'nothing ran');

  // Open it, and its report: still text.
  await p2.locator(`${row('e2e-hostile-1')} button[data-action="open"]`).click();
  await expectAttr(p2, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(p2, '#idea-title', SCRIPT_TITLE);
  assert.equal(await p2.locator('main h1').innerText(), SCRIPT_TITLE, 'the h1 shows the title literally');
  await p2.locator('#open-report').click();
  await expectVisible(p2, 'article#report');
  assert.equal(await p2.locator('#report-title').innerText(), SCRIPT_TITLE, 'the report title shows literally');
  assert.equal(await p2.evaluate(() => document.querySelectorAll('main script, main img, main b, main i').length), 0, 'no markup in the report');
  assert.equal(await p2.evaluate(() => window.__pwned ?? null), null, 'nothing ran');
});
