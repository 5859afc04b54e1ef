// Site search in a real browser: shortcut, typing, keyboard navigation, safety, the search page, budgets.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, DIST, launchBrowser } from './browser';
import { inlineScriptBodies } from '../../src/lib/security/csp';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function fresh(path: string) {
  await context?.close();
  context = await browser.newContext();
  page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  return requested;
}

/** Gzip size of a built file, as a CDN would send it. */
const gz = (pathname: string) =>
  gzipSync(readFileSync(`${DIST}${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`)).length;

const header = () => page.locator('#site-search-input');

describe('search box in the header', () => {
  it('loads no index, no fuse.js and at most 3 KB of search JavaScript until it is used', async () => {
    const requested = await fresh('/ratgeber/unterschied/');
    expect(requested.some((p) => p.includes('search-index'))).toBe(false);
    // The loader is inlined into the page (no request of its own); any script file would count as well.
    const html = readFileSync(`${DIST}/ratgeber/unterschied/index.html`, 'utf8');
    const loader = inlineScriptBodies(html).filter((code) => code.includes('search-mount'));
    expect(loader.length).toBeGreaterThan(0);
    const files = requested.filter((p) => p.endsWith('.js'));
    const bytes = files.reduce((sum, p) => sum + gz(p), gzipSync(loader.join('')).length);
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
  });

  it('fetches at most 40 KB (gzip) when it first opens and nothing more per query', async () => {
    const before = await fresh('/ratgeber/unterschied/');
    const seen = new Set(before);
    const after: string[] = [];
    page.on('request', (r) => after.push(new URL(r.url()).pathname));
    await page.keyboard.press('/');
    await expect.poll(() => after.some((p) => p.includes('search-index'))).toBe(true);
    await page.waitForLoadState('networkidle');
    const opened = after.filter((p) => !seen.has(p));
    const bytes = opened.reduce((sum, p) => sum + gz(p), 0);
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
    const count = after.length;
    await header().fill('community');
    await page.waitForSelector('[role="option"]');
    await header().fill('troll');
    await page.waitForTimeout(200);
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
    // Wait for the new results (the old list also mentions "Plattformtypen"): arrow keys pressed before the
    // debounced search runs would act on the old list.
    await page.waitForTimeout(200); // past the 60 ms debounce of the last typed key: the list is settled
    const previous = (await options.allTextContents()).join('|');
    await header().fill('Plattformtypen');
    await expect.poll(async () => (await options.allTextContents()).join('|')).not.toBe(previous);
    await expect.poll(() => options.first().textContent()).toContain('Plattformtypen');
    await page.keyboard.press('ArrowDown');
    const activeId = await header().getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await page.locator(`#${activeId}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL(/was-ist-social-media/), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/ratgeber/was-ist-social-media/');
    if (url.hash) expect(await page.locator(url.hash).count()).toBe(1);
  });

  it('lands on the right section of a guide', async () => {
    await fresh('/en/');
    await header().focus();
    await header().fill('typical week');
    await page.waitForSelector('[role="option"]');
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
  it('restores results from ?q= and keeps the query in the URL while typing', async () => {
    await fresh('/en/search/?q=troll');
    const input = page.locator('#search-page-input');
    await expect.poll(() => input.inputValue()).toBe('troll');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    expect(await page.getByRole('option').first().textContent()).toContain('Troll');
    await input.fill('shitstorm');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('shitstorm');
    expect(await axeViolations(page)).toEqual([]);
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
