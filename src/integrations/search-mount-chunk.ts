/**
 * The search loader on every page imports the search island with a plain `import()` of a URL this plugin writes
 * in, instead of a module specifier Vite would wrap in its module-preload helper (about 1 KB gzip of inline
 * code on every page, for a preload the island does not need). The plugin emits `src/islands/search-mount.ts`
 * as a chunk of its own in the client build and, once file names are final, puts its URL where the loader has
 * the placeholder.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

import { SEARCH_MOUNT_URL as SEARCH_MOUNT_PLACEHOLDER } from '../islands/search-mount-url';
const ENTRY = fileURLToPath(new URL('../islands/search-mount.ts', import.meta.url));

export function searchMountChunk(): Plugin {
  let reference: string | undefined;
  return {
    name: 'rollenklar:search-mount-chunk',
    apply: 'build',
    // Before Astro's own generateBundle, which inlines the loader into the pages once it has no imports left.
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      reference = this.emitFile({
        type: 'chunk',
        id: ENTRY,
        name: 'search-mount',
        preserveSignature: 'strict',
      });
    },
    generateBundle(_options, bundle) {
      if (!reference) return;
      const url = `/${this.getFileName(reference)}`;
      let replaced = 0;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.code.includes(SEARCH_MOUNT_PLACEHOLDER)) continue;
        file.code = file.code.replaceAll(SEARCH_MOUNT_PLACEHOLDER, url);
        replaced++;
      }
      if (replaced === 0) this.error(`no chunk holds ${SEARCH_MOUNT_PLACEHOLDER}: the search loader changed`);
    },
  };
}
