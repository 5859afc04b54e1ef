/**
 * What every page and component of a request shares: the page's language and its translator. The middleware
 * (src/middleware.ts) sets them once per page from Astro's i18n routing; components read `Astro.locals`
 * instead of working the language out of the URL themselves. Tests that render a component in the container
 * pass `locals: pageLocals(locale)`.
 */
import { LOCALES, type Locale } from './lib/content/ids';
import { useTranslations, type PageTranslate } from './i18n';

export interface PageLocals {
  locale: Locale;
  t: PageTranslate;
}

export function pageLocals(locale: Locale): PageLocals {
  return { locale, t: useTranslations(locale) };
}

/** Astro's `currentLocale` for a path: one of the site's languages, else a build error naming the path. */
export function pageLocale(currentLocale: string | undefined, path: string): Locale {
  const locale = LOCALES.find((l) => l === currentLocale);
  if (!locale) throw new Error(`${path}: no site language for this path (Astro says "${currentLocale}")`);
  return locale;
}
