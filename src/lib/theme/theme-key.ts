/** Where the theme choice is stored: read by the page loader (src/islands/page-loader.ts), listed by the privacy page. */
export const THEME_STORAGE_KEY = 'rollenklar.theme';
