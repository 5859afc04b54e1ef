/** The UI strings the search island needs; the search form carries them (`data-strings`), so the island ships no dictionary. */
import type { IslandKey, IslandStrings } from '../../i18n';

export const SEARCH_STRINGS = {
  include: [
    'search.headerLabel',
    'search.loading',
    'search.loadError',
    'search.resultCount',
    'search.resultCountOne',
    'search.noResults',
    'search.noResultsHint',
    'search.glossaryLink',
    'search.guidesLink',
    'search.kindGuide',
    'search.kindTerm',
    'search.kindTool',
    'search.minLength',
    'search.showAll',
  ],
} as const;
export type SearchKey = IslandKey<typeof SEARCH_STRINGS>;
export type SearchStrings = IslandStrings<typeof SEARCH_STRINGS>;
