/** Loads a language's search index once per page and returns a ready engine. */
import { SearchEngine } from './engine';
import type { SearchIndexFile } from './documents';

const engines = new Map<string, Promise<SearchEngine>>();

export function indexUrl(locale: string): string {
  return `/search-index/${locale}.json`;
}

export function loadEngine(locale: string, fetcher: typeof fetch = fetch): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = fetcher(indexUrl(locale))
      .then((response) => {
        if (!response.ok) throw new Error(`Search index ${response.status}`);
        return response.json() as Promise<SearchIndexFile>;
      })
      .then((file) => new SearchEngine(file.docs, file.index));
    // A failed load may be retried on the next focus.
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}
