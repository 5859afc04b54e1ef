// A small static file server for dist/: used by `npm start`, the browser tests, the audit and the benchmarks.
// It applies the headers from dist/_headers, the same file static hosts read, so tests see what visitors get
// (caching included). It is a local tool bound to 127.0.0.1, but it is still hardened: every request path is
// decoded once, normalised and confined to the root; a redirect only ever adds a slash to the same path on the
// same host; and no request, however malformed, can throw out of the handler.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** What the hosts send when `_headers` says nothing about caching: revalidate every time. */
const DEFAULT_CACHE_CONTROL = 'no-cache';

// Compressed bodies, kept per file and encoding as long as the file is unchanged (Brotli at its best level is
// slow, and a test run asks for the same files many times).
const compressedCache = new Map();

async function encoded(file, encoding) {
  if (!encoding) return readFile(file);
  const { mtimeMs } = await stat(file);
  const key = `${encoding}:${file}`;
  const hit = compressedCache.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const raw = await readFile(file);
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(raw, { level: 9 });
  compressedCache.set(key, { mtimeMs, body });
  return body;
}

/** Parses the Netlify/Cloudflare `_headers` format (path lines with an optional trailing `*`). */
export function parseHeadersFile(text) {
  const rules = [];
  let current = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: {} };
      rules.push(current);
    } else if (current) {
      const at = line.indexOf(':');
      if (at > 0) current.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The headers `_headers` gives a path; later rules win, as each host merges them. */
export function headersFor(rules, urlPath) {
  const out = {};
  for (const rule of rules) {
    const p = rule.pattern;
    const matches = p === urlPath || (p.endsWith('*') && urlPath.startsWith(p.slice(0, -1)));
    if (matches) Object.assign(out, rule.headers);
  }
  return out;
}

/**
 * The site path a request asks for: the raw request target's path, percent-decoded once, with `.`/`..` and
 * repeated slashes resolved as a host would, never above the root. Null for what no static host would serve
 * (malformed encoding, NUL, backslashes, control characters, a target that is not an absolute path).
 */
export function sitePath(requestTarget) {
  if (typeof requestTarget !== 'string' || !requestTarget.startsWith('/')) return null;
  const end = requestTarget.search(/[?#]/);
  const raw = end < 0 ? requestTarget : requestTarget.slice(0, end);
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  // Backslashes count as slashes in browsers' URL parsing; control characters (incl. U+2028/9) have no place
  // in a file name here. Rejecting both keeps every path we echo back printable and unambiguous.
  if (/[\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(decoded)) return null;
  const normalised = path.posix.normalize(decoded);
  // normalize keeps a leading '..' only for relative paths; ours is absolute, so it cannot climb above '/'.
  return normalised.startsWith('/') ? normalised : null;
}

/** Percent-encodes each segment, so a path we send back in `Location` is plain ASCII and same-host only. */
function encodePath(sitePathValue) {
  return sitePathValue
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

async function resolveFile(root, site) {
  const target = path.resolve(root, '.' + site);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  try {
    // Symbolic links must not lead out of the root either.
    const real = await realpath(target);
    if (real !== root && !real.startsWith(root + path.sep)) return null;
    const info = await stat(real);
    if (info.isDirectory()) {
      if (!site.endsWith('/')) return { redirect: encodePath(site) + '/' };
      const index = path.join(real, 'index.html');
      if (!(await stat(index)).isFile()) return null;
      return { file: index };
    }
    return info.isFile() ? { file: real } : null;
  } catch {
    return null;
  }
}

// A query string is echoed into Location only when it is plain printable ASCII (what a URL parser produces).
const SAFE_QUERY = /^\?[\x21-\x7e]*$/;

async function respond(root, rules, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const target = req.url ?? '/';
  const site = sitePath(target);
  if (site === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
    return;
  }
  const extra = headersFor(rules, site);
  const found = await resolveFile(root, site);
  if (found?.redirect) {
    const queryAt = target.indexOf('?');
    const query = queryAt < 0 ? '' : target.slice(queryAt).split('#')[0];
    const location = found.redirect + (SAFE_QUERY.test(query) ? query : '');
    res.writeHead(301, { ...extra, Location: location }).end();
    return;
  }
  let status = 200;
  let file = found?.file;
  if (!file || path.basename(file) === '_headers') {
    status = 404;
    file = path.join(root, '404.html');
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Compress text as CDN-backed static hosts do (Brotli, else gzip), so measurements such as Lighthouse and
  // transfer sizes match what visitors get.
  const accepted = req.headers['accept-encoding'] ?? '';
  const encoding = !COMPRESSIBLE.test(type)
    ? null
    : /\bbr\b/.test(accepted)
      ? 'br'
      : /\bgzip\b/.test(accepted)
        ? 'gzip'
        : null;
  let body;
  try {
    body = await encoded(file, encoding);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(status, {
    'Cache-Control': DEFAULT_CACHE_CONTROL,
    ...extra,
    'Content-Type': type,
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const absRoot = await realpath(path.resolve(root));
  let rules = [];
  try {
    rules = parseHeadersFile(await readFile(path.join(absRoot, '_headers'), 'utf8'));
  } catch {
    // no headers file: serve without extra headers
  }
  const server = createServer((req, res) => {
    respond(absRoot, rules, req, res).catch(() => {
      // Whatever went wrong, answer and keep serving.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
  // A client that sends garbage gets a 400 from Node's parser; it must not take the server down.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}
