/**
 * Bytes of the built reading pages (gzip level 9): the whole page, the frame around <main> (what
 * tests/e2e/budgets.test.ts limits to 8 KB), and the JavaScript that runs before interaction; plus the share
 * preview images. Reads dist/ (build first). Usage: npx tsx scripts/measure-frames.ts [page paths…]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST, htmlFileOf, INTERACTIVE_PAGE } from '../tests/e2e/browser';
import { inlineScriptBodies } from '../src/build/security/csp';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const chosen = process.argv.slice(2);
const pages = chosen.length ? chosen : builtPages().filter((p) => !INTERACTIVE_PAGE.test(p));

console.log('| page | whole KB | frame KB | JS KB |\n|---|--:|--:|--:|');
let largestFrame = ['', 0] as [string, number];
for (const pagePath of pages) {
  const html = readFileSync(htmlFileOf(pagePath), 'utf8');
  const frame = gz(html.replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, '$1</main>'));
  const js = inlineScriptBodies(html).reduce((sum, body) => sum + gzipSync(body).length, 0);
  if (frame > largestFrame[1]) largestFrame = [pagePath, frame];
  const kb = (n: number) => (n / 1024).toFixed(2);
  console.log(`| ${pagePath} | ${kb(gz(html))} | ${kb(frame)} | ${kb(js)} |`);
}
console.log(`\nlargest frame: ${largestFrame[0]} ${(largestFrame[1] / 1024).toFixed(2)} KB`);

const og = path.join(DIST, 'og');
const images: number[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.png')) images.push(statSync(full).size);
  }
};
walk(og);
const total = images.reduce((a, b) => a + b, 0);
console.log(
  `share previews: ${images.length} PNGs, ${(total / 1024).toFixed(0)} KB in all, ${(Math.max(...images) / 1024).toFixed(0)} KB largest`,
);
