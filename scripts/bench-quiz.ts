// npm run bench:quiz — in Chromium: the quiz's JavaScript (gzip) before and after first use, and the time from
// confirming an answer to the next question on screen.
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser';
import { loadContentData } from '../src/build/content/data-files';
import { startServer } from './static-server.mjs';

const DIST = process.env['ROLLENKLAR_OUT_DIR'] || 'dist';
const server = await startServer({ root: DIST, port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path);
  });
  await page.goto(new URL('/quiz/', server.url).href, { waitUntil: 'networkidle' });
  const gzipOf = (paths: Iterable<string>) =>
    [...paths].reduce((sum, p) => sum + gzipSync(readFileSync(`${DIST}${p}`)).length, 0);
  const beforeUse = gzipOf(scripts);
  await page.getByRole('button', { name: 'Test starten' }).click();
  await page.locator('#quiz-step-heading').waitFor();
  await page.waitForLoadState('networkidle');
  const afterUse = gzipOf(scripts);
  const steps = loadContentData('content').quiz.items.length - 1;
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    await page.locator(`.quiz-runner input[value="${(i % 5) + 1}"]`).check();
    times.push(
      // A string, not a function: tsx would add helpers to a function that do not exist in the page.
      (await page.evaluate(`(async () => {
        const heading = () => document.querySelector('#quiz-step-heading')?.textContent;
        const before = heading();
        const started = performance.now();
        document.querySelector('.quiz-runner button[type="submit"]').click();
        while (heading() === before) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - started;
      })()`)) as number,
    );
  }
  times.sort((a, b) => a - b);
  console.log(
    `Quiz benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
  );
  console.log(
    `Quiz JavaScript files (gzip): ${beforeUse} B before first use, ${afterUse} B once the quiz has started (${scripts.size} files)`,
  );
  console.log(
    `Confirm answer → next question rendered (next animation frame included), ${times.length} steps: ` +
      `median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms, ` +
      `max ${times.at(-1)!.toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
