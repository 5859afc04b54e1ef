/**
 * Each framed page's own words, by route: the UI string keys of its title (head and share preview; also the
 * heading and the breadcrumb unless those differ), description, lead and, for a tool, the note for visitors
 * without JavaScript. PageFrame reads them, so a page component passes only the values of placeholders.
 */
import type { UiKey } from '../i18n';
import type { RouteName } from '../lib/i18n/routes';

export interface PageText {
  title: UiKey;
  description: UiKey;
  heading?: UiKey;
  crumb?: UiKey;
  lead?: UiKey;
  noScript?: UiKey;
  /** Pages between the home page and this one in the breadcrumbs, with their names there. */
  parents?: ReadonlyArray<{ route: RouteName; label: UiKey }>;
}

export const PAGE_TEXT = {
  guides: { title: 'guides.indexTitle', description: 'guides.indexDescription', lead: 'guides.indexLead' },
  knowledge: {
    title: 'knowledge.page.title',
    description: 'knowledge.page.description',
    crumb: 'knowledge.teaser.title',
    lead: 'knowledge.page.lead',
    parents: [{ route: 'guides', label: 'nav.guides' }],
  },
  glossary: { title: 'glossary.title', description: 'glossary.description' },
  quiz: {
    title: 'quiz.page.title',
    description: 'quiz.page.description',
    crumb: 'nav.quiz',
    lead: 'quiz.page.lead',
  },
  quizMethod: {
    title: 'quiz.method.title',
    description: 'quiz.method.description',
    lead: 'quiz.method.lead',
    parents: [{ route: 'quiz', label: 'nav.quiz' }],
  },
  checker: {
    title: 'checker.page.heading',
    description: 'checker.page.description',
    crumb: 'checker.page.title',
    lead: 'checker.page.lead',
    noScript: 'checker.page.noScript',
  },
  jobAd: {
    title: 'jobad.page.title',
    description: 'jobad.page.description',
    heading: 'jobad.page.heading',
    lead: 'jobad.page.lead',
    noScript: 'jobad.page.noScript',
  },
  search: { title: 'search.pageTitle', description: 'search.pageDescription', lead: 'search.pageLead' },
  privacy: { title: 'privacy.title', description: 'privacy.description', lead: 'privacy.lead' },
  imprint: { title: 'imprint.title', description: 'imprint.description' },
} as const satisfies Partial<Record<RouteName, PageText>>;

export type FramedRoute = keyof typeof PAGE_TEXT;
