// Byte and request budgets on the built site, per page type. Bytes are gzip sizes of the built files.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, connectBrowser, htmlFileOf, INTERACTIVE_PAGE } from './browser';
import { inlineScriptBodies } from '../../src/build/security/csp';

const baseUrl = inject('baseUrl');
const browser = await connectBrowser();

/** Opens a page in a fresh context; `requests` grows with every request the page makes from then on. */
async function open(pagePath: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:')) requests.push(new URL(r.url()).pathname);
  });
  await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'load' });
  return { context, requests };
}

// The JavaScript budget of every page is checked in every-page.test.ts, on the load it makes anyway.

describe('idle pages', () => {
  // One page of each type; every type shares the layout and its loader. All six idle side by side (each in
  // its own context), so the run waits out one idle window instead of six.
  const PAGES = ['/', '/ratgeber/unterschied/', '/en/glossary/', '/suche/', '/quiz/', '/en/hiring-check/'];
  const IDLE_MS = 1500;

  it('fetch nothing while the visitor does nothing', async () => {
    const opened = await Promise.all(PAGES.map(open));
    const onLoad = opened.map(({ requests }) => requests.length);
    // Idle without touching anything: nothing more may be fetched, neither at once nor after a while.
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const onIdle = Object.fromEntries(PAGES.map((p, i) => [p, opened[i]!.requests.slice(onLoad[i])]));
    await Promise.all(opened.map(({ context }) => context.close()));
    expect(onIdle).toEqual(Object.fromEntries(PAGES.map((p) => [p, []])));
  });
});

describe('guide pages', () => {
  // The page itself, with its CSS and its only script inline (docs/benchmarks.md, reading-page first load).
  it('load in one request', async () => {
    for (const pagePath of ['/ratgeber/unterschied/', '/en/guides/careers/']) {
      const { context, requests } = await open(pagePath);
      await context.close();
      expect(requests, pagePath).toEqual([pagePath]);
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

  // The page loader (theme before the first paint, search on intent, the contents marker) is all the JavaScript
  // a reading page runs before interaction; it rides on every page, so it has a budget of its own.
  it.each(reading)('%s runs only the page loader before interaction, at most 850 B gzip', (pagePath) => {
    const scripts = inlineScriptBodies(html(pagePath));
    expect(scripts).toHaveLength(1);
    expect(gzipSync(scripts[0]!).length).toBeLessThanOrEqual(850);
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
