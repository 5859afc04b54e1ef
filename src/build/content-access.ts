/**
 * The one place pages, components and endpoints read content collections (nothing else imports
 * `astro:content`). Everything here is sorted, because collection order is not stable across platforms.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { Locale, RoleId } from './content/schemas';
import {
  entryLocale,
  entrySlug,
  GUIDE_KEYS,
  sectionResolver,
  sortSeries,
  type GuideHeadings,
  type GuideKey,
  type SectionResolver,
} from '../lib/content/guides';
import { glossaryTermPath, guidePath, otherLocale } from '../lib/i18n/routes';

export type Guide = CollectionEntry<'guides'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type RoleEntry = CollectionEntry<'roles'>;

export async function getGuides(locale: Locale): Promise<Guide[]> {
  return sortSeries(await getCollection('guides', (g) => entryLocale(g.id) === locale));
}

/** A guide's URL, in its own language. */
export function guideHref(guide: Guide): string {
  return guidePath(entryLocale(guide.id), entrySlug(guide.id));
}

/** A glossary entry's URL (its anchor on the glossary page), in its own language. */
export function termHref(entry: GlossaryEntry): string {
  return glossaryTermPath(entryLocale(entry.id), entrySlug(entry.id));
}

/**
 * The guide the code links to by its key (`GUIDE_KEYS`), so a renamed slug cannot break the link. Undefined
 * in content without that guide (the minimal test fixture); the content tests require the whole series.
 */
export async function getGuideByKey(locale: Locale, key: GuideKey): Promise<Guide | undefined> {
  return (await getGuides(locale)).find((g) => g.data.key === key);
}

/** The URLs of the guides the code links to (`GUIDE_KEYS`) that this content has, by key. */
export async function keyedGuideHrefs(locale: Locale): Promise<Partial<Record<GuideKey, string>>> {
  const keys = new Set<string>(Object.values(GUIDE_KEYS));
  return Object.fromEntries(
    (await getGuides(locale)).filter((g) => keys.has(g.data.key)).map((g) => [g.data.key, guideHref(g)]),
  );
}

/** `getStaticPaths` of a language's guide route: one page per guide, the file name as the slug. */
export async function guideStaticPaths(locale: Locale) {
  return (await getGuides(locale)).map((guide) => ({
    params: { slug: entrySlug(guide.id) },
    props: { guide },
  }));
}

/** The guide a page URL belongs to (MDX components use it to find their guide's sources). */
export async function getGuideBySlug(locale: Locale, slug: string): Promise<Guide> {
  const guide = await getEntry('guides', `${locale}/guides/${slug}`);
  if (!guide) throw new Error(`No guide ${locale}/guides/${slug}`);
  return guide;
}

export async function getTwinGuide(guide: Guide): Promise<Guide> {
  const other = otherLocale(entryLocale(guide.id));
  const twin = (await getGuides(other)).find((g) => g.data.key === guide.data.key);
  if (!twin) throw new Error(`${guide.filePath}: no ${other} guide with key "${guide.data.key}"`);
  return twin;
}

export async function getGlossary(locale: Locale): Promise<GlossaryEntry[]> {
  const entries = await getCollection('glossary', (g) => entryLocale(g.id) === locale);
  return entries.sort((a, b) => a.data.term.localeCompare(b.data.term, locale, { sensitivity: 'base' }));
}

export async function getGlossaryTerm(locale: Locale, key: string): Promise<GlossaryEntry> {
  const entry = (await getGlossary(locale)).find((g) => g.data.key === key);
  if (!entry) throw new Error(`No ${locale} glossary entry with key "${key}"`);
  return entry;
}

/** The single entry of a data-file collection (`content/data/<name>.yaml`), or a build error naming the file. */
async function dataFile<C extends 'quiz' | 'knowledge' | 'site' | 'checker'>(
  collection: C,
): Promise<CollectionEntry<C>['data']> {
  const entry = await getEntry(collection, collection);
  if (!entry) throw new Error(`No ${collection} data in content/data/${collection}.yaml`);
  return entry.data;
}

export async function getRole(id: RoleId): Promise<RoleEntry['data']> {
  const role = await getEntry('roles', id);
  if (!role) throw new Error(`No role "${id}" in content/data/roles.yaml`);
  return role.data;
}

/** The quiz data: version and items in both languages. */
export const getQuiz = () => dataFile('quiz');
/** The knowledge check: sorting items and questions in both languages. */
export const getKnowledge = () => dataFile('knowledge');
/** The site data: name, public URL and the legal details. */
export const getSite = () => dataFile('site');
/** The hiring check's inputs and assumptions. */
export const getChecker = () => dataFile('checker');

const guideHeadings = new Map<Locale, Promise<Map<string, GuideHeadings>>>();

/**
 * Resolves links to guide sections from data files (see `sectionResolver`); a missing guide or anchor fails
 * the build, naming the field. Each guide is rendered once per build and language for its headings.
 */
export async function guideSections(locale: Locale): Promise<SectionResolver> {
  let loading = guideHeadings.get(locale);
  if (!loading) {
    loading = getGuides(locale).then(async (guides) => {
      const byKey = new Map<string, GuideHeadings>();
      for (const guide of guides) {
        const { headings } = await render(guide);
        byKey.set(guide.data.key, {
          title: guide.data.title,
          slug: entrySlug(guide.id),
          headings: new Map(headings.map((h) => [h.slug, h.text])),
        });
      }
      return byKey;
    });
    guideHeadings.set(locale, loading);
  }
  return sectionResolver(locale, await loading);
}
