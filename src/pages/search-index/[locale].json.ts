import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'astro:content';
import { getGlossary, getGuides, getRole, entrySlug } from '../../content-access';
import { LOCALES, ROLE_IDS, type Locale } from '../../lib/content/schemas';
import { excerpt, type SearchDocument, type SearchIndexFile } from '../../lib/search/documents';
import { createSearchIndex } from '../../lib/search/engine';
import { splitSections } from '../../lib/search/guide-sections';
import { glossaryTermPath, guidePath } from '../../lib/i18n/routes';

export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

// The guide that portrays each role; its task list carries the task anchors.
const ROLE_GUIDE_KEY = { smm: 'social-media-manager', cm: 'community-manager' } as const;

// Markdown renders typographic quotes and dashes; compare headings without them.
const plainQuotes = (text: string) =>
  text.replace(/[‘’‚]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-');

async function buildDocuments(locale: Locale): Promise<SearchDocument[]> {
  const docs: SearchDocument[] = [];
  const guides = await getGuides(locale);
  for (const guide of guides) {
    const url = guidePath(locale, entrySlug(guide.id));
    const { headings } = await render(guide);
    const anchors = headings.filter((h) => h.depth === 2 || h.depth === 3);
    const sections = splitSections(guide.body ?? '');
    let h = 0;
    for (const section of sections) {
      if (section.heading === null) {
        docs.push({ kind: 'guide', title: guide.data.title, text: excerpt(guide.data.description), url });
        continue;
      }
      const anchor = anchors[h++];
      if (!anchor || plainQuotes(anchor.text) !== plainQuotes(section.heading)) {
        throw new Error(
          `${guide.filePath}: heading "${section.heading}" does not match the rendered heading "${anchor?.text}"`,
        );
      }
      docs.push({
        kind: 'guide',
        title: anchor.text,
        context: guide.data.title,
        text: excerpt(section.text),
        url: `${url}#${anchor.slug}`,
      });
    }
  }
  for (const entry of await getGlossary(locale)) {
    docs.push({
      kind: 'term',
      title: entry.data.term,
      ...(entry.data.aliases.length ? { aliases: entry.data.aliases } : {}),
      text: excerpt(entry.data.short),
      url: glossaryTermPath(locale, entrySlug(entry.id)),
    });
  }
  for (const roleId of ROLE_IDS) {
    const role = await getRole(roleId);
    const guide = guides.find((g) => g.data.key === ROLE_GUIDE_KEY[roleId]);
    // Tasks link into their role's guide; content without that guide (test fixtures) indexes no tasks.
    if (!guide) continue;
    for (const task of role.tasks) {
      docs.push({
        kind: 'task',
        title: task.title[locale],
        context: role.name[locale],
        text: excerpt(task.summary[locale]),
        url: `${guidePath(locale, entrySlug(guide.id))}#task-${task.id.replace('.', '-')}`,
      });
    }
  }
  return docs;
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] as Locale;
  const docs = await buildDocuments(locale);
  const body: SearchIndexFile = { version: 1, locale, docs, index: createSearchIndex(docs) };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
