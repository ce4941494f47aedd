// What the app asks of whatever web server serves dist/: its security headers, how long each
// file may be cached, the types of its files, and what to compress. The one list: the built
// page's CSP <meta> (src/pwa/pwa.config.ts) and the local server (scripts/serve.mjs) read it;
// the shipped nginx configuration (deploy/nginx.conf, plain text for people to adapt) is checked
// against it by tests/unit/deploy.test.ts, and tests/browser/webServer.test.ts checks what
// both servers send. docs/deploy.md says how to set the same on other hosts. Plain data in
// plain ESM, so Node scripts import it as is.

/** The Content-Security-Policy, one directive a line. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the scan screen's QR decoder (src/practice/QrScanner.tsx, with
  // zxing-wasm) compile its own WebAssembly; it allows no eval of script text.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The policy a <meta http-equiv> can carry: a browser ignores frame-ancestors there, so it goes
 * only as a header (a host that cannot set headers cannot stop framing).
 */
export const CSP_META_CONTENT = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join(
  '; ',
);

/** Sent with every response, errors included. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The camera only for this origin (the trainer's QR reader); nothing else a page could ask for.
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Vite's hashed output: a name there never gets other bytes. */
export const HASHED_PREFIX = '/assets/';

/** Cache-Control by kind of response. */
export const CACHE_CONTROL = {
  /** A hashed file under HASHED_PREFIX: cached for a year, never revalidated. */
  hashed: 'public, max-age=31536000, immutable',
  /**
   * Everything whose name stays across releases — index.html, sw.js, the manifest, the icons,
   * workbox-*.js: revalidated on every load, so a new release (and a rollback) reaches every
   * phone the next time it is opened.
   */
  revalidate: 'no-cache',
  /** An error (a missing file): never kept, so a file uploaded a moment later is found. */
  error: 'no-store',
};

/** Cache-Control of a successful response for a path (a path the server answered with 2xx/304). */
export function cacheControlFor(urlPath) {
  return urlPath.startsWith(HASHED_PREFIX) ? CACHE_CONTROL.hashed : CACHE_CONTROL.revalidate;
}

/** The types of the build's files; a server must send exactly these. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * Types many servers do not know (nginx's mime.types has no .webmanifest): the deploy recipe
 * names them, and the nginx configuration sets them itself. A wrong type breaks the app:
 * WebAssembly.instantiateStreaming refuses anything but application/wasm.
 */
export const UNCOMMON_TYPES = ['.webmanifest', '.wasm'];

/** gzip level of every server (and of the byte figures of bench/assets.mjs: the bytes on the wire). */
export const GZIP_LEVEL = 6;

/** Worth compressing (images and fonts are compressed already). */
export const COMPRESSIBLE = [
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.xml',
  '.svg',
  '.ico',
  '.wasm',
];
