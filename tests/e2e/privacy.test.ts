// Privacy in a real browser: the deletion button, the security headers the server sends, no cookies, and
// tabs that agree (two pages in one browser context share localStorage and see each other's storage events).
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { knowledgeKey } from '../../src/lib/knowledge/storage';
import { loadContentData } from '../../src/build/content/data-files';
import { connectBrowser, trackCspViolations, trackForeignRequests, visit, settle } from './browser';

const baseUrl = inject('baseUrl');
const KNOWLEDGE_KEY = knowledgeKey(loadContentData('content').knowledge.version);
const url = (path: string) => new URL(path, baseUrl).href;

/** Answers the next `count` unanswered sorting items of the knowledge check with "Beide". */
async function answerSorting(page: Page, count: number) {
  for (let i = 0; i < count; i++) {
    const item = page.locator('fieldset[data-item]:not(:has(input:checked))').first();
    await item.locator('input[value="both"]').check();
  }
}

/** The stored-data island has read the storage (it starts once its module has loaded). */
const panelReady = (page: Page) => page.locator('[data-stored] [data-ready]').waitFor({ state: 'attached' });

const storedAnswers = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as { a: string }).a.replace(/-/g, '').length;
  }, KNOWLEDGE_KEY);
const browser = await connectBrowser();

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
    await panelReady(page);
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

  it('deletes a single entry by its own button, keeps the others, and moves focus to the next entry', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(url('/en/privacy/'));
    await page.evaluate(() => {
      localStorage.setItem('rollenklar.theme', 'dark');
      localStorage.setItem('rollenklar.checker.v1', '{}');
      localStorage.setItem('rollenklar.quiz.v2', '{}');
    });
    await page.reload();
    await panelReady(page);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.getByRole('button', { name: 'Delete rollenklar.quiz.v2' }).click();
    await expect
      .poll(() => page.getByRole('status').last().textContent())
      .toBe('Done: rollenklar.quiz.v2 deleted.');
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([
      'rollenklar.checker.v1',
      'rollenklar.theme',
    ]);
    expect(await page.locator('[data-stored-list] code').allTextContents()).toEqual([
      'rollenklar.checker.v1',
      'rollenklar.theme',
    ]);
    // The entry after it moved up: focus is on its button, not lost to the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Delete rollenklar.theme',
    );
    // Deleting the theme choice falls back to the system setting at once.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['rollenklar.checker.v1']);
    await context.close();
  });

  it('F-12: names the knowledge check among the stored data, and lists its key when present', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/datenschutz/'));
    await page.evaluate((key) => localStorage.setItem(key, '{}'), KNOWLEDGE_KEY);
    expect(await page.locator('[data-known-keys]').textContent()).toContain(KNOWLEDGE_KEY);
    await page.reload();
    await panelReady(page);
    expect(await page.locator('[data-stored-list]').textContent()).toContain(
      `${KNOWLEDGE_KEY} – Wissenstest`,
    );
    await context.close();
  });

  it('I-9: works when storage.key() throws: no error, the list and the button still appear', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.key = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await visit(page, url('/datenschutz/'));
    await panelReady(page);
    expect(await page.getByRole('button', { name: 'Alle gespeicherten Daten löschen' }).isVisible()).toBe(
      true,
    );
    expect(await page.locator('[data-stored-empty]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript explains why the panel is empty, and offers no button that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/datenschutz/'));
    expect(await page.locator('[data-stored] noscript').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Alle gespeicherten Daten löschen' }).isVisible()).toBe(
      false,
    );
    expect(await page.locator('[data-stored-empty]').isVisible()).toBe(false);
    await context.close();
  });

  it('F-4: "Delete all" is not undone by one more click in an open knowledge-check tab', async () => {
    const context = await browser.newContext();
    const check = await context.newPage();
    await visit(check, url('/ratgeber/wissenstest/'));
    await answerSorting(check, 3);
    expect(await storedAnswers(check)).toBe(3);
    const privacy = await context.newPage();
    await visit(privacy, url('/datenschutz/'));
    await privacy.getByRole('button', { name: 'Alle gespeicherten Daten löschen' }).click();
    await expect.poll(() => storedAnswers(privacy)).toBeNull();
    await check.bringToFront();
    await expect.poll(() => check.locator('[data-storage-notice]').textContent()).toContain('wurde gelöscht');
    await answerSorting(check, 1);
    // Only the answer given after the deletion is stored; the three deleted ones stay deleted.
    expect(await storedAnswers(check)).toBe(1);
    await context.close();
  });

  it('F-2: a knowledge-check tab opened earlier does not overwrite the answers given in another tab', async () => {
    const context = await browser.newContext();
    const older = await context.newPage();
    await visit(older, url('/ratgeber/wissenstest/'));
    const newer = await context.newPage();
    await visit(newer, url('/ratgeber/wissenstest/'));
    await answerSorting(newer, 6);
    expect(await storedAnswers(newer)).toBe(6);
    await older.bringToFront();
    await expect.poll(() => older.locator('[data-storage-notice]').textContent()).toContain('anderen Tab');
    await answerSorting(older, 1);
    expect(await storedAnswers(older)).toBe(7);
    await context.close();
  });

  it('sets no cookies anywhere', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['/', '/ratgeber/', '/en/glossary/', '/suche/?q=troll', '/datenschutz/']) {
      await visit(page, new URL(path, baseUrl).href);
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

  it('F-3: sends HSTS for a year and Cross-Origin-Resource-Policy on pages and assets', async () => {
    const page = await fetch(url('/ratgeber/'));
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const asset = /"(\/_astro\/[^"]+\.js)"/.exec(await (await fetch(url('/quiz/'))).text())?.[1];
    const assetResponse = await fetch(url(asset!));
    expect(assetResponse.headers.get('strict-transport-security')).toBe('max-age=31536000');
    // I-1: hashed assets are cached for a year, as the hosts do.
    expect(assetResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  // Every page is loaded and tabbed through in every-page.test.ts; this uses the interactive parts too:
  // the search island, the checker starting on first use, the quiz, the knowledge check, the deletion button.
  it('breaks no CSP rule and contacts no other host while the tools are used', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await trackCspViolations(page);
    const foreign = trackForeignRequests(page, baseUrl);
    const go = (path: string) => visit(page, new URL(path, baseUrl).href);
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
    await settle(page);
    await context.close();
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe('search page language switch', () => {
  it('I-11: keeps the query when switching language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await visit(page, url('/suche/?q=Troll'));
    await expect.poll(() => page.locator('a.lang-switch').getAttribute('href')).toBe('/en/search/?q=Troll');
    await page.locator('main input[type="search"]').fill('Moderation');
    await expect
      .poll(() => page.locator('a.lang-switch').getAttribute('href'))
      .toBe('/en/search/?q=Moderation');
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/\/en\/search\/\?q=Moderation$/);
    await context.close();
  });
});
