// Compare with customer groups (issue 12): the groups of one idea side by
// side (typical customer and each group: verdict, weakest link, confidence,
// every answer, the differing ones marked; the overlay radar), and the same
// group across ideas, matched by name whatever the capitals (an idea
// without it shows its typical customer, labelled so); the Markdown has the
// groups of each idea.
// axe-core on both views, in Dutch and English.
import {
  e2e, assert, expectAttr, expectVisible, expectProbe, expectRowCount, download, dismissNotice, byId, fixture,
} from './harness.mjs';

/** Unescaped Markdown (backslash escapes of punctuation undone). */
const unescapeMd = (md) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const tableProbe = (id) => {
  const t = document.querySelector(`table#${id}`);
  if (!t) return null;
  return {
    head: [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
    verdicts: [...t.querySelectorAll('tr.verdict-row .verdict-badge')].map((b) => b.getAttribute('data-verdict')),
    differs: [...t.querySelectorAll('td[data-differs]')].map((td) => [td.closest('tr').getAttribute('data-item'), td.cellIndex]),
  };
};

const WORDS = {
  nl: { typical: 'Gewone klant', missing: 'geen groep ‘Mensen met schulden’: gewone klant', differs: 'anders' },
  en: { typical: 'Typical customer', missing: 'no group ‘Mensen met schulden’: typical customer', differs: 'differs' },
};

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  e2e(`compare customer groups: one idea side by side, one group across ideas, Markdown; axe (${lang})`, { locale }, async ({ page, open, axe }) => {
    const w = WORDS[lang];
    const reports = [];
    await open();
    await expectAttr(page, 'html', 'lang', lang);
    await page.setInputFiles('#import-file', fixture('export-groups-rt.json'));
    await expectRowCount(page, 3);
    await dismissNotice(page);

    // One picked, with groups: its groups can be compared.
    assert.equal(await page.locator('#open-compare-groups').count(), 0, 'no #open-compare-groups before a pick');
    await page.locator(byId('cmp-e2e-groups-1')).check();
    await expectVisible(page, '#open-compare-groups');
    await page.locator('#open-compare-groups').click();
    await expectAttr(page, 'button[data-view="compare"]', 'aria-current', 'page');
    await expectVisible(page, 'table#group-compare-table');
    const one = await page.evaluate(tableProbe, 'group-compare-table');
    assert.deepEqual(one.head.slice(1), [w.typical, 'Mensen met schulden', 'Jonge app-gebruikers'], 'a column per group after the typical customer');
    assert.deepEqual(one.verdicts, ['desirable', 'crosses-line', 'desirable'], 'verdict per column');
    assert.deepEqual(one.differs, [['dim-time', 3], ['dim-trust', 2], ['dim-empathy', 2]], 'only the answers that differ are marked');
    const mark = await page.locator('tr[data-item="dim-empathy"] td[data-differs]').innerText();
    assert.ok(mark.includes(w.differs), `the mark is in words: ${mark}`);
    assert.match(await page.locator('table#group-compare-table tbody tr:nth-child(2)').innerText(), /1 /, 'weakest link row');
    await expectProbe(
      page,
      'series in svg#radar-overlay',
      () => [...document.querySelectorAll('svg#radar-overlay g.series')].map((g) => g.getAttribute('data-series')),
      null,
      [w.typical, 'Mensen met schulden', 'Jonge app-gebruikers'],
    );
    await axe(`groups of one idea (${lang})`, { collect: reports });

    // Two picked: the same group across them, for each name both share.
    await page.locator(byId('pick-e2e-groups-2')).check();
    await expectVisible(page, 'table#compare-table');
    await expectVisible(page, 'details.across summary');
    const summaries = await page.locator('details.across summary').allInnerTexts();
    assert.equal(summaries.length, 1, `one name is in both ideas (the two spellings count once): ${JSON.stringify(summaries)}`);
    assert.match(summaries[0], /^Mensen met schulden \(in 2 .* 2\)$/);
    assert.equal(await page.locator('details.across table').isVisible(), false, 'closed until the group is picked');
    await page.locator('details.across summary').click();
    await expectVisible(page, 'table#across-table-0');
    const across = await page.evaluate(tableProbe, 'across-table-0');
    assert.deepEqual(
      across.head.slice(1),
      ['A: Fixture: jaaroverzicht · Mensen met schulden', 'B: Fixture: zorgadvies · mensen met SCHULDEN'],
      'each idea with its own group of that name',
    );
    assert.deepEqual(across.verdicts, ['crosses-line', 'conditional'], "the group's verdict in each idea");
    assert.deepEqual(across.differs, [['dim-trust', 1], ['dim-empathy', 1], ['dim-autonomy', 2]], "marked against each idea's typical customer");
    await axe(`same group across ideas (${lang})`, { collect: reports });

    // A third idea without that group shows its typical customer, labelled so.
    await page.locator(byId('pick-e2e-groups-3')).check();
    await expectVisible(page, 'table#across-table-0');
    await expectProbe(
      page,
      'the idea without the group shows its typical customer',
      () => [...document.querySelectorAll('table#across-table-0 thead th')].slice(1).map((th) => th.textContent.trim()),
      null,
      ['A: Fixture: jaaroverzicht · Mensen met schulden', 'B: Fixture: zorgadvies · mensen met SCHULDEN', `C: Fixture: nieuwsbrief · ${w.missing}`],
    );

    // The Markdown has the groups of each idea.
    const md = unescapeMd((await download(page, () => page.locator('#compare-markdown').click())).text);
    const [groupsOfA, groupsOfB] = lang === 'nl' ? ['## Klantgroepen van A', '## Klantgroepen van B'] : ['## Customer groups of A', '## Customer groups of B'];
    assert.ok(!md.includes(lang === 'nl' ? 'Klantgroepen van C' : 'Customer groups of C'), 'no group section for an idea without groups');
    for (const s of [groupsOfA, groupsOfB]) assert.ok(md.includes(s), `the Markdown has "${s}"`);
    if (reports.length) assert.fail(reports.join('\n'));
  });
}
