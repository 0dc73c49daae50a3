// Journeys e (privacy: nothing leaves the origin, nothing tracks) and f
// (corrupted storage is kept aside, the app starts anyway).
import {
  e2e, assert, expectAttr, expectVisible, expectProbe, showView, choose, storageKeys, LIBRARY_KEY,
} from './harness.mjs';

e2e('privacy: only own-origin GET requests, no cookies, no other storage', async ({ page, open, reload, origin, requests }) => {
  await open();
  await page.locator('button[data-example="health_advice"]').click();
  await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
  await choose(page, 'dim-trust', '2');
  await page.locator('#idea-title').fill('Privacy check');
  await expectProbe(page, 'library saved', (k) => (localStorage.getItem(k) ?? '').includes('Privacy check'), LIBRARY_KEY, true);
  for (const view of ['rules', 'about', 'start', 'compare', 'assess']) await showView(page, view);
  await page.locator('#open-report').click();
  await expectVisible(page, 'article#report');
  await page.locator('#lang-switch').click();
  await reload();

  // The harness blocks and reports other origins; here: what did go out.
  assert.ok(requests.length > 0, 'requests were recorded');
  const foreign = requests.filter((r) => !r.url.startsWith(origin + '/') && !/^(data|blob):/.test(r.url));
  assert.deepEqual(foreign, [], 'requests to other origins');
  assert.deepEqual(requests.filter((r) => r.method !== 'GET'), [], 'only GET requests');

  const state = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage).filter((k) => !k.startsWith('wenselijk.')),
    session: Object.keys(sessionStorage).filter((k) => !k.startsWith('e2e.') && k !== 'wenselijk.tab'),
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    caches: self.caches ? await caches.keys() : [],
    workers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
  assert.deepEqual(state, { cookie: '', local: [], session: [], idb: [], caches: [], workers: 0 });
  assert.deepEqual(await storageKeys(page), [LIBRARY_KEY], 'localStorage holds the library and nothing else');
});

e2e(
  'corrupted storage: the app starts, says so, and keeps the content aside',
  {
    // Only on the first load of this tab, so a reload sees what the app left.
    initScript: () => {
      if (!location.protocol.startsWith('http')) return; // about:blank has no storage
      if (!sessionStorage.getItem('e2e.seeded')) {
        sessionStorage.setItem('e2e.seeded', '1');
        localStorage.setItem('wenselijk.library', '{not json');
      }
    },
  },
  async ({ page, open, reload, axe }) => {
    await open();
    await expectVisible(page, '#notice');
    const notice = page.locator('#notice');
    // A live region: #notice itself, or the region it is rendered into.
    const role = await notice.evaluate((el) => el.closest('[role="status"], [role="alert"]')?.getAttribute('role') ?? null);
    assert.match(role ?? '(none)', /^(status|alert)$/, '#notice (or an ancestor) has role status or alert');
    const text = (await notice.innerText()).trim();
    assert.ok(text.length > 10, `#notice explains the problem, got ${JSON.stringify(text)}`);

    const keys = await storageKeys(page);
    const backups = keys.filter((k) => k.startsWith('wenselijk.backup.'));
    assert.equal(backups.length, 1, `one backup key, got ${JSON.stringify(keys)}`);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), '{not json', 'backup content');
    // The notice names the problem: where the content was kept.
    assert.ok(text.includes(backups[0]), `#notice names the backup key ${backups[0]}: ${JSON.stringify(text)}`);
    const axeReports = [];
    await axe('start with the storage notice', { collect: axeReports });

    // The app works: an example loads, and the next load is clean.
    await page.locator('button[data-example="government_help"]').click();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectProbe(page, 'library saved again', (k) => (localStorage.getItem(k) ?? '').startsWith('{"'), LIBRARY_KEY, true);
    await reload();
    await expectAttr(page, 'button[data-view="assess"]', 'aria-current', 'page');
    await expectProbe(page, 'no storage notice after a clean load', () => document.querySelector('#notice') === null, null, true);
    assert.deepEqual((await storageKeys(page)).filter((k) => k.startsWith('wenselijk.backup.')), backups, 'backup kept');
    if (axeReports.length) assert.fail(axeReports.join('\n'));
  },
);
