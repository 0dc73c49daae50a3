// The message check (issue 13) as a team meets it, in Dutch and English:
// paste a hard customer text and leave the field; see the marks (officialese,
// negation, possibly passive, long sentence), the band and the suggested
// Taal step, which never sets the team's answer; choose a mark with the
// keyboard; rewrite the text plainly and see the before-and-after figures
// improve; reload and find both versions; the report shows the check; use
// an earlier version again; forget one and undo. axe-core on each new state
// of the panel. In English also: the text's language is guessed apart from
// the interface's, and choosing it changes the reading (the formula).
import {
  e2e, assert, expectAttr, expectProbe, expectVisible, expectHidden, expectValue, tabTo, focused,
  download, noticeText, library, LIBRARY_KEY,
} from './harness.mjs';
import {
  HARD_NL, PLAIN_NL, HARD_EN, PLAIN_EN, UI, writeMessage, expectKinds, expectMarked, expectBand, expectVersionsTable,
  assertImproves, keptProbe, expectKeptCount, openKept, assertMarksDescribed, suggestionProbe, marksProbe, num,
} from './message-helpers.mjs';

const JOURNEYS = [
  {
    lang: 'nl',
    hard: HARD_NL,
    plain: PLAIN_NL,
    officialese: ['indien', 'teneinde', 'middels'],
    negations: ['niet', 'geen'],
    passive: 'verzonden',
    textLang: 'Nederlands',
  },
  {
    lang: 'en',
    hard: HARD_EN,
    plain: PLAIN_EN,
    officialese: ['in order to', 'by means of', 'furnish'],
    negations: ['not'],
    passive: 'sent',
    textLang: 'English',
  },
];

