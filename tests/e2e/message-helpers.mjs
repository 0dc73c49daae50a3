// Helpers for the message check's end-to-end tests (issue 13): writing the
// customer's text as a person does (type, then leave the field, which keeps
// a version), reading the marks, the before-and-after table and the kept
// versions, and the texts used in both languages.
import { assert, expectProbe, expectValue } from './harness.mjs';

/**
 * Hard Dutch officialese: two long sentences, indien/teneinde/middels,
 * niet/geen, and "wordt ... verzonden".
 */
export const HARD_NL =
  'Indien u niet tijdig reageert, wordt uw aanvraag niet in behandeling genomen en wordt het besluit middels een brief verzonden, teneinde de afhandeling conform de geldende regels te kunnen waarborgen. ' +
  'U hoeft geen bewijsstukken te verstrekken, tenzij deze niet reeds bij ons bekend zijn en wij u hier uitdrukkelijk en schriftelijk om hebben verzocht.';
/** The same message, plain: short sentences, no negation, one next step at the end. */
export const PLAIN_NL =
  'Wij hebben uw aanvraag bijna klaar. Wij sturen u binnen twee weken een brief met ons besluit. Stuur ons alleen papieren als wij daarom vragen. Bel ons als u een vraag heeft.';

export const HARD_EN =
  'If you do not respond in a timely manner, your application will not be processed and the decision will be sent to you by means of a letter, in order to ensure that the handling is carried out in accordance with the rules. ' +
  'You are not required to furnish any documents, unless these have not already been provided to us and we have expressly asked you to do so in writing.';
export const PLAIN_EN =
  'Your application is almost done. We will send you a letter with our decision within two weeks. Only send us papers if we ask for them. Call us if you have a question.';

/** Replaces the customer's text and leaves the field (Tab), as a person would: that keeps a version. */
export async function writeMessage(page, text) {
  const field = page.locator('#idea-message');
  await field.fill(text);
  await expectValue(page, '#idea-message', text);
  await field.press('Tab');
  await expectProbe(page, 'focus left #idea-message', () => document.activeElement?.id !== 'idea-message', null, true);
}

/** The marks in #msg-marked: their text (lower case, spaces joined) and kinds (mk-… classes). */
export const marksProbe = () =>
  [...document.querySelectorAll('#msg-marked .mk')].map((b) => ({
    text: b.textContent.trim().replace(/\s+/g, ' ').toLowerCase(),
    kinds: [...b.classList].filter((c) => c.startsWith('mk-')),
  }));

/** Waits until each of `kinds` (mk-… classes) marks at least one piece of the text. */
export function expectKinds(page, kinds) {
  return expectProbe(
    page,
    `marks of each kind ${kinds.join(', ')}`,
    (want) => {
      const have = new Set([...document.querySelectorAll('#msg-marked .mk')].flatMap((b) => [...b.classList]));
      return want.filter((k) => have.has(k));
    },
    kinds,
    kinds,
  );
}

/** Waits until a mark of `kind` holds each of `words` (lower case). */
export function expectMarked(page, kind, words) {
  return expectProbe(
    page,
    `${kind} marks on ${words.join(', ')}`,
    ([k, want]) => {
      const marks = [...document.querySelectorAll(`#msg-marked .mk.${k}`)].map((b) => b.textContent.trim().replace(/\s+/g, ' ').toLowerCase());
      return want.filter((w) => marks.some((m) => m.includes(w)));
    },
    [kind, words],
    words,
  );
}

/** The number of marks of `kind` now. */
export function countMarks(page, kind) {
  return page.locator(`#msg-marked .mk.${kind}`).count();
}

/** Waits until #msg-band has `cls` (band-easy / band-hard) and says `text`. */
export function expectBand(page, cls, text) {
  return expectProbe(
    page,
    `#msg-band ${cls} "${text}"`,
    (c) => {
      const b = document.querySelector('#msg-band');
      return b ? [b.classList.contains(c), b.querySelector('strong')?.textContent.trim() ?? null] : null;
    },
    cls,
    [true, text],
  );
}

