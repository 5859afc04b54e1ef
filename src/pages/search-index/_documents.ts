/**
 * Builds a language's search documents from the content: every guide's top and sections (with the words its
 * data components render, each role task as its own section), every glossary entry, and the tool pages.
 * Both index files (head and bodies) come from one build per language.
 */
import { getEntry, render } from 'astro:content';
import { getGlossary, getGuides, getQuiz, getRole, entrySlug } from '../../content-access';
import { ROLE_IDS, type Locale, type RoleId } from '../../lib/content/schemas';
import {
  documentsKey,
  type SearchBodyFile,
  type SearchDocument,
  type SearchIndexFile,
} from '../../lib/search/documents';
import { mdxToText, splitSections, type ComponentText } from '../../lib/search/guide-sections';
import { glossaryTermPath, guidePath, routePath } from '../../lib/i18n/routes';
import { UI_STRINGS, useTranslations } from '../../i18n';
import { estimatedMinutes } from '../../lib/quiz';

// Markdown renders typographic quotes and dashes; compare headings without them.
const plainQuotes = (text: string) =>
  text.replace(/[‘’‚]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-');
const sentences = (parts: ReadonlyArray<string | undefined>) =>
  parts
    .filter(Boolean)
    .map((p) => p!.trim())
    .join('. ')
    .replace(/\.\s*\./g, '.');
// UI strings that hold placeholders are indexed without them.
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, '').replace(/\s+/g, ' ');

async function roleTexts(
  locale: Locale,
): Promise<{ roles: Record<RoleId, Awaited<ReturnType<typeof getRole>>>; componentText: ComponentText }> {
  const roles = Object.fromEntries(
    await Promise.all(ROLE_IDS.map(async (id) => [id, await getRole(id)] as const)),
  ) as Record<RoleId, Awaited<ReturnType<typeof getRole>>>;
  const role = (attrs: Record<string, string>) => roles[attrs['role'] as RoleId];
  const componentText: ComponentText = (name, attrs) => {
    const r = role(attrs);
    switch (name) {
      case 'RoleSkills':
        return r ? sentences(r.skills.map((s) => s.name[locale])) : '';
      case 'RoleKpis':
        return r ? sentences(r.kpis.flatMap((k) => [k.name[locale], k.description[locale]])) : '';
      case 'RoleTools':
        return r ? sentences(r.tools.map((x) => `${x.name}: ${x.category[locale]}, ${x.examples}`)) : '';
      case 'RoleWeek':
        return r ? sentences(r.typicalWeek.flatMap((day) => day.activities.map((a) => a.text[locale]))) : '';
      case 'ComparisonTable':
        return sentences(
          Object.values(roles).flatMap((x) => [
            x.definition[locale],
            ...x.tasks.map((task) => task.title[locale]),
            ...x.kpis.map((k) => k.name[locale]),
            ...x.skills.map((s) => s.name[locale]),
          ]),
        );
      default:
        // Citations, and RoleTasks, whose tasks become sections of their own.
        return '';
    }
  };
  return { roles, componentText };
}

async function buildDocuments(locale: Locale): Promise<{ docs: SearchDocument[]; bodies: string[] }> {
  const docs: SearchDocument[] = [];
  const bodies: string[] = [];
  const add = (doc: SearchDocument, body: string) => {
    docs.push(doc);
    bodies.push(body);
  };
  const t = useTranslations(locale);
  const { roles, componentText } = await roleTexts(locale);

  for (const guide of await getGuides(locale)) {
    const url = guidePath(locale, entrySlug(guide.id));
    const page = guide.data.title;
    const { headings } = await render(guide);
    const anchors = headings.filter((h) => h.depth === 2 || h.depth === 3);
    let h = 0;
    for (const section of splitSections(guide.body ?? '', componentText)) {
      if (section.heading === null) {
        add(
          { kind: 'guide', page, summary: guide.data.description, url },
          sentences([guide.data.description, section.text]),
        );
        continue;
      }
      const anchor = anchors[h++];
      if (!anchor || plainQuotes(anchor.text) !== plainQuotes(section.heading)) {
        throw new Error(
          `${guide.filePath}: heading "${section.heading}" does not match the rendered heading "${anchor?.text}"`,
        );
      }
      add(
        { kind: 'guide', page, heading: anchor.text, summary: '', url: `${url}#${anchor.slug}` },
        section.text,
      );
      // Each task of a role's task list has its own anchor, so a task is a section of its own.
      for (const component of section.components.filter((c) => c.name === 'RoleTasks')) {
        const role = roles[component.attrs['role'] as RoleId];
        if (!role)
          throw new Error(`${guide.filePath}: <RoleTasks role="${component.attrs['role']}" /> names no role`);
        for (const task of role.tasks) {
          add(
            {
              kind: 'guide',
              page,
              heading: task.title[locale],
              summary: '',
              url: `${url}#task-${task.id.replace('.', '-')}`,
            },
            task.summary[locale],
          );
        }
      }
    }
  }

  for (const entry of await getGlossary(locale)) {
    add(
      {
        kind: 'term',
        page: entry.data.term,
        ...(entry.data.aliases.length ? { aliases: entry.data.aliases } : {}),
        summary: entry.data.short,
        url: glossaryTermPath(locale, entrySlug(entry.id)),
      },
      sentences([entry.data.short, mdxToText(entry.body ?? '')]),
    );
  }

  // The tools: what their pages say, and the activities and questions they ask about.
  const prefixed = (prefix: string) =>
    Object.entries(UI_STRINGS[locale])
      .filter(([key]) => key.startsWith(prefix))
      .map(([, value]) => withoutPlaceholders(value));
  const quiz = await getQuiz();
  const quizDescription = t('quiz.page.description', {
    count: quiz.items.length,
    minutes: estimatedMinutes(quiz.items.length),
  });
  add(
    {
      kind: 'tool',
      page: t('quiz.page.title'),
      aliases: [t('nav.quiz')],
      summary: quizDescription,
      url: routePath('quiz', locale),
    },
    sentences([quizDescription, t('quiz.page.lead'), ...quiz.items.map((item) => item.text[locale])]),
  );
  add(
    {
      kind: 'tool',
      page: t('quiz.method.title'),
      summary: t('quiz.method.description'),
      url: routePath('quizMethod', locale),
    },
    sentences(prefixed('quiz.method.')),
  );
  const checker = await getEntry('checker', 'checker');
  if (!checker) throw new Error('No checker data in content/data/checker.yaml');
  add(
    {
      kind: 'tool',
      page: t('checker.page.heading'),
      aliases: [t('nav.checker')],
      summary: t('checker.page.description'),
      url: routePath('checker', locale),
    },
    sentences([
      t('checker.page.description'),
      t('checker.page.lead', { count: checker.data.inputs.length }),
      ...checker.data.inputs.flatMap((input) => [
        input.label[locale],
        input.help[locale],
        ...(input.options ?? []).map((o) => o.label[locale]),
      ]),
    ]),
  );
  add(
    {
      kind: 'tool',
      page: t('knowledge.page.title'),
      summary: t('knowledge.page.description'),
      url: routePath('knowledge', locale),
    },
    sentences([t('knowledge.page.description'), t('knowledge.page.lead')]),
  );
  add(
    {
      kind: 'tool',
      page: t('jobad.page.title'),
      summary: t('jobad.page.description'),
      url: routePath('jobAd', locale),
    },
    sentences([t('jobad.page.heading'), t('jobad.page.description'), t('jobad.page.lead')]),
  );
  return { docs, bodies };
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
