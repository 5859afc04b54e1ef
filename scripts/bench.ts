// npm run bench — one table for the release: build time of the real site and of the site with 100 and 1,000
// synthetic extra guides, bytes and requests per page type, the search figures, and the same figures for a
// minimal Astro MDX page built in the same run as the baseline (with the ratio to it).
// Progress goes to stderr, the table to stdout; the data also goes to reports/bench.json.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { fullEngine } from '../src/lib/search/client';
import { inlineScriptBodies } from '../src/build/security/csp';
import type { SearchBodyFile, SearchIndexFile } from '../src/lib/search/documents';
import { buildSite } from './build-site';
import { BENCH_QUERIES as QUERIES } from './search-queries';

const PROJECT = process.cwd();
const EXTRA_GUIDES = [100, 1_000] as const;
/** Page types measured in the real build; the baseline page is compared with each. */
const PAGE_TYPES = [
  ['home', '/'],
  ['guide', '/ratgeber/unterschied/'],
  ['glossary', '/glossar/'],
  ['search', '/suche/'],
  ['quiz', '/quiz/'],
  ['checker', '/bedarfscheck/'],
  ['knowledge check', '/ratgeber/wissenstest/'],
] as const;
const BASELINE_GUIDE = 'content/de/guides/unterschied.mdx';
const BASELINE_URL = '/guide/';
const RUNS = 30;
/** What the site needs to build; copied so the benchmark builds touch nothing in the working tree. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json'];

const log = (message: string) => console.error(`[bench] ${message}`);

class BenchError extends Error {}

// ---------------------------------------------------------------- builds

interface BuildResult {
  ms: number;
  pages: number;
  outDir: string;
}

function htmlCount(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function astroBuild(
  label: string,
  root: string,
  outDir: string,
  env: Record<string, string> = {},
): BuildResult {
  log(`building ${label} …`);
  const t0 = performance.now();
  const result = buildSite({ root, env: { NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
  const ms = performance.now() - t0;
  if (result.status !== 0 || !existsSync(outDir)) {
    throw new BenchError(
      `build of ${label} failed (exit ${result.status ?? result.signal ?? result.error?.message}):\n` +
        `${tail(result.stdout ?? '')}\n${tail(result.stderr ?? '')}`,
    );
  }
  const pages = htmlCount(outDir);
  log(`  ${label}: ${(ms / 1000).toFixed(1)} s, ${pages} pages`);
  return { ms, pages, outDir };
}

/** A copy of the site in `work` with node_modules linked to the project's. */
function snapshotSite(work: string): string {
  // Astro writes `.astro/content-modules.mjs` into the project root on every build, listing the content
  // files it built. Built from the working tree, the synthetic builds would leave /tmp paths there for the
  // next build in the working tree to pick up, so the benchmark builds a copy of the site instead.
  const site = path.join(work, 'site');
  for (const file of SITE_FILES) cpSync(path.join(PROJECT, file), path.join(site, file), { recursive: true });
  cpSync(path.join(PROJECT, 'content'), path.join(site, 'content'), { recursive: true });
  linkNodeModules(site);
  return site;
}

/**
 * node_modules for a build root elsewhere: a link to each of the project's packages, so the build uses the
 * same Astro, but not to its dot-folders. Astro puts Vite's dependency cache in `<root>/node_modules/.vite`
 * (and by default its own in `.astro`), which through one link to the whole folder would be the project's.
 */
function linkNodeModules(root: string): void {
  const source = path.join(PROJECT, 'node_modules');
  const target = path.join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (!entry.startsWith('.')) symlinkSync(path.join(source, entry), path.join(target, entry), 'dir');
  }
}

function buildVariant(label: string, site: string, work: string, contentDir: string): BuildResult {
  const outDir = path.join(work, `out-${label.replace(/\W+/g, '-')}`);
  // ROLLENKLAR_OUT_DIR also moves Astro's cache (to `${outDir}-cache`), so every build starts cold.
  return astroBuild(label, site, outDir, { ROLLENKLAR_OUT_DIR: outDir, ROLLENKLAR_CONTENT_DIR: contentDir });
}

// ---------------------------------------------------------------- synthetic guides

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

interface GuideFile {
  slug: string;
  text: string;
  key: string;
  title: string;
  order: number;
}

