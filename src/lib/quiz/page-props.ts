/**
 * The quiz island's props for one page language, built on the server from the quiz and roles data: item texts,
 * the roles' task titles, the verdict rules and the links the result shows. Build-time only (the island gets
 * the result as props).
 */
import type { Locale, QuizFile, Role } from '../../build/content/schemas';
import { GUIDE_KEYS, type GuideKey } from '../content/guides';
import { otherLocale, routePath } from '../i18n/routes';
import type { RunnerLinks, RunnerProps } from './runner';
import { QUIZ_ROLES, rulesFromData, type QuizRole } from './types';

/**
 * The pages the result links to. A guide is found by its key, so a renamed slug cannot break the link;
 * content without that guide (the minimal test fixture) links to the guides index instead and says so.
 */
export function quizLinks(
  locale: Locale,
  guides: Partial<Record<GuideKey, string>>,
  warn: (message: string) => void = console.warn,
): RunnerLinks {
  const guide = (key: GuideKey) => {
    const href = guides[key];
    if (href) return href;
    warn(`[quiz] no ${locale} guide with key "${key}"; linking the guides index instead`);
    return routePath('guides', locale);
  };
  return {
    quiz: routePath('quiz', locale),
    method: routePath('quizMethod', locale),
    twin: routePath('quiz', otherLocale(locale)),
    guides: { smm: guide(GUIDE_KEYS.smm), cm: guide(GUIDE_KEYS.cm) },
    careers: guide(GUIDE_KEYS.careers),
    difference: guide(GUIDE_KEYS.difference),
  };
}

export function quizRunnerProps(input: {
  locale: Locale;
  quiz: QuizFile;
  roles: readonly Role[];
  /** The island's strings (`pickStrings(locale, …)`). */
  strings: RunnerProps['strings'];
  links: RunnerLinks;
}): RunnerProps {
  const { locale, quiz, roles, strings, links } = input;
  const taskTitles = (id: QuizRole) => {
    const role = roles.find((r) => r.id === id);
    if (!role) throw new Error(`content/data/roles.yaml: no role "${id}", which the quiz scores`);
    return role.tasks.map((task) => task.title[locale]);
  };
  return {
    locale,
    version: quiz.version,
    previous: quiz.previous.map((p) => ({ version: p.version, ids: [...p.items] })),
    rules: rulesFromData(quiz.scoring),
    items: quiz.items.map((item) => ({
      id: item.id,
      role: item.role,
      facets: [...item.facets],
      text: item.text[locale],
    })),
    strings,
    tasks: Object.fromEntries(QUIZ_ROLES.map((id) => [id, taskTitles(id)])) as Record<QuizRole, string[]>,
    links,
  };
}
