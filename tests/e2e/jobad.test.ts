// The job-ad check in a real browser: paste and see, language override, polite announcements, bad input,
// privacy (storage only on request, nothing sent), a draft passed in the URL fragment, keyboard and print.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { axeViolations, connectBrowser, visit } from './browser';
import { JOB_AD_STORAGE_KEY } from '../../src/lib/jobad/storage';

const baseUrl = inject('baseUrl');
const DE = '/stellenanzeigen-check/';
const EN = '/en/job-ad-check/';
const { ads } = parse(readFileSync('tests/fixtures/jobad-ads.yaml', 'utf8')) as {
  ads: Array<{ id: string; text: string; verdict: string }>;
};
const ad = (id: string) => ads.find((a) => a.id === id)!.text;

const browser = await connectBrowser();
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
});

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested. */
  requests: string[];
}

async function open(
  path: string,
  options: BrowserContextOptions = {},
  context?: BrowserContext,
): Promise<Opened> {
  const ctx = context ?? (await browser.newContext(options));
  if (!context) contexts.push(ctx);
  const page = await ctx.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await visit(page, new URL(path, baseUrl).href);
  return { page, context: ctx, requests };
}

const textarea = (page: Page) => page.locator('#jobad-text');
const verdict = (page: Page) => page.locator('.result .verdict');
const messages = (page: Page) => page.locator('#jobad-input-messages');

/** Waits until the element's text matches (the island updates after the analyser has loaded), then checks it. */
async function textOf(locator: Locator, expected: RegExp | string): Promise<void> {
  const matches = (text: string) => (typeof expected === 'string' ? text === expected : expected.test(text));
  let text = '';
  for (let i = 0; i < 100; i++) {
    text = (await locator.count()) ? ((await locator.first().textContent()) ?? '') : '';
    if (matches(text)) break;
    await locator.page().waitForTimeout(50);
  }
  if (typeof expected === 'string') expect(text).toBe(expected);
  else expect(text).toMatch(expected);
}

/** Astro removes the `ssr` mark once an island runs. */
const islandStarted = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

/** Pastes text the way a visitor does: focus (which starts the tool), then one input event with the whole text. */
async function paste(page: Page, text: string) {
  await textarea(page).focus();
  await islandStarted(page);
  await textarea(page).fill(text);
}

