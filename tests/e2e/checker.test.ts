// The hiring-needs checker in a real browser: keyboard, live result, share link, clipboard, tampered URLs,
// back and forward, accessibility, no JavaScript, and the JavaScript budget.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, DIST, connectBrowser, visit, settle } from './browser';

const baseUrl = inject('baseUrl');
const PAGE = '/bedarfscheck/';
const browser = await connectBrowser();
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
});

/**
 * A page in a fresh browser context (own storage), loaded, its controls usable. The island itself starts on
 * first use (client:intent), or at once when there is state to restore.
 */
async function open(path = PAGE, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  await visit(page, new URL(path, baseUrl).href, options);
  if (options.javaScriptEnabled !== false)
    await page.waitForFunction(
      () => !(document.getElementById('chk-fields') as HTMLFieldSetElement).disabled,
    );
  return page;
}

/** Astro removes the `ssr` mark once an island runs. */
const islandStarted = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

/** Uses the form the way a visitor starts (focusing a field) and waits until the island runs. */
async function start(page: Page): Promise<void> {
  await page.locator('#chk-channels').focus();
  await islandStarted(page);
}

const verdict = (page: Page) => page.locator('[data-verdict]').textContent();
const notices = (page: Page) => page.locator('#chk-notices').textContent();
const STORAGE_KEY = 'rollenklar.checker.v1';

/** Every control of the form and the assumptions table: value, or checked state for boxes and radios. */
const formState = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        '#chk-form [id], #chk-assumptions input',
      ),
    ]
      .filter((el) => el instanceof HTMLInputElement || el instanceof HTMLSelectElement)
      .map((el) =>
        el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
          ? `${el.id}=${el.checked}`
          : `${el.id}=${el.value}`,
      ),
  );

/** Presses Tab until the element is focused (at most 60 times), like a keyboard user working down the form. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement === document.querySelector(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function typeNumber(page: Page, selector: string, value: string) {
  await tabTo(page, selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
}

/** Answers every question with a value other than its default, by keyboard only. */
async function fillEverything(page: Page) {
  await page.locator('#chk-form h2').click();
  await tabTo(page, '#chk-company-size');
  await page.keyboard.press('ArrowDown'); // small → medium
  await page.keyboard.press('ArrowDown'); // medium → large
  await tabTo(page, '#chk-goals-reach-awareness');
  await page.keyboard.press('Space'); // off
  await tabTo(page, '#chk-goals-customer-service');
  await page.keyboard.press('Space'); // on
  await tabTo(page, '#chk-goals-loyalty-retention');
  await page.keyboard.press('Space');
  await typeNumber(page, '#chk-channels', '4');
  await typeNumber(page, '#chk-posts-per-week', '12');
  await typeNumber(page, '#chk-inbound-per-day', '180');
  await tabTo(page, '#chk-community-space');
  await page.keyboard.press('ArrowDown'); // none → forum
  await page.keyboard.press('ArrowDown'); // forum → discord-slack
  await typeNumber(page, '#chk-community-members', '6000');
  await tabTo(page, '#chk-active-share-unknown');
  await page.keyboard.press('Space'); // don't know
  await typeNumber(page, '#chk-events-per-month', '3');
  await tabTo(page, '#chk-coverage-office-hours');
  await page.keyboard.press('ArrowDown'); // → seven days
  await tabTo(page, '#chk-moderation-risk-past-backlash');
  await page.keyboard.press('Space');
  await typeNumber(page, '#chk-current-hours', '16');
  await page.keyboard.press('Tab');
}

