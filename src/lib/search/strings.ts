/** The UI strings the search island needs; the page passes them in, so the island ships no dictionary. */
export interface SearchStrings {
  headerLabel: string;
  placeholder: string;
  loading: string;
  loadError: string;
  resultCount: string;
  resultCountOne: string;
  noResults: string;
  noResultsHint: string;
  glossaryLink: string;
  guidesLink: string;
  kindGuide: string;
  kindTerm: string;
  kindTool: string;
  minLength: string;
  showAll: string;
}

export const SEARCH_STRING_KEYS = {
  headerLabel: 'search.headerLabel',
  placeholder: 'search.placeholder',
  loading: 'search.loading',
  loadError: 'search.loadError',
  resultCount: 'search.resultCount',
  resultCountOne: 'search.resultCountOne',
  noResults: 'search.noResults',
  noResultsHint: 'search.noResultsHint',
  glossaryLink: 'search.glossaryLink',
  guidesLink: 'search.guidesLink',
  kindGuide: 'search.kindGuide',
  kindTerm: 'search.kindTerm',
  kindTool: 'search.kindTool',
  minLength: 'search.minLength',
  showAll: 'search.showAll',
} as const satisfies Record<keyof SearchStrings, string>;

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
