// Wenselijk? loader. Loads the program next to this file and mounts the app
// in the page's first [data-wenselijk] element (or a new one at the end of
// the body). The same file serves the app's own page and host pages that
// embed it: see docs/EMBED.md. It is a file, not an inline script, so the
// app runs under a Content-Security-Policy without 'unsafe-inline'.
import init, { mount } from './wenselijk.js';

const base = new URL('./', import.meta.url);
const hosts = [...document.querySelectorAll('[data-wenselijk]')];
if (!hosts.length) {
  hosts.push(document.createElement('div'));
  hosts[0].setAttribute('data-wenselijk', '');
  document.body.append(hosts[0]);
}
const host = hosts[0];

try {
  // scripts/single-file.mjs replaces the next line to read the program from
  // the page itself.
  const program = new URL('wenselijk_bg.wasm', base);
  await init({ module_or_path: await program });
  // The first element gets the app; any other says that it is already here.
  for (const el of hosts) mount(el, base.href);
} catch (err) {
  // The program could not start (no WebAssembly, a blocked or damaged file).
  // This is the one text outside the app's i18n module: the app is not there.
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent =
    'Wenselijk? kon niet starten. Gebruik een recente browser of vraag uw beheerder om hulp. ' +
    '/ Wenselijk? could not start. Use a recent browser or ask your administrator for help. ' +
    `(${err && err.message ? err.message : err})`;
  host.replaceChildren(p);
  throw err;
}
