import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import axe from 'axe-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium';

/** The build under test: dist/, or ROLLENKLAR_OUT_DIR when a parallel build writes elsewhere. */
export const DIST = process.env['ROLLENKLAR_OUT_DIR'] || 'dist';

/** A Chromium of its own, for the benchmark scripts (the tests share one: connectBrowser). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS, headless: true });
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

/** Pages whose purpose is an interactive tool (quiz, checker, knowledge check); every other page is for reading. */
export const INTERACTIVE_PAGE =
  /^\/(en\/)?(quiz|bedarfscheck|hiring-check|stellenanzeigen-check|job-ad-check|ratgeber\/wissenstest|guides\/knowledge-check)\/$/;

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