for (const j of JOURNEYS) {
  const w = UI[j.lang];

  e2e(`message check journey (${j.lang}): hard text marked, suggestion only, keyboard, rewrite, reload, report, use again, forget and undo`, { timeout: 120_000 }, async ({ page, open, reload, axe: axeRun, requests }) => {
    const reports = [];
    const axe = (label) => axeRun(`${label} (${j.lang})`, { collect: reports });
    await open();
    if (j.lang === 'en') {
      // The interface in English; the text's language is guessed on its own.
      await page.locator('#lang-switch').click();
      await expectAttr(page, 'html', 'lang', 'en');
    }
    await page.locator('#new-assessment').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');

    // No text yet: the empty state, and the word list is not fetched yet.
    await expectVisible(page, '#msg-check-title');
    await expectVisible(page, '#msg-empty');
    assert.equal(requests.filter((r) => r.url.endsWith('/message-words.json')).length, 0, 'no word list before there is a text');

    // Paste the hard text and leave the field.
    await writeMessage(page, j.hard);
    await expectHidden(page, '#msg-empty');
    await expectKinds(page, ['mk-officialese', 'mk-negation', 'mk-passive', 'mk-long']);
    await expectMarked(page, 'mk-officialese', j.officialese);
    await expectMarked(page, 'mk-negation', j.negations);
    await expectMarked(page, 'mk-passive', [j.passive]);
    await expectHidden(page, '#msg-words-loading');
    assert.equal(await page.locator('#msg-words-failed').count(), 0, 'the word list loaded');
    // The text's language is guessed (the auto option says which).
    await expectProbe(page, 'the auto option names the guess', () => document.querySelector('#msg-lang option[value="auto"]')?.textContent.trim() ?? null, null, w.auto(j.textLang));
    await expectValue(page, '#msg-lang', 'auto');
    await expectAttr(page, '#msg-marked', 'lang', j.lang);
    // Long sentences: inside span.long-sentence, a button with their number of words (over 20).
    const longs = await page.locator('span.long-sentence > button.mk-long').allTextContents();
    assert.ok(longs.length >= 1, 'at least one long sentence marked');
    for (const t of longs) {
      const m = t.trim().match(w.longMark);
      assert.ok(m && Number(m[1]) > 20, `a long sentence's mark says its words (over 20): ${t}`);
    }
    await expectBand(page, 'band-hard', w.hard);
    assert.ok(num(await page.locator('#msg-words').innerText()) > 40, '#msg-words counts the words');
    assert.ok(num(await page.locator('#msg-longest').innerText()) > 20, '#msg-longest is over 20 words');
    await expectHidden(page, '#msg-none');
    await expectVisible(page, '#msg-findings');
    const described = await assertMarksDescribed(page);
    assert.ok(described >= 6, `marks: ${JSON.stringify(await page.evaluate(marksProbe))}`);
    assert.ok(await page.locator('#msg-address').innerText(), '#msg-address says whether the text speaks to the reader');
    assert.ok(await page.locator('#msg-next-step').innerText(), '#msg-next-step says whether it ends with a step');

    // The suggested Taal step, with its reasons, inside the Taal dimension; no answer set.
    await expectVisible(page, '#dim-language #msg-suggest-language');
    const suggestion = await page.evaluate(suggestionProbe, 'msg-suggest-language');
    assert.ok(suggestion.level >= 1 && suggestion.level <= 2, `a low suggested step for a hard text: ${JSON.stringify(suggestion)}`);
    assert.ok(suggestion.reasons.length >= 3, `with its reasons: ${JSON.stringify(suggestion)}`);
    assert.match(await page.locator('#msg-suggest-language').innerText(), new RegExp(w.suggests));
    assert.equal(await page.locator('input[name="dim-language"]:checked').count(), 0, 'the check sets no Taal answer');
    await axe('message check with marks');

    // Choose a mark with the keyboard: Tab to the first officialese mark, Enter.
    await page.locator('#idea-message').focus();
    await tabTo(page, '#msg-marked .mk.mk-officialese', { max: 40 });
    const markText = await page.evaluate(() => document.activeElement.textContent.trim().toLowerCase());
    await page.keyboard.press('Enter');
    await expectVisible(page, '#msg-chosen');
    const chosen = await page.locator('#msg-chosen').innerText();
    assert.ok(chosen.includes(w.officialese) && chosen.includes(w.instead), `#msg-chosen explains the mark and its fix: ${chosen}`);
    assert.ok(chosen.toLowerCase().includes(markText), `#msg-chosen quotes the chosen words '${markText}': ${chosen}`);
    assert.match(await focused(page), /^button/, 'focus stays on the mark');
    await axe('a chosen mark');

    // Rewrite the text plainly and leave the field: before and after.
    await writeMessage(page, j.plain);
    const table = await expectVersionsTable(page, [w.first, w.now]);
    assertImproves(table, j.lang);
    await expectBand(page, 'band-easy', w.easy);
    assert.equal(await page.locator('#msg-marked .mk-officialese').count(), 0, 'no officialese left');
    assert.equal(await page.locator('input[name="dim-language"]:checked').count(), 0, 'still no Taal answer');
    await expectKeptCount(page, 2);
    await axe('before and after');

    // Saved, then reloaded: the text and both versions are still there.
    await expectProbe(
      page,
      'two versions saved',
      (k) => JSON.parse(localStorage.getItem(k) ?? '{"records":[]}').records?.[0]?.assessment?.message_check?.versions?.length ?? 0,
      LIBRARY_KEY,
      2,
    );
    await reload();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectValue(page, '#idea-message', j.plain);
    assert.deepEqual(await expectVersionsTable(page, [w.first, w.now]), table, 'the same figures after reload');
    await expectKeptCount(page, 2);
    await openKept(page);
    assert.deepEqual(await page.evaluate(keptProbe), [j.hard, j.plain], 'the kept versions, oldest first');
    await expectVisible(page, '#msg-kept .version-use');
    await axe('kept versions open');
    const saved = (await library(page)).records[0].assessment.message_check.versions.map((v) => v.text);
    assert.deepEqual(saved, [j.hard, j.plain], 'the versions in storage');

    // The report shows the check (and so does its Markdown).
    await page.locator('#open-report').click();
    await expectVisible(page, 'article#report');
    const report = await page.locator('article#report').innerText();
    assert.ok(report.includes(w.title), `the report has the message check ('${w.title}')`);
    assert.ok(report.includes(w.first), `the report shows before and after ('${w.first}')`);
    const md = await download(page, () => page.locator('#download-markdown').click());
    assert.ok(md.text.includes(w.title), `the Markdown has the message check ('${w.title}')`);
    await axe('report with the message check');
    await page.locator('#back-to-assess').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');

    // Use version 1 again: the hard text is back (the plain one stays kept).
    await openKept(page);
    const use = page.locator('#msg-kept .version-use').first();
    assert.equal((await use.innerText()).trim(), w.useAgain);
    await use.focus();
    await page.keyboard.press('Enter');
    await expectValue(page, '#idea-message', j.hard);
    assert.match(await focused(page), /^button/, 'focus stays on the button');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('version-use')), true, 'focus stays on "use again"');
    await expectBand(page, 'band-hard', w.hard);
    await expectKeptCount(page, 2);
    assert.deepEqual(await page.evaluate(keptProbe), [j.hard, j.plain], 'nothing lost by using version 1 again');

    await openKept(page);
    // Forget version 2 with the keyboard; its button is gone, so focus goes
    // to "undo" (as after removing a customer group).
    await page.locator('#msg-kept .version-forget').nth(1).focus();
    await page.keyboard.press('Enter');
    await expectKeptCount(page, 1);
    assert.ok((await noticeText(page)).toLowerCase().includes(w.forgotten), '#notice says a version was forgotten');
    await expectProbe(page, 'focus on #undo after forgetting', () => document.activeElement?.id ?? null, null, 'undo');
    await page.keyboard.press('Enter');
    await expectKeptCount(page, 2);
    await openKept(page);
    assert.deepEqual(await page.evaluate(keptProbe), [j.hard, j.plain], 'undo brings the version back');

    if (reports.length) assert.fail(reports.join('\n'));
  });
}

