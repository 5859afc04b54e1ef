import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import axe from 'axe-core';
import { chromiumOptions } from '../../scripts/chromium';

/** The build under test: dist/, or ROLLENKLAR_OUT_DIR when a parallel build writes elsewhere. */
export const DIST = process.env['ROLLENKLAR_OUT_DIR'] || 'dist';

/** A Chromium of its own, for the benchmark scripts (the tests share one: connectBrowser). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(await chromiumOptions());
}

/**
 * Connects a test file to the one Chromium the global setup started, and disconnects after the file (which
 * closes the contexts the file opened). Call it at the top of the file: `const browser = await connectBrowser();`.
 */
export async function connectBrowser(): Promise<Browser> {
  const browser = await chromium.connect(inject('browserWsEndpoint'));
  afterAll(() => browser.close());
  return browser;
}

/** How long settle() waits for open requests before it fails, naming them. */
const SETTLE_TIMEOUT_MS = 20_000;

/** Requests each page has in flight, counted from the first visit() or settle() on that page. */
const inFlight = new WeakMap<Page, { requests: Set<Request>; emptied: Array<() => void> }>();

function requestsOf(page: Page) {
  let state = inFlight.get(page);
  if (!state) {
    const tracked = { requests: new Set<Request>(), emptied: [] as Array<() => void> };
    const done = (request: Request) => {
      if (tracked.requests.delete(request) && tracked.requests.size === 0)
        for (const resolve of tracked.emptied.splice(0)) resolve();
    };
    page.on('request', (request) => tracked.requests.add(request));
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    inFlight.set(page, tracked);
    state = tracked;
  }
  return state;
}

/**
 * Waits until the page has nothing left to do: no request in flight and the main thread idle, twice in a row
 * (an idle callback runs only after queued tasks, such as running a module that just arrived, which requests
 * its imports and starts an island). Instead of `networkidle`, which always waits 500 ms after the last request.
 */
export async function settle(page: Page): Promise<void> {
  const state = requestsOf(page);
  for (let quiet = 0; quiet < 2;) {
    if (state.requests.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => state.emptied.push(resolve)),
        new Promise((_, reject) => {
          timer = setTimeout(() => {
            const urls = [...state.requests].map((r) => r.url());
            reject(new Error(`requests still in flight after ${SETTLE_TIMEOUT_MS} ms: ${urls.join(', ')}`));
          }, SETTLE_TIMEOUT_MS);
        }),
      ]).finally(() => clearTimeout(timer));
      quiet = 0;
      continue;
    }
    // Chromium sometimes withholds idle time from a page with a focused field; 200 ms bounds the wait then.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 200 })));
    quiet = state.requests.size === 0 ? quiet + 1 : 0;
  }
}

/**
 * Opens a URL and waits until the page has loaded and settled (its islands that start at once have started).
 * Pass the context's options: without JavaScript there is nothing to settle (and no script to ask the page).
 */
export async function visit(
  page: Page,
  url: string,
  { javaScriptEnabled = true }: BrowserContextOptions = {},
): Promise<void> {
  requestsOf(page);
  await page.goto(url, { waitUntil: 'load' });
  if (javaScriptEnabled) await settle(page);
}

/**
 * Pages with an island (quiz, checker, job-ad check, knowledge check, the privacy page's stored-data panel);
 * every other page is for reading and runs only the page loader.
 */
export const INTERACTIVE_PAGE =
  /^\/(en\/)?(quiz|bedarfscheck|hiring-check|stellenanzeigen-check|job-ad-check|ratgeber\/wissenstest|guides\/knowledge-check|datenschutz|privacy)\/$/;

/** The HTML file of a page path from builtPages(). */
export function htmlFileOf(pagePath: string, dist = DIST): string {
  return `${dist}${pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath}`;
}

/** Every page of the build, as URL paths, read from dist/. */
export function builtPages(dist = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = path.relative(dist, full).split(path.sep).join('/');
        pages.push(
          rel === 'index.html'
            ? '/'
            : rel.endsWith('/index.html')
              ? `/${rel.slice(0, -'index.html'.length)}`
              : `/${rel}`,
        );
      }
    }
  };
  walk(dist);
  return pages.sort();
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page against WCAG 2.2 A and AA. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not block it.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => n.target.join(' ')),
    }));
  });
}

/** Records every request a page makes whose origin is not the local test server. */
export function trackForeignRequests(page: Page, baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Collects Content-Security-Policy violations reported by the page (an init script is exempt from CSP). */
export async function trackCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as any).__reportCspViolation(
        `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}
