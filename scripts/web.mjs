// What the app's pages are served and tested with, in one place (no side
// effects on import): the Content-Security-Policy (also in deploy/nginx.conf
// and docs/EMBED.md), MIME types, and the headless Chromium flags. Used by
// tests/e2e/harness.mjs, bench/browser.mjs and scripts/single-file.mjs.

/**
 * The policy's directives: no inline script or style, no eval; WebAssembly
 * compilation is the one exception ('wasm-unsafe-eval'); nothing from any
 * other origin. `scriptSrc` is 'self' for the served app, a hash for the
 * single file; `frameAncestors` is left out for a <meta> policy (browsers
 * ignore it there).
 */
export function csp({ scriptSrc = "'self'", frameAncestors = null } = {}) {
  return [
    "default-src 'none'",
    `script-src ${scriptSrc} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    ...(frameAncestors ? [`frame-ancestors ${frameAncestors}`] : []),
  ].join('; ');
}

/** The policy every test and benchmark page runs under; host pages of the tests run on other ports of 127.0.0.1. */
export const STRICT_CSP = csp({ frameAncestors: "'self' http://127.0.0.1:*" });

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
