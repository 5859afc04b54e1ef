/** Starts the search island on a server-rendered search form (called lazily by the search loader). */
import { mount } from 'svelte';
import SearchResults from './SearchResults.svelte';
import type { SearchStrings } from '../lib/search/strings';

export function mountSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const target = form.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !target) return;
  const { locale = 'de', strings = '{}', guidesUrl = '/', glossaryUrl = '/', inline } = form.dataset;
  const searchUrl = form.getAttribute('action') ?? '/';
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
