// Checks every built page: accessibility in both themes, the basic metadata, and that nothing leaves the machine.
// Each page is loaded once; the checks run on that load and are reported as separate tests.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  axeViolations,
  builtPages,
  DIST,
  htmlFileOf,
  INTERACTIVE_PAGE,
  settle,
  connectBrowser,
  trackCspViolations,
  trackForeignRequests,
  type AxeViolation,
  visit,
} from './browser';
import { inlineScriptBodies } from '../../src/build/security/csp';

const baseUrl = inject('baseUrl');
const pages = builtPages();
const browser = await connectBrowser();

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

const gz = (pathname: string) => gzipSync(readFileSync(`${DIST}${pathname}`)).length;
// Scripts written into the page count too (the page loader, island bootstraps).
const inlineScriptBytes = (pagePath: string) =>
  inlineScriptBodies(readFileSync(htmlFileOf(pagePath), 'utf8')).reduce(
    (sum, body) => sum + gzipSync(body).length,
    0,
  );

interface PageReport {
  scripts: string[];
  axe: Record<'light' | 'dark', AxeViolation[]>;
  meta: { lang: string; h1: number; title: string; description: string; canonical: string };
  foreign: string[];
  csp: string[];
}

describe.each(pages)('%s', (pagePath) => {
  let report: PageReport;

  beforeAll(async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const foreign = trackForeignRequests(page, baseUrl);
    const csp = await trackCspViolations(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await visit(page, new URL(pagePath, baseUrl).href);
    const scripts = requested
      .filter((u) => u.startsWith(baseUrl) && u.endsWith('.js'))
      .map((u) => new URL(u).pathname);
    const light = await axeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await axeViolations(page);
    const meta = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelectorAll('h1').length,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    }));
    // Use the page the way a visitor would: tab through it and toggle the theme.
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    const toggle = page.locator('[data-theme-toggle]').first();
    if (await toggle.isVisible()) await toggle.click();
    await settle(page);
    await context.close();
    report = { scripts, axe: { light, dark }, meta, foreign, csp };
  });

  it('stays within its JavaScript budget before any interaction, inline scripts included (gzip: 3 KB reading, 30 KB tools)', () => {
    const bytes = report.scripts.reduce((sum, p) => sum + gz(p), inlineScriptBytes(pagePath));
    expect(bytes).toBeLessThanOrEqual((INTERACTIVE_PAGE.test(pagePath) ? 30 : 3) * 1024);
  });

  it('has no WCAG 2.2 A/AA violations in the light theme', () => {
    expect(report.axe.light).toEqual([]);
  });

  it('has no WCAG 2.2 A/AA violations in the dark theme', () => {
    expect(report.axe.dark).toEqual([]);
  });

  it('has lang, one h1, a title, a meta description and a canonical link', () => {
    const { meta } = report;
    expect(meta.lang).toBe(pagePath.startsWith('/en/') ? 'en' : 'de');
    expect(meta.h1).toBe(1);
    expect(meta.title.length).toBeGreaterThan(0);
    expect(meta.description.length).toBeGreaterThan(20);
    expect(meta.description.length).toBeLessThanOrEqual(160);
    expect(meta.canonical).toMatch(/^https?:\/\//);
  });

  it('requests nothing from another host and breaks no CSP rule while it loads and is used', () => {
    expect(report.foreign).toEqual([]);
    expect(report.csp).toEqual([]);
  });
});
