// Site search in a real browser: shortcut, typing, keyboard navigation, safety, the results page, budgets, and
// the quality test set run against the built index.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, DIST, connectBrowser, settle, visit } from './browser';
import { inlineScriptBodies } from '../../src/build/security/csp';
import { fullEngine } from '../../src/lib/search/client';
import {
  pageKey,
  type SearchBodyFile,
  type SearchDocument,
  type SearchIndexFile,
} from '../../src/lib/search/documents';
import { QUALITY_SET } from './search-quality-set';

const baseUrl = inject('baseUrl');
const browser = await connectBrowser();
let context: BrowserContext;
let page: Page;

async function fresh(path: string) {
  await context?.close();
  context = await browser.newContext();
  page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await visit(page, new URL(path, baseUrl).href);
  return requested;
}

/** Gzip size of a built file, as a CDN would send it. */
const gz = (pathname: string) =>
  gzipSync(readFileSync(`${DIST}${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`)).length;

const header = () => page.locator('#site-search-input');
// The island marks its results idle once no search is pending and the full text has loaded.
const settled = (selector = '.search-results') =>
  expect
    .poll(() => page.locator(selector).first().getAttribute('data-state'), { timeout: 15_000 })
    .toBe('idle');

describe('search box in the header', () => {
  it('loads no index, no fuse.js and at most 3 KB of search JavaScript until it is used', async () => {
    const requested = await fresh('/ratgeber/unterschied/');
    expect(requested.some((p) => p.includes('search-index'))).toBe(false);
    // The page loader is inline (no request of its own) and names the island's URL; any script file would
    // count as well.
    const html = readFileSync(`${DIST}/ratgeber/unterschied/index.html`, 'utf8');
    expect(html).toMatch(/<script data-search-island="\/_astro\/search-mount\.[\w-]+\.js">/);
    const loader = inlineScriptBodies(html);
    expect(loader).toHaveLength(1);
    const files = requested.filter((p) => p.endsWith('.js'));
    const bytes = files.reduce((sum, p) => sum + gz(p), gzipSync(loader.join('')).length);
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
  });

  it('opens with at most 60 KB (gzip: runtime, island, index head), then loads the full text once, nothing per query', async () => {
    const before = await fresh('/ratgeber/unterschied/');
    const seen = new Set(before);
    const after: string[] = [];
    page.on('request', (r) => after.push(new URL(r.url()).pathname));
    await page.keyboard.press('/');
    await expect.poll(() => after.some((p) => p.endsWith('/de-body.json')), { timeout: 15_000 }).toBe(true);
    await settle(page);
    const opened = after.filter((p) => !seen.has(p));
    const toOpen = opened.filter((p) => !p.endsWith('-body.json'));
    expect(toOpen).toContain('/search-index/de.json');
    expect(toOpen.reduce((sum, p) => sum + gz(p), 0)).toBeLessThanOrEqual(60 * 1024);
    expect(opened.filter((p) => p.endsWith('-body.json'))).toEqual(['/search-index/de-body.json']);
    const count = after.length;
    await header().fill('community');
    await page.waitForSelector('[role="option"]');
    await header().fill('troll');
    await settled();
    expect(after.length).toBe(count);
  });

  it('opens with "/" and with Ctrl+K, finds a typo, and Enter on an arrow-selected result lands there', async () => {
    await fresh('/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('Socail Meda');
    const options = page.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    await expect.poll(() => header().getAttribute('aria-expanded')).toBe('true');
    // The typo still finds the term and the guide on social media.
    await expect.poll(() => page.getByRole('option', { name: /^Social Media/ }).count()).toBeGreaterThan(0);
    // Arrow keys pressed before the debounced search runs would act on the old list.
    await settled();
    await header().fill('Plattformtypen');
    await settled();
    await expect.poll(() => options.first().textContent()).toContain('Plattformtypen');
    await page.keyboard.press('ArrowDown');
    const activeId = await header().getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await page.locator(`#${activeId}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL(/was-ist-social-media/), page.keyboard.press('Enter')]);
    // The guide's title names the word, so the top of the guide is the best match.
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/ratgeber/was-ist-social-media/');
  });

  it('opens the results page for the query on Enter without a chosen option', async () => {
    await fresh('/ratgeber/');
    await header().focus();
    await header().fill('Moderation');
    await settled();
    await Promise.all([page.waitForURL(/\/suche\/\?q=Moderation$/), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe('Moderation');
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /^Glossar \(\d+\)$/ }).count())
      .toBe(1);
    // The full text is in: moderation is discussed in several guides' bodies, not only in their titles.
    await settled('.search-results.inline');
    const guides = await page.getByRole('heading', { level: 2, name: /^Ratgeber \(\d+\)$/ }).textContent();
    expect(Number(/\((\d+)\)/.exec(guides!)![1])).toBeGreaterThanOrEqual(4);
  });

  it('moves focus from the box to the next visible control, not to a hidden button', async () => {
    await fresh('/');
    await header().focus();
    await page.keyboard.press('Tab');
    const box = await page.evaluate(() => {
      const rect = document.activeElement!.getBoundingClientRect();
      return { width: rect.width, height: rect.height, tag: document.activeElement!.tagName };
    });
    expect(box.width).toBeGreaterThan(8);
    expect(box.height).toBeGreaterThan(8);
  });

  it('lands on the right section of a guide', async () => {
    await fresh('/en/');
    await header().focus();
    await header().fill('typical week');
    await page.waitForSelector('[role="option"]');
    await settled();
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/#/), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toMatch(/^\/en\/guides\/(community-manager|social-media-manager)\/$/);
    expect(await page.locator(url.hash).count()).toBe(1);
  });

  it('announces the result count and closes on Escape with focus kept in the box', async () => {
    await fresh('/');
    await header().focus();
    await header().fill('Moderation');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/\d+ Treffer/);
    await page.keyboard.press('Escape');
    await expect.poll(() => header().getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await expect.poll(() => page.locator('[role="listbox"]').first().isVisible()).toBe(false);
  });

  it('shows a query containing markup as text, with a helpful no-results state', async () => {
    await fresh('/');
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await header().focus();
    await header().fill('<script>alert(1)</script><img src=x onerror=alert(2)>');
    await expect.poll(() => page.getByText('Keine Treffer für', { exact: false }).count()).toBeGreaterThan(0);
    const message = await page.getByText('Keine Treffer für', { exact: false }).first().textContent();
    expect(message).toContain('<script>alert(1)</script>');
    expect(await page.locator('.search-results script, .search-results img').count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: 'Glossar von A bis Z' }).count()).toBe(1);
    expect(dialogs).toBe(0);
  });

  it('loads its stylesheet on first use only, and the popup stays inside the page column', async () => {
    await fresh('/ratgeber/');
    expect(await page.locator('link[href*="search-results"]').count()).toBe(0);
    await header().focus();
    await header().fill('moderation');
    await page.waitForSelector('.popup:not([hidden]) [role="option"]');
    await expect
      .poll(() => page.locator('.popup').evaluate((el) => getComputedStyle(el).position))
      .toBe('absolute');
    const box = await page.locator('.popup').boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  });

  it('has no axe violations with results open', async () => {
    await fresh('/ratgeber/');
    await header().focus();
    await header().fill('community');
    await page.waitForSelector('[role="option"]');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('search page', () => {
  it('restores results from ?q=, groups them by type with counts, and keeps the query while typing', async () => {
    await fresh('/en/search/?q=troll');
    const input = page.getByRole('searchbox', { name: 'Search term' });
    await expect.poll(() => input.inputValue()).toBe('troll');
    await settled('.search-results.inline');
    const groups = await page.locator('.search-results.inline h2').allTextContents();
    expect(groups.map((g) => g.replace(/\s+/g, ' ').trim())).toContainEqual(
      expect.stringMatching(/^Glossary \(\d+\)$/),
    );
    // The term named exactly so comes first.
    expect(await page.locator('.search-results.inline a').first().textContent()).toContain('Troll');
    expect(groups[0]).toMatch(/^Glossary/);
    await input.fill('shitstorm');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('shitstorm');
    // The language switch opens the German search page with the same query.
    await expect.poll(() => page.locator('a.lang-switch').getAttribute('href')).toBe('/suche/?q=shitstorm');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('tells the header box and the page box apart by name, each in its own named search landmark', async () => {
    await fresh('/suche/?q=moderation');
    expect(await page.getByLabel('Website durchsuchen', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Suchbegriff', { exact: true }).count()).toBe(1);
    const landmarks = await page
      .getByRole('search')
      .evaluateAll((forms) => forms.map((f) => f.getAttribute('aria-label')));
    expect(landmarks).toHaveLength(2);
    expect(new Set(landmarks).size).toBe(2);
  });

  it('lists every guide and glossary term without JavaScript', async () => {
    await context?.close();
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(new URL('/suche/?q=troll', baseUrl).href);
    const links = await page.locator('.all a').count();
    expect(links).toBeGreaterThanOrEqual(9 + 30);
    expect(await page.locator('noscript').count()).toBe(1);
  });
});

describe('search quality on the built index', () => {
  const read = <T>(file: string) => JSON.parse(readFileSync(`${DIST}/search-index/${file}`, 'utf8')) as T;

  describe.each(['de', 'en'] as const)('%s', (locale) => {
    const engine = fullEngine(
      read<SearchIndexFile>(`${locale}.json`),
      read<SearchBodyFile>(`${locale}-body.json`),
    );
    const set = QUALITY_SET[locale];
    const rank = (query: string, expected: string) =>
      engine
        .search(query, 10)
        .hits.map((h) => pageKey({ kind: h.kind, url: h.url } as SearchDocument))
        .indexOf(expected) + 1;

    it('has at least 40 queries of every kind, each expecting a page of the built site', () => {
      expect(set.length).toBeGreaterThanOrEqual(40);
      const built = new Set(engine.docs.map(pageKey));
      for (const item of set) expect(built, item.expected).toContain(item.expected);
      const kinds = new Set(set.map((item) => item.kind));
      for (const kind of ['title', 'typo', 'two words', 'inflection'] as const) expect(kinds).toContain(kind);
      if (locale === 'de')
        for (const kind of ['umlaut', 'english', 'compound'] as const) expect(kinds).toContain(kind);
    });

    it('puts the expected page in the top 3 for at least 95 % of the queries', () => {
      const misses = set.filter((item) => {
        const r = rank(item.query, item.expected);
        return r === 0 || r > 3;
      });
      expect(misses.length / set.length, misses.map((m) => m.query).join(', ')).toBeLessThanOrEqual(0.05);
    });

    it('puts the page first for an exact title word', () => {
      const titles = set.filter((item) => item.kind === 'title');
      expect(titles.length).toBeGreaterThanOrEqual(15);
      expect(
        titles.filter((item) => rank(item.query, item.expected) !== 1).map((item) => item.query),
      ).toEqual([]);
    });
  });
});
