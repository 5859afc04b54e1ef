// `npm run audit`: Lighthouse (mobile preset, simulated throttling) on the main page types in both languages.
// Builds the site, serves dist/ with its _headers and gzip, prints a table, writes reports/lighthouse.json and
// exits non-zero when any category is below 100 or a guide's LCP is above 800 ms.
// Options: --no-build reuses dist/ (CI builds it for the tests just before); --only=<text> audits the pages
// whose label contains the text (for example --only=guide).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { guidePath, routePath } from '../src/lib/i18n/routes';
import { GUIDE_KEYS } from '../src/lib/content/guides';
import { contentDir } from '../src/build/content/data-files';
import { guideFacts } from '../src/build/sitemap';
import { buildSite } from './build-site';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { startServer } from './static-server.mjs';

// The page types the release issue names, in both languages; paths come from the site's route table.
/** The slug of the guide with a key in a language, read as the sitemap reads it. */
function guideSlug(locale: 'de' | 'en', key: string): string {
  const guide = guideFacts(contentDir(), locale).get(key);
  if (!guide) throw new Error(`content/${locale}/guides: no guide with key "${key}"`);
  return guide.slug;
}
const PAGES = (['de', 'en'] as const).flatMap((locale) => [
  { label: `home (${locale})`, path: routePath('home', locale) },
  {
    label: `guide (${locale})`,
    path: guidePath(locale, guideSlug(locale, GUIDE_KEYS.difference)),
    guide: true,
  },
  { label: `glossary (${locale})`, path: routePath('glossary', locale) },
  { label: `search (${locale})`, path: routePath('search', locale) },
  { label: `quiz (${locale})`, path: routePath('quiz', locale) },
  { label: `checker (${locale})`, path: routePath('checker', locale) },
]);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET_SCORE = 100;
const GUIDE_LCP_MS = 800;
const DIST = process.env['ROLLENKLAR_OUT_DIR'] || 'dist';
/** AUDIT_RUNS=N runs every page N times and takes the median run (AUDIT_RUNS=1 for a quick look). */
const FIXED_RUNS = process.env['AUDIT_RUNS']
  ? Math.max(1, Number(process.env['AUDIT_RUNS']) || 1)
  : undefined;
/**
 * Otherwise a page without an LCP target runs once: its scores sit far from the edge (every category at 100
 * with LCP well inside the score curve in every recorded audit), so more runs only repeat the result. Only when
 * that run is below target does it get two more, and the median of the three counts, so one slow run on a busy
 * machine does not fail it on its own.
 */
const RUNS = FIXED_RUNS ?? 1;
const RETRY_RUNS = FIXED_RUNS ?? 3;
/** Guides carry the tight LCP target (their runs spread over about 150 ms here): always the median of three. */
const GUIDE_RUNS = FIXED_RUNS ?? 3;

interface PageResult {
  label: string;
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  /** Lowest and highest LCP over the runs. */
  lcpRangeMs: [number, number];
  /** How many runs the page got. */
  runs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  /** Audits that cost points, so a failure says what to fix. */
  failing: Array<{ id: string; title: string; score: number | null; displayValue?: string }>;
  problems: string[];
}

