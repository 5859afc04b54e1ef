/**
 * Screenshots of the built site for docs/screenshots/: home, a guide, a quiz result and the hiring check, at
 * 390 and 1280 px, light and dark. Serves dist/ (build first: `npm run build`), drives the Chromium of
 * scripts/chromium.ts and writes small PNGs (first screen only, 1× pixel ratio).
 *   npx tsx scripts/screenshots.ts                     → docs/screenshots/*.png
 *   npx tsx scripts/screenshots.ts --out=/tmp/s --full /glossar/ /en/   → any pages, full length
 *   npx tsx scripts/screenshots.ts --out=/tmp/s --element=.comparison /ratgeber/unterschied/   → one element
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { startServer } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const outDir = option('out') ?? 'docs/screenshots';
const full = args.includes('--full');
const element = option('element');
const widths = (option('widths') ?? '390,1280').split(',').map(Number);
const schemes = (option('schemes') ?? 'light,dark').split(',') as Array<'light' | 'dark'>;
const custom = args.filter((a) => !a.startsWith('--'));

// The quiz result and the hiring check come from share links (community tasks liked, social-media tasks
// less so; a 50-person firm with a 3.000-member forum), so no clicking is needed.
const DEFAULT_PAGES: Array<[name: string, pagePath: string]> = [
  ['home', '/'],
  ['guide', '/ratgeber/unterschied/'],
  ['quiz-result', '/quiz/?v=3&a=352452342542532425435242'],
  [
    'checker',
    '/bedarfscheck/?company-size=medium&channels=3&posts-per-week=5&inbound-per-day=8&community-space=forum&community-members=3000&events-per-month=1',
  ],
];
const pages: Array<[string, string]> = custom.length
  ? custom.map((p) => [p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home', p])
  : DEFAULT_PAGES;

mkdirSync(outDir, { recursive: true });
const server = await startServer({ root: process.env['ROLLENKLAR_OUT_DIR'] || 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
try {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 844 : 800 },
        colorScheme,
      });
      const page = await context.newPage();
      for (const [name, pagePath] of pages) {
        await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(outDir, `${name}-${width}-${colorScheme}.png`);
        if (element) await page.locator(element).first().screenshot({ path: file });
        else await page.screenshot({ path: file, fullPage: full });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
