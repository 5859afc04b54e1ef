/** XML for the sitemap (with hreflang alternates) and the RSS feeds. Plain strings, escaped here. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function sitemapXml(
  site: URL,
  pairs: ReadonlyArray<{ de: string; en: string; updated?: Date }>,
): string {
  const urls = pairs.flatMap((pair) =>
    (['de', 'en'] as const).map((locale) => {
      const links = (['de', 'en'] as const)
        .map(
          (l) =>
            `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(new URL(pair[l], site).href)}"/>`,
        )
        .join('');
      const xDefault = `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(new URL(pair.de, site).href)}"/>`;
      const lastmod = pair.updated ? `<lastmod>${pair.updated.toISOString().slice(0, 10)}</lastmod>` : '';
      return `<url><loc>${escapeXml(new URL(pair[locale], site).href)}</loc>${lastmod}${links}${xDefault}</url>`;
    }),
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}

export interface FeedItem {
  title: string;
  description: string;
  path: string;
  updated: Date;
}

export function rssXml(options: {
  site: URL;
  title: string;
  description: string;
  language: string;
  homePath: string;
  feedPath: string;
  items: readonly FeedItem[];
}): string {
  const { site, items } = options;
  const newest = items.reduce((max, i) => (i.updated > max ? i.updated : max), new Date(0));
  const entries = items
    .map((item) => {
      const link = escapeXml(new URL(item.path, site).href);
      return `<item><title>${escapeXml(item.title)}</title><link>${link}</link><guid isPermaLink="true">${link}</guid><description>${escapeXml(item.description)}</description><pubDate>${item.updated.toUTCString()}</pubDate></item>`;
    })
    .join('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${escapeXml(options.title)}</title><link>${escapeXml(new URL(options.homePath, site).href)}</link>` +
    `<description>${escapeXml(options.description)}</description><language>${options.language}</language>` +
    `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` +
    `<atom:link href="${escapeXml(new URL(options.feedPath, site).href)}" rel="self" type="application/rss+xml"/>\n` +
    entries +
    '\n</channel></rss>\n'
  );
}