function readGuides(dir: string): GuideFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) throw new BenchError(`${dir}/${f}: no front matter`);
      const data = parseYaml(match[1]!) as { key: string; title: string; order: number };
      return { slug: f.slice(0, -'.mdx'.length), text, key: data.key, title: data.title, order: data.order };
    });
}

/** The guide with a new key, title and order: every other line, the sources and the body stay as they are. */
function copyGuide(guide: GuideFile, key: string, title: string, order: number): string {
  const match = FRONTMATTER.exec(guide.text)!;
  const frontmatter = match[1]!
    .replace(/^key:.*$/m, () => `key: ${key}`)
    .replace(/^title:.*$/m, () => `title: ${JSON.stringify(title)}`)
    .replace(/^order:.*$/m, () => `order: ${order}`);
  return `---\n${frontmatter}\n---\n${guide.text.slice(match[0].length)}`;
}

/**
 * The content folder plus `extra` guides: extra/2 German-English twin pairs, each a copy of a real pair
 * (in turn) under a new key, slug, title and order, so the build sees realistic size and shape.
 */
function syntheticContent(source: string, target: string, extra: number): void {
  cpSync(source, target, { recursive: true });
  const de = readGuides(path.join(target, 'de/guides'));
  const en = new Map(readGuides(path.join(target, 'en/guides')).map((g) => [g.key, g]));
  const pairs = de.map((g) => {
    const twin = en.get(g.key);
    if (!twin) throw new BenchError(`de/guides/${g.slug}.mdx has no English twin`);
    return [g, twin] as const;
  });
  // Orders after the real series keep the real guides' neighbours (and every order) unique.
  const lastOrder = Math.max(...de.map((g) => g.order));
  for (let n = 1; n <= extra / 2; n++) {
    const [deGuide, enGuide] = pairs[(n - 1) % pairs.length]!;
    const key = `bench-${n}-${deGuide.key}`;
    // Titles are limited to 90 characters; the number keeps them distinct.
    const title = (t: string) => `${t.slice(0, 90 - ` #${n}`.length).trimEnd()} #${n}`;
    for (const [locale, guide] of [
      ['de', deGuide],
      ['en', enGuide],
    ] as const) {
      writeFileSync(
        path.join(target, locale, 'guides', `${guide.slug}-bench-${n}.mdx`),
        copyGuide(guide, key, title(guide.title), lastOrder + n),
      );
    }
  }
}

// ---------------------------------------------------------------- baseline

