// The message check on the report surfaces (issue 13): the report view and
// print (read-only check, formula and kept versions open, marks with their
// kinds in words in print), its Markdown, and compare (the check's figures in
// the table and the Markdown). axe-core on each.
import {
  e2e, assert, expectAttr, expectVisible, expectProbe, showView, expectRowCount, byId, download, axeCheck,
} from './harness.mjs';

/** Markdown as read: backslash escapes of punctuation undone (`\\(` is `(`). */
const unescapeMd = (md) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

e2e('report: the message check read-only, in print and in the Markdown (nl)', async ({ page, open }) => {
  await open();
  await page.locator('button[data-example="government_help"]').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await page.locator('#open-report').click();
  await expectVisible(page, 'article#report');

  // Inside the idea: the check, read-only, with before and after.
  const r = '#report';
  await expectVisible(page, `${r} #msg-check-title`);
  await expectProbe(page, 'the band and reading ease', () => /Leesgemak/.test(document.querySelector('#report #msg-band')?.textContent ?? ''), null, true);
  assert.equal(await page.locator(`${r} #msg-lang`).count(), 0, 'no language choice in the report');
  assert.equal(await page.locator(`${r} .version-use, ${r} .version-forget`).count(), 0, 'no version buttons');
  assert.ok(await page.locator(`${r} details.msg-formula`).evaluate((d) => d.open), 'the formula is open');
  assert.ok(await page.locator(`${r} details#msg-kept`).evaluate((d) => d.open), 'the kept versions are open');
  const head = await page.locator(`${r} table#msg-versions thead th`).allInnerTexts();
  assert.deepEqual(head.map((h) => h.trim()), ['Cijfer', 'Eerste versie', 'Nu'], 'before and after columns');
  await axeCheck(page, 'report with the message check');

  // The Markdown: the section after the idea, before and after, the first version quoted.
  const md = unescapeMd((await download(page, () => page.locator('#download-markdown').click())).text);
  const at = (h) => md.indexOf(`\n## ${h}\n`);
  assert.ok(at('Het idee') < at('Berichtcheck') && at('Berichtcheck') < at('Uitkomst'), 'the section follows the idea');
  assert.ok(md.includes('| Cijfer | Eerste versie | Nu |'), 'before and after in the Markdown');
  assert.ok(md.includes('Dit is een schatting.'), 'the reading ease is labelled an estimate');
  assert.match(md, /\n> \S/, 'the first version is quoted');

  // A hard text in print: the hints go, each mark says its kinds in words.
  await page.locator('#back-to-assess').click();
  await showView(page, 'start');
  await page.locator('button[data-example="health_advice"]').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await page.locator('#open-report').click();
  await expectVisible(page, `${r} #msg-band`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator(`${r} .msg-check .hint`).first().isVisible(), false, 'no hints in print');
  const marks = await page.evaluate(() => [...document.querySelectorAll('#report .mk[data-kinds]')].map((m) => ({
    kinds: m.getAttribute('data-kinds'),
    after: getComputedStyle(m, '::after').content,
  })));
  if ((await page.locator(`${r} #msg-band`).innerText()).includes('moeilijker dan B1')) {
    assert.ok(marks.length > 0, 'a text harder than B1 has marks');
  }
  for (const m of marks) assert.ok(m.kinds && m.after.includes(m.kinds), `a mark prints its kinds: ${JSON.stringify(m)}`);
  await axeCheck(page, 'report of a hard text, print');
  await page.emulateMedia({ media: 'screen' });
});

e2e('compare: the message check figures side by side (en)', { locale: 'en-GB' }, async ({ page, open }) => {
  await open();
  for (const id of ['government_help', 'post_purchase']) {
    await showView(page, 'start');
    await page.locator(`button[data-example="${id}"]`).click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  }
  await showView(page, 'start');
  const list = await expectRowCount(page, 2);
  for (const row of list) await page.locator(byId(`cmp-${row.id}`)).check();
  await page.locator('#open-compare').click();
  await expectVisible(page, 'table#compare-table');
  const rows = await page.evaluate(() => [...document.querySelectorAll('#compare-message tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent.trim())));
  assert.equal(rows[0][0], 'Message check', 'a heading row');
  assert.deepEqual(
    rows.slice(1, 7).map((r) => r[0]),
    ['Words', 'Longest sentence', 'Negations', 'Officialese or in-house words', 'Reading ease', 'Level (estimate)'],
    'the figures compare shows',
  );
  for (const r of rows.slice(1, 7)) assert.equal(r.length, 3, `a label and two values: ${r}`);
  await axeCheck(page, 'compare with the message check');

  const md = unescapeMd((await download(page, () => page.locator('#compare-markdown').click())).text);
  assert.ok(md.includes('\n## Message check\n'), 'the comparison Markdown has the section');
  assert.match(md, /\| Figure \| A \| B \|/, 'with a column per assessment');
  assert.match(md, /\| Words \| \d+ \| \d+ \|/, 'words side by side');
});
