declare namespace App {
  /** Set once per page by src/middleware.ts. */
  interface Locals {
    locale: import('./lib/content/ids').Locale;
    t: import('./i18n').PageTranslate;
  }
}
