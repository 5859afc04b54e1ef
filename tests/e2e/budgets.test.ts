// Byte and request budgets on the built site, per page type. Bytes are gzip sizes of the built files.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { JSDOM } from 'jsdom';
import { builtPages, DIST, launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

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