/** #msg-versions as { head: [column names], rows: { label: [values] } }, or null. */
export const versionsProbe = () => {
  const t = document.querySelector('#msg-versions');
  if (!t) return null;
  const head = [...t.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.trim());
  const rows = Object.fromEntries(
    [...t.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th').textContent.trim(), [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())]),
  );
  return { head, rows };
};

/** Waits until #msg-versions has the columns `head`; returns the table. */
export async function expectVersionsTable(page, head) {
  await expectProbe(page, '#msg-versions columns', () => {
    const t = document.querySelector('#msg-versions');
    return t ? [...t.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.trim()) : null;
  }, null, head);
  return page.evaluate(versionsProbe);
}

/** A figure as a number: "32 woorden" → 32, "45,3" → 45.3, "-12.5" → -12.5. */
export function num(s) {
  const m = String(s).replace('−', '-').match(/-?\d+(?:[.,]\d+)?/);
  assert.ok(m, `a number in ${JSON.stringify(s)}`);
  return Number(m[0].replace(',', '.'));
}

/** Row labels of the before-and-after table per interface language. */
export const ROWS = {
  nl: { words: 'Woorden', longest: 'Langste zin', negations: 'Ontkenningen', ease: 'Leesgemak' },
  en: { words: 'Words', longest: 'Longest sentence', negations: 'Negations', ease: 'Reading ease' },
};

/**
 * Asserts that the last column of `table` improves on the first: fewer
 * words, a shorter longest sentence, fewer negations, a higher reading ease.
 */
export function assertImproves(table, lang) {
  const r = ROWS[lang];
  const first = (label) => num(table.rows[label]?.[0]);
  const now = (label) => num(table.rows[label]?.at(-1));
  for (const label of Object.values(r)) assert.ok(table.rows[label], `a row '${label}' in ${JSON.stringify(table.rows)}`);
  assert.ok(now(r.words) < first(r.words), `fewer words: ${table.rows[r.words]}`);
  assert.ok(now(r.longest) < first(r.longest), `a shorter longest sentence: ${table.rows[r.longest]}`);
  assert.ok(now(r.negations) < first(r.negations), `fewer negations: ${table.rows[r.negations]}`);
  assert.ok(now(r.ease) > first(r.ease), `a higher reading ease: ${table.rows[r.ease]}`);
}

/** The kept versions' texts, in order (from the list inside details#msg-kept). */
export const keptProbe = () => [...document.querySelectorAll('#msg-kept .version-text')].map((p) => p.textContent);

/** Waits until the kept versions' summary names `n` and the list holds `n`. */
export function expectKeptCount(page, n) {
  return expectProbe(
    page,
    `#msg-kept holds ${n} versions`,
    () => {
      const d = document.querySelector('#msg-kept');
      if (!d) return null;
      const said = d.querySelector('summary')?.textContent.match(/\((\d+)\)/)?.[1];
      return [Number(said), d.querySelectorAll('li').length];
    },
    null,
    [n, n],
  );
}

/** Opens details#msg-kept (by its summary) if it is closed. */
export async function openKept(page) {
  if (!(await page.locator('#msg-kept').evaluate((d) => d.open))) await page.locator('#msg-kept > summary').click();
  await expectProbe(page, '#msg-kept open', () => document.querySelector('#msg-kept')?.open ?? null, null, true);
}

/**
 * Each mark's aria-describedby names items of the findings list (the
 * explanation a screen reader reads with the mark). Returns the marks' count.
 */
export async function assertMarksDescribed(page) {
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll('#msg-marked .mk')].flatMap((b) => {
      const ids = (b.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const bad = ids.length === 0 || ids.some((id) => !document.getElementById(id)?.matches('#msg-findings li[id^="mf-"]'));
      return bad ? [`${b.textContent.trim()} → ${ids.join(' ') || '(none)'}`] : [];
    }),
  );
  assert.deepEqual(broken, [], 'every mark is described by items of #msg-findings');
  return page.locator('#msg-marked .mk').count();
}

/** The suggested step in #msg-suggest-language: [level, reasons]. */
export const suggestionProbe = (id) => {
  const s = document.querySelector(`#${id}`);
  if (!s) return null;
  const level = Number(s.querySelector('strong')?.textContent.match(/:\s*(\d)/)?.[1] ?? NaN);
  return { level, reasons: [...s.querySelectorAll('li')].map((li) => li.textContent.trim()) };
};

/** The words of one interface language the tests look for. */
export const UI = {
  nl: {
    hard: 'moeilijker dan B1',
    easy: 'ongeveer B1 of makkelijker',
    first: 'Eerste versie',
    now: 'Nu',
    title: 'Berichtcheck',
    instead: 'Schrijf liever',
    officialese: 'Ambtelijk woord',
    suggests: 'De berichtcheck stelt voor',
    longMark: /^\[(\d+) woorden\]$/,
    auto: (l) => `Vanzelf (${l})`,
    dutch: 'Nederlands',
    english: 'Engels',
    useAgain: 'Weer gebruiken',
    forgotten: 'vergeten',
  },
  en: {
    hard: 'harder than B1',
    easy: 'about B1 or easier',
    first: 'First version',
    now: 'Now',
    title: 'Message check',
    instead: 'Write instead',
    officialese: 'Officialese',
    suggests: 'The message check suggests',
    longMark: /^\[(\d+) words\]$/,
    auto: (l) => `Automatic (${l})`,
    dutch: 'Dutch',
    english: 'English',
    useAgain: 'Use again',
    forgotten: 'forgotten',
  },
};
