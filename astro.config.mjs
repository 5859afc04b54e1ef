// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import { postBuild } from './src/build/integrations/postbuild.ts';
import { ogImages } from './src/build/integrations/og-images.ts';
import { pageLoader } from './src/build/integrations/page-loader.ts';
import { readPagePairs, sitemapSerializer } from './src/build/sitemap.ts';

// The public URL comes from one setting: SITE_URL, else the default in the site data.
const contentDir = process.env.ROLLENKLAR_CONTENT_DIR || './content';
const siteData = parse(readFileSync(`${contentDir}/data/site.yaml`, 'utf8'));
const site = process.env.SITE_URL || siteData?.defaultUrl;
// Tests build other content folders side by side; each such build gets its own output and cache.
const outDir = process.env.ROLLENKLAR_OUT_DIR;

export default defineConfig({
  site,
  ...(outDir ? { outDir, cacheDir: `${outDir}-cache` } : {}),
  trailingSlash: 'always',
  // CSS goes inline: a reading page is complete in one request (its first paint needs no second round trip).
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['de', 'en'],
    defaultLocale: 'de',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    svelte(),
    {
      // client:intent starts an island on the visitor's first use instead of during page load.
      name: 'rollenklar:client-intent',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) =>
          addClientDirective({ name: 'intent', entrypoint: './src/directives/intent.ts' }),
      },
    },
    // sitemap-index.xml and sitemap-0.xml, with each page's twin as hreflang alternate (see src/build/sitemap.ts).
    sitemap({
      serialize: sitemapSerializer(readPagePairs()),
      namespaces: { news: false, image: false, video: false },
    }),
    // The one inline script of every page (theme, search on intent, contents marker) and the search island URL.
    pageLoader(),
    ogImages(),
    postBuild(),
  ],
  security: { csp: true },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // The small modules every island shares (never-throwing storage, revisioned records, the translator)
          // ship inside the Svelte runtime chunk that every island loads anyway: as a chunk of their own they
          // cost each island page about 130 B gzip more, as three chunks about 360 B (docs/benchmarks.md).
          codeSplitting: {
            groups: [
              {
                name: 'svelte-runtime',
                test: /node_modules[\\/](svelte|esm-env|clsx)[\\/]|src[\\/]lib[\\/](storage[\\/]|i18n[\\/]translate)/,
              },
            ],
          },
        },
        // MDX modules carry Astro's "use astro:head-inject" directive; bundling them into the search-index
        // endpoint warns once per file although the directive is irrelevant there.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  // No prefetching: nothing is fetched without a user action.
  prefetch: false,
});
