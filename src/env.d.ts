declare namespace App {
  /** Set once per page by src/middleware.ts. */
  interface Locals {
    locale: import('./lib/content/schemas').Locale;
    t: import('./page-locals').Translate;
  }
}
