/**
 * A language's search documents, built from the content: every guide's top and sections (with the words its
 * data components render, each role task as its own section), every glossary entry, and the tool pages.
 * Pure: src/pages/search-index/_documents.ts loads the content and writes both index files from one build.
 */
import type { CheckerFile, Locale, QuizFile, Role, RoleId } from '../../build/content/schemas';
import { taskAnchor, type Heading } from '../content/guides';
import { routePath } from '../i18n/routes';
import type { Strings } from '../i18n/translate';
import type { PageTranslate } from '../../i18n';
import { estimatedMinutes } from '../quiz/navigation';
import type { SearchDocument } from './documents';
import { mdxToText, splitSections, type ComponentText } from './guide-sections';

/** A guide as the index reads it: its rendered headings and its MDX source. */
export interface IndexedGuide {
  file: string;
  title: string;
  description: string;
  url: string;
  body: string;
  headings: readonly Heading[];
}

export interface IndexedTerm {
  term: string;
  aliases: readonly string[];
  short: string;
  body: string;
  url: string;
}

export interface SearchContent {
  locale: Locale;
  t: PageTranslate;
  /** The language's UI strings, for the tool pages' own words. */
  strings: Strings;
  guides: readonly IndexedGuide[];
  glossary: readonly IndexedTerm[];
  roles: Readonly<Record<RoleId, Role>>;
  quiz: QuizFile;
  checker: CheckerFile;
}

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

/** The words the role data components render, so a search finds a guide by what its tables and lists say. */
function roleComponentText(locale: Locale, roles: Readonly<Record<RoleId, Role>>): ComponentText {
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
  return componentText;
}

export function buildSearchDocuments(content: SearchContent): { docs: SearchDocument[]; bodies: string[] } {
  const { locale, t, roles } = content;
  const docs: SearchDocument[] = [];
  const bodies: string[] = [];
  const add = (doc: SearchDocument, body: string) => {
    docs.push(doc);
    bodies.push(body);
  };
  const componentText = roleComponentText(locale, roles);

  for (const guide of content.guides) {
    const { url, title: page, description } = guide;
    const anchors = guide.headings.filter((h) => h.depth === 2 || h.depth === 3);
    let h = 0;
    for (const section of splitSections(guide.body, componentText)) {
      if (section.heading === null) {
        add({ kind: 'guide', page, summary: description, url }, sentences([description, section.text]));
        continue;
      }
      const anchor = anchors[h++];
      if (!anchor || plainQuotes(anchor.text) !== plainQuotes(section.heading)) {
        throw new Error(
          `${guide.file}: heading "${section.heading}" does not match the rendered heading "${anchor?.text}"`,
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
          throw new Error(`${guide.file}: <RoleTasks role="${component.attrs['role']}" /> names no role`);
        for (const task of role.tasks) {
          add(
            {
              kind: 'guide',
              page,
              heading: task.title[locale],
              summary: '',
              url: `${url}#${taskAnchor(task.id)}`,
            },
            task.summary[locale],
          );
        }
      }
    }
  }

  for (const entry of content.glossary) {
    add(
      {
        kind: 'term',
        page: entry.term,
        ...(entry.aliases.length ? { aliases: [...entry.aliases] } : {}),
        summary: entry.short,
        url: entry.url,
      },
      sentences([entry.short, mdxToText(entry.body)]),
    );
  }

  // The tools: what their pages say, and the activities and questions they ask about.
  const prefixed = (prefix: string) =>
    Object.entries(content.strings)
      .filter(([key]) => key.startsWith(prefix))
      .map(([, value]) => withoutPlaceholders(value));
  const { quiz, checker } = content;
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
      t('checker.page.lead', { count: checker.inputs.length }),
      ...checker.inputs.flatMap((input) => [
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