e2e('the text\'s language is apart from the interface\'s: guessed, and choosing it changes the reading', async ({ page, open, reload, axe }) => {
  await open();
  await page.locator('#lang-switch').click();
  await expectAttr(page, 'html', 'lang', 'en');
  await page.locator('#new-assessment').click();
  // A Dutch text in the English interface: guessed Dutch, read with Flesch–Douma.
  await writeMessage(page, HARD_NL);
  await expectProbe(page, 'the auto option names the guess', () => document.querySelector('#msg-lang option[value="auto"]')?.textContent.trim() ?? null, null, UI.en.auto('Dutch'));
  await expectMarked(page, 'mk-officialese', ['indien']);
  await expectAttr(page, '#idea-message', 'lang', 'nl');
  const formula = () => page.locator('.msg-formula').evaluate((d) => d.textContent);
  await expectProbe(page, 'the Dutch formula', () => document.querySelector('.msg-formula')?.textContent.includes('Flesch–Douma') ?? null, null, true);
  const dutchEase = await page.locator('#msg-band').innerText();

  // Read as English instead: the English formula, other findings, the text marked as English.
  await page.locator('#msg-lang').selectOption('en');
  await expectProbe(page, 'the English formula', () => document.querySelector('.msg-formula')?.textContent.includes('Flesch Reading Ease') ?? null, null, true);
  assert.ok(!(await formula()).includes('Flesch–Douma'), 'not the Dutch formula any more');
  await expectAttr(page, '#msg-marked', 'lang', 'en');
  await expectAttr(page, '#idea-message', 'lang', 'en');
  await expectProbe(page, 'Dutch officialese is not English officialese', () => document.querySelectorAll('#msg-marked .mk-officialese').length, null, 0);
  assert.notEqual(await page.locator('#msg-band').innerText(), dutchEase, 'another reading ease');
  await page.locator('.msg-formula > summary').click();
  await axe('the text read in another language, formula open');

  // The choice is kept with the assessment, also after a reload.
  await expectProbe(page, 'the chosen language saved', (k) => JSON.parse(localStorage.getItem(k) ?? '{"records":[]}').records?.[0]?.assessment?.message_check?.lang ?? null, LIBRARY_KEY, 'en');
  await reload();
  await expectValue(page, '#msg-lang', 'en');
  await expectAttr(page, '#msg-marked', 'lang', 'en');

  // Another assessment has its own choice (automatic): the select follows.
  await page.locator('button[data-view="start"]').click();
  await page.locator('button[data-example="health_advice"]').click();
  await expectProbe(page, 'the auto option names the guess', () => document.querySelector('#msg-lang option[value="auto"]')?.textContent.trim() ?? null, null, UI.en.auto('English'));
  await expectValue(page, '#msg-lang', 'auto');
  await page.locator('button[data-view="start"]').click();
  await page.locator('table#assessments tr[data-id] button[data-action="open"]').last().click();
  await expectAttr(page, '#msg-marked', 'lang', 'en');
  await expectValue(page, '#msg-lang', 'en');

  // Back to automatic.
  await page.locator('#msg-lang').selectOption('auto');
  await expectProbe(page, 'the Dutch formula again', () => document.querySelector('.msg-formula')?.textContent.includes('Flesch–Douma') ?? null, null, true);
  await expectMarked(page, 'mk-officialese', ['indien']);
});
