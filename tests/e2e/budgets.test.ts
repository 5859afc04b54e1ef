// Byte and request budgets on the built site, per page type. Bytes are gzip sizes of the built files.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { builtPages, DIST, htmlFileOf, INTERACTIVE_PAGE, connectBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = await connectBrowser();

async function load(pagePath: string, idleMs = 0) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:')) requests.push(new URL(r.url()).pathname);
  });
  await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'networkidle' });
  const onLoad = [...requests];
  // Idle for a while without touching anything: nothing more may be fetched.
  if (idleMs) await page.waitForTimeout(idleMs);
  const onIdle = requests.slice(onLoad.length);
  await context.close();
  return { onLoad, onIdle };
}

// The JavaScript budget of every page is checked in every-page.test.ts, on the load it makes anyway.

describe('idle pages', () => {
  // One page of each type; every type shares the layout and its loader.
  it.each(['/', '/ratgeber/unterschied/', '/en/glossary/', '/suche/', '/quiz/', '/en/hiring-check/'])(
    '%s fetches nothing while the visitor does nothing',
    async (pagePath) => {
      const { onIdle } = await load(pagePath, 1500);
      expect(onIdle).toEqual([]);
    },
  );
});

describe('guide pages', () => {
  it('load in at most three requests', async () => {
    for (const pagePath of ['/ratgeber/unterschied/', '/en/guides/careers/']) {
      const { onLoad } = await load(pagePath);
      expect(onLoad.length, pagePath).toBeLessThanOrEqual(3);
    }
  });
});

describe('images', () => {
  it('give every image its width and height and a modern or vector format', () => {
    for (const pagePath of builtPages().filter((p) => p.endsWith('/'))) {
      const doc = new JSDOM(readFileSync(`${DIST}${pagePath}index.html`, 'utf8')).window.document;
      for (const img of doc.querySelectorAll('img')) {
        expect(img.getAttribute('width'), `${pagePath}: ${img.outerHTML}`).toMatch(/^\d+$/);
        expect(img.getAttribute('height'), `${pagePath}: ${img.outerHTML}`).toMatch(/^\d+$/);
        expect(img.getAttribute('src'), pagePath).toMatch(/\.(avif|webp|svg)(\?|$)|^data:image\/svg/);
      }
    }
  });
});

describe('first load of reading pages', () => {
  const reading = builtPages().filter((p) => !INTERACTIVE_PAGE.test(p));
  const html = (pagePath: string) => readFileSync(htmlFileOf(pagePath), 'utf8');
  const gz = (text: string) => gzipSync(text, { level: 9 }).length;

  it('covers every reading page, and only those', () => {
    expect(reading).toContain('/ratgeber/unterschied/');
    expect(reading).toContain('/en/glossary/');
    expect(reading).not.toContain('/quiz/');
  });

  // With its CSS and its only script inline, a reading page is complete in one response: no second round
  // trip before the first paint.
  it.each(reading)('%s loads no stylesheet or script file before interaction', (pagePath) => {
    const page = html(pagePath);
    expect(page).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(page).not.toMatch(/<script[^>]+\bsrc=/);
  });

  // Everything around a page's own content (layout, header, footer, metadata, CSS, JS) at most 8 KB gzip.
  // The content itself is what a reader came for: a 1,500-word guide's text alone is 5 to 7 KB gzip, so a
  // whole-page limit of 8 KB would only push guides to be shorter.
  it.each(reading)('%s: the page frame around <main> is at most 8 KB gzip', (pagePath) => {
    const frame = html(pagePath).replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, '$1</main>');
    expect(frame).toContain('</main>');
    expect(gz(frame)).toBeLessThanOrEqual(8 * 1024);
  });

  it('the home pages load whole in at most 8 KB gzip', () => {
    for (const pagePath of ['/', '/en/']) expect(gz(html(pagePath)), pagePath).toBeLessThanOrEqual(8 * 1024);
  });
});
