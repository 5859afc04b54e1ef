/** Starts the search island on a server-rendered search form (called lazily by the page loader). */
import { mount } from 'svelte';
import SearchResults from './SearchResults.svelte';
import stylesUrl from './search-results.css?url';
import type { SearchStrings } from '../lib/search/strings';

let styles = false;

/**
 * The island's stylesheet, added once: a file of its own rather than part of every page's inline CSS (which
 * reading pages do not need). It loads alongside the search index, which the island requests on mount, so it
 * is there before the first results are.
 */
function loadStyles(): void {
  if (styles) return;
  styles = true;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesUrl;
  document.head.append(link);
}

export function mountSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const target = form.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !target) return;
  const { locale = 'de', strings = '{}', guidesUrl = '/', glossaryUrl = '/', inline } = form.dataset;
  const searchUrl = form.getAttribute('action') ?? '/';
  loadStyles();
  mount(SearchResults, {
    target,
    props: {
      input,
      locale,
      strings: JSON.parse(strings) as SearchStrings,
      guidesUrl,
      glossaryUrl,
      searchUrl,
      inline: inline === 'true',
    },
  });
}