describe('hiring check', () => {
  it('is filled in by keyboard and updates the result as you type', async () => {
    const page = await open();
    // No verdict before the visitor says anything: the pre-filled example company gets none.
    expect(await page.locator('[data-verdict]').count()).toBe(0);
    expect(await page.locator('.result').textContent()).toContain('Das Ergebnis erscheint, sobald');
    await fillEverything(page);
    expect(await verdict(page)).toBe('Beide Rollen besetzen, zuerst Community');
    expect(await page.locator('#chk-company-size').inputValue()).toBe('large');
    expect(await page.locator('#chk-active-share').isDisabled()).toBe(true);
    // Typing alone (no blur) already recomputes.
    await page.locator('#chk-inbound-per-day').fill('2');
    await expect.poll(() => page.locator('.result').textContent()).toContain('(2 pro Tag)');
    const text = await page.locator('main').textContent();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    await expect.poll(() => new URL(page.url()).searchParams.get('inbound-per-day')).toBe('2');
    const params = new URL(page.url()).searchParams;
    expect(params.get('company-size')).toBe('large');
    expect(params.get('active-share')).toBe('unknown');
    expect(params.get('inbound-per-day')).toBe('2');
  });

  it('restores every input from the share link in a fresh browser context', async () => {
    const page = await open();
    await fillEverything(page);
    await page.locator('#chk-a-minutes-per-reply').fill('9');
    await page.keyboard.press('Tab');
    const state = await formState(page);
    const shared = await page.locator('#chk-share-url').inputValue();
    expect(shared).toContain('a.minutes-per-reply=9');
    expect(shared).toBe(page.url());

    const other = await open(new URL(shared).pathname + new URL(shared).search);
    expect(await formState(other)).toEqual(state);
    expect(await verdict(other)).toBe(await verdict(page));
    expect(await other.locator('.result').textContent()).toBe(await page.locator('.result').textContent());
  });

  it('loads no script until first use, and counts a change made while the tool starts', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await visit(page, new URL(PAGE, baseUrl).href);
    expect(scripts).toEqual([]);
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    expect(await page.locator('[data-verdict]').count()).toBe(0);
    // Typed at once, before the island has loaded: the first focus starts it, the value is read when it runs.
    await page.locator('#chk-inbound-per-day').fill('400');
    await page.keyboard.press('Tab');
    await islandStarted(page);
    expect(scripts.length).toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('inbound-per-day')).toBe('400');
    await expect.poll(() => verdict(page)).toBe('Beide Rollen besetzen, zuerst Community');
    // The change is its own step in the history: Back returns to the defaults.
    await page.goBack();
    await expect.poll(() => page.locator('#chk-inbound-per-day').inputValue()).toBe('10');
  });

  it('keeps the answers in the browser for the next visit', async () => {
    const page = await open();
    await start(page);
    await page.locator('#chk-channels').fill('6');
    await page.keyboard.press('Tab');
    await expect.poll(() => new URL(page.url()).searchParams.get('channels')).toBe('6');
    await visit(page, new URL(PAGE, baseUrl).href);
    await expect.poll(() => page.locator('#chk-channels').inputValue()).toBe('6');
    expect(await page.locator('#chk-notices').textContent()).toContain('Deine letzten Angaben');
  });

  it('copies a job ad to the clipboard as text and as Markdown', async () => {
    const page = await open('/en/hiring-check/?inbound-per-day=300', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const ad = page.locator('article.ad').first();
    expect(await ad.locator('h3').textContent()).toBe('Community Manager');
    await ad.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => ad.getByRole('status').first().textContent()).toBe('Copied to the clipboard.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith('Community Manager\n')).toBe(true);
    expect(text).toContain('What you will do');
    expect(text).toMatch(/Hours: (full-time|part-time, about \d+ a week)/);
    expect(text).toContain('What we offer');
    // Ready to publish: no notes to an editor inside the ad.
    expect(text).not.toMatch(/always state|nenne immer/i);
    expect(text).not.toMatch(/NaN|undefined|\{\w+\}/);

    await page.locator('#chk-company').fill('Acme Games');
    await ad.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^# Community Manager\n/);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('Acme Games is looking for a Community Manager.');
    expect(markdown).toContain('## What you will do');
  });

  it('opens a draft in the job-ad check, filled in and analysed, and links the job-ad guide', async () => {
    const page = await open('/en/hiring-check/?inbound-per-day=300');
    const ad = page.locator('article.ad').first();
    expect(await ad.locator('h3').textContent()).toBe('Community Manager');
    expect(
      await page.getByRole('link', { name: 'What matters in a job ad: our guide' }).getAttribute('href'),
    ).toBe('/en/guides/job-ads/');
    await page.locator('#chk-company').fill('Acme Games');
    await ad.getByRole('link', { name: 'Check this ad' }).click();
    await page.waitForURL((url) => url.pathname === '/en/job-ad-check/');
    const text = page.locator('#jobad-text');
    await expect.poll(() => text.inputValue()).toMatch(/^Community Manager\n/);
    const draft = await text.inputValue();
    expect(draft).toContain('Acme Games is looking for a Community Manager.');
    expect(draft).toMatch(/Hours: (full-time|part-time, about \d+ a week)/);
    expect(draft).toContain('What you will do');
    // Analysed: the site's own Community Manager draft reads as a community manager post.
    await expect
      .poll(() => page.locator('.result .verdict').first().textContent(), { timeout: 20_000 })
      .toMatch(/community manager post/i);
  });

  it('offers the text for copying by hand when the clipboard is unavailable', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    await visit(page, new URL(`${PAGE}?posts-per-week=20`, baseUrl).href);
    const ad = page.locator('article.ad').first();
    await ad.getByRole('button', { name: 'Als Text kopieren' }).click();
    const box = ad.getByRole('textbox', { name: 'Text zum Kopieren' });
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.inputValue()).toContain('Deine Aufgaben');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await ad.textContent()).toContain('Automatisch kopieren ging nicht');
  });

  it('ignores tampered URL parameters field by field and says so', async () => {
    const page = await open(`${PAGE}?channels=-5&coverage=banana&posts-per-week=20&a.risk-factor=abc`);
    const notices = await page.locator('#chk-notices').textContent();
    expect(notices).toContain('Der Link enthielt ungültige Werte');
    expect(notices).toContain('Aktive Social-Media-Kanäle');
    expect(notices).toContain('Antwortzeit und Erreichbarkeit');
    expect(notices).toContain('Aufschlag je Risikopunkt');
    expect(notices).not.toContain('Beiträge pro Woche');
    expect(await page.locator('#chk-channels').inputValue()).toBe('2');
    expect(await page.locator('#chk-posts-per-week').inputValue()).toBe('20');
    expect(await page.locator('#chk-coverage-office-hours').isChecked()).toBe(true);
    expect(new URL(page.url()).search).toBe('?posts-per-week=20');
    await page.getByRole('button', { name: 'Hinweis schließen' }).first().click();
    expect(await page.locator('#chk-notices .notice').count()).toBe(1);
  });

  it('shows the message beside a field for absurd input and never NaN or Infinity', async () => {
    const page = await open();
    await page.locator('#chk-inbound-per-day').fill('1000000000');
    await expect.poll(() => page.locator('#chk-inbound-per-day-error').textContent()).toContain('100.000');
    await page.locator('#chk-channels').fill('-5');
    await expect.poll(() => page.locator('#chk-channels-error').textContent()).toContain('negative');
    expect(await page.locator('#chk-channels').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#chk-community-members').fill('1e308');
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('steps back and forward through the answers', async () => {
    const page = await open();
    await start(page);
    await page.locator('#chk-channels').fill('5');
    await page.keyboard.press('Tab');
    await page.locator('#chk-posts-per-week').fill('30');
    await page.keyboard.press('Tab');
    await page.locator('#chk-coverage-always-on').check();
    expect(new URL(page.url()).searchParams.get('coverage')).toBe('always-on');

    await page.goBack();
    await expect.poll(() => page.locator('#chk-coverage-office-hours').isChecked()).toBe(true);
    expect(await page.locator('#chk-posts-per-week').inputValue()).toBe('30');
    await page.goBack();
    await expect.poll(() => page.locator('#chk-posts-per-week').inputValue()).toBe('5');
    expect(await page.locator('#chk-channels').inputValue()).toBe('5');
    await page.goBack();
    await expect.poll(() => page.locator('#chk-channels').inputValue()).toBe('2');
    await page.goForward();
    await expect.poll(() => page.locator('#chk-channels').inputValue()).toBe('5');
    await page.goForward();
    await expect.poll(() => page.locator('#chk-posts-per-week').inputValue()).toBe('30');
    expect(await page.locator('[data-verdict]').textContent()).toBeTruthy();
  });

  it('lets the visitor change an assumption, see it marked and reset it', async () => {
    const page = await open('/en/hiring-check/');
    await page.getByRole('button', { name: 'Show the result for the example' }).click();
    const before = await page.locator('.result .range').textContent();
    await page.locator('#chk-a-productive-hours-per-fte').fill('20');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('#chk-a-status').textContent())
      .toMatch(/^1 of \d+ assumptions changed\.$/);
    expect(await page.locator('.result .range').textContent()).not.toBe(before);
    await page
      .getByRole('button', { name: /^Reset\s*:\s*Productive hours of a full-time post per working week$/ })
      .click();
    expect(await page.locator('#chk-a-productive-hours-per-fte').inputValue()).toBe('32');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chk-a-productive-hours-per-fte');
    expect(await page.locator('.result .range').textContent()).toBe(before);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with a result, notices and job ads shown (${colorScheme})`, async () => {
      const page = await open(
        `${PAGE}?inbound-per-day=120&community-space=forum&community-members=3000&channels=x`,
        {
          colorScheme,
        },
      );
      await page.locator('article.ad details summary').first().click();
      await page.locator('#chk-a-hours-per-event').fill('10');
      expect(await page.locator('#chk-notices .notice').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      const english = await open('/en/hiring-check/?posts-per-week=60', { colorScheme });
      expect(await axeViolations(english)).toEqual([]);
    });
  }

  it('shows the questions and the assumptions without JavaScript and says what is needed', async () => {
    const page = await open(PAGE, { javaScriptEnabled: false });
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('#chk-form label[for="chk-channels"]').textContent()).toBe(
      'Aktive Social-Media-Kanäle',
    );
    expect(await page.locator('#chk-form .help').count()).toBe(12);
    const rows = await page.locator('#chk-assumptions tbody tr').count();
    expect(rows).toBe(24);
    expect(await page.locator('#chk-assumptions tbody a[href^="http"]').count()).toBeGreaterThanOrEqual(rows);
    // Every note in German on the German page.
    expect(await page.locator('#chk-assumptions').textContent()).not.toContain('Rollenklar assumption');
    expect(await page.locator('.method h2').textContent()).toBe('So rechnet der Bedarfscheck');
    // The three job-ad drafts, complete and in German, as templates.
    const ads = page.locator('article.ad');
    expect(await ads.locator('h3').allTextContents()).toEqual([
      'Social-Media-Manager:in',
      'Community-Manager:in',
      'Social-Media- und Community-Manager:in',
    ]);
    for (const ad of await ads.all()) expect(await ad.isVisible()).toBe(true);
    expect(await ads.first().locator('.ad-body').textContent()).toContain('Deine Aufgaben');
  });

  // Budget 30 KB (issue 11). The Svelte runtime chunk is shared by every island and holds the union of their
  // features, so another island's growth lands here too (docs/benchmarks.md, hiring check section).
  it('loads at most 30 KB of JavaScript (gzip), the Svelte runtime included', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await visit(page, new URL(PAGE, baseUrl).href);
    await page.locator('#chk-channels').fill('3');
    // Wait until the island runs: its own imports are requested only after its module has loaded.
    await islandStarted(page);
    await settle(page);
    const scripts = [...new Set(requested.filter((p) => p.endsWith('.js')))];
    expect(scripts.some((p) => /HiringChecker/.test(p))).toBe(true);
    const bytes = scripts.reduce((sum, p) => sum + gzipSync(readFileSync(`${DIST}${p}`)).length, 0);
    console.log(
      `checker page JavaScript: ${bytes} bytes gzip in ${scripts.length} files: ${scripts.join(', ')}`,
    );
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });

  it('reads "40.000" members typed on the German page as forty thousand and echoes it', async () => {
    const page = await open();
    await start(page);
    await page.locator('#chk-community-space').selectOption('forum');
    await page.locator('#chk-community-members').fill('40.000');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('#chk-community-members-echo').textContent())
      .toBe('= 40.000 Mitglieder');
    await expect.poll(() => new URL(page.url()).searchParams.get('community-members')).toBe('40000');
    // A link that says 40.000 is not read as 40.
    const linked = await open(`${PAGE}?community-members=40.000&community-space=forum`);
    expect(await notices(linked)).toContain('Mitglieder in eurer eigenen Community');
    expect(await linked.locator('#chk-community-members').inputValue()).toBe('0');
  });

  it('F-1: a link with other answers never overwrites the saved ones; the visitor chooses', async () => {
    const page = await open();
    await start(page);
    await page.locator('#chk-channels').fill('9');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))
      .toContain('"channels":9');
    const saved = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    for (const query of ['?channels=3', '?channels=abc', '?a.minutes-per-post=60000']) {
      await visit(page, new URL(PAGE + query, baseUrl).href);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), query).toBe(saved);
    }
    await visit(page, new URL(`${PAGE}?channels=3`, baseUrl).href);
    await expect.poll(() => notices(page)).toContain('Dieser Link zeigt andere Angaben');
    expect(await page.locator('#chk-channels').inputValue()).toBe('3');
    await page.getByRole('button', { name: 'Meine gespeicherten Angaben zeigen' }).click();
    await expect.poll(() => page.locator('#chk-channels').inputValue()).toBe('9');
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(saved);
  });

  it('F-1: saves nothing on mere focus', async () => {
    const page = await open();
    await start(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  });

  it('F-2, F-4: two tabs agree: a change in one shows in the other, a deletion is not undone', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) {
      await visit(page, new URL(PAGE, baseUrl).href);
      await page.waitForFunction(
        () => !(document.getElementById('chk-fields') as HTMLFieldSetElement).disabled,
      );
      await start(page);
    }
    await a.locator('#chk-channels').fill('8');
    await a.keyboard.press('Tab');
    await expect.poll(() => b.locator('#chk-channels').inputValue()).toBe('8');
    expect(await notices(b)).toContain('In einem anderen Tab wurden die Angaben geändert.');
    // "Delete all my data" elsewhere: tab A says so and does not write the answers back on its own.
    await b.evaluate((k) => localStorage.removeItem(k), STORAGE_KEY);
    await expect.poll(() => notices(a)).toContain('in einem anderen Tab gelöscht');
    expect(await a.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  });

  it('F-5: unreadable or newer saved data is left untouched, with a notice and a way to discard it', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const newer = '{"v":2,"inputs":{"channels":3}}';
    await context.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k!, v!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, newer],
    );
    const page = await context.newPage();
    await visit(page, new URL(PAGE, baseUrl).href);
    await expect.poll(() => notices(page)).toContain('die diese Seite nicht lesen kann');
    await page.locator('#chk-channels').fill('5');
    await page.keyboard.press('Tab');
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(newer);
    await page.getByRole('button', { name: 'Gespeicherte Angaben verwerfen' }).click();
    await expect
      .poll(() => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))
      .toContain('"channels":5');
  });

  it('F-11: says when the browser cannot save and keeps the answers in the link', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await visit(page, new URL(PAGE, baseUrl).href);
    await start(page);
    await page.locator('#chk-channels').fill('5');
    await page.keyboard.press('Tab');
    await expect.poll(() => notices(page)).toContain('Dein Browser erlaubt gerade kein Speichern');
    expect(new URL(page.url()).searchParams.get('channels')).toBe('5');
  });

  it.each(['//bedarfscheck/', '/bedarfscheck/index.html'])(
    'F-8: on %s the address and the share link follow the answers, without errors',
    async (path) => {
      const context = await browser.newContext();
      contexts.push(context);
      // Serve `//bedarfscheck/` as `/bedarfscheck/`, as nginx and Apache do by default (merge_slashes).
      await context.route(
        (url) => url.pathname.startsWith('//'),
        async (route) => {
          const url = new URL(route.request().url());
          url.pathname = url.pathname.replace(/^\/+/, '/');
          await route.fulfill({ response: await route.fetch({ url: url.href }) });
        },
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Built by hand: `new URL('//bedarfscheck/', base)` would name a host called "bedarfscheck".
      await visit(page, `${new URL(baseUrl).origin}${path}`);
      const landed = new URL(page.url()).pathname;
      await start(page);
      await page.locator('#chk-channels').fill('3');
      await page.keyboard.press('Tab');
      await page.locator('#chk-channels').fill('9');
      await page.keyboard.press('Tab');
      await expect.poll(() => new URL(page.url()).searchParams.get('channels')).toBe('9');
      const share = new URL(await page.locator('#chk-share-url').inputValue());
      expect(share.searchParams.get('channels')).toBe('9');
      expect(share.pathname).toBe(landed);
      expect(share.origin).toBe(new URL(baseUrl).origin);
      expect(errors).toEqual([]);
    },
  );

  it.each([320, 360])(
    'fits a %i px wide phone without horizontal scrolling, with a result shown',
    async (width) => {
      for (const path of [
        `${PAGE}?inbound-per-day=300&community-space=forum`,
        '/en/hiring-check/?posts-per-week=9',
      ]) {
        const page = await open(path, { viewport: { width, height: 700 } });
        await page.locator('[data-verdict]').waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
        // The short summary at the top of the form links to the full result.
        expect(await page.locator('#chk-summary').isVisible()).toBe(true);
      }
    },
  );

  it('keeps the verdict in view beside the form on a wide screen', async () => {
    const page = await open(`${PAGE}?inbound-per-day=300`, { viewport: { width: 1280, height: 800 } });
    await page.locator('#chk-current-hours').scrollIntoViewIfNeeded();
    const box = await page.locator('.checker .glance').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
  });
});
