import type { RouteName } from './routes';

export interface NavItem {
  route: RouteName;
  label: 'nav.guides' | 'nav.glossary' | 'nav.quiz' | 'nav.checker' | 'nav.search';
}

/** The sections shown in the main navigation, in order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { route: 'guides', label: 'nav.guides' },
  { route: 'glossary', label: 'nav.glossary' },
  { route: 'quiz', label: 'nav.quiz' },
  { route: 'checker', label: 'nav.checker' },
];
