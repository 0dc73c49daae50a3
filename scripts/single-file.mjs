// Builds one self-contained HTML file from the release build in dist/: the
// program (gzip, base64) and its JavaScript glue inlined in one module
// script, the stylesheet already inside the program. For intranets that
// accept a single uploaded file. It runs from a web server and, where the
// browser allows, opened from disk.
//
// Its own Content-Security-Policy (a <meta> tag) allows exactly that one
// inline script by its SHA-256 hash, WebAssembly compilation, and nothing
// else: no other script, no request to any other origin.
//
// The organisation's configuration goes inside the file too, as a JSON data
// block (never run), and so does the message check's word list: the one in dist/ (wenselijk.config.json), or the file
// given with --config. Check it first by opening the app with it.
//
// Use: node scripts/single-file.mjs [--config org.json] [dist] [out-file]
//      (defaults: dist, dist-single/wenselijk.html)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { csp } from './web.mjs';

const args = process.argv.slice(2);
const configAt = args.indexOf('--config');
const configFile = configAt >= 0 ? args.splice(configAt, 2)[1] : null;
const [dist = 'dist', out = 'dist-single/wenselijk.html'] = args;
const read = (f) => fs.readFileSync(path.join(dist, f));
const fail = (msg) => {
  console.error(`single-file: ${msg}`);
  process.exit(1);
};
for (const f of ['index.html', 'loader.js', 'wenselijk.js', 'wenselijk_bg.wasm']) {
  if (!fs.existsSync(path.join(dist, f))) fail(`${dist}/${f} is missing: run 'trunk build --release' first`);
}

/** Replaces exactly one occurrence of `from`, or fails naming what changed. */
const replaceOnce = (text, from, to, what) => {
  const n = text.split(from).length - 1;
  if (n !== 1) fail(`${what}: expected one '${from}', found ${n} (did wasm-bindgen or web/loader.js change?)`);
  return text.replace(from, () => to);
};

// The glue as a plain script: no exports, no imports.
let glue = read('wenselijk.js').toString('utf8');
if (/^import\s/m.test(glue)) fail('the glue imports other files (snippets); inline them first');
glue = replaceOnce(glue, 'export { initSync, __wbg_init as default };', '', 'glue exports');
glue = glue.replace(/^export function /gm, 'function ');
if (/^export\s/m.test(glue)) fail('the glue has exports this script does not know');

const wasm = read('wenselijk_bg.wasm');
const packed = zlib.gzipSync(wasm, { level: 9 }).toString('base64');
const unpack = `(async () => {
    const bytes = Uint8Array.from(atob(PROGRAM), (c) => c.charCodeAt(0));
    if (typeof DecompressionStream !== 'function') throw new Error('this browser cannot unpack the program (DecompressionStream)');
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  })()`;

let loader = read('loader.js').toString('utf8');
loader = replaceOnce(loader, "import init, { mount } from './wenselijk.js';", 'const init = __wbg_init;', 'loader import');
loader = replaceOnce(loader, "const program = new URL('wenselijk_bg.wasm', base);", `const program = ${unpack};`, 'loader program');

const script = `\n${glue}\nconst PROGRAM = '${packed}';\n{\n${loader}\n}\n`;
const hash = crypto.createHash('sha256').update(script, 'utf8').digest('base64');
const policy = csp({ scriptSrc: `'sha256-${hash}'` });

// The page: index.html without its script and preload tags, plus the CSP and the script.
let html = read('index.html').toString('utf8');
html = html.replace(/<script\b[^>]*><\/script>\s*/g, '').replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
if (/<script|<link rel="(modulepreload|preload|stylesheet)"/.test(html)) fail('index.html has tags this script does not know');
html = replaceOnce(html, '<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`, 'charset');
html = replaceOnce(html, '</body>', `<script type="module">${script}</script>\n  </body>`, 'body end');

// The configuration, as data. JSON.parse then stringify: one line, and no
// "</script" can end the block early ("<" is written as \u003c).
const configText = fs.readFileSync(configFile ?? path.join(dist, 'wenselijk.config.json'), 'utf8');
let config;
try {
  config = JSON.stringify(JSON.parse(configText)).replaceAll('<', '\\u003c');
} catch (e) {
  fail(`${configFile ?? 'the configuration'} is not valid JSON: ${e.message}`);
}
html = replaceOnce(html, '</head>', `  <script type="application/json" id="wenselijk-config">${config}</script>\n  </head>`, 'head end');

// The message check's word list, as data too: a single file has no folder
// to load it from.
const wordsFile = path.join(dist, 'message-words.json');
if (!fs.existsSync(wordsFile)) fail(`${wordsFile} is missing: run 'trunk build --release' first`);
let words;
try {
  words = JSON.stringify(JSON.parse(fs.readFileSync(wordsFile, 'utf8'))).replaceAll('<', '\\u003c');
} catch (e) {
  fail(`${wordsFile} is not valid JSON: ${e.message}`);
}
html = replaceOnce(html, '</head>', `  <script type="application/json" id="wenselijk-words">${words}</script>\n  </head>`, 'head end (words)');

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, html);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const br = zlib.brotliCompressSync(Buffer.from(html), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`single-file: wrote ${out}: ${kb(html.length)} (program ${kb(wasm.length)} raw, ${kb(packed.length)} packed; the file is ${kb(br)} with brotli)`);
