// The participant's page made for the phone (issue 15, item 2): an invite
// with two lenses on (the post-purchase example: 17 items and 7 lens
// questions) opened on touch screens 320, 390 and 768 px wide. No sideways
// scrolling, every choice at least 44 × 44 px, the idea's details stacked
// under 600 px, progress that counts the lens questions and changes as one
// answers, the answer code one tap away from the middle of the page, no
// app navigation (the language switch stays), leaving on purpose keeps the
// answers, the share sheet where the browser has one. axe-core at 390 px in
// Dutch and English.
import { e2e, assert, expectVisible, expectHidden, expectProbe, expectChecked, expectText } from './harness.mjs';

const SCREENS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
];

/** Chooses radio `name` = `value` by tapping its label. */
async function tap(page, name, value) {
  const id = await page.locator(`input[type="radio"][name="${name}"][value="${value}"]`).getAttribute('id');
  await page.locator(`label[for="${id}"]`).tap();
  await expectChecked(page, `input[name="${name}"][value="${value}"]`);
}

/** The choice labels in main smaller than 44 × 44 px, as "for: w×h". */
const smallChoices = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main .option label')]
      .map((l) => [l.htmlFor, l.getBoundingClientRect()])
      .filter(([, r]) => r.width < 44 || r.height < 44)
      .map(([f, r]) => `${f}: ${Math.round(r.width)}×${Math.round(r.height)}`),
  );

/** Whether every detail's text sits below its label (true) or beside it (false). */
const stacked = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.participant-view .idea-list dt')].map((dt) => {
      const a = dt.getBoundingClientRect();
      const b = dt.nextElementSibling.getBoundingClientRect();
      return b.top >= a.bottom - 1 && Math.abs(b.left - a.left) < 1;
    }),
  );

/** Whether the element's centre is on screen and not covered (by the bar). */
const uncovered = (page, selector) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const r = el.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    return y > 0 && y < innerHeight && el.contains(document.elementFromPoint(x, y));
  }, selector);

e2e('participant page on phones 320, 390, 768 px: fits, big choices, progress, code one tap away; axe NL and EN', { timeout: 120_000 }, async ({ page, origin, open, newSession }) => {
  await open();
  await page.locator('button[data-example="post_purchase"]').click();
  await page.locator('#start-roundtable').click();
  await page.locator('label[for="rt-mode-own"]').click();
  await expectVisible(page, 'input#rt-invite-url');
  const invite = (await page.locator('input#rt-invite-url').inputValue()).slice(origin.length);

  for (const screen of SCREENS) {
    const w = screen.width;
    // At 390 px the browser has a share sheet (a stand-in that records what it got).
    const share = w === 390 ? () => { navigator.share = (d) => { window.sharedText = d.text; return Promise.resolve(); }; } : undefined;
    const s = await newSession({ viewport: screen, hasTouch: true, isMobile: true, initScript: share });
    const phone = s.page;
    await s.open(invite);
    await expectVisible(phone, '#p-label');

    // The session only: no app navigation, the language switch stays.
    assert.equal(await phone.locator('header nav, button[data-view]').count(), 0, `${w}: no app navigation`);
    await expectVisible(phone, '#lang-switch');

    // Fits the screen; every choice big enough to tap; details stacked under 600 px.
    await expectProbe(phone, `${w}: no sideways scrolling`, (n) => document.documentElement.scrollWidth <= n, w, true);
    assert.deepEqual(await smallChoices(phone), [], `${w}: every choice at least 44 × 44 px`);
    const layout = await stacked(phone);
    assert.ok(layout.length >= 3, `${w}: the idea has details`);
    assert.deepEqual(layout, layout.map(() => w < 600), `${w}: details ${w < 600 ? 'stacked' : 'beside their labels'}`);

    // Progress counts the lens questions, and follows the answers.
    await expectText(phone, '#p-progress', '0 of 24', (t) => t === '0 van 24 beantwoord');
    assert.equal(await phone.locator('#p-progress').getAttribute('role'), 'status', 'progress is announced politely');
    await tap(phone, 'own-dim-time', '3');
    await expectText(phone, '#p-progress', '1 of 24', (t) => t === '1 van 24 beantwoord');
    await tap(phone, 'own-lens-moments-worry', 'no');
    await tap(phone, 'own-flag-pushiness', 'unsure');
    await expectText(phone, '#p-progress', '3 of 24', (t) => t === '3 van 24 beantwoord');

    // From the middle of the page, one tap shows the answer code, not covered by the bar.
    await phone.locator('#p-label').fill('Bram');
    await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2 - innerHeight / 2));
    assert.ok(await uncovered(phone, '#p-show-code'), `${w}: the button is on screen in the middle of the page`);
    await phone.locator('#p-show-code').tap();
    await expectProbe(phone, `${w}: the code on screen after one tap`, () => {
      const el = document.querySelector('#p-code-text');
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      return y > 0 && y < innerHeight && el.contains(document.elementFromPoint(x, y)) && document.activeElement?.id === 'p-code';
    }, null, true);

    // At the end of the page the bar covers nothing.
    await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectProbe(phone, `${w}: the bar below the last content`, () =>
      document.querySelector('.leave').getBoundingClientRect().bottom <= document.querySelector('.code-bar').getBoundingClientRect().top + 1, null, true);

    if (w === 390) {
      // The share sheet gets the code.
      const code = await phone.locator('#p-code-text').inputValue();
      await phone.locator('#p-share').tap();
      await expectProbe(phone, 'shared text', () => window.sharedText ?? null, null, code);
      // axe-core in Dutch and in English.
      await s.axe('participant phone 390 px (nl)');
      await phone.locator('#lang-switch').tap();
      await expectText(phone, '#p-progress', 'English progress', (t) => t === '3 of 24 answered');
      assert.equal(await phone.locator('header nav').count(), 0, 'still no app navigation in English');
      await s.axe('participant phone 390 px (en)');
    } else {
      assert.equal(await phone.locator('#p-share').count(), 0, `${w}: no share button without a share sheet`);
    }

    if (w === 320) {
      // Leaving on purpose asks first, and keeps the answers on the device.
      await phone.locator('#p-leave').tap();
      await phone.locator('#p-close').tap();
      // The participant page's start: the session kept on this phone.
      await expectVisible(phone, '#pp-resume-0');
      await expectHidden(phone, '#p-progress');
      await s.open(invite);
      await expectChecked(phone, 'input[name="own-dim-time"][value="3"]');
      await expectText(phone, '#p-progress', 'progress kept', (t) => t === '3 van 24 beantwoord');
    }
  }
});
