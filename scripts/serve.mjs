#!/usr/bin/env node
// Local static server for the production build (dist/), shaped like the shipped nginx
// configuration (deploy/nginx.conf): the headers, cache rules, types and compression of
// deploy/headers.mjs, the SPA fallback for app routes (no file extension) and a 404 for a missing
// file. For `npm start`, the tests and the bench; a real host runs nginx (docs/deploy.md).
// No dependencies beyond Node itself.
//
//   node scripts/serve.mjs [--port 4173] [--host [0.0.0.0]] [--root dist]
//
// Tests use `startServer({ root, port, host })`; it can be stopped and started
// again in the same process (the offline tests do that, on the same port).

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzip as gzipCb } from 'node:zlib';
import { promisify } from 'node:util';
import {
  cacheControlFor,
  CACHE_CONTROL,
  COMPRESSIBLE,
  CONTENT_TYPES,
  GZIP_LEVEL,
  HASHED_PREFIX,
  SECURITY_HEADERS,
} from '../deploy/headers.mjs';

const gzip = promisify(gzipCb);
const COMPRESSED = new Set(COMPRESSIBLE);

/** gzip output cached by absolute path; invalidated when size or mtime changes. */
const gzipCache = new Map();

async function gzipped(file, st) {
  const key = `${st.size}:${st.mtimeMs}`;
  const hit = gzipCache.get(file);
  if (hit && hit.key === key) return hit.body;
  const body = await gzip(await readFile(file), { level: GZIP_LEVEL });
  gzipCache.set(file, { key, body });
  return body;
}

function acceptsGzip(req) {
  const header = String(req.headers['accept-encoding'] ?? '');
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

async function statFile(file) {
  try {
    const st = await stat(file);
    return st.isFile() ? st : null;
  } catch {
    return null;
  }
}

function sendText(req, res, status, text, extra = {}) {
  const body = Buffer.from(text + '\n');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': CACHE_CONTROL.error,
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The SPA fallback: a path with no file extension is one of the app's routes (/history,
 * /guide/keyError…), answered with index.html. A missing file (a name with an extension, or
 * anything under /assets/) is a 404: index.html served for a missing script would run as HTML.
 */
function isAppRoute(urlPath) {
  return !urlPath.startsWith(HASHED_PREFIX) && path.posix.extname(urlPath) === '';
}

/** Maps a request path to a file under root, or null when it escapes root. */
function resolveInRoot(root, urlPath) {
  const file = path.resolve(root, '.' + path.posix.normalize(urlPath));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(req, res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    sendText(req, res, 400, 'Bad Request');
    return;
  }
  if (urlPath.includes('\0')) {
    sendText(req, res, 400, 'Bad Request');
    return;
  }
  if (urlPath.endsWith('/')) urlPath += 'index.html';

  let file = resolveInRoot(root, urlPath);
  if (!file) {
    sendText(req, res, 404, 'Not Found');
    return;
  }
  let st = await statFile(file);
  if (!st && isAppRoute(urlPath)) {
    file = path.join(root, 'index.html');
    st = await statFile(file);
    urlPath = '/index.html';
  }
  if (!st) {
    sendText(req, res, 404, 'Not Found');
    return;
  }

  const ext = path.extname(file).toLowerCase();
  const useGzip = COMPRESSED.has(ext) && acceptsGzip(req);
  const etag = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}${useGzip ? '-gz' : ''}"`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControlFor(urlPath),
    'Last-Modified': st.mtime.toUTCString(),
    ETag: etag,
  };
  if (COMPRESSED.has(ext)) headers['Vary'] = 'Accept-Encoding';

  const inm = req.headers['if-none-match'];
  if (inm && inm.split(',').some((t) => t.trim() === etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }

  if (useGzip) {
    const body = await gzipped(file, st);
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': st.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * Starts serving `root` on host:port (port 0 picks a free one).
 * `onResponse` (tests): called with every request's method, path and status once it is answered,
 * so a test in any engine can see a failed load the browser does not report.
 *
 * @param {{ root?: string, port?: number, host?: string,
 *   onResponse?: (method: string, url: string, status: number) => void }} [options]
 * @returns {Promise<{ url: string, port: number, host: string, close: () => Promise<void> }>}
 */
export async function startServer({
  root = defaultRoot(),
  port = 0,
  host = '127.0.0.1',
  onResponse,
} = {}) {
  const absRoot = path.resolve(root);
  const server = createServer((req, res) => {
    if (onResponse) {
      res.on('finish', () => onResponse(req.method ?? 'GET', req.url ?? '/', res.statusCode));
    }
    handle(absRoot, req, res).catch((err) => {
      console.error('[serve]', req.url, err);
      if (res.headersSent) res.destroy();
      else sendText(req, res, 500, 'Internal Server Error');
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${urlHost.includes(':') ? `[${urlHost}]` : urlHost}:${actualPort}`;

  let closing;
  const close = () => {
    closing ??= new Promise((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve(undefined)));
      // Drop keep-alive and in-flight connections so the port is free at once
      // and the browser sees the server as gone (offline tests rely on this).
      server.closeAllConnections();
    });
    return closing;
  };

  return { url, port: actualPort, host, close };
}

function defaultRoot() {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
}

function parseArgs(argv) {
  const opts = { port: 4173, host: '127.0.0.1', root: defaultRoot() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    const next = () => inline ?? argv[++i];
    if (flag === '--port' || flag === '-p') opts.port = Number(next());
    else if (flag === '--root') opts.root = path.resolve(next());
    else if (flag === '--host') {
      // `--host` alone exposes the server on every interface (e.g. a phone on
      // the shop Wi-Fi); `--host ADDR` binds one address.
      const value = inline ?? (argv[i + 1] && !argv[i + 1].startsWith('-') ? argv[++i] : '0.0.0.0');
      opts.host = value;
    } else if (flag === '--help' || flag === '-h') {
      console.log('usage: node scripts/serve.mjs [--port 4173] [--host [ADDR]] [--root dist]');
      process.exit(0);
    } else {
      console.error(`serve: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error('serve: --port needs a number between 0 and 65535');
    process.exit(2);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const indexSt = await statFile(path.join(opts.root, 'index.html'));
  if (!indexSt) {
    console.error(`serve: ${opts.root}/index.html not found; run \`npx vite build\` first`);
    process.exit(1);
  }
  const server = await startServer(opts);
  const exposed = opts.host === '0.0.0.0' || opts.host === '::';
  const shown = path.relative(process.cwd(), opts.root);
  console.log(`Serving ${shown && !shown.startsWith('..') ? shown : opts.root} at ${server.url}`);
  if (exposed) console.log(`(listening on all interfaces, port ${server.port})`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
