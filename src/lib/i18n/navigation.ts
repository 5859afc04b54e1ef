/**
 * The sections shown in the main navigation, in order. Only sections whose pages exist are listed;
 * each feature adds its entry together with its routes.
 */
import type { RouteName } from './routes';

export interface NavItem {
  route: RouteName;
  label: 'nav.guides' | 'nav.glossary' | 'nav.quiz' | 'nav.checker' | 'nav.search';
}

export const NAV_ITEMS: readonly NavItem[] = [
  { route: 'guides', label: 'nav.guides' },
  { route: 'glossary', label: 'nav.glossary' },
  { route: 'quiz', label: 'nav.quiz' },
  { route: 'checker', label: 'nav.checker' },
];

/** Routes that are built today. Pages link only to these, so no visitor meets a missing page. */
export const LIVE_ROUTES: ReadonlySet<RouteName> = new Set<RouteName>([
  'home',
  'guides',
  'glossary',
  'search',
  'privacy',
  'imprint',
  'quiz',
  'quizMethod',
  'checker',
  'knowledge',
  'jobAd',
]);
