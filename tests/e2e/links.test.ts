// Zero broken internal links or anchors anywhere in dist/. (Duplicate ids are errors for the Nu Html Checker in
// html-valid.test.ts.)
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { builtPages, DIST } from './browser';

function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath);
  const candidates = clean.endsWith('/')
    ? [path.join(DIST, clean, 'index.html')]
    : [path.join(DIST, clean), path.join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
    idsCache.set(file, new Set([...doc.querySelectorAll('[id]')].map((e) => e.id)));
  }
  return idsCache.get(file)!;
}

describe('internal links', () => {
  const pages = builtPages(DIST);

  it.each(pages)('%s links only to pages and anchors that exist', (pagePath) => {
    const file = fileFor(pagePath)!;
    const doc = new JSDOM(readFileSync(file, 'utf8'), { url: `http://local${pagePath}` }).window.document;
    const broken: string[] = [];
    for (const el of doc.querySelectorAll('a[href], link[href]')) {
      const href = el.getAttribute('href')!;
      const url = new URL(href, `http://local${pagePath}`);
      if (url.host !== 'local') continue; // external links are not followed (no network here)
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${href} (no such page)`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
