/**
 * The search box's decisions, apart from the DOM: what a key does in the header combobox (the ARIA 1.2
 * pattern: arrows choose an option while focus stays in the box) or on the results page, what the live region
 * says, and how the query is kept in an address. The island (src/islands/SearchResults.svelte) applies them.
 */
import type { Translate } from '../i18n/translate';
import type { SearchKey } from './strings';

/** What a key in the search box does; null leaves it to the browser (the form submits, the caret moves). */
export type SearchKeyAction =
  /** Arrows: open the popup with this option active. */
  | { kind: 'move'; index: number }
  /** Enter on the active option: open it. */
  | { kind: 'go' }
  /** Enter on the results page: show the results for what is typed now instead of reloading. */
  | { kind: 'search' }
  /** Escape with the popup open or a search pending: close it, and keep a late search from reopening it. */
  | { kind: 'dismiss' }
  /** Escape on a closed popup: empty the box. */
  | { kind: 'clear' }
  /** Home and End move the caret: no option stays active. */
  | { kind: 'unselect' }
  | null;

export interface SearchBoxState {
  /** The results page's box rather than the header's combobox. */
  inline: boolean;
  open: boolean;
  /** The active option's index, -1 for none. */
  active: number;
  /** How many options the popup lists. */
  options: number;
  /** A debounced search has not run yet. */
  pending: boolean;
  /** The box holds text. */
  filled: boolean;
}

export function searchKeyAction(key: string, box: Readonly<SearchBoxState>): SearchKeyAction {
  if (key === 'Enter') {
    if (box.inline) return { kind: 'search' };
    return box.open && box.active >= 0 ? { kind: 'go' } : null;
  }
  if (box.inline) return null;
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    if (box.options === 0) return null;
    const step = key === 'ArrowDown' ? 1 : -1;
    const index =
      box.active < 0 ? (step > 0 ? 0 : box.options - 1) : (box.active + step + box.options) % box.options;
    return { kind: 'move', index };
  }
  if (key === 'Escape') {
    if (box.open || box.pending) return { kind: 'dismiss' };
    return box.filled ? { kind: 'clear' } : null;
  }
  if (key === 'Home' || key === 'End') return { kind: 'unselect' };
  return null;
}

export interface SearchProgress {
  status: 'loading' | 'ready' | 'error';
  /** What is typed, trimmed. */
  query: string;
  /** The query the shown results are for. */
  searched: string;
  /** How many pages match it. */
  total: number;
}

/** What the live region says: loading, a failure, or the count for the query typed, once its results show. */
export function searchAnnouncement(t: Translate<SearchKey>, p: Readonly<SearchProgress>): string {
  if (p.status === 'loading' && p.query) return t('search.loading');
  if (p.status === 'error') return t('search.loadError');
  if (p.searched.length < 2 || p.query !== p.searched) return '';
  if (p.total === 0) return t('search.noResults', { query: p.searched });
  return t(p.total === 1 ? 'search.resultCountOne' : 'search.resultCount', {
    count: p.total,
    query: p.searched,
  });
}

/** The address with the query in `?q=` (or without `q` for an empty query); the rest is kept. */
export function withQuery(href: string, query: string): URL {
  const url = new URL(href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  return url;
}
