/**
 * The sitemap's language pairs, for @astrojs/sitemap's `serialize`. German and English paths differ
 * (`/ratgeber/` and `/en/guides/`), so the integration's `i18n` option, which pairs URLs that differ only in
 * the locale prefix, cannot find the twins; the pairs are read here instead. The integration runs outside
 * Astro's content layer, so the guides' `key` and `updated` are read from the MDX frontmatter itself (the
 * content schema validates the same files during the build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SitemapItem } from '@astrojs/sitemap';
import { contentDir } from './content/data-files';
import { guidePath, ROUTES } from '../lib/i18n/routes';
import type { Locale } from './content/schemas';

/** A page and its twin: German and English path, and the later of the two last changes if known. */
interface PagePair {
  de: string;
  en: string;
  updated?: Date;
}

/** `key` and `updated` of each guide in one language, by key, with its URL slug (the file name). */
export function guideFacts(
  dir: string,
  locale: Locale,
): Map<string, { slug: string; updated: Date | undefined }> {
  const folder = path.join(dir, locale, 'guides');
  const out = new Map<string, { slug: string; updated: Date | undefined }>();
  // The same files as the guides collection's glob: `{de,en}/guides/[^_]*.mdx`.
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx') && !n.startsWith('_'))) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(folder, name), 'utf8'))?.[1];
    const data: unknown = front === undefined ? undefined : parseYaml(front);
    if (typeof data !== 'object' || data === null) continue; // the content schema reports it
    const { key, updated } = data as { key?: unknown; updated?: unknown };
    if (typeof key !== 'string') continue;
    const date = updated === undefined ? undefined : new Date(String(updated));
    out.set(key, {
      slug: name.slice(0, -'.mdx'.length),
      updated: date && !Number.isNaN(date.getTime()) ? date : undefined,
    });
  }
  return out;
}

/** Every page pair: each route in both languages, then each guide with its twin (paired by `key`). */
export function readPagePairs(dir: string = contentDir()): PagePair[] {
  const pairs: PagePair[] = Object.values(ROUTES).map((route) => ({ ...route }));
  const de = guideFacts(dir, 'de');
  const en = guideFacts(dir, 'en');
  for (const [key, guide] of de) {
    const twin = en.get(key);
    if (!twin) continue; // the build fails on a guide without twin (content-access getTwinGuide)
    const dates = [guide.updated, twin.updated].filter((d): d is Date => d !== undefined);
    pairs.push({
      de: guidePath('de', guide.slug),
      en: guidePath('en', twin.slug),
      ...(dates.length ? { updated: new Date(Math.max(...dates.map((d) => d.getTime()))) } : {}),
    });
  }
  return pairs;
}

/**
 * The `serialize` option: each URL gets hreflang alternates for both languages plus x-default (German, the
 * default locale) and, for guides, the later `updated` date of the pair as lastmod. A URL without a pair is
 * kept as the integration made it; the built-site tests fail on it.
 */
export function sitemapSerializer(pairs: readonly PagePair[]): (item: SitemapItem) => SitemapItem {
  const byPath = new Map<string, PagePair>();
  for (const pair of pairs) {
    byPath.set(pair.de, pair);
    byPath.set(pair.en, pair);
  }
  return (item) => {
    const url = new URL(item.url);
    const pair = byPath.get(url.pathname);
    if (!pair) return item;
    const href = (p: string) => new URL(p, url).href;
    return {
      ...item,
      links: [
        { lang: 'de', url: href(pair.de) },
        { lang: 'en', url: href(pair.en) },
        { lang: 'x-default', url: href(pair.de) },
      ],
      ...(pair.updated ? { lastmod: pair.updated.toISOString() } : {}),
    };
  };
}
