// Regression test (issue 11): an edit was lost when another tab's write
// (storage event) is handled after the edit's render and before its effect.
// Yew 0.23's scheduler yields to the browser (setTimeout 0) once a render has
// taken 16 ms and only "rendered" callbacks (effects) are pending; the app
// noted edits (storage::changed) only in an effect, so a flush in that gap
// merges from the tab's stale copy and Action::Synced replaces the state's
// records: the edit is gone, and the effect then runs on the merged state.
// Deterministic here: tab B holds back one storage event and lets it through
// as the next task when the scheduler yields; Date.now is stepped so the
// scheduler's 16 ms deadline has passed (as on a slow render).
// Both failed every time before edits were noted in Store::reduce (ui/app.rs).
import { e2e, appReady, expectAttr, expectProbe, expectValue } from './harness.mjs';

function hook() {
  window.e2e = { hold: false, held: false, armed: false, log: [] };
  addEventListener('storage', (e) => {
    if (window.e2e.hold) {
      e.stopImmediatePropagation();
      window.e2e.held = true;
    }
  }, true);
  const st = window.setTimeout.bind(window);
  window.setTimeout = (cb, ms, ...rest) => {
    if (window.e2e.armed && (ms ?? 0) === 0) {
      window.e2e.armed = false;
      window.e2e.hold = false;
      window.e2e.log.push('the scheduler yielded; the held storage event runs first');
      st(() => dispatchEvent(new StorageEvent('storage', { key: 'wenselijk.library' })), 0);
    }
    return st(cb, ms, ...rest);
  };
  const now = Date.now.bind(Date);
  let skew = 0;
  Date.now = () => (window.e2e.armed ? (skew += 20) : skew) + now();
}

async function setUp(page, context, origin, prepare = async () => {}) {
  await page.locator('#new-assessment').click();
  await page.locator('#idea-title').fill('Gedeeld');
  const b = await context.newPage();
  await b.goto(origin);
  await appReady(b);
  await expectProbe(b, 'B has the assessment', () => JSON.parse(localStorage.getItem('wenselijk.library') ?? '{"records":[]}').records.length, null, 1);
  await prepare(b);
  // Tab A writes; B holds that storage event back.
  await b.evaluate(() => { window.e2e.hold = true; });
  await page.bringToFront();
  await page.locator('#idea-action').fill('A typt iets');
  await expectProbe(b, 'B held a storage event', () => window.e2e.held, null, true);
  await b.bringToFront();
  await b.evaluate(() => { window.e2e.armed = true; });
  return b;
}

e2e('race: text typed in B while a write of another tab waits is kept', { initScript: hook }, async ({ page, context, origin, open }) => {
  await open();
  const b = await setUp(page, context, origin);
  await expectValue(b, '#idea-title', 'Gedeeld');
  await b.locator('#idea-data').fill('B typt dit');
  await expectValue(b, '#idea-action', 'A typt iets');
  await expectValue(b, '#idea-data', 'B typt dit', { timeout: 2000 });
});

e2e('race: New assessment in B while a write of another tab waits opens it', { initScript: hook }, async ({ page, context, origin, open }) => {
  await open();
  const b = await setUp(page, context, origin, async (tab) => {
    await tab.locator('button[data-view="start"]').click();
    await expectAttr(tab, 'button[data-view="start"]', 'aria-current', 'page');
  });
  await b.locator('#new-assessment').click();
  await expectAttr(b, 'button[data-view="assess"]', 'aria-current', 'page', { timeout: 2000 });
});
