/**
 * Where the search island's module lives once built. The build writes the real URL in place of this
 * placeholder (src/integrations/search-mount-chunk.ts), so the loader can import it without Vite's
 * module-preload helper.
 */
export const SEARCH_MOUNT_URL: string = '__ROLLENKLAR_SEARCH_MOUNT_URL__';
