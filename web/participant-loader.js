// Wenselijk? participant page loader (participant.html): loads the lean
// participant program next to this file and mounts it in the page's
// [data-wenselijk] element. A file, not an inline script, so the page runs
// under a Content-Security-Policy without 'unsafe-inline'.
import init, { mount } from './wenselijk-participant.js';

const base = new URL('./', import.meta.url);
const host = document.querySelector('[data-wenselijk]');

try {
  await init({ module_or_path: new URL('wenselijk-participant_bg.wasm', base) });
  mount(host, base.href);
} catch (err) {
  // The program could not start (no WebAssembly, a blocked or damaged file).
  // The one text outside the app's i18n module: the app is not there.
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent =
    'Wenselijk? kon niet starten. Gebruik een recente browser of vraag de gespreksleider om hulp. ' +
    '/ Wenselijk? could not start. Use a recent browser or ask the facilitator for help. ' +
    `(${err && err.message ? err.message : err})`;
  host.replaceChildren(p);
  throw err;
}
