// npm run bench:quiz — in Chromium, the time from confirming an answer to the next question on screen.
import os from 'node:os';
import { launchBrowser } from '../tests/e2e/browser';
import { startServer } from './static-server.mjs';

const DIST = process.env['ROLLENKLAR_OUT_DIR'] || 'dist';
const server = await startServer({ root: DIST, port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(new URL('/quiz/', server.url).href, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Test starten' }).click();
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
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
    `Confirm answer → next question rendered (next animation frame included), ${times.length} steps: ` +
      `median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms, ` +
      `max ${times.at(-1)!.toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
