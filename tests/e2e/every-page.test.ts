// Checks every built page: accessibility in both themes, the basic metadata, and that nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  builtPages,
  launchBrowser,
  trackCspViolations,
  trackForeignRequests,
} from './browser';

const baseUrl = inject('baseUrl');
const pages = builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('finds the pages of the build', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages).toContain('/404.html');
});

it('detects violations at all (self-check of the axe helper)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    document.querySelector('main')!.append(img);
  });
  const violations = await axeViolations(page);
  await context.close();
  expect(violations.map((v) => v.id)).toContain('image-alt');
});

describe.each(pages)('%s', (pagePath) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 A/AA violations in the ${colorScheme} theme`, async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(new URL(pagePath, baseUrl).href);
      const violations = await axeViolations(page);
      await context.close();
      expect(violations).toEqual([]);
    });
  }

  it('has lang, one h1, a title, a meta description and a canonical link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(pagePath, baseUrl).href);
    const meta = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelectorAll('h1').length,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    }));
    await context.close();
    expect(['de', 'en']).toContain(meta.lang);
    expect(meta.lang).toBe(pagePath.startsWith('/en/') ? 'en' : 'de');
    expect(meta.h1).toBe(1);
    expect(meta.title.length).toBeGreaterThan(0);
    expect(meta.description.length).toBeGreaterThan(20);
    expect(meta.description.length).toBeLessThanOrEqual(160);
    expect(meta.canonical).toMatch(/^https?:\/\//);
  });

  it('requests nothing from another host and breaks no CSP rule while it loads and is used', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign = trackForeignRequests(page, baseUrl);
    const csp = await trackCspViolations(page);
    await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'networkidle' });
    // Use the page the way a visitor would: tab through it and toggle the theme.
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    const toggle = page.locator('[data-theme-toggle]').first();
    if (await toggle.isVisible()) await toggle.click();
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(foreign).toEqual([]);
    expect(csp).toEqual([]);
  });
});
