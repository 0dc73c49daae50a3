// Journey b: the default language follows the browser's.
import { e2e, expectAttr } from './harness.mjs';

for (const [locale, lang] of [['en-US', 'en'], ['nl-NL', 'nl'], ['en-GB', 'en']]) {
  e2e(`browser locale ${locale} opens in ${lang}`, { locale }, async ({ page, open }) => {
    await open();
    await expectAttr(page, 'html', 'lang', lang);
    await expectAttr(page, 'button[data-view="start"]', 'aria-current', 'page');
  });
}
