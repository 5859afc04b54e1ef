// The sitemap (written by @astrojs/sitemap) and the two RSS feeds (@astrojs/rss) as built: well-formed XML,
// every page listed once with its twin as hreflang alternate, guide dates as lastmod, feeds that point at
// built pages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { builtPages, DIST, htmlFileOf } from './browser';

const file = (name: string) => readFileSync(`${DIST}/${name}`, 'utf8');
/** Parses XML strictly: jsdom throws on a document that is not well-formed. */
const xml = (name: string) => new JSDOM(file(name), { contentType: 'application/xml' }).window.document;
const parsed = new Map<string, Document>();
const html = (pagePath: string) => {
  if (!parsed.has(pagePath))
    parsed.set(pagePath, new JSDOM(readFileSync(htmlFileOf(pagePath), 'utf8')).window.document);
  return parsed.get(pagePath)!;
};
const XHTML = 'http://www.w3.org/1999/xhtml';
const ATOM = 'http://www.w3.org/2005/Atom';

const robots = file('robots.txt');
const indexUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
const site = new URL(indexUrl || 'https://invalid/');
const sitemapFiles = [...xml('sitemap-index.xml').querySelectorAll('sitemap > loc')].map(
  (loc) => new URL(loc.textContent!).pathname,
);
const entries = sitemapFiles.flatMap((name) =>
  [...xml(name.slice(1)).querySelectorAll('url')].map((url) => ({
    path: new URL(url.querySelector('loc')!.textContent!).pathname,
    lastmod: url.querySelector('lastmod')?.textContent,
    alternates: Object.fromEntries(
      [...url.getElementsByTagNameNS(XHTML, 'link')].map((l) => [
        l.getAttribute('hreflang'),
        new URL(l.getAttribute('href')!).pathname,
      ]),
    ),
  })),
);
const byPath = new Map(entries.map((e) => [e.path, e]));
const pages = builtPages().filter((p) => p.endsWith('/'));
const isGuide = (p: string) => /^\/(ratgeber|en\/guides)\/[^/]+\/$/.test(p);

describe('sitemap', () => {
  it('is named in robots.txt and in every page head, as an index of the sitemap files', () => {
    expect(new URL(indexUrl).pathname).toBe('/sitemap-index.xml');
    expect(sitemapFiles.length).toBeGreaterThan(0);
    for (const page of ['/', '/en/guides/careers/'])
      expect(html(page).querySelector('link[rel="sitemap"]')?.getAttribute('href')).toBe(
        '/sitemap-index.xml',
      );
  });

  it('lists every built page once, on the site URL, and nothing else (no 404 page)', () => {
    expect(entries.map((e) => e.path).sort()).toEqual(pages.sort());
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(byPath.has('/404.html')).toBe(false);
    const hosts = new Set(
      sitemapFiles.flatMap((name) =>
        [...xml(name.slice(1)).querySelectorAll('loc')].map((l) => new URL(l.textContent!).origin),
      ),
    );
    expect([...hosts]).toEqual([site.origin]);
  });

  it('gives every page hreflang de, en and x-default, the same pair from both sides, as the page head does', () => {
    for (const entry of entries) {
      const { de, en, 'x-default': xDefault } = entry.alternates;
      expect(Object.keys(entry.alternates).sort(), entry.path).toEqual(['de', 'en', 'x-default']);
      expect(xDefault, entry.path).toBe(de);
      expect([de, en], entry.path).toContain(entry.path);
      const twin = byPath.get(entry.path === de ? en! : de!);
      expect(twin?.alternates, entry.path).toEqual(entry.alternates);
      const head = Object.fromEntries(
        [...html(entry.path).querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute('hreflang'),
          new URL(l.getAttribute('href')!).pathname,
        ]),
      );
      expect(head, entry.path).toEqual(entry.alternates);
    }
  });

  it('dates each guide pair with the later of its two last changes, and only guides', () => {
    // The page's Article data (the page also carries a BreadcrumbList).
    const modified = (p: string) =>
      [...html(p).querySelectorAll('script[type="application/ld+json"]')]
        .map((s) => JSON.parse(s.textContent!) as { '@type': string; dateModified?: string })
        .find((data) => data['@type'] === 'Article')?.dateModified;
    const guides = entries.filter((e) => isGuide(e.path) && !/wissenstest|knowledge-check/.test(e.path));
    expect(guides).toHaveLength(22);
    for (const guide of guides) {
      const later = [modified(guide.alternates.de!), modified(guide.alternates.en!)].sort().at(-1);
      expect(guide.lastmod?.slice(0, 10), guide.path).toBe(later);
    }
    for (const entry of entries.filter((e) => !guides.includes(e)))
      expect(entry.lastmod, entry.path).toBeUndefined();
  });
});

describe.each([
  { feed: 'rss.xml', locale: 'de', index: '/ratgeber/' },
  { feed: 'en/rss.xml', locale: 'en', index: '/en/guides/' },
])('$feed', ({ feed, locale, index }) => {
  const doc = xml(feed);
  const channel = doc.querySelector('rss > channel')!;
  const child = (el: Element, name: string) =>
    [...el.children].find((c) => c.localName === name && c.namespaceURI === null)?.textContent;

  it('is an RSS 2.0 channel in its language that links to the guide index and to itself', () => {
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    expect(child(channel, 'title')).toMatch(/^Rollenklar: /);
    expect(child(channel, 'description')!.length).toBeGreaterThan(20);
    expect(child(channel, 'language')).toBe(locale);
    expect(child(channel, 'link')).toBe(new URL(index, site).href);
    const self = channel.getElementsByTagNameNS(ATOM, 'link')[0];
    expect(self?.getAttribute('rel')).toBe('self');
    expect(self?.getAttribute('href')).toBe(new URL(`/${feed}`, site).href);
    expect(new Date(child(channel, 'lastBuildDate')!).getTime()).not.toBeNaN();
    const feedLink = html(index).querySelector('link[type="application/rss+xml"]')?.getAttribute('href');
    expect(feedLink).toBe(`/${feed}`);
  });

  it('has one item per guide of its language, each a built page with title, guid and date', () => {
    const items = [...channel.querySelectorAll('item')];
    const guides = pages.filter((p) => p.startsWith(index) && p !== index && isGuide(p));
    // The knowledge check lives under the guide index but is not a guide.
    expect(items.length).toBe(guides.length - 1);
    for (const item of items) {
      const link = child(item, 'link')!;
      expect(guides, link).toContain(new URL(link).pathname);
      expect(new URL(link).origin).toBe(site.origin);
      expect(child(item, 'guid')).toBe(link);
      expect(child(item, 'title')!.length, link).toBeGreaterThan(0);
      expect(child(item, 'description')!.length, link).toBeGreaterThan(0);
      expect(new Date(child(item, 'pubDate')!).getTime(), link).not.toBeNaN();
    }
  });
});
