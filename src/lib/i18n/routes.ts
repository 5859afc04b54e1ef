/**
 * Public routes per locale. This is a contract: links to these paths are shared, so keep them stable.
 * German is the default locale and lives at the root; English lives under /en/.
 */
import type { Locale } from '../content/ids';

export const ROUTES = {
  home: { de: '/', en: '/en/' },
  guides: { de: '/ratgeber/', en: '/en/guides/' },
  knowledge: { de: '/ratgeber/wissenstest/', en: '/en/guides/knowledge-check/' },
  glossary: { de: '/glossar/', en: '/en/glossary/' },
  quiz: { de: '/quiz/', en: '/en/quiz/' },
  quizMethod: { de: '/quiz/methodik/', en: '/en/quiz/method/' },
  checker: { de: '/bedarfscheck/', en: '/en/hiring-check/' },
  jobAd: { de: '/stellenanzeigen-check/', en: '/en/job-ad-check/' },
  search: { de: '/suche/', en: '/en/search/' },
  privacy: { de: '/datenschutz/', en: '/en/privacy/' },
  imprint: { de: '/impressum/', en: '/en/imprint/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteName = keyof typeof ROUTES;

export function routePath(route: RouteName, locale: Locale): string {
  return ROUTES[route][locale];
}

export function guidePath(locale: Locale, slug: string): string {
  return `${ROUTES.guides[locale]}${slug}/`;
}

export function glossaryTermPath(locale: Locale, slug: string): string {
  return `${ROUTES.glossary[locale]}#${slug}`;
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'de' ? 'en' : 'de';
}
