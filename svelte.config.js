import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // No `window.__svelte` version mark: it cost every island a request of its own for no use to visitors.
  compilerOptions: { discloseVersion: false },
};
