// Privacy in a real browser: the deletion button, the security headers the server sends, no cookies.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, trackCspViolations, trackForeignRequests } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('privacy page', () => {
  it('lists what Rollenklar stored and deletes all of it, and only it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.evaluate(() => {
      localStorage.setItem('rollenklar.theme', 'dark');
      localStorage.setItem('rollenklar.quiz.v2', '{"v":2,"a":"45","p":2,"t":1}');
      localStorage.setItem('someone-else', 'keep');
    });
    await page.goto(new URL('/datenschutz/', baseUrl).href);
    const items = page.locator('[data-stored-list] li');
    expect(await items.count()).toBe(2);
    expect(await items.first().textContent()).toContain('rollenklar.quiz.v2');
    await page.getByRole('button', { name: 'Alle gespeicherten Daten löschen' }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('2 Einträge gelöscht');
    const left = await page.evaluate(() => Object.keys(localStorage));
    expect(left).toEqual(['someone-else']);
    expect(await page.locator('[data-stored-empty]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    await context.close();
  });

  it('sets no cookies anywhere', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['/', '/ratgeber/', '/en/glossary/', '/suche/?q=troll', '/datenschutz/']) {
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    }
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('security headers', () => {
  it('sends a CSP without unsafe-inline scripts, frame-ancestors and the other headers', async () => {
    const response = await fetch(new URL('/ratgeber/', baseUrl));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'( 'sha(256|384|512)-[^';]+')+;/);
    const scriptSrc = /script-src[^;]*/.exec(csp)?.[0] ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    // The header admits inline styles in general (it stays small); the page's own <meta> policy, which comes
    // before its only <style>, admits exactly that style by hash. Browsers enforce both.
    const html = await response.text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toMatch(/style-src 'self'( 'sha256-[^';]+')+(;|$)/);
    expect(meta).not.toContain("'unsafe-inline'");
    expect(html.indexOf('<meta http-equiv="content-security-policy"')).toBeLessThan(html.indexOf('<style'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  // Every page is loaded and tabbed through in every-page.test.ts; this uses the interactive parts too:
  // the search island, the checker starting on first use, the quiz, the knowledge check, the deletion button.
  it('breaks no CSP rule and contacts no other host while the tools are used', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await trackCspViolations(page);
    const foreign = trackForeignRequests(page, baseUrl);
    const go = (path: string) => page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    await go('/ratgeber/unterschied/');
    await page.keyboard.press('/');
    await page.keyboard.type('Moderation');
    await page.waitForSelector('[role="option"]');
    await go('/bedarfscheck/');
    await page.locator('#chk-channels').fill('7');
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.locator('article.ad details summary').first().click();
    await go('/en/quiz/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await go('/ratgeber/wissenstest/');
    await page.locator('input[type="radio"]').first().check();
    await go('/datenschutz/');
    await page
      .getByRole('button', { name: /löschen/i })
      .first()
      .click();
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
