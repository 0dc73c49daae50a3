// Share links: the whole assessment in the URL fragment, opened in another
// browser profile, read-only until saved; a damaged link changes nothing.
import {
  e2e, assert, expectAttr, expectVisible, expectHidden, expectProbe, showView, choose,
  expectRows, expectRowCount, row, library, noticeText, download, fixture, LIBRARY_KEY, expectSavedCount,
} from './harness.mjs';

const TITLE = 'Gedeeld: brief over de toeslag';

e2e('share link: copy it, open it in another profile, save a copy; a cut-off link; too long for a link', async ({ page, context, origin, open, newSession }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await open();
  await page.locator('button[data-example="government_help"]').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await page.locator('#idea-title').fill(TITLE);
  await choose(page, 'dim-trust', '2');
  const verdict = await page.locator('#verdict').getAttribute('data-verdict');
  assert.equal(verdict, 'conditional', 'verdict of the shared assessment');

  // The share panel: a read-only field with the link, and a copy button.
  await expectAttr(page, '#share-link', 'aria-expanded', 'false');
  await page.locator('#share-link').click();
  await expectAttr(page, '#share-link', 'aria-expanded', 'true');
  await expectVisible(page, '#share-panel');
  await expectVisible(page, 'input#share-url');
  assert.equal(await page.locator('#share-url').evaluate((el) => el.readOnly), true, '#share-url is readonly');
  assert.equal(await page.locator('#share-too-long').count(), 0, 'this assessment fits in a link');
  const url = await page.locator('#share-url').inputValue();
  assert.ok(url.startsWith(`${origin}/#s4.`), `the link is this app with a #s4. fragment: ${url.slice(0, 60)}...`);
  assert.ok(!url.includes(encodeURIComponent(TITLE)) && !url.includes(TITLE), 'the title is not readable in the link');

  await page.locator('#copy-link').click();
  assert.match(await noticeText(page), /klembord/, '#notice says the link was copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url, 'the clipboard holds the link');

  // Another profile opens the link: a read-only report and a banner.
  const other = await newSession();
  const p2 = other.page;
  await other.open(url.slice(origin.length));
  await expectVisible(p2, '#shared-banner');
  await expectVisible(p2, 'article#report');
  await expectVisible(p2, '#save-shared');
  await expectVisible(p2, '#close-shared');
  await expectProbe(p2, 'the shared title', () => document.querySelector('article#report h1')?.textContent.trim() ?? null, null, TITLE);
  assert.equal(await p2.locator('main input, main textarea').count(), 0, 'the shared view is read-only: no form fields');
  await expectProbe(
    p2,
    'nothing saved in the other profile yet',
    (k) => (JSON.parse(localStorage.getItem(k) ?? '{"records":[]}').records ?? []).length,
    LIBRARY_KEY,
    0,
  );
  assert.equal(await p2.locator('main button[data-view="assess"], header button[data-view="assess"]').count(), 0, 'no assess view yet');

  // Save a copy: it opens, is in the list, and the fragment is gone.
  await p2.locator('#save-shared').click();
  await expectAttr(p2, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectHidden(p2, '#shared-banner');
  await expectProbe(p2, '#idea-title of the saved copy', () => document.querySelector('#idea-title')?.value ?? null, null, TITLE);
  await expectAttr(p2, '#verdict', 'data-verdict', verdict);
  await expectProbe(p2, 'location.hash after saving', () => location.hash, null, '');
  await showView(p2, 'start');
  await expectRows(p2, [{ title: TITLE, verdict }]);
  await expectSavedCount(p2, 1, 'one record saved in the other profile');
  const lib = await library(p2);
  assert.equal(lib.records[0].assessment.idea.title, TITLE);
  assert.deepEqual(lib.records[0].assessment.dimensions.trust?.answer, { level: 2 }, 'the changed answer came along');

  // A link cut in half, in a third profile: a notice, and the app as usual.
  const third = await newSession();
  const p3 = third.page;
  const payload = url.split('#s4.')[1];
  await third.open(`/#s4.${payload.slice(0, Math.floor(payload.length / 2))}`);
  assert.match(await noticeText(p3), /beschadigd of onvolledig/, '#notice for a cut-off link');
  await expectAttr(p3, 'button[data-view="start"]', 'aria-current', 'page');
  assert.equal(await p3.locator('#shared-banner').count(), 0, 'no shared view for a cut-off link');
  assert.equal(await p3.locator('table#assessments tr[data-id]').count(), 0, 'nothing was added');
  await p3.locator('button[data-example="bank_wrapped"]').click();
  await expectAttr(p3, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectVisible(p3, 'svg#radar');

  // Too large for a link: the panel says so and offers a file instead.
  await showView(p3, 'start');
  await p3.setInputFiles('#import-file', fixture('export-large.json'));
  await expectRowCount(p3, 2);
  await p3.locator(`${row('e2e-large-1')} button[data-action="open"]`).click();
  await expectAttr(p3, 'button[data-view="assess"]', 'aria-current', 'page');
  await p3.locator('#share-link').click();
  await expectVisible(p3, '#share-too-long');
  assert.equal(await p3.locator('#share-url').count(), 0, 'no link offered when it is too long');
  const file = await download(p3, () => p3.locator('#share-as-file').click());
  assert.match(file.name, /\.json$/, `file name ${file.name}`);
  const doc = JSON.parse(file.text);
  assert.equal(doc.format, 'wenselijk-export');
  assert.deepEqual(doc.assessments.map((r) => r.id), ['e2e-large-1'], 'the file holds this one assessment');
});