/** The guide's words as plain Markdown: no front matter, imports or components (a tag's text stays). */
function plainMarkdown(mdx: string): string {
  let body = mdx.replace(FRONTMATTER, '').replace(/^(?:import|export)\s.*$/gm, '');
  body = body.replace(/<[A-Z][\w.]*\b[^>]*\/>/g, '');
  for (let before = ''; before !== body;) {
    before = body;
    body = body.replace(/<([A-Z][\w.]*)\b[^>]*>([\s\S]*?)<\/\1>/g, '$2');
  }
  // Whatever MDX would still read as JSX or an expression is escaped, so it stays text.
  return `${body
    .replace(/[{}<]/g, '\\$&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function baselineProject(work: string): string {
  const dir = path.join(work, 'baseline');
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      '',
      'export default defineConfig({ integrations: [mdx()] });',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, `src/pages${BASELINE_URL.replace(/\/$/, '')}.mdx`),
    plainMarkdown(readFileSync(path.join(PROJECT, BASELINE_GUIDE), 'utf8')),
  );
  linkNodeModules(dir); // the same Astro and MDX as the site
  return dir;
}

// ---------------------------------------------------------------- bytes per page

interface PageFigures {
  /** Files loaded besides the HTML, as URL paths. */
  files: string[];
  htmlBytes: number;
  firstLoadGzip: number;
  requests: number;
  jsGzip: number;
}

const ORIGIN = 'http://bench.invalid';
const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = tag.replace(/^<[\w-]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** A reference resolved to a URL path of this site, or undefined for another origin (not the site's bytes). */
function resolveRef(ref: string, from: string): string | undefined {
  const url = new URL(ref, new URL(from, ORIGIN));
  return url.origin === ORIGIN ? decodeURIComponent(url.pathname) : undefined;
}

function pageFigures(outDir: string, page: string): PageFigures {
  const read = (urlPath: string) => {
    const file = path.join(outDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    if (!existsSync(file)) throw new BenchError(`${page}: ${urlPath} is not in ${outDir}`);
    return readFileSync(file);
  };
  const html = read(page).toString('utf8');
  const files = new Set<string>();
  const add = (ref: string | undefined, from: string) => {
    const resolved = ref ? resolveRef(ref, from) : undefined;
    if (resolved) files.add(resolved);
  };
  const inlineJs = inlineScriptBodies(html);
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) add(attributes(m[0]).get('src'), page);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet') || rel.includes('modulepreload')) add(attrs.get('href'), page);
  }
  // An island that starts on load fetches its component and the framework renderer at once; one that starts
  // on first use (client:intent, the checker) fetches nothing before the visitor acts.
  for (const m of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    if (attrs.get('client') === 'intent') continue;
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) add(attrs.get(name), page);
  }
  // Static imports of those modules load before they run (dynamic import() does not match: it has a paren).
  const queue = [...files].filter((f) => /\.m?js$/.test(f));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const code = read(file).toString('utf8');
    for (const m of code.matchAll(/\b(?:import|from)\s*["']((?:\.{1,2}\/|\/)[^"']+\.m?js)["']/g)) {
      const resolved = resolveRef(m[1]!, file);
      if (resolved && !files.has(resolved)) {
        files.add(resolved);
        queue.push(resolved);
      }
    }
  }
  const sorted = [...files].sort();
  const gzipOf = sorted.map((f) => ({ file: f, gzip: gzipSize(read(f)) }));
  const jsFiles = gzipOf.filter((f) => /\.m?js$/.test(f.file));
  return {
    files: sorted,
    htmlBytes: Buffer.byteLength(html),
    firstLoadGzip: gzipSize(html) + gzipOf.reduce((sum, f) => sum + f.gzip, 0),
    requests: 1 + sorted.length,
    // Inline scripts travel in the HTML response, so they are compressed together.
    jsGzip:
      (inlineJs.length ? gzipSize(inlineJs.join('\n')) : 0) + jsFiles.reduce((sum, f) => sum + f.gzip, 0),
  };
}

// ---------------------------------------------------------------- search

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function searchFigures(outDir: string) {
  const json = readFileSync(path.join(outDir, 'search-index/de.json'), 'utf8');
  const bodyJson = readFileSync(path.join(outDir, 'search-index/de-body.json'), 'utf8');
  const file = JSON.parse(json) as SearchIndexFile;
  const engine = fullEngine(file, JSON.parse(bodyJson) as SearchBodyFile);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      engine.search(q, 8);
      times.push(performance.now() - t0);
    }
  }
  return { docs: file.docs.length, indexGzip: gzipSize(json), queryMsMedian: median(times) };
}

// ---------------------------------------------------------------- table

interface Row {
  measure: string;
  rollenklar: number;
  /** Shown instead of the bare number when set. */
  rollenklarText?: string;
  baseline: number | null;
  digits: number;
  /** False where a ratio would mean nothing (a page count). */
  compare?: boolean;
}

const formatNumber = (value: number, digits: number) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function ratio(row: Row): string {
  return row.baseline && row.compare !== false ? `${formatNumber(row.rollenklar / row.baseline, 2)}×` : '–';
}

function markdownTable(rows: readonly Row[]): string {
  const lines = ['| measure | Rollenklar | baseline (minimal Astro MDX page) | ratio |', '|---|--:|--:|--:|'];
  for (const row of rows) {
    const value = row.rollenklarText ?? formatNumber(row.rollenklar, row.digits);
    const base = row.baseline === null ? '–' : formatNumber(row.baseline, row.digits);
    lines.push(`| ${row.measure} | ${value} | ${base} | ${ratio(row)} |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

function main(work: string) {
  const started = performance.now();
  const site = snapshotSite(work);

  const baseline = astroBuild('baseline', baselineProject(work), path.join(work, 'baseline/dist'));
  const real = buildVariant('real site', site, work, './content');
  const extra = EXTRA_GUIDES.map((count) => {
    const content = path.join(site, `content-${count}`);
    syntheticContent(path.join(site, 'content'), content, count);
    const result = buildVariant(`+${count} guides`, site, work, `./content-${count}`);
    // Every synthetic guide is one more page; anything else means the copies did not build as guides.
    if (result.pages !== real.pages + count)
      throw new BenchError(`+${count} guides built ${result.pages} pages, expected ${real.pages + count}`);
    return { count, ...result };
  });

  log('measuring pages and search …');
  const pages = PAGE_TYPES.map(([name, url]) => ({ name, url, ...pageFigures(real.outDir, url) }));
  const baselinePage = pageFigures(baseline.outDir, BASELINE_URL);
  const search = searchFigures(real.outDir);

  const msPerPage = (b: BuildResult) => b.ms / b.pages;
  const kb = (bytes: number) => bytes / 1024;
  const rows: Row[] = [
    {
      measure: 'build, real site: s total',
      rollenklar: real.ms / 1000,
      baseline: baseline.ms / 1000,
      digits: 1,
    },
    {
      measure: 'build, real site: ms per page',
      rollenklar: msPerPage(real),
      baseline: msPerPage(baseline),
      digits: 0,
    },
    ...extra.map((b) => ({
      measure: `build, +${b.count.toLocaleString('en')} guides: ms per page (s total)`,
      rollenklar: msPerPage(b),
      rollenklarText: `${formatNumber(msPerPage(b), 0)} (${formatNumber(b.ms / 1000, 1)} s)`,
      baseline: msPerPage(baseline),
      digits: 0,
    })),
    {
      measure: `pages built: real site / ${extra.map((b) => `+${b.count.toLocaleString('en')}`).join(' / ')} guides`,
      rollenklar: real.pages,
      rollenklarText: [real, ...extra].map((b) => b.pages.toLocaleString('en')).join(' / '),
      baseline: baseline.pages,
      digits: 0,
      compare: false,
    },
    ...pages.flatMap((p) => [
      {
        measure: `${p.name} \`${p.url}\`: first load KB gzip`,
        rollenklar: kb(p.firstLoadGzip),
        baseline: kb(baselinePage.firstLoadGzip),
        digits: 1,
      },
      {
        measure: `${p.name} \`${p.url}\`: requests`,
        rollenklar: p.requests,
        baseline: baselinePage.requests,
        digits: 0,
      },
      {
        measure: `${p.name} \`${p.url}\`: JS KB gzip`,
        rollenklar: kb(p.jsGzip),
        baseline: kb(baselinePage.jsGzip),
        digits: 1,
      },
    ]),
    { measure: 'search index (de): KB gzip', rollenklar: kb(search.indexGzip), baseline: null, digits: 1 },
    {
      measure: `search: median query ms (${QUERIES.length} queries × ${RUNS} runs)`,
      rollenklar: search.queryMsMedian,
      baseline: null,
      digits: 2,
    },
  ];

  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    model: cpus[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
  };
  const date = new Date().toISOString().slice(0, 10);
  console.log(
    `Benchmark ${date}: ${machine.cpus} × ${machine.model}, ${machine.memoryGiB} GiB, Node ${machine.node}\n`,
  );
  console.log(markdownTable(rows));

  const buildJson = (b: BuildResult) => ({ ms: Math.round(b.ms), pages: b.pages, msPerPage: msPerPage(b) });
  const report = {
    date,
    machine,
    builds: {
      real: buildJson(real),
      ...Object.fromEntries(extra.map((b) => [`plus${b.count}`, { extraGuides: b.count, ...buildJson(b) }])),
      baseline: buildJson(baseline),
    },
    pages: Object.fromEntries(pages.map(({ name, ...figures }) => [name, figures])),
    baselinePage: { url: BASELINE_URL, ...baselinePage },
    search: { locale: 'de', queries: QUERIES.length, runs: RUNS, ...search },
    table: rows.map((r) => ({
      measure: r.measure,
      rollenklar: r.rollenklar,
      baseline: r.baseline,
      ratio: ratio(r),
    })),
  };
  mkdirSync(path.join(PROJECT, 'reports'), { recursive: true });
  writeFileSync(path.join(PROJECT, 'reports/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s; data in reports/bench.json`);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-'));
try {
  main(work);
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
