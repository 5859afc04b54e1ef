// npm run bench:search — search index size, load and query time for the real site index and for synthetic
// corpora of 1,000 and 10,000 sections shaped like the real ones; the bytes a visitor fetches to open the
// search; and, in Chromium, the time from the last keystroke to the results.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { SearchEngine } from '../src/lib/search/engine';
import { fullEngine } from '../src/lib/search/client';
import {
  documentsKey,
  type SearchBodyFile,
  type SearchDocument,
  type SearchIndexFile,
} from '../src/lib/search/documents';
import { BENCH_QUERIES as QUERIES } from './search-queries';

const RUNS = 30;
const DIST = process.env['ROLLENKLAR_OUT_DIR'] || 'dist';

// A seeded generator so every run measures the same corpus.
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

/** Sections shaped like the real ones: ten to a page, headings of 2–7 words, bodies of 60–180 real words. */
function syntheticCorpus(size: number, head: SearchIndexFile, body: SearchBodyFile) {
  const words = body.bodies.flatMap((b) => b.split(/\s+/)).filter((w) => w.length > 2);
  const random = rng(size);
  const pick = () => words[Math.floor(random() * words.length)]!;
  const phrase = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, pick).join(' ');
  const docs: SearchDocument[] = [];
  const bodies: string[] = [];
  for (let i = 0; i < size; i++) {
    const template = head.docs[i % head.docs.length]!;
    const page = Math.floor(i / 10);
    const top = i % 10 === 0;
    docs.push({
      kind: template.kind,
      page: `${phrase(2, 6)} ${page}`,
      ...(top ? {} : { heading: phrase(2, 7) }),
      summary: top ? phrase(15, 25) : '',
      url: `/ratgeber/p${page}/${top ? '' : `#s${i}`}`,
    });
    bodies.push(phrase(60, 180));
  }
  const key = documentsKey(docs);
  return {
    head: { version: 2, locale: 'de', key, docs } satisfies SearchIndexFile,
    body: { version: 2, locale: 'de', key, bodies } satisfies SearchBodyFile,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(label: string, head: SearchIndexFile, body: SearchBodyFile) {
  const headJson = JSON.stringify(head);
  const bodyJson = JSON.stringify(body);
  const loadTimes: number[] = [];
  let engine: SearchEngine | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    engine = fullEngine(JSON.parse(headJson) as SearchIndexFile, JSON.parse(bodyJson) as SearchBodyFile);
    loadTimes.push(performance.now() - t0);
  }
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      // The popup's request: the best 8 with excerpts, and the count of all.
      engine!.search(q, 8);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return {
    corpus: label,
    sections: head.docs.length,
    'head KB (gzip)': (gzipSync(headJson).length / 1024).toFixed(1),
    'bodies KB (gzip)': (gzipSync(bodyJson).length / 1024).toFixed(1),
    'load ms (median of 3)': median(loadTimes).toFixed(0),
    'query ms median': quantile(0.5).toFixed(2),
    'query ms p95': quantile(0.95).toFixed(2),
  };
}

if (!existsSync(`${DIST}/search-index/de.json`)) {
  console.error(
    'dist/search-index/de.json is missing: run `npm run build` first (npm run bench:search does).',
  );
  process.exit(1);
}
const read = <T>(file: string) => JSON.parse(readFileSync(`${DIST}/search-index/${file}`, 'utf8')) as T;
const rows = [];
for (const locale of ['de', 'en']) {
  rows.push(
    measure(
      `real site (${locale})`,
      read<SearchIndexFile>(`${locale}.json`),
      read<SearchBodyFile>(`${locale}-body.json`),
    ),
  );
}
const realHead = read<SearchIndexFile>('de.json');
const realBody = read<SearchBodyFile>('de-body.json');
for (const size of [1_000, 10_000]) {
  const { head, body } = syntheticCorpus(size, realHead, realBody);
  rows.push(measure(`synthetic ${size.toLocaleString('en')}`, head, body));
}

console.log(
  `Search benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
);
console.log(`${QUERIES.length} queries × ${RUNS} runs per corpus\n`);
const headers = Object.keys(rows[0]!);
console.log(`| ${headers.join(' | ')} |`);
console.log(`|${headers.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${Object.values(row).join(' | ')} |`);

// In the browser: the bytes fetched to open the search, and from the last keystroke to the results.
const { launchBrowser } = await import('../tests/e2e/browser');
const { startServer } = await import('./static-server.mjs');
const server = await startServer({ root: DIST, port: 0 });
const browser = await launchBrowser();
const gz = (pathname: string) => gzipSync(readFileSync(`${DIST}${pathname}`)).length;
try {
  const page = await browser.newPage();
  await page.goto(new URL('/ratgeber/', server.url).href, { waitUntil: 'networkidle' });
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.focus('#site-search-input');
  await page.waitForFunction(
    () => document.querySelector('.search-results')?.getAttribute('data-state') === 'idle',
  );
  const toOpen = fetched.filter((p) => !p.endsWith('-body.json'));
  const bodies = fetched.filter((p) => p.endsWith('-body.json'));
  console.log('\nFetched on first use (gzip):');
  for (const p of fetched) console.log(`  ${p}: ${(gz(p) / 1024).toFixed(1)} KB`);
  console.log(
    `  to open (runtime + island + index head): ${(toOpen.reduce((s, p) => s + gz(p), 0) / 1024).toFixed(1)} KB; ` +
      `full text after it: ${(bodies.reduce((s, p) => s + gz(p), 0) / 1024).toFixed(1)} KB`,
  );

  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; lastChange: number };
    w.lastKey = 0;
    w.lastChange = 0;
    document.addEventListener('keydown', () => (w.lastKey = performance.now()), true);
    new MutationObserver(() => (w.lastChange = performance.now())).observe(
      document.querySelector('.search-results')!,
      { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] },
    );
  });
  const latencies: number[] = [];
  for (let run = 0; run < 3; run++) {
    for (const query of QUERIES) {
      await page.fill('#site-search-input', '');
      await page.waitForTimeout(120);
      await page.type('#site-search-input', query, { delay: 30 });
      await page.waitForFunction(
        () => document.querySelector('.search-results')?.getAttribute('data-state') === 'idle',
      );
      await page.waitForTimeout(50);
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
    `\nBrowser (Chromium, real index, full text): last keystroke → results updated, debounce (60 ms) included: ` +
      `median ${latencies[Math.floor(latencies.length / 2)]!.toFixed(0)} ms, ` +
      `p95 ${latencies[Math.floor(latencies.length * 0.95)]!.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms ` +
      `(${latencies.length} queries)`,
  );
} finally {
  await browser.close();
  await server.close();
}