if (!process.argv.includes('--no-build')) {
  const build = buildSite({ inherit: true });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startServer({ root: DIST, port: 0 });
const chrome = await launch({
  chromePath: await findChromium(),
  chromeFlags: ['--headless', ...CHROMIUM_ARGS],
  logLevel: 'silent',
});
const debugPort = chrome.port;

const results: PageResult[] = [];
mkdirSync('reports/lighthouse', { recursive: true });
let lighthouseVersion = 'unknown';
try {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  for (const page of PAGES.filter((p) => !only || p.label.includes(only))) {
    const url = new URL(page.path, server.url).href;
    const runs: PageResult[] = [];
    const runUpTo = async (count: number) => {
      while (runs.length < count) runs.push(await auditOnce(page, url, debugPort));
      return median(runs, !!page.guide);
    };
    let result = await runUpTo(page.guide ? GUIDE_RUNS : RUNS);
    if (result.problems.length > 0 && runs.length < RETRY_RUNS) result = await runUpTo(RETRY_RUNS);
    results.push(result);
    console.log(`audited ${page.label}: ${result.problems.length ? result.problems.join('; ') : 'ok'}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

/**
 * The median run (by performance score, then LCP), as Lighthouse CI does: one slow run on a busy machine
 * neither passes nor fails a page on its own. Notes what misses the target.
 */
function median(runs: PageResult[], guide: boolean): PageResult {
  const sorted = [...runs].sort((a, b) => b.scores.performance - a.scores.performance || a.lcpMs - b.lcpMs);
  const result = { ...sorted[Math.floor((sorted.length - 1) / 2)]!, problems: [] as string[] };
  result.lcpRangeMs = [Math.min(...runs.map((r) => r.lcpMs)), Math.max(...runs.map((r) => r.lcpMs))];
  result.runs = runs.length;
  for (const c of CATEGORIES)
    if (result.scores[c] < TARGET_SCORE) result.problems.push(`${c} ${result.scores[c]} < ${TARGET_SCORE}`);
  if (guide && !(result.lcpMs <= GUIDE_LCP_MS))
    result.problems.push(`LCP ${result.lcpMs} ms > ${GUIDE_LCP_MS} ms`);
  return result;
}

async function auditOnce(page: (typeof PAGES)[number], url: string, port: number): Promise<PageResult> {
  const runner = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = runner;
  lighthouseVersion = lhr.lighthouseVersion;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  // The last full report per page, for finding out what costs points (open it in the Lighthouse viewer).
  writeFileSync(
    `reports/lighthouse/${page.label.replace(/\W+/g, '-').replace(/-$/, '')}.json`,
    JSON.stringify(lhr),
  );
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as PageResult['scores'];
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const weighted = new Set(
    CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id),
    ),
  );
  const failing = [...weighted]
    .map((id) => lhr.audits[id]!)
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => ({
      id: a.id,
      title: a.title,
      score: a.score,
      ...(a.displayValue ? { displayValue: a.displayValue } : {}),
    }));
  return {
    label: page.label,
    url: page.path,
    scores,
    lcpMs: Math.round(metric('largest-contentful-paint')),
    lcpRangeMs: [0, 0],
    runs: 1,
    fcpMs: Math.round(metric('first-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: Number(metric('cumulative-layout-shift').toFixed(3)),
    transferBytes: Math.round(metric('total-byte-weight')),
    failing,
    problems: [],
  };
}

const header = [
  'Page',
  'Perf',
  'A11y',
  'Best pr.',
  'SEO',
  'FCP ms',
  'LCP ms',
  'LCP range',
  'Runs',
  'TBT ms',
  'CLS',
  'Bytes',
];
const rows = results.map((r) => [
  `${r.label} ${r.url}`,
  ...CATEGORIES.map((c) => String(r.scores[c])),
  String(r.fcpMs),
  String(r.lcpMs),
  `${r.lcpRangeMs[0]}–${r.lcpRangeMs[1]}`,
  String(r.runs),
  String(r.tbtMs),
  String(r.cls),
  String(r.transferBytes),
]);
console.log(
  `\nLighthouse ${lighthouseVersion} · mobile preset, simulated throttling · ${RUNS} run(s) per page (median of ${RETRY_RUNS} when below target), median of ${GUIDE_RUNS} for guides · ${machine()}\n`,
);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

const failed = results.filter((r) => r.problems.length > 0);
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/lighthouse.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      lighthouse: lighthouseVersion,
      machine: machine(),
      runsPerPage: RUNS,
      runsPerPageBelowTarget: RETRY_RUNS,
      runsPerGuide: GUIDE_RUNS,
      target: { score: TARGET_SCORE, guideLcpMs: GUIDE_LCP_MS },
      results,
    },
    null,
    2,
  ) + '\n',
);
console.log('\nJSON report written to reports/lighthouse.json');
if (failed.length > 0) {
  console.error(`\nBelow target on ${failed.length} page(s):`);
  for (const r of failed) {
    console.error(`- ${r.label} ${r.url}: ${r.problems.join('; ')}`);
    for (const a of r.failing)
      console.error(`    ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
  process.exitCode = 1;
} else {
  console.log(`All ${results.length} pages meet the target.`);
}

function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
