// The shared layout: language switch, theme toggle without flash, skip link.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { connectBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = await connectBrowser();
let context: BrowserContext;
let page: Page;

async function freshPage(options: { colorScheme?: 'light' | 'dark' } = {}) {
  await context?.close();
  context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light' });
  page = await context.newPage();
  return page;
}

const background = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('language switch', () => {
  it('links the German home page to its English twin and back', async () => {
    await freshPage();
    await page.goto(baseUrl);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.getByRole('link', { name: 'English' }).click();
    expect(new URL(page.url()).pathname).toBe('/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Deutsch' }).click();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('announces hreflang alternates for both languages', async () => {
    await freshPage();
    await page.goto(new URL('/en/', baseUrl).href);
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
    );
    expect(alternates).toEqual([
      ['de', '/'],
      ['en', '/en/'],
      ['x-default', '/'],
    ]);
  });
});

describe('theme', () => {
  it('follows the system preference when nothing is stored', async () => {
    await freshPage({ colorScheme: 'dark' });
    await page.goto(baseUrl);
    expect(await background(page)).toBe('rgb(18, 20, 24)');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
  });

  it('switches with the toggle, remembers the choice, and applies it before the first paint', async () => {
    await freshPage({ colorScheme: 'light' });
    await page.goto(baseUrl);
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    const toggle = page.getByRole('button', { name: 'Dunkles Design' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.press('Enter');
    expect(await background(page)).toBe('rgb(18, 20, 24)');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');

    // On the next page the stored theme is set by the head script, before the body is parsed.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as any).__themeAtBody = document.documentElement.dataset.theme ?? 'none';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(new URL('/en/', baseUrl).href);
    expect(await page.evaluate(() => (window as any).__themeAtBody)).toBe('dark');
    expect(await background(page)).toBe('rgb(18, 20, 24)');
  });
});

describe('keyboard', () => {
  it('offers a skip link first that moves focus to the main content', async () => {
    await freshPage();
    await page.goto(baseUrl);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Zum Inhalt springen');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    page = await context.newPage();
    for (const path of ['/', '/en/']) {
      await page.goto(new URL(path, baseUrl).href);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
