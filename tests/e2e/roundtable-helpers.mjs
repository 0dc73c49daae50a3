// Helpers for the round table's end-to-end tests: reading and writing
// invite and answer codes, and reading the agenda after the reveal.
import zlib from 'node:zlib';

/** The JSON inside an `r1.` invite or `a1.` answer code (base64url of raw deflate). */
export function unpackCode(code) {
  const payload = code.slice(code.indexOf('#') + 1).replace(/^[ra]1\./, '');
  return JSON.parse(zlib.inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8'));
}

/** A code with this prefix (`a1.`) carrying `value`. */
export function packCode(prefix, value) {
  return prefix + zlib.deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 }).toString('base64url');
}

/**
 * The agenda in order: per item its key, spread, the names on its strip's
 * dots (sorted), the strip's step labels, and the answer table's rows.
 */
export function readAgenda(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('ol#rt-agenda-list > li.agenda-item')].map((li) => ({
      item: li.getAttribute('data-item'),
      spread: Number(li.getAttribute('data-spread')),
      dots: [...li.querySelectorAll('svg.strip circle.dot')].map((c) => c.textContent.trim()).sort(),
      steps: [...li.querySelectorAll('svg.strip text.strip-label')].map((t) => t.textContent.trim()),
      rows: [...li.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim())),
    })),
  );
}
