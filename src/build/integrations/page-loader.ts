/**
 * Builds the page loader (src/islands/page-loader.ts), the one inline script of every page, and gives it the
 * search island's URL:
 * - `virtual:rollenklar/page-loader` exports the loader bundled and minified into a classic script
 *   (`PAGE_LOADER`; the layout inlines it and hashes it into the CSP) and the URL the loader imports the search
 *   island from (`SEARCH_ISLAND_URL`, an attribute of the loader's <script>, so it is not part of the hash);
 * - the client build emits `src/islands/search-mount.ts` as a chunk of its own; its file name is known only
 *   once pages are rendered, so after the build postbuild.ts replaces the placeholder URL in every page with it
 *   (`fillSearchIsland`), in the one pass that rewrites each page.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'vite';

const LOADER_ENTRY = fileURLToPath(new URL('../../islands/page-loader.ts', import.meta.url));
const SEARCH_ENTRY = fileURLToPath(new URL('../../islands/search-mount.ts', import.meta.url));
const VIRTUAL_ID = 'virtual:rollenklar/page-loader';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Stands for the search island's URL in rendered pages until the client build has named its file. */
const SEARCH_ISLAND_PLACEHOLDER = '/__rollenklar_search_island__.js';

/** The loader as the text of a classic script: one function expression run at once, no import or export. */
export async function compilePageLoader(entry = LOADER_ENTRY): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2023',
      lib: { entry, formats: ['iife'], name: 'pageLoader' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const chunk = chunks.find((c) => c.type === 'chunk');
  if (!chunk) throw new Error(`the page loader ${entry} produced no code`);
  const code = chunk.code.trim();
  if (code.includes('</script')) throw new Error('the page loader must not contain "</script"');
  return code;
}

/** The search island's URL, once the client build has named its file. */
let searchIslandUrl: string | undefined;

/** A built page with the search island's real URL in place of the placeholder. */
export function fillSearchIsland(html: string, page: string): string {
  if (!searchIslandUrl) throw new Error('the search island was not built: its URL is unknown');
  if (!html.includes(SEARCH_ISLAND_PLACEHOLDER))
    throw new Error(`${page} has no page loader with the search island's URL`);
  return html.replaceAll(SEARCH_ISLAND_PLACEHOLDER, searchIslandUrl);
}

export function pageLoader(): AstroIntegration {
  // Compiled once per build (each environment that renders pages loads the module).
  let compiled: Promise<string> | undefined;

  const loaderModule: Plugin = {
    name: 'rollenklar:page-loader',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(LOADER_ENTRY);
      const dev = this.environment.mode === 'dev';
      if (dev || !compiled) compiled = compilePageLoader();
      // In development Vite serves the module itself; in a build the client chunk's URL replaces the placeholder.
      const url = dev ? `/@fs${SEARCH_ENTRY}` : SEARCH_ISLAND_PLACEHOLDER;
      return [
        `export const PAGE_LOADER = ${JSON.stringify(await compiled)};`,
        `export const SEARCH_ISLAND_URL = ${JSON.stringify(url)};`,
      ].join('\n');
    },
  };

  const searchChunk: Plugin = {
    name: 'rollenklar:search-island-chunk',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      searchIslandUrl = undefined;
      this.emitFile({ type: 'chunk', id: SEARCH_ENTRY, name: 'search-mount', preserveSignature: 'strict' });
    },
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.facadeModuleId === SEARCH_ENTRY,
      );
      if (!chunk) this.error('the client build has no chunk for src/islands/search-mount.ts');
      searchIslandUrl = `/${chunk.fileName}`;
    },
  };

  return {
    name: 'rollenklar:page-loader',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [loaderModule, searchChunk] } });
      },
    },
  };
}
