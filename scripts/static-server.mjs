// A small static file server for dist/: used by `npm start` and by the browser tests.
// It applies the headers from dist/_headers, the same file static hosts read, so tests see what visitors get.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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

/** Parses the Netlify/Cloudflare `_headers` format (only the `/*` block and exact paths). */
export function parseHeadersFile(text) {
  const rules = [];
  let current = null;
  for (const line of text.split('\n')) {
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

function headersFor(rules, urlPath) {
  const out = {};
  for (const rule of rules) {
    const p = rule.pattern;
    const matches = p === urlPath || (p.endsWith('*') && urlPath.startsWith(p.slice(0, -1)));
    if (matches) Object.assign(out, rule.headers);
  }
  return out;
}

async function resolveFile(root, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const target = path.resolve(root, '.' + decoded);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  try {
    const info = await stat(target);
    if (info.isDirectory()) {
      if (!decoded.endsWith('/')) return { redirect: decoded + '/' };
      const index = path.join(target, 'index.html');
      await stat(index);
      return { file: index };
    }
    return { file: target };
  } catch {
    return null;
  }
}

export async function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const absRoot = path.resolve(root);
  let rules = [];
  try {
    rules = parseHeadersFile(await readFile(path.join(absRoot, '_headers'), 'utf8'));
  } catch {
    // no headers file: serve without extra headers
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const extra = headersFor(rules, url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let found = null;
    try {
      found = await resolveFile(absRoot, url.pathname);
    } catch {
      found = null; // malformed percent-encoding
    }
    if (found?.redirect) {
      res.writeHead(301, { ...extra, Location: found.redirect + url.search }).end();
      return;
    }
    let status = 200;
    let file = found?.file;
    if (!file || path.basename(file) === '_headers') {
      status = 404;
      file = path.join(absRoot, '404.html');
    }
    try {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      // Compress text as CDN-backed static hosts do (Brotli, else gzip), so measurements such as Lighthouse
      // and transfer sizes match what visitors get.
      const accepted = req.headers['accept-encoding'] ?? '';
      const encoding = !COMPRESSIBLE.test(type)
        ? null
        : /\bbr\b/.test(accepted)
          ? 'br'
          : /\bgzip\b/.test(accepted)
            ? 'gzip'
            : null;
      const body = await encoded(file, encoding);
      res.writeHead(status, {
        ...extra,
        'Content-Type': type,
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}
