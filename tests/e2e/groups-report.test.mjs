// Issue 12: customer groups in the report of one assessment, in Dutch and in
// English: an assessment with two groups (imported from a file), its report
// on screen and in print (the groups section: the overall rule, the table,
// each group with only what differs, most urgent first), axe-core on it, the
// Markdown, and the same section in the read-only view of a share link.
// Group names, descriptions and notes hold HTML and Markdown characters:
// they must stay text.
import {
  e2e, assert, expectAttr, expectVisible, expectProbe, expectRowCount, row, download, fixture, openShareLink, expectPdf,
} from './harness.mjs';

const FILE = fixture('export-groups.json');
const NAME = 'Mensen met geldzorgen <b>Geheim</b>';

/** What each language shows; the group names are the user's and do not change. */
const TEXTS = {
  'nl-NL': {
    lang: 'nl',
    groups: 'Klantgroepen',
    rule: `Omdat het idee voor ‘${NAME}’ over de grens gaat, maar voor de gewone klant niet, is het totaaloordeel hoogstens ‘Wenselijk onder voorwaarden’.`,
    typical: 'Gewone klant',
    differs: ['Vertrouwen tot handelen', 'Empathie'],
    others: ['Autonomie'],
    noAdvice: 'Geen eigen advies. Het advies voor de gewone klant geldt ook hier.',
    share: 'Aandeel van de klanten: 15%',
  },
  'en-US': {
    lang: 'en',
    groups: 'Customer groups',
    rule: `Because the idea crosses the line for ‘${NAME}’ but not for the typical customer, the overall verdict is at most ‘Desirable if conditions are met’.`,
    typical: 'Typical customer',
    differs: ['Trust to act', 'Empathy'],
    others: ['Autonomy'],
    noAdvice: 'No advice of its own. The advice for the typical customer applies here too.',
    share: 'Share of the customers: 15%',
  },
};

/** The groups section as the reader sees it (self-contained page probe). */
const groupsProbe = () => {
  const s = document.querySelector('#report-groups');
  if (!s) return null;
  const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  return {
    heading: text(s.querySelector('h2')),
    rule: text(s.querySelector('#groups-rule')),
    rows: [...s.querySelectorAll('#groups-table tbody tr')].map((tr) => [
      tr.getAttribute('data-group'),
      text(tr.querySelector('th')),
      tr.querySelector('.verdict-badge')?.getAttribute('data-verdict') ?? null,
    ]),
    sections: [...s.querySelectorAll('section.report-group')].map((g) => ({
      id: g.id,
      heading: text(g.querySelector('h3')),
      description: text(g.querySelector('.group-description')),
      facts: [...g.querySelectorAll('.group-facts li')].map(text),
      differs: [...g.querySelectorAll('table.group-differences tbody th')].map(text),
      notes: [...g.querySelectorAll('table.group-differences tbody td.user-text')].map(text),
      paragraphs: [...g.querySelectorAll(':scope > p')].map(text),
      advice: g.querySelectorAll('.group-advice > li').length,
    })),
    // User text that looks like HTML must not have become elements.
    elements: s.querySelectorAll('b').length,
  };
};

/** Checks the groups section against the language's texts. */
async function expectGroups(page, t) {
  await expectVisible(page, '#report-groups');
  const g = await page.evaluate(groupsProbe);
  assert.equal(g.heading, t.groups);
  assert.equal(g.rule, t.rule, 'the overall rule names the group that crosses the line');
  assert.deepEqual(g.rows, [
    ['typical', t.typical, 'desirable'], // their own verdict; the overall one is capped
    ['0', `1. ${NAME}`, 'crosses-line'],
    ['1', '2. Jonge klanten', 'desirable'],
  ]);
  assert.deepEqual(g.sections.map((x) => x.id), ['group-0', 'group-1'], 'most urgent first');
  const [money, young] = g.sections;
  assert.equal(money.heading, `1. ${NAME}`);
  assert.equal(money.description, 'Klanten met schulden | # niet openbaar');
  assert.ok(money.facts.includes(t.share), `facts: ${JSON.stringify(money.facts)}`);
  assert.deepEqual(money.differs, t.differs, 'only the answers that differ');
  assert.deepEqual(money.notes, ['Geheime notitie: zij schrikken', '–']);
  assert.ok(money.advice >= 2, 'its own advice on trust and empathy');
  assert.deepEqual(young.differs, t.others);
  assert.ok(young.paragraphs.includes(t.noAdvice), `young: ${JSON.stringify(young.paragraphs)}`);
  assert.equal(g.elements, 0, 'no <b> element from a group name');
}

for (const [locale, t] of Object.entries(TEXTS)) {
  e2e(`report with two customer groups (${t.lang}): screen, axe, Markdown, print, shared link`, { locale, timeout: 90_000 }, async ({ page, open, axe, newSession }) => {
    await open();
    await expectAttr(page, 'html', 'lang', t.lang);
    await page.setInputFiles('#import-file', FILE);
    await expectRowCount(page, 1);
    await page.locator(`${row('e2e-groups-1')} button[data-action="open"]`).click();
    await expectAttr(page, '#verdict', 'data-verdict', 'conditional');

    await page.locator('#open-report').click();
    await expectVisible(page, 'article#report');
    await expectGroups(page, t);
    await axe(`report with customer groups (${t.lang})`);

    // The Markdown has the same section, the names escaped.
    const md = await download(page, () => page.locator('#download-markdown').click());
    assert.ok(md.text.includes(`\n## ${t.groups}\n`), 'the Markdown has the groups section');
    assert.ok(md.text.includes('| 1. Mensen met geldzorgen &lt;b&gt;Geheim&lt;/b&gt; |'), 'the name escaped in the table');
    assert.ok(md.text.includes('Klanten met schulden \\| \\# niet openbaar'), 'the description escaped');
    assert.ok(!md.text.includes('<b>'), 'no HTML from a group name');
    assert.ok(md.text.indexOf('\n### 1. ') < md.text.indexOf('\n### 2. '), 'most urgent first');

    // Print: the section is shown, may span pages, keeps each group together.
    await page.emulateMedia({ media: 'print' });
    await expectProbe(page, 'print layout of the groups', () => {
      const css = (sel) => {
        const el = document.querySelector(sel);
        return el ? [getComputedStyle(el).display, getComputedStyle(el).breakInside] : null;
      };
      return { section: css('#report-groups'), group: css('#group-0'), actions: css('.report-actions') };
    }, null, { section: ['block', 'auto'], group: ['block', 'avoid'], actions: ['none', 'auto'] });
    assert.ok(await page.locator('#group-1').isVisible(), 'the last group is printed');
    await expectPdf(page);

    // A share link opened in a fresh browser: the read-only view shows the groups too.
    await page.locator('#back-to-assess').click();
    const other = await openShareLink(page, newSession, { locale });
    await expectGroups(other.page, t);
    await other.axe(`shared view with customer groups (${t.lang})`);
  });
}
