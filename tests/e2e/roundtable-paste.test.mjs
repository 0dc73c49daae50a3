// Round table, many codes at once (issue 15): three participants make their
// answer codes on their own devices; the facilitator pastes a whole chat
// transcript with noise, one code broken over quoted lines, one with
// invisible characters, one already added (twice in the chat) and one
// changed by hand. All three are
// added, the skipped ones are listed by name, and reveal works. axe-core on
// the summary. Once with the facilitator in Dutch, once in English.
import { e2e, assert, expectAttr, expectVisible, expectProbe, choose, noticeText } from './harness.mjs';
import { unpackCode, packCode } from './roundtable-helpers.mjs';

const TEXT = {
  nl: {
    summary: '2 toegevoegd, 2 overgeslagen.',
    added: 'Toegevoegd: Bram, Cem.',
    one: 'De antwoorden van Anna zijn toegevoegd.',
    skipped: ['Anna: deze antwoorden waren al toegevoegd.', 'Dirk: deze code is veranderd of beschadigd.'],
  },
  en: {
    summary: '2 added, 2 skipped.',
    added: 'Added: Bram, Cem.',
    one: "Anna's answers were added.",
    skipped: ['Anna: these answers were already added.', 'Dirk: this code was changed or damaged.'],
  },
};

const peopleProbe = () =>
  [...document.querySelectorAll('li[data-participant]')].map((li) => [li.getAttribute('data-participant'), li.classList.contains('done')]);

/** `code` broken into lines of `width` characters, each after `prefix`. */
const wrap = (code, width, prefix) => code.match(new RegExp(`.{1,${width}}`, 'g')).map((l) => prefix + l).join('\n');

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-US', 'en']]) {
  e2e(`round table: a pasted chat with many codes (${lang}); axe`, { locale, timeout: 90_000 }, async ({ page, origin, open, axe, newSession }) => {
    await open();
    await expectAttr(page, 'html', 'lang', lang);
    await page.locator('button[data-example="contact_centre_offer"]').click();
    await page.locator('#start-roundtable').click();
    await page.locator('label[for="rt-mode-own"]').click();
    await expectVisible(page, 'input#rt-invite-url');
    const invite = await page.locator('input#rt-invite-url').inputValue();

    // Three participants on their own devices, one in the other language.
    const codes = {};
    for (const [name, level, plocale] of [['Anna', '1', 'nl-NL'], ['Bram', '5', 'en-US'], ['Cem', '3', 'nl-NL']]) {
      const s = await newSession({ locale: plocale });
      await s.open(invite.slice(origin.length));
      await expectVisible(s.page, '#p-label');
      await choose(s.page, 'own-dim-time', level);
      await s.page.locator('#p-label').fill(name);
      await expectVisible(s.page, 'textarea#p-code-text');
      codes[name] = await s.page.locator('#p-code-text').inputValue();
      assert.equal(unpackCode(codes[name]).label, name, `${name}'s code carries the name`);
    }
    // A code changed by hand: Cem's answers under another name, the check left as it was.
    const forged = packCode('a1.', { ...unpackCode(codes.Cem), label: 'Dirk' });

    // Anna's code on its own, as before: added with its own notice.
    const want = TEXT[lang];
    await page.locator('textarea#rt-code').fill(`  ${codes.Anna}\n`);
    await page.locator('#rt-code-add').click();
    assert.match(await noticeText(page), new RegExp(want.one.replace('.', '\\.')), 'one code: the notice as before');

    const chat = [
      '[10:41, 3-6-2025] Facilitator: Stuur jullie code hier in de groep 🙏',
      `[10:42, 3-6-2025] Anna: ${codes.Anna}`,
      '[10:43, 3-6-2025] Bram: mine got wrapped, sorry:',
      wrap(codes.Bram, 40, '> '),
      `[10:44, 3-6-2025] Cem: <${codes.Cem.match(/.{1,12}/g).join('\u200b')}>`,
      `[10:45, 3-6-2025] Anna: nog een keer voor de zekerheid: "${codes.Anna}"`,
      `[10:46, 3-6-2025] Dirk: ${forged}`,
      '[10:47, 3-6-2025] Facilitator: dank!',
    ].join('\n');
    await page.locator('textarea#rt-code').fill(chat);
    await page.locator('#rt-code-add').click();

    await expectProbe(page, 'all three participants are done', peopleProbe, null, [['Anna', true], ['Bram', true], ['Cem', true]]);
    const notice = await noticeText(page);
    assert.ok(notice.includes(want.summary), `#notice summary: ${notice}`);
    assert.ok(notice.includes(want.added), `#notice names who was added: ${notice}`);
    const skipped = await page.locator('#notice-region[aria-live="polite"] ul#pasted-skipped > li').allTextContents();
    assert.deepEqual(skipped, want.skipped, 'the skipped codes, by name and why, in the live region');
    assert.equal(await page.locator('textarea#rt-code').inputValue(), '', 'the field is empty after adding');
    assert.equal(await page.locator('#return-dialog').count(), 0, 'no replace dialog');
    await axe(`pasted codes summary (${lang})`);

    // Keyboard: Enter in the field adds; the same chat again adds nobody.
    await page.locator('textarea#rt-code').fill(chat);
    await page.locator('textarea#rt-code').press('Enter');
    await expectProbe(page, 'the second paste adds nobody', () => document.querySelectorAll('ul#pasted-skipped > li').length, null, 4);

    await page.locator('#rt-reveal').click();
    await expectVisible(page, 'ol#rt-agenda-list');
    const time = await page.locator('ol#rt-agenda-list > li[data-item="dim-time"]').getAttribute('data-spread');
    assert.equal(time, '4', 'the time answers 1, 5 and 3 spread 4');
  });
}
