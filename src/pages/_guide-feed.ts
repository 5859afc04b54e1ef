import type { APIRoute } from 'astro';
import type { Locale } from '../lib/content/schemas';
import { getGuides } from '../content-access';
import { entrySlug } from '../lib/content/guides';
import { rssXml } from '../lib/feeds';
import { FEED_PATHS } from '../lib/i18n/feed-paths';
import { guidePath, routePath } from '../lib/i18n/routes';
import { useTranslations } from '../i18n';

/** The RSS endpoint for one language's guide series. */
export function guideFeed(locale: Locale): APIRoute {
  return async ({ site, url }) => {
    const t = useTranslations(locale);
    const guides = await getGuides(locale);
    const xml = rssXml({
      site: site ?? url,
      title: `Rollenklar: ${t('guides.indexTitle')}`,
      description: t('guides.indexDescription'),
      language: locale,
      homePath: routePath('guides', locale),
      feedPath: FEED_PATHS[locale],
      items: guides.map((g) => ({
        title: g.data.title,
        description: g.data.description,
        path: guidePath(locale, entrySlug(g.id)),
        updated: g.data.updated,
      })),
    });
    return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
  };
}
