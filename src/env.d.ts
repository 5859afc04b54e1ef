declare namespace App {
  /** Set once per page by src/middleware.ts. */
  interface Locals {
    locale: import('./build/content/schemas').Locale;
    t: import('./page-locals').Translate;
  }
}
