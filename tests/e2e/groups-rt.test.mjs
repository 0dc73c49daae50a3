// A round table that scores one customer group (issue 12): the facilitator
// chooses the group at setup; Anna scores on the shared device and Bram on
// his own (the invite carries the group's name and description, and both
// screens say whom they score for); reveal, agree, apply; the group's own
// answers change, the typical customer's do not. The record says whom the
// session scored for. axe-core on every new view.
import {
  e2e, assert, expectAttr, expectVisible, expectHidden, expectProbe, expectChecked, expectRowCount, showView, choose,
  download, noticeText, dismissNotice, row, byId, fixture,
} from './harness.mjs';
import { unpackCode } from './roundtable-helpers.mjs';

const GROUP = 'Mensen met schulden';
const DESCRIPTION = 'Klanten met een betalingsachterstand of schulden.';
const REASON = 'Voor mensen met schulden voelt het label minder hard als ze het zelf kiezen.';

const text = (page, selector) => page.locator(selector).innerText().then((s) => s.trim());

/** The answers of one column of table#group-compare-table, by item key. */
const columnProbe = (col) =>
  Object.fromEntries(
    [...document.querySelectorAll('table#group-compare-table tbody tr[data-item]')].map((tr) => [
      tr.getAttribute('data-item'),
      tr.children[col + 1].textContent.trim().charAt(0),
    ]),
  );

