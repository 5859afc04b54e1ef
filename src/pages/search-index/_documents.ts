/**
 * Loads a language's content for its search index and builds both index files (head and bodies) from one
 * build of the documents per language (see lib/search/build-documents.ts).
 */
import { render } from 'astro:content';
import {
  getChecker,
  getGlossary,
  getGuides,
  getQuiz,
  getRole,
  guideHref,
  termHref,
} from '../../build/content-access';
import { ROLE_IDS, type Locale, type Role, type RoleId } from '../../build/content/schemas';
import { documentsKey, type SearchBodyFile, type SearchIndexFile } from '../../lib/search/documents';
import { buildSearchDocuments } from '../../lib/search/build-documents';
import { UI_STRINGS, useTranslations } from '../../i18n';

async function buildDocuments(locale: Locale) {
  const guides = await Promise.all(
    (await getGuides(locale)).map(async (guide) => ({
      file: guide.filePath ?? guide.id,
      title: guide.data.title,
      description: guide.data.description,
      url: guideHref(guide),
      body: guide.body ?? '',
      headings: (await render(guide)).headings,
    })),
  );
  const glossary = (await getGlossary(locale)).map((entry) => ({
    term: entry.data.term,
    aliases: entry.data.aliases,
    short: entry.data.short,
    body: entry.body ?? '',
    url: termHref(entry),
  }));
  const roles = Object.fromEntries(
    await Promise.all(ROLE_IDS.map(async (id) => [id, await getRole(id)] as const)),
  ) as Record<RoleId, Role>;
  return buildSearchDocuments({
    locale,
    t: useTranslations(locale),
    strings: UI_STRINGS[locale],
    guides,
    glossary,
    roles,
    quiz: await getQuiz(),
    checker: await getChecker(),
  });
}

const built = new Map<Locale, Promise<{ head: SearchIndexFile; body: SearchBodyFile }>>();

/** Both index files of a language, built once per build. */
export function searchIndexFiles(locale: Locale): Promise<{ head: SearchIndexFile; body: SearchBodyFile }> {
  let files = built.get(locale);
  if (!files) {
    files = buildDocuments(locale).then(({ docs, bodies }) => {
      const key = documentsKey(docs);
      return { head: { version: 2, locale, key, docs }, body: { version: 2, locale, key, bodies } };
    });
    built.set(locale, files);
  }
  return files;
}

export const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
