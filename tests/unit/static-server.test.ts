/**
 * The local static server (scripts/static-server.mjs) on a small fixture site, over real sockets on
 * 127.0.0.1: raw request targets go out byte for byte (no client-side URL normalisation), so the server sees
 * exactly what a hostile or sloppy client could send.
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePath, startServer } from '../../scripts/static-server.mjs';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let base = '';
let port = 0;
let close: () => Promise<unknown> = async () => undefined;
let dir = '';

/** Sends one request with the target exactly as given and reads the whole response. */
function rawGet(target: string, extraHeaders = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(':');
        if (at > 0) headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(
      Buffer.from(
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extraHeaders}Connection: close\r\n\r\n`,
        'latin1',
      ),
    );
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rollenklar-server-'));
  const root = path.join(dir, 'dist');
  mkdirSync(path.join(root, 'quiz'), { recursive: true });
  mkdirSync(path.join(root, '_astro'), { recursive: true });
  mkdirSync(path.join(root, 'über'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(root, '404.html'), '<p>not found</p>');
  writeFileSync(path.join(root, 'quiz', 'index.html'), '<p>quiz</p>');
  writeFileSync(path.join(root, 'über', 'index.html'), '<p>über</p>');
  writeFileSync(path.join(root, '_astro', 'app.abc123.js'), 'console.log(1)');
  writeFileSync(
    path.join(root, '_headers'),
    '/*\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  writeFileSync(path.join(dir, 'secret.txt'), 'SECRET');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'link.txt'));
  const server = await startServer({ root, port: 0 });
  base = server.url;
  port = Number(new URL(base).port);
  close = server.close;
});

afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server', () => {
  it('F-9: an encoded double slash never redirects to another host', async () => {
    for (const target of [
      '/%2F%2Fevil.example%2F..%2Fquiz',
      '/%5C%5Cevil.example%2F..%2Fquiz',
      '//evil.example/../quiz',
    ]) {
      const res = await rawGet(target);
      if (res.status >= 300 && res.status < 400) {
        expect(new URL(res.headers['location']!, base).origin, target).toBe(new URL(base).origin);
        expect(res.headers['location'], target).toMatch(/^\/(?![/\\])/);
      }
    }
  });

  it('F-9: a line separator in the path neither crashes the server nor reaches a header', async () => {
    const res = await rawGet('/x%E2%80%A8%2F..%2Fquiz');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await rawGet('/')).status).toBe(200);
  });

  it('F-9: paths stay inside dist/, also through dot segments and symbolic links', async () => {
    for (const target of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/quiz/..%2F..%2Fsecret.txt',
      '/link.txt',
    ]) {
      const res = await rawGet(target);
      expect(res.body, target).not.toContain('SECRET');
    }
    expect((await rawGet('/_headers')).status).toBe(404);
  });

  it('F-9: a directory without a slash redirects to the same path with one, query kept', async () => {
    const res = await rawGet('/quiz?a=1');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/quiz/?a=1');
    const umlaut = await rawGet('/%C3%BCber');
    expect(umlaut.headers['location']).toBe('/%C3%BCber/');
    expect((await rawGet('/quiz/')).body).toContain('quiz');
  });

  it('I-1: /_astro/* is cached as _headers says, pages are revalidated', async () => {
    const asset = await rawGet('/_astro/app.abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await rawGet('/quiz/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps Brotli compression for text', async () => {
    const res = await rawGet('/quiz/', 'Accept-Encoding: br\r\n');
    expect(res.headers['content-encoding']).toBe('br');
  });

  it('F-9: no request path crashes the server, escapes dist/ or redirects elsewhere (property)', async () => {
    const pieces = fc.constantFrom(
      '/',
      '//',
      '\\',
      '%2F',
      '%2f',
      '%5C',
      '..',
      '.',
      '%2E%2E',
      '%2e',
      'quiz',
      '_astro',
      'evil.example',
      '%00',
      '%E2%80%A8',
      '%E2%80%A9',
      '%0D%0A',
      '%',
      '%ZZ',
      '%C3',
      '?',
      '#',
      ';',
      '@',
      ':',
      'secret.txt',
      'link.txt',
      '%F0%9F%98%80',
      'über'.normalize(),
      '%FF',
      '~',
      ' ',
    );
    const target = fc.array(pieces, { maxLength: 12 }).map((parts) => '/' + parts.join(''));
    await fc.assert(
      fc.asyncProperty(target, async (t) => {
        const res = await rawGet(encodeURI(t).replace(/%25/g, '%'));
        expect([200, 301, 400, 404]).toContain(res.status);
        expect(res.body).not.toContain('SECRET');
        if (res.status === 301) {
          const location = res.headers['location']!;
          expect(location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
          expect(new URL(location, base).origin).toBe(new URL(base).origin);
        }
      }),
      { numRuns: 300 },
    );
    expect((await rawGet('/')).status).toBe(200);
  });
});

describe('sitePath', () => {
  it('F-9: decodes once, resolves dot segments and repeated slashes, never climbs above the root', () => {
    expect(sitePath('/%2F%2Fevil.example%2F..%2Fquiz')).toBe('/quiz');
    expect(sitePath('/../../etc/passwd')).toBe('/etc/passwd');
    expect(sitePath('/a%252F')).toBe('/a%2F');
    expect(sitePath('/%5C%5Cevil')).toBeNull();
    expect(sitePath('/x%E2%80%A8')).toBeNull();
    expect(sitePath('/%E0%A4%A')).toBeNull();
    expect(sitePath('http://evil.example/')).toBeNull();
  });
});
