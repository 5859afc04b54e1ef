import type { Locale } from '../content/ids';

/** The RSS feed of the guide series per language. */
export const FEED_PATHS: Record<Locale, string> = { de: '/rss.xml', en: '/en/rss.xml' };