describe('paste and see', () => {
  it('loads no script for the tool until first use, and keeps what was pasted while it starts', async () => {
    const { page, requests } = await open(EN);
    expect(requests.filter((u) => /JobAdCheck/.test(u))).toEqual([]);
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    await textarea(page).focus();
    await textarea(page).fill(ad('en-cm-open-source'));
    await textOf(verdict(page), 'A community manager post');
    expect(requests.filter((u) => /JobAdCheck/.test(u))).toHaveLength(1);
  });

  it('marks each duty, highlights the deciding words, links the reason to its guide section and gives the verdict', async () => {
    const { page } = await open(DE);
    await textOf(page.locator('.empty'), /Noch keine Anzeige/);
    await paste(page, ad('de-title-cm-duties-smm'));
    await textOf(verdict(page), 'Eine Stelle für Social-Media-Management');
    await textOf(
      page.locator('.title-fit'),
      /„Community Manager \(m\/w\/d\)“ nennt Community-Management, die Aufgaben sind aber vor allem Social-Media-Arbeit/,
    );
    const duties = page.locator('.marked-ad .duty');
    expect(await duties.count()).toBe(6);
    const first = duties.first();
    await textOf(first.locator('mark').first(), 'Content');
    const link = first.locator('.reason a').first();
    await expect(link.getAttribute('href')).resolves.toBe('/ratgeber/social-media-manager/#die-kernaufgaben');
    const flags = await page.locator('.flags > li > strong').allTextContents();
    expect(flags).toEqual([
      'Kein Gehalt und keine Gehaltsspanne',
      'Keine Regel zu Homeoffice oder Büro',
      'Keine Berichtslinie',
    ]);
    // The pay explanation names the directive and links its sources.
    await textOf(page.locator('.flags'), /\(EU\) 2023\/970.*7\. Juni 2026/s);
    expect(await page.locator('.flags .sources a').count()).toBe(2);
  });

  it('has no accessibility violations with a result shown, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open(EN, { colorScheme });
      await paste(page, ad('en-wollmilchsau'));
      await textOf(verdict(page), /hybrid post/);
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  it('detects the language and lets the visitor override it', async () => {
    const { page } = await open(DE);
    await paste(page, ad('en-hybrid-charity'));
    const select = page.getByLabel('Sprache der Anzeige');
    await textOf(select.locator('option[value="auto"]'), /Automatisch \(Englisch\)/);
    await textOf(verdict(page), /Mischstelle/);
    const counts = () => page.locator('.counts tbody').innerText();
    const asEnglish = await counts();
    // Read with the German wordings, the English duties "Reply to comments" and "Report on reach" are not recognised.
    await select.selectOption('de');
    await textOf(page.locator('.counts tbody tr:last-child td'), '2');
    expect(await counts()).not.toBe(asEnglish);
    await select.selectOption('auto');
    await textOf(page.locator('.counts tbody tr:last-child td'), '0');
    expect(await counts()).toBe(asEnglish);
  });

  it('announces the result politely once typing pauses, not on every keystroke', async () => {
    const { page } = await open(EN);
    const status = page.locator('[role="status"]');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await page.evaluate(() => {
      const region = document.querySelector('[role="status"]')!;
      (window as unknown as { changes: number }).changes = 0;
      new MutationObserver(() => (window as unknown as { changes: number }).changes++).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await textarea(page).focus();
    await page.keyboard.type(ad('en-smm-saas').slice(0, 400));
    await page.waitForFunction(() => document.querySelector('[role="status"]')!.textContent!.length > 0);
    await textOf(status, /^Result: /);
    const changes = await page.evaluate(() => (window as unknown as { changes: number }).changes);
    expect(changes).toBeLessThanOrEqual(3);
  });

  it('works with the keyboard alone: text, language, clear, keep', async () => {
    const { page } = await open(EN);
    await textarea(page).focus();
    await page.keyboard.insertText(ad('en-hybrid-charity'));
    await textOf(verdict(page), /hybrid/);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SELECT');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Clear text',
    );
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('jobad-keep');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(textarea(page).inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('jobad-text');
  });
});

describe('bad input', () => {
  it('explains empty text, a single word and text in another language', async () => {
    const { page } = await open(EN);
    await paste(page, 'Manager');
    await textOf(messages(page), /Too short for a job ad\./);
    await paste(page, '');
    await textOf(page.locator('.empty'), /No ad yet/);
    await paste(
      page,
      'Nous recherchons un responsable des réseaux sociaux pour notre agence à Lyon. Vous gérez les comptes de nos clients et vous animez la communauté avec des publications et des événements pour les membres.',
    );
    await textOf(messages(page), /does not look German or English/);
    expect(await page.locator('.result').count()).toBe(0);
  });

  it('checks the first 30,000 characters of 100 KB and keeps the whole text', async () => {
    const { page } = await open(DE);
    const long = `${ad('de-smm-agency')}\n`
      .repeat(Math.ceil(100_000 / ad('de-smm-agency').length))
      .slice(0, 100_000);
    await paste(page, long);
    await textOf(messages(page), /länger als 30\.000 Zeichen/);
    await textOf(verdict(page), 'Eine Stelle für Social-Media-Management');
    expect((await textarea(page).inputValue()).length).toBe(100_000);
  });

  it('shows pasted HTML as text and never runs it', async () => {
    const { page } = await open(DE);
    const html = `${ad('de-hybrid-html')}<img src="/nope.png" onerror="window.__ran = 1"><p onclick="window.__ran = 2">Mehr</p>`;
    await paste(page, html);
    await textOf(messages(page), /enthält HTML/);
    await textOf(verdict(page), /Mischstelle/);
    expect(await page.locator('.result img, .result script, .result [onclick]').count()).toBe(0);
    await expect(page.locator('.marked-ad').textContent()).resolves.not.toMatch(/alert|<script/);
    await expect(
      page.evaluate(() => (window as unknown as { __ran?: number }).__ran),
    ).resolves.toBeUndefined();
  });
});

describe('privacy', () => {
  it('sends the ad nowhere and stores it only when asked, deletably', async () => {
    const { page, context, requests } = await open(EN);
    const text = ad('en-smm-government');
    await paste(page, text);
    await textOf(verdict(page), /social media manager post/);
    expect(requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
    expect(requests.some((u) => u.includes('Transport') || u.includes('ad='))).toBe(false);
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);

    await page.getByLabel('Keep this ad in this browser').check();
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, JOB_AD_STORAGE_KEY);
    const again = await open(EN, {}, context);
    await expect(textarea(again.page).inputValue()).resolves.toBe(text);
    await textOf(messages(again.page), /Your saved ad is back/);
    await again.page.getByLabel('Keep this ad in this browser').uncheck();
    await expect(
      again.page.evaluate((key) => localStorage.getItem(key), JOB_AD_STORAGE_KEY),
    ).resolves.toBeNull();
    await textOf(messages(again.page), /deleted from this browser/);
  });

  it('deletes tampered saved data and says so', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    await context.addInitScript(
      (key) => localStorage.setItem(key, '{"version":1,"text":42}'),
      JOB_AD_STORAGE_KEY,
    );
    const { page } = await open(EN, {}, context);
    await textOf(messages(page), /saved ad was damaged and has been deleted/);
    await expect(textarea(page).inputValue()).resolves.toBe('');
  });
});

describe('a draft in the URL fragment', () => {
  it('fills the text area and removes the fragment from the address', async () => {
    const text = ad('de-cm-gaming');
    const { page, requests } = await open(`${DE}#ad=${encodeURIComponent(text)}`);
    await expect(textarea(page).inputValue()).resolves.toBe(text);
    await textOf(verdict(page), 'Eine Stelle für Community-Management');
    await expect(page.evaluate(() => location.href)).resolves.toBe(new URL(DE, baseUrl).href);
    expect(requests.some((u) => u.includes('ad=') || u.includes('Discord'))).toBe(false);
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
  });

  it('says so when the fragment cannot be decoded', async () => {
    const { page } = await open(`${EN}#ad=%E0%A4%A`);
    await textOf(messages(page), /could not be read/);
    await expect(page.evaluate(() => location.hash)).resolves.toBe('');
  });
});

describe('print', () => {
  it('prints the ad with its marks and the verdict, without the form', async () => {
    const { page } = await open(EN);
    await paste(page, ad('en-title-smm-duties-cm'));
    await textOf(verdict(page), /community manager post/);
    await page.emulateMedia({ media: 'print' });
    await expect(textarea(page).isVisible()).resolves.toBe(false);
    await expect(verdict(page).isVisible()).resolves.toBe(true);
    await expect(page.locator('.marked-ad mark').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.marked-ad .badge').first().isVisible()).resolves.toBe(true);
  });
});
