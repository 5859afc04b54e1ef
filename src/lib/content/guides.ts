/** Helpers for the guide series: slugs, order, reading time, table of contents, citations. */
import type { GuideSectionLink, Locale, Source } from '../../build/content/schemas';
import { guidePath } from '../i18n/routes';

/**
 * The guides the code links to, by key (the `key` in a guide's front matter, the same in both languages).
 * Pages find them with `getGuideByKey`; data files name guide keys themselves and are checked at build time.
 */
export const GUIDE_KEYS = {
  smm: 'social-media-manager',
  cm: 'community-manager',
  difference: 'difference',
  careers: 'careers',
  bothRoles: 'both-roles',
  jobAds: 'job-ads',
} as const;
export type GuideKey = (typeof GUIDE_KEYS)[keyof typeof GUIDE_KEYS];

export interface GuideLike {
  id: string;
  data: { key: string; order: number; title: string };
}

/** `de/guides/unterschied` → `de` */
export function entryLocale(id: string): Locale {
  const first = id.split('/')[0];
  if (first !== 'de' && first !== 'en') throw new Error(`Content entry "${id}" is not under content/de or content/en`);
  return first;
}

/** `de/guides/unterschied` → `unterschied` (the file name is the URL slug in that language). */
export function entrySlug(id: string): string {
  return id.split('/').at(-1)!;
}

export function sortSeries<T extends GuideLike>(guides: readonly T[]): T[] {
  return [...guides].sort((a, b) => a.data.order - b.data.order || a.data.key.localeCompare(b.data.key));
}

export function seriesNeighbours<T extends GuideLike>(guides: readonly T[], key: string) {
  const series = sortSeries(guides);
  const at = series.findIndex((g) => g.data.key === key);
  if (at < 0) throw new Error(`Guide "${key}" is not in the series`);
  return { previous: series[at - 1], next: series[at + 1], position: at + 1, total: series.length };
}

/**
 * Words a reader reads in an MDX body: front matter, import lines, component tags and Markdown syntax do not
 * count, the text between a component's tags does.
 */
export function countWords(body: string): number {
  const text = body
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time at 200 words a minute, at least one minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The table of contents: `##` sections with their `###` subsections. */
export function tableOfContents(headings: readonly Heading[]): Array<Heading & { children: Heading[] }> {
  const toc: Array<Heading & { children: Heading[] }> = [];
  for (const h of headings) {
    if (h.depth === 2) toc.push({ ...h, children: [] });
    else if (h.depth === 3 && toc.length > 0) toc.at(-1)!.children.push(h);
  }
  return toc;
}

export function sourceAnchor(index: number): string {
  return `source-${index + 1}`;
}

/** Finds a cited source by id in a guide's list; an unknown id fails the build, naming guide and id. */
export function citation(sources: readonly Source[], id: string, guideId: string): { number: number; anchor: string; source: Source } {
  const index = sources.findIndex((s) => s.id === id);
  if (index < 0) throw new Error(`${guideId}: <Cite id="${id}" /> names no source in the front matter "sources" list`);
  return { number: index + 1, anchor: sourceAnchor(index), source: sources[index]! };
}

/**
 * Up to `limit` guides to read next besides the previous and next part: those sharing a role tag come first,
 * then the nearest parts of the series.
 */
export function relatedGuides<T extends GuideLike & { data: { roles: readonly string[] } }>(
  guides: readonly T[],
  current: T,
  limit = 3,
): T[] {
  const { previous, next } = seriesNeighbours(guides, current.data.key);
  const excluded = new Set([current.data.key, previous?.data.key, next?.data.key]);
  const shared = (g: T) => g.data.roles.filter((r) => current.data.roles.includes(r)).length;
  return sortSeries(guides)
    .filter((g) => !excluded.has(g.data.key))
    .sort(
      (a, b) =>
        shared(b) - shared(a) ||
        Math.abs(a.data.order - current.data.order) - Math.abs(b.data.order - current.data.order),
    )
    .slice(0, limit);
}

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * One bibliography for a page that shows many entries (the glossary): sources in order of first use,
 * each id once. The same id must mean the same URL everywhere on the page.
 */
export function mergeSources(lists: ReadonlyArray<{ owner: string; sources: readonly Source[] }>): Source[] {
  const merged = new Map<string, Source>();
  for (const { owner, sources } of lists) {
    for (const source of sources) {
      const id = source.id ?? source.url;
      const known = merged.get(id);
      if (known && known.url !== source.url)
        throw new Error(`${owner}: source id "${id}" points to ${source.url}, elsewhere to ${known.url}`);
      if (!known) merged.set(id, source);
    }
  }
  return [...merged.values()];
}

/** The anchor of a role task in a role's task list (`smm.plan` → `task-smm-plan`). */
export function taskAnchor(taskId: string): string {
  return `task-${taskId.replace('.', '-')}`;
}

/** A guide as links to its sections see it: title, slug and its headings' text by anchor. */
export interface GuideHeadings {
  title: string;
  slug: string;
  headings: ReadonlyMap<string, string>;
}

/** A guide section a data file links to: its URL, and the guide's title and the heading for its label. */
export interface GuideSection {
  href: string;
  guide: string;
  heading: string;
}

/**
 * Resolves links to guide sections (guide key and anchor per language) against one language's guides. A missing
 * guide or anchor throws, naming `field` (the data file and the field of the link), so the build fails there.
 */
export function sectionResolver(locale: Locale, byKey: ReadonlyMap<string, GuideHeadings>) {
  return {
    has: (guideKey: string) => byKey.has(guideKey),
    resolve(link: GuideSectionLink, field: string): GuideSection {
      const guide = byKey.get(link.guide);
      if (!guide) throw new Error(`${field}.guide: no ${locale} guide with key "${link.guide}"`);
      const anchor = link.anchor[locale];
      const heading = guide.headings.get(anchor);
      if (!heading)
        throw new Error(`${field}.anchor.${locale}: guide "${link.guide}" has no section "#${anchor}"`);
      return { href: `${guidePath(locale, guide.slug)}#${anchor}`, guide: guide.title, heading };
    },
  };
}
export type SectionResolver = ReturnType<typeof sectionResolver>;
