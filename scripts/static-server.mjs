#!/usr/bin/env node
// A dependency-free static file server for the release build (dist/), as a static host would
// serve it: under a sub-path (default /pay/), on 127.0.0.1 only. Used by the browser tests and
// benchmarks; also handy to look at a release build by hand.
//
// CLI:
//   node scripts/static-server.mjs [--root dist] [--base /pay/] [--port 8081] [--csp] [--compress]
//     --csp       send a strict Content-Security-Policy (no inline scripts or styles)
//     --compress  negotiate Content-Encoding br / gzip from Accept-Encoding
//     --port 0    picks a free port; the URL is printed on stdout
//
// Module:
//   import { start } from './scripts/static-server.mjs';
//   const { url, close } = await start({ root: 'dist', base: '/pay/', port: 0, csp: true, compress: true });
//   // url = 'http://127.0.0.1:PORT/pay/'; await close();
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json|xml)|image\/svg\+xml)/;

const DEFAULT_ROOT = fileURLToPath(new URL('../dist', import.meta.url));

/** Parses Accept-Encoding and picks br, then gzip, else identity (honours q=0). */
export function pickEncoding(header = '') {
  const q = {};
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q[name] = qp ? Number(qp.slice(2)) : 1;
  }
  const ok = (enc) => (q[enc] ?? q['*'] ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

function compress(body, encoding) {
  if (encoding === 'br') {
    return brotliCompressSync(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  return gzipSync(body, { level: 9 });
}

/**
 * Starts the server. Resolves to { url, origin, port, server, close }.
 * @param {{root?: string, base?: string, port?: number, host?: string, csp?: boolean|string,
 *          compress?: boolean, log?: boolean}} options
 */
export async function start({
  root = DEFAULT_ROOT,
  base = '/pay/',
  port = 0,
  host = '127.0.0.1',
  csp = false,
  compress: negotiate = false,
  log = false,
} = {}) {
  root = resolve(root);
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  const cache = new Map(); // `${file}\0${mtime}\0${encoding}` -> compressed Buffer

  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (csp) headers['Content-Security-Policy'] = typeof csp === 'string' ? csp : STRICT_CSP;
    const send = (status, body, extra = {}) => {
      const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
      res.writeHead(status, { ...headers, 'Content-Length': buf.length, ...extra });
      res.end(req.method === 'HEAD' ? undefined : buf);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed\n', { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
    }
    if (url.pathname + '/' === base) {
      return send(301, '', { Location: base + url.search });
    }
    if (!url.pathname.startsWith(base)) {
      return send(404, `not found (the app is under ${base})\n`, { 'Content-Type': 'text/plain' });
    }
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      return send(400, 'bad request\n', { 'Content-Type': 'text/plain' });
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = resolve(root, rel);
    if (rel.includes('\0') || (file !== root && !file.startsWith(root + sep))) {
      return send(403, 'forbidden\n', { 'Content-Type': 'text/plain' });
    }

    let info;
    try {
      info = await stat(file);
    } catch {
      return send(404, 'not found\n', { 'Content-Type': 'text/plain' });
    }
    if (info.isDirectory()) {
      return send(301, '', { Location: url.pathname + '/' + url.search });
    }
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body = await readFile(file);
    const extra = { 'Content-Type': type, 'Last-Modified': info.mtime.toUTCString() };
    if (negotiate && COMPRESSIBLE.test(type)) {
      extra.Vary = 'Accept-Encoding';
      const encoding = pickEncoding(req.headers['accept-encoding']);
      if (encoding !== 'identity') {
        const key = `${file}\0${info.mtimeMs}\0${encoding}`;
        if (!cache.has(key)) cache.set(key, compress(body, encoding));
        body = cache.get(key);
        extra['Content-Encoding'] = encoding;
      }
    }
    send(200, body, extra);
  }

  const server = createServer((req, res) => {
    handle(req, res)
      .catch((err) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`internal error: ${err.message}\n`);
      })
      .finally(() => {
        if (log) console.log(`${res.statusCode} ${req.method} ${req.url}`);
      });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const actualPort = server.address().port;
  const origin = `http://${host}:${actualPort}`;
  return {
    url: origin + base,
    origin,
    port: actualPort,
    server,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections?.();
      }),
  };
}

function parseArgs(argv) {
  const opts = { root: DEFAULT_ROOT, base: '/pay/', port: 8081, csp: false, compress: false, log: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--root') opts.root = value();
    else if (a === '--base') opts.base = value();
    else if (a === '--port') opts.port = Number(value());
    else if (a === '--host') opts.host = value();
    else if (a === '--csp') opts.csp = true;
    else if (a === '--compress') opts.compress = true;
    else if (a === '--quiet') opts.log = false;
    else if (a === '-h' || a === '--help') {
      console.log(
        'usage: node scripts/static-server.mjs [--root dist] [--base /pay/] [--port 8081] [--host 127.0.0.1] [--csp] [--compress] [--quiet]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${a} (see --help)`);
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const opts = parseArgs(process.argv.slice(2));
  const { url, close } = await start(opts);
  console.log(`serving ${opts.root} at ${url}${opts.csp ? ' (strict CSP)' : ''}${opts.compress ? ' (br/gzip)' : ''}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => close().then(() => process.exit(0)));
  }
}
