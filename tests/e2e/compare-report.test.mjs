// Compare an example with a variant; the report of one assessment: Markdown,
// clipboard, print styles, a screenshot and a PDF.
import fs from 'node:fs';
import path from 'node:path';
import {
  e2e, assert, expectAttr, expectChecked, expectValue, expectVisible, expectHidden, expectProbe, showView, choose,
  expectRowCount, row, byId, download, noticeText, TARGET,
} from './harness.mjs';

const DIMENSIONS_NL = ['Complexiteit', 'Taal', 'Plaats', 'Tijd', 'Individuele relevantie', 'Vertrouwen tot handelen', 'Empathie', 'Autonomie'];
/** Markdown as read: backslash escapes of punctuation undone (`\\(` is `(`). */
const unescapeMd = (md) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const VERDICT_NL = { desirable: 'Wenselijk', conditional: 'Wenselijk onder voorwaarden', 'crosses-line': 'Gaat over de schreef' };

e2e('compare an example with its variant: overlay, table, changes, Markdown', async ({ page, open }) => {
  await open();
  await page.locator('button[data-example="post_purchase"]').click();
  await expectAttr(page, '#verdict', 'data-verdict', 'desirable');
  const title = await page.locator('#idea-title').inputValue();
  const before = Number(await page.locator('input[name="dim-autonomy"]:checked').getAttribute('value'));
  assert.ok(before >= 3, `the example scores autonomy ${before}`);
  const after = 2;

  // A variant: the toolbar's duplicate, then one changed score.
  await page.locator('#duplicate').click();
  await expectValue(page, '#idea-title', `${title} (kopie)`);
  await choose(page, 'dim-autonomy', String(after));
  await expectAttr(page, '#verdict', 'data-verdict', 'conditional');

  // Pick both in the list: #open-compare appears with the second.
  await showView(page, 'start');
  const list = await expectRowCount(page, 2);
  const original = list.find((r) => r.title === title);
  const variant = list.find((r) => r.title === `${title} (kopie)`);
  assert.ok(original && variant, 'both rows are listed');
  await page.locator(byId(`cmp-${original.id}`)).check();
  await expectChecked(page, byId(`cmp-${original.id}`));
  assert.equal(await page.locator('#open-compare').count(), 0, 'no #open-compare with one picked');
  await page.locator(byId(`cmp-${variant.id}`)).check();
  await expectVisible(page, '#open-compare');
  await page.locator('#open-compare').click();
  await expectAttr(page, 'button[data-view="compare"]', 'aria-current', 'page');
  await expectChecked(page, byId(`pick-${original.id}`));
  await expectChecked(page, byId(`pick-${variant.id}`));

  // The overlay: one series each, A the original, B the variant.
  await expectVisible(page, 'svg#radar-overlay');
  await expectProbe(
    page,
    'series in svg#radar-overlay',
    () => [...document.querySelectorAll('svg#radar-overlay g.series')].map((g) => g.getAttribute('data-series')),
    null,
    ['A', 'B'],
  );
  const shapes = await page.evaluate(() => [...document.querySelectorAll('svg#radar-overlay g.series polygon')].map((p) => p.getAttribute('points')));
  assert.notEqual(shapes[0], shapes[1], 'the two shapes differ');

  // The table: both titles, both verdicts, and the one difference.
  const table = await page.evaluate(() => {
    const t = document.querySelector('table#compare-table');
    return {
      head: [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
      verdicts: [...t.querySelectorAll('tr.verdict-row .verdict-badge')].map((b) => b.getAttribute('data-verdict')),
      deltas: [...t.querySelectorAll('.delta')].map((d) => ({
        row: d.closest('tr').querySelector('th').textContent.trim(),
        text: d.textContent.trim(),
      })),
    };
  });
  assert.deepEqual(table.head.slice(1), [`A: ${title}`, `B: ${title} (kopie)`], 'table columns');
  assert.deepEqual(table.verdicts, ['desirable', 'conditional'], 'verdict row');
  assert.deepEqual(table.deltas, [{ row: 'Autonomie', text: `(${after - before})` }], 'the only difference in the table');

  // What changed: the dimension, old → new.
  const changes = await page.locator('section.changes li').allInnerTexts();
  const autonomy = changes.filter((c) => c.startsWith('Autonomie'));
  assert.equal(autonomy.length, 1, `one change names Autonomie: ${JSON.stringify(changes)}`);
  assert.match(autonomy[0], new RegExp(`^Autonomie: ${before} .+ → ${after} .+`), 'the change reads "Autonomie: old → new"');

  // Markdown of the comparison.
  const md = await download(page, () => page.locator('#compare-markdown').click());
  assert.match(md.name, /\.md$/, `file name ${md.name}`);
  const mdText = unescapeMd(md.text);
  assert.ok(mdText.includes(`**A**: ${title} |`), 'the Markdown names the original as A');
  assert.ok(mdText.includes(`**B**: ${title} (kopie) |`), 'the Markdown names the variant as B');
  assert.ok(mdText.includes(`(${after - before})`), 'the Markdown has the difference');
  assert.match(mdText, new RegExp(`Autonomie\\*\\*: ${before} .+ → ${after} `), 'the Markdown lists the change');

  // One unpicked: the hint instead of the comparison.
  await page.locator(byId(`pick-${variant.id}`)).uncheck();
  await expectVisible(page, '#compare-hint');
  await expectHidden(page, 'svg#radar-overlay');
});

e2e('report: Markdown download and copy, print styles, screenshot and PDF', async ({ page, context, origin, open }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await open();
  await page.locator('button[data-example="post_purchase"]').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  const title = await page.locator('#idea-title').inputValue();
  const verdict = await page.locator('#verdict').getAttribute('data-verdict');

  await page.locator('#open-report').click();
  await expectVisible(page, 'article#report');
  await expectProbe(page, 'the report title', () => document.querySelector('#report-title')?.textContent.trim() ?? null, null, title);
  for (const id of ['#print', '#download-markdown', '#copy-markdown', '#back-to-assess']) await expectVisible(page, id);

  const md = await download(page, () => page.locator('#download-markdown').click());
  assert.match(md.name, /^wenselijk-.+\.md$/, `file name ${md.name}`);
  const mdText = unescapeMd(md.text);
  assert.ok(mdText.startsWith(`# ${title}\n`), `the Markdown starts with the title: ${JSON.stringify(md.text.slice(0, 60))}`);
  assert.ok(mdText.includes(VERDICT_NL[verdict]), `the Markdown names the verdict ${VERDICT_NL[verdict]}`);
  for (const name of DIMENSIONS_NL) assert.ok(mdText.includes(name), `the Markdown names the dimension ${name}`);

  await page.locator('#copy-markdown').click();
  assert.match(await noticeText(page), /klembord/, '#notice says the report was copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), md.text, 'the clipboard holds the same Markdown');
  await page.locator('#dismiss-notice').click();

  // Print: only the document.
  await page.emulateMedia({ media: 'print' });
  const display = (sel) => page.evaluate((s) => {
    const el = document.querySelector(s);
    return el ? getComputedStyle(el).display : '<no element>';
  }, sel);
  // Not rendered: display none on the element or on an ancestor (the
  // report's buttons sit in a .no-print group, hidden as a whole).
  const hiddenBy = (sel) => page.evaluate((s) => {
    for (let el = document.querySelector(s); el; el = el.parentElement) {
      if (getComputedStyle(el).display === 'none') return el === document.querySelector(s) ? 'itself' : `ancestor ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
    }
    return document.querySelector(s) ? 'rendered' : '<no element>';
  }, sel);
  assert.equal(await display('.site-header'), 'none', '.site-header is display:none in print');
  for (const sel of ['#print', '#download-markdown', '#copy-markdown', '#back-to-assess', '.site-footer', 'nav']) {
    assert.notEqual(await hiddenBy(sel), 'rendered', `${sel} is not rendered in print`);
    assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} is not visible in print`);
  }
  assert.notEqual(await display('article#report'), 'none', 'article#report is shown in print');
  assert.ok(await page.locator('article#report').isVisible(), 'article#report is visible in print');
  const shot = path.join(TARGET, 'print-report.png');
  fs.rmSync(shot, { force: true });
  await page.screenshot({ path: shot, fullPage: true });
  const png = fs.readFileSync(shot);
  assert.ok(png.length > 1000, `screenshot ${shot} has content (${png.length} bytes)`);
  assert.equal(png.subarray(1, 4).toString(), 'PNG', 'the screenshot is a PNG');

  const pdfPath = path.join(TARGET, 'report.pdf');
  fs.rmSync(pdfPath, { force: true });
  await page.pdf({ path: pdfPath, format: 'A4' });
  const pdf = fs.readFileSync(pdfPath);
  assert.ok(pdf.length > 10 * 1024, `the PDF is larger than 10 KB (${pdf.length} bytes)`);
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF', 'the file is a PDF');

  // Back on screen: the header again, and back to the form.
  await page.emulateMedia({ media: 'screen' });
  assert.notEqual(await display('.site-header'), 'none', 'the header is back on screen');
  await page.locator('#back-to-assess').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectValue(page, '#idea-title', title);
});
