import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import type { Locale } from '../build/content/schemas';
import { getGuides } from '../build/content-access';
import { entrySlug } from '../lib/content/guides';
import { FEED_PATHS } from '../lib/i18n/feed-paths';
import { guidePath, routePath } from '../lib/i18n/routes';
import { useTranslations } from '../i18n';

/** The RSS endpoint for one language's guide series; the channel links to the guide index. */
export function guideFeed(locale: Locale): APIRoute {
  return async ({ site, url }) => {
    const t = useTranslations(locale);
    const base = site ?? url;
    const guides = await getGuides(locale);
    const newest = new Date(Math.max(0, ...guides.map((g) => g.data.updated.getTime())));
    return rss({
      title: `Rollenklar: ${t('guides.indexTitle')}`,
      description: t('guides.indexDescription'),
      site: new URL(routePath('guides', locale), base),
      xmlns: { atom: 'http://www.w3.org/2005/Atom' },
      // Plain XML: a fixed language code, a date and a URL of our own, nothing that needs escaping.
      customData:
        `<language>${locale}</language><lastBuildDate>${newest.toUTCString()}</lastBuildDate>` +
        `<atom:link href="${new URL(FEED_PATHS[locale], base).href}" rel="self" type="application/rss+xml"/>`,
      items: guides.map((g) => ({
        title: g.data.title,
        description: g.data.description,
        link: new URL(guidePath(locale, entrySlug(g.id)), base).href,
        pubDate: g.data.updated,
      })),
    });
  };
}
