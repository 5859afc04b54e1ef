// npm run bench:jobad — in Chromium, how long the job-ad check takes for a 1,000-word ad: the analysis alone
// (src/lib/jobad/analyze.ts bundled for the browser, 200 runs after warm-up; budget: median under 50 ms), and
// on the built page from one input event to the result on screen. Also the page's JavaScript before any
// interaction (gzip), against its budget of 30 KB.
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { launchBrowser } from '../tests/e2e/browser';
import { loadContentData } from '../src/build/content/data-files';
import { jobAdRoleData } from '../src/lib/jobad';
import { inlineScriptBodies } from '../src/build/security/csp';
import { startServer } from './static-server.mjs';

const DIST = process.env['ROLLENKLAR_OUT_DIR'] || 'dist';
const RUNS = 200;
const WARM_UP = 20;
const BUDGET_MS = 50;
const WORDS = 1_000;

/** A 1,000-word German ad: a title and intro, then the duties and profiles of the test-set ads in turn. */
function longAd(): string {
  const { ads } = parse(readFileSync('tests/fixtures/jobad-ads.yaml', 'utf8')) as {
    ads: Array<{ language: string; text: string }>;
  };
  const lines = [
    'Social Media & Community Manager:in (m/w/d)',
    'Vollzeit in Berlin, Homeoffice möglich.',
    'Deine Aufgaben:',
  ];
  const bullets = ads
    .filter((a) => a.language === 'de')
    .flatMap((a) => a.text.split('\n').filter((l) => l.startsWith('- ')));
  const count = () => lines.join(' ').match(/[\p{L}\p{N}]+/gu)!.length;
  for (let i = 0; count() < WORDS; i++) lines.push(bullets[i % bullets.length]!);
  return lines.join('\n');
}

const ad = longAd();
const roles = jobAdRoleData(loadContentData('content').roles);
const bundle = await build({
  entryPoints: ['src/lib/jobad/analyze.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'jobad',
  minify: true,
  write: false,
  target: 'es2022',
});
const engine = bundle.outputFiles[0]!.text;

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
};
const fmt = (s: { median: number; p95: number; max: number }) =>
  `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;

const server = await startServer({ root: DIST, port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(new URL('/stellenanzeigen-check/', server.url).href, { waitUntil: 'networkidle' });
  const scripts = requested.filter((p) => p.endsWith('.js'));
  const html = readFileSync(`${DIST}/stellenanzeigen-check/index.html`, 'utf8');
  const jsBytes =
    scripts.reduce((sum, p) => sum + gzipSync(readFileSync(`${DIST}${p}`)).length, 0) +
    inlineScriptBodies(html).reduce((sum, body) => sum + gzipSync(body).length, 0);

  // The analysis alone, in the page's own JavaScript engine.
  // Evaluated through the DevTools protocol, which the page's CSP (rightly) does not allow for inline scripts.
  await page.evaluate(`${engine};globalThis.jobad = jobad;`);
  // A string, not a function: tsx would add helpers to a function that do not exist in the page.
  const analysis = (await page.evaluate(`(() => {
    const roles = ${JSON.stringify(roles)};
    const ad = ${JSON.stringify(ad)};
    const vocabulary = jobad.compileVocabulary(roles);
    const times = [];
    let result;
    for (let i = 0; i < ${WARM_UP + RUNS}; i++) {
      const started = performance.now();
      result = jobad.analyseAd(ad + ' '.repeat(i % 2), vocabulary, { language: 'auto' });
      if (i >= ${WARM_UP}) times.push(performance.now() - started);
    }
    return { times, words: result.words, verdict: result.verdict, duties: result.segments.filter((s) => s.duty).length };
  })()`)) as { times: number[]; words: number; verdict: string; duties: number };

  // On the page: one input event with the whole ad, until the result is rendered (next animation frame).
  const textarea = page.locator('#jobad-text');
  await textarea.focus();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const rendered: number[] = [];
  for (let i = 0; i < 21; i++) {
    rendered.push(
      (await page.evaluate(`(async () => {
        const area = document.getElementById('jobad-text');
        const ad = ${JSON.stringify(ad)} + ' '.repeat(${i % 2});
        const before = document.querySelector('.result') ? document.querySelector('.marked-ad').childElementCount : -1;
        area.value = '';
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const started = performance.now();
        area.value = ad;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        while (!document.querySelector('.marked-ad')) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - started;
      })()`)) as number,
    );
  }

  // Typing into the filled text area: one more character, until the updated result is on screen.
  const typed: number[] = [];
  for (let i = 0; i < 21; i++) {
    typed.push(
      (await page.evaluate(`(async () => {
        const area = document.getElementById('jobad-text');
        const started = performance.now();
        area.value += 'x';
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - started;
      })()`)) as number,
    );
  }

  const a = stats(analysis.times);
  console.log(
    `Job-ad check benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Chromium`,
  );
  console.log(
    `Ad: ${analysis.words} words, ${ad.length} characters, ${analysis.duties} duties, verdict ${analysis.verdict}`,
  );
  console.log(`Analysis alone (analyseAd), ${RUNS} runs: ${fmt(a)} — budget: median < ${BUDGET_MS} ms`);
  console.log(
    `Page: input event → result rendered (next frame), ${rendered.length} runs: ${fmt(stats(rendered))}`,
  );
  console.log(
    `Page: one more keystroke in the filled ad → updated result (two frames), ${typed.length} runs: ${fmt(stats(typed))}`,
  );
  console.log(
    `Page JavaScript before interaction: ${(jsBytes / 1024).toFixed(1)} KB gzip (${scripts.length} files + inline) — budget: 30 KB`,
  );
  if (analysis.words < WORDS) throw new Error(`The bench ad has only ${analysis.words} words`);
  if (a.median >= BUDGET_MS) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
