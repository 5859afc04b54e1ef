// npm run bench:search — search index size, parse time and query time for the real site index and for
// synthetic corpora of 1,000, 10,000 and 50,000 documents shaped like the real ones.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { SearchEngine, createSearchIndex } from '../src/lib/search/engine';
import { excerpt, type SearchDocument, type SearchIndexFile } from '../src/lib/search/documents';
import { BENCH_QUERIES as QUERIES } from './search-queries';

const RUNS = 30;

// A seeded generator so every run measures the same corpus.
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

function syntheticCorpus(size: number, real: SearchDocument[]): SearchDocument[] {
  const words = real.flatMap((d) => `${d.title} ${d.text}`.split(/\s+/)).filter((w) => w.length > 2);
  const random = rng(size);
  const pick = () => words[Math.floor(random() * words.length)]!;
  const docs: SearchDocument[] = [];
  for (let i = 0; i < size; i++) {
    const template = real[i % real.length]!;
    const title = Array.from({ length: 2 + Math.floor(random() * 6) }, pick).join(' ');
    const text = excerpt(Array.from({ length: 30 }, pick).join(' '));
    docs.push({ ...template, title, text, url: `${template.url.split('#')[0]}#s${i}` });
  }
  return docs;
}

function measure(label: string, file: SearchIndexFile) {
  const json = JSON.stringify(file);
  const gzipBytes = gzipSync(json).length;
  const parseTimes: number[] = [];
  let engine: SearchEngine | undefined;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const parsed = JSON.parse(json) as SearchIndexFile;
    engine = new SearchEngine(parsed.docs, parsed.index);
    parseTimes.push(performance.now() - t0);
  }
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      engine!.search(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return {
    corpus: label,
    docs: file.docs.length,
    'index KB (gzip)': (gzipBytes / 1024).toFixed(1),
    'parse ms (median of 5)': median(parseTimes).toFixed(1),
    'query ms median': quantile(0.5).toFixed(2),
    'query ms p95': quantile(0.95).toFixed(2),
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const rows = [];
const DIST = process.env['ROLLENKLAR_OUT_DIR'] || 'dist';
const realPath = `${DIST}/search-index/de.json`;
if (!existsSync(realPath)) {
  console.error(
    'dist/search-index/de.json is missing: run `npm run build` first (npm run bench:search does).',
  );
  process.exit(1);
}
for (const locale of ['de', 'en']) {
  const real = JSON.parse(readFileSync(`${DIST}/search-index/${locale}.json`, 'utf8')) as SearchIndexFile;
  rows.push(measure(`real site (${locale})`, real));
}
const realDe = (JSON.parse(readFileSync(realPath, 'utf8')) as SearchIndexFile).docs;
for (const size of [1_000, 10_000, 50_000]) {
  const docs = syntheticCorpus(size, realDe);
  rows.push(
    measure(`synthetic ${size.toLocaleString('en')}`, {
      version: 1,
      locale: 'de',
      docs,
      index: createSearchIndex(docs),
    }),
  );
}

console.log(
  `Search benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
);
console.log(`${QUERIES.length} queries × ${RUNS} runs per corpus\n`);
const headers = Object.keys(rows[0]!);
console.log(`| ${headers.join(' | ')} |`);
console.log(`|${headers.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${Object.values(row).join(' | ')} |`);

// In the browser: from the last keystroke to the results in the page, debounce included.
const { launchBrowser } = await import('../tests/e2e/browser');
const { startServer } = await import('./static-server.mjs');
const server = await startServer({ root: DIST, port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(new URL('/ratgeber/', server.url).href, { waitUntil: 'networkidle' });
  await page.focus('#site-search-input');
  await page.waitForFunction(() => document.querySelector('.search-results') !== null);
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; lastChange: number };
    w.lastKey = 0;
    w.lastChange = 0;
    document.addEventListener('keydown', () => (w.lastKey = performance.now()), true);
    new MutationObserver(() => (w.lastChange = performance.now())).observe(
      document.querySelector('.search-results')!,
      {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      },
    );
  });
  const latencies: number[] = [];
  for (let run = 0; run < 3; run++) {
    for (const query of QUERIES) {
      await page.fill('#site-search-input', '');
      await page.waitForTimeout(120);
      await page.type('#site-search-input', query, { delay: 30 });
      await page.waitForTimeout(250);
      latencies.push(
        await page.evaluate(() => {
          const w = window as unknown as { lastKey: number; lastChange: number };
          return w.lastChange - w.lastKey;
        }),
      );
    }
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `\nBrowser (Chromium, real index): last keystroke → results updated, debounce (60 ms) included: ` +
      `median ${latencies[Math.floor(latencies.length / 2)]!.toFixed(0)} ms, ` +
      `p95 ${latencies[Math.floor(latencies.length * 0.95)]!.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms ` +
      `(${latencies.length} queries)`,
  );
} finally {
  await browser.close();
  await server.close();
}
