/**
 * The one place pages and components read content collections. Everything here is sorted, because
 * collection order is not stable across platforms.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { GuideSectionLink, Locale, RoleId } from './lib/content/schemas';
import { entryLocale, entrySlug, sortSeries } from './lib/content/guides';
import { guidePath } from './lib/i18n/routes';

export type Guide = CollectionEntry<'guides'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type RoleEntry = CollectionEntry<'roles'>;

export async function getGuides(locale: Locale): Promise<Guide[]> {
  return sortSeries(await getCollection('guides', (g) => entryLocale(g.id) === locale));
}

/** The guide a page URL belongs to (MDX components use it to find their guide's sources). */
export async function getGuideBySlug(locale: Locale, slug: string): Promise<Guide> {
  const guide = await getEntry('guides', `${locale}/guides/${slug}`);
  if (!guide) throw new Error(`No guide ${locale}/guides/${slug}`);
  return guide;
}

export async function getTwinGuide(guide: Guide): Promise<Guide> {
  const other: Locale = entryLocale(guide.id) === 'de' ? 'en' : 'de';
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

export async function getRole(id: RoleId): Promise<RoleEntry['data']> {
  const role = await getEntry('roles', id);
  if (!role) throw new Error(`No role "${id}" in content/data/roles.yaml`);
  return role.data;
}

/** The quiz data (`content/data/quiz.yaml`): version and items in both languages. */
export async function getQuiz(): Promise<CollectionEntry<'quiz'>['data']> {
  const quiz = await getEntry('quiz', 'quiz');
  if (!quiz) throw new Error('No quiz in content/data/quiz.yaml');
  return quiz.data;
}

/** The knowledge check (`content/data/knowledge.yaml`): sorting items and questions in both languages. */
export async function getKnowledge(): Promise<CollectionEntry<'knowledge'>['data']> {
  const knowledge = await getEntry('knowledge', 'knowledge');
  if (!knowledge) throw new Error('No knowledge check in content/data/knowledge.yaml');
  return knowledge.data;
}

export { entryLocale, entrySlug };

/** A guide section a data file links to: its URL, and the guide's title and the heading for its label. */
export interface GuideSection {
  href: string;
  guide: string;
  heading: string;
}

const guideHeadings = new Map<
  Locale,
  Promise<Map<string, { title: string; slug: string; headings: Map<string, string> }>>
>();

/**
 * Resolves a link to a guide section (guide key and anchor per language) from data files; a missing guide or
 * anchor fails the build, naming `field`. Each guide is rendered once per build and language for its headings.
 */
export async function guideSections(locale: Locale): Promise<{
  has: (guideKey: string) => boolean;
  resolve: (link: GuideSectionLink, field: string) => GuideSection;
}> {
  let loading = guideHeadings.get(locale);
  if (!loading) {
    loading = getGuides(locale).then(async (guides) => {
      const byKey = new Map<string, { title: string; slug: string; headings: Map<string, string> }>();
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
  const byKey = await loading;
  const resolve = (link: GuideSectionLink, field: string): GuideSection => {
    const guide = byKey.get(link.guide);
    if (!guide) throw new Error(`${field}.guide: no ${locale} guide with key "${link.guide}"`);
    const anchor = link.anchor[locale];
    const heading = guide.headings.get(anchor);
    if (!heading)
      throw new Error(`${field}.anchor.${locale}: guide "${link.guide}" has no section "#${anchor}"`);
    return { href: `${guidePath(locale, guide.slug)}#${anchor}`, guide: guide.title, heading };
  };
  return { has: (guideKey) => byKey.has(guideKey), resolve };
}
