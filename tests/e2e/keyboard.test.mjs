// Journey c: one whole assessment with the keyboard only (no mouse at all).
import {
  e2e, assert, expectAttr, expectValue, expectProbe, tabTo, answerWithKeyboard, focused,
} from './harness.mjs';

const DIMENSIONS = ['complexity', 'language', 'place', 'time', 'relevance', 'trust', 'empathy', 'autonomy'];
const VALUES = ['customer_value', 'org_value', 'customer_values_fit', 'org_values_fit'];
const FLAGS = ['big_brother', 'paternalism', 'pushiness', 'mainly_org_value', 'unnecessary_contact'];
const TITLE = 'Herinnering bij verlopen paspoort';

e2e('keyboard only: a blank assessment to a verdict with high confidence', async ({ page, open }) => {
  await open();
  await expectAttr(page, 'button[data-view="start"]', 'aria-current', 'page');

  // Start a new assessment: Tab to the button, Enter.
  await tabTo(page, '#new-assessment');
  await page.keyboard.press('Enter');
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await expectAttr(page, '#verdict', 'data-verdict', 'none');

  // The title, typed.
  await tabTo(page, '#idea-title');
  await page.keyboard.type(TITLE);
  await expectValue(page, '#idea-title', TITLE);

  for (const key of DIMENSIONS) await answerWithKeyboard(page, `dim-${key}`, '4');
  // All eight dimensions at 4 but nothing else answered yet: not high yet.
  const midway = await page.locator('#confidence').getAttribute('data-confidence');
  assert.notEqual(midway, 'high', 'confidence with only the dimensions answered');
  for (const key of VALUES) await answerWithKeyboard(page, `val-${key}`, '4');
  for (const key of FLAGS) await answerWithKeyboard(page, `flag-${key}`, 'no');

  await expectProbe(
    page,
    '#verdict data-verdict is a verdict',
    () => document.querySelector('#verdict')?.getAttribute('data-verdict') ?? 'missing',
    null,
    'desirable',
  );
  await expectAttr(page, '#confidence', 'data-confidence', 'high');

  // Shift+Tab goes back into the last red flag group, still on the chosen radio.
  await tabTo(page, 'input[name="flag-unnecessary_contact"]', { back: true });
  assert.match(await focused(page), /value="no"/, 'Shift+Tab lands on the checked radio of the group');
  // Every answer is still there.
  for (const key of DIMENSIONS) assert.equal(await page.locator(`input[name="dim-${key}"][value="4"]`).isChecked(), true, `dim-${key}=4`);
  for (const key of VALUES) assert.equal(await page.locator(`input[name="val-${key}"][value="4"]`).isChecked(), true, `val-${key}=4`);
  for (const key of FLAGS) assert.equal(await page.locator(`input[name="flag-${key}"][value="no"]`).isChecked(), true, `flag-${key}=no`);
});