e2e('round table for a customer group: invite names the group, apply writes the group\'s answers; axe', { timeout: 120_000 }, async ({ page, origin, open, axe, newSession }) => {
  const reports = [];
  await open();
  await page.setInputFiles('#import-file', fixture('export-groups-rt.json'));
  await expectRowCount(page, 3);
  await dismissNotice(page);

  // Before: the group's own answers (empathy 1, trust 2) and the base's (4).
  await page.locator(byId('cmp-e2e-groups-1')).check();
  await page.locator('#open-compare-groups').click();
  await expectVisible(page, 'table#group-compare-table');
  const before = { typical: await page.evaluate(columnProbe, 0), group: await page.evaluate(columnProbe, 1) };
  assert.equal(before.group['dim-empathy'], '1', "the group's empathy before");
  assert.equal(before.group['dim-trust'], '2', "the group's trust before");
  assert.equal(before.typical['dim-empathy'], '4', "the typical customer's empathy before");

  // Setup: the session scores the group.
  await showView(page, 'start');
  await page.locator(`${row('e2e-groups-1')} button[data-action="open"]`).click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await page.locator('#start-roundtable').click();
  await expectAttr(page, 'button[data-view="roundtable"]', 'aria-current', 'page');
  await expectChecked(page, '#rt-for-typical');
  assert.equal(await text(page, '#rt-scored-for-line'), 'Gescoord voor: gewone klant', 'a new session scores the typical customer');
  await choose(page, 'rt-for', 'g1');
  await expectProbe(page, '#rt-scored-for-line', () => document.querySelector('#rt-scored-for-line')?.textContent.trim(), null, `Gescoord voor: ${GROUP}`);
  await axe('round-table setup with customer groups (nl)', { collect: reports });

  // Anna on the shared device: her private screen names the group.
  await page.locator('#rt-add').fill('Anna');
  await page.locator('#rt-add-add').click();
  await page.locator('li[data-participant="Anna"] button[data-action="score"]').click();
  await expectVisible(page, '#rt-done');
  assert.equal(await text(page, '#scoring-for .scored-for-name'), `Je scoort voor: ${GROUP}`, 'the shared device names the group');
  assert.equal(await text(page, '#scoring-for-description'), DESCRIPTION, "the shared device shows the group's description");
  await axe('private scoring for a group (nl)', { collect: reports });
  await choose(page, 'p-dim-empathy', '2');
  await choose(page, 'p-dim-trust', '3');
  await page.locator('#rt-done').click();
  await expectHidden(page, '#rt-done');

  // Bram on his own device, from the invite.
  await page.locator('label[for="rt-mode-own"]').click();
  await expectVisible(page, 'input#rt-invite-url');
  const invite = await page.locator('input#rt-invite-url').inputValue();
  const inv = unpackCode(invite);
  assert.deepEqual([inv.group, inv.group_description], [GROUP, DESCRIPTION], 'the invite carries the group');
  const bram = await newSession({ locale: 'nl-NL' });
  await bram.open(invite.slice(origin.length));
  await expectVisible(bram.page, '#p-label');
  assert.equal(await text(bram.page, '#scoring-for .scored-for-name'), `Je scoort voor: ${GROUP}`, "Bram's device names the group");
  assert.equal(await text(bram.page, '#scoring-for-description'), DESCRIPTION, "Bram's device shows the description");
  await choose(bram.page, 'own-dim-empathy', '2');
  await choose(bram.page, 'own-dim-trust', '4');
  await bram.page.locator('#p-label').fill('Bram');
  await expectVisible(bram.page, 'textarea#p-code-text');
  await bram.axe('participant device for a group (nl)', { collect: reports });
  const code = await bram.page.locator('#p-code-text').inputValue();

  await page.locator('#rt-code').fill(code);
  await page.locator('#rt-code-add').click();
  assert.match(await noticeText(page), /De antwoorden van Bram zijn toegevoegd/);
  await dismissNotice(page);

  // Reveal: the agenda says whom it is about; agree on two items.
  await page.locator('#rt-reveal').click();
  await expectVisible(page, 'ol#rt-agenda-list');
  assert.equal(await text(page, '#rt-scored-for-line'), `Gescoord voor: ${GROUP}`, 'the reveal names the group');
  await choose(page, 'agree-dim-empathy', '2');
  await expectVisible(page, '#agree-dim-empathy-reason');
  await page.locator('#agree-dim-empathy-reason').fill(REASON);
  await choose(page, 'agree-dim-trust', '3');
  await expectVisible(page, 'li.agenda-item.agreed[data-item="dim-trust"]');
  assert.match(await text(page, '#rt-apply-hint'), new RegExp(`eigen antwoorden van ‘${GROUP}’`), 'applying goes to the group');
  await axe('reveal for a group (nl)', { collect: reports });

  // Apply: the group's answers change, the typical customer's stay.
  await page.locator('#rt-apply').click();
  assert.match(await noticeText(page), /De besluiten staan nu in de beoordeling/);
  const md = await download(page, () => page.locator('#rt-markdown').click());
  assert.ok(md.text.includes(`Gescoord voor: ${GROUP}`), 'the record says whom the session scored for');
  await dismissNotice(page);
  await showView(page, 'compare');
  await expectVisible(page, 'table#group-compare-table');
  const after = { typical: await page.evaluate(columnProbe, 0), group: await page.evaluate(columnProbe, 1) };
  assert.equal(after.group['dim-empathy'], '2', "the group's empathy is the agreed answer");
  assert.equal(after.group['dim-trust'], '3', "the group's trust is the agreed answer");
  assert.deepEqual(after.typical, before.typical, "the typical customer's answers are unchanged");
  const other = (o) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'dim-empathy' && k !== 'dim-trust'));
  assert.deepEqual(other(after.group), other(before.group), "the group's other answers are unchanged");

  // In English, the reveal says so too.
  await page.locator('button[data-view="roundtable"]').click();
  await expectVisible(page, 'ol#rt-agenda-list');
  await page.locator('#lang-switch').click();
  await expectAttr(page, 'html', 'lang', 'en');
  assert.equal(await text(page, '#rt-scored-for-line'), `Scored for: ${GROUP}`, 'the reveal in English');
  await axe('reveal for a group (en)', { collect: reports });
  if (reports.length) assert.fail(reports.join('\n'));
});
