/**
 * Loads a language's search index once per page: the head first (the search opens with it), then the full
 * text. Each stage yields a ready engine; nothing is fetched per query.
 */
import { SearchEngine } from './engine';
import type { SearchBodyFile, SearchIndexFile } from './documents';

export function indexUrl(locale: string, part: 'head' | 'body' = 'head'): string {
  return `/search-index/${locale}${part === 'body' ? '-body' : ''}.json`;
}

export interface SearchLoad {
  /** Titles, headings and summaries: resolves as soon as the head has arrived. */
  head: Promise<SearchEngine>;
  /** The full text: resolves after the head, with the bodies indexed as well. */
  full: Promise<SearchEngine>;
}

const loads = new Map<string, SearchLoad>();

async function json<T>(url: string, fetcher: typeof fetch): Promise<T> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`Search index ${url}: ${response.status}`);
  return (await response.json()) as T;
}

function checkParts(head: SearchIndexFile, body: SearchBodyFile) {
  if (body.key !== head.key) {
    throw new Error(`Search index parts differ (${head.key} / ${body.key}); rebuild the site`);
  }
}

/** Builds the full engine from both files, refusing a body file from another build. */
export function fullEngine(head: SearchIndexFile, body: SearchBodyFile): SearchEngine {
  checkParts(head, body);
  return new SearchEngine(head.docs, head.locale, body.bodies);
}

export function loadSearch(locale: string, fetcher: typeof fetch = fetch): SearchLoad {
  let load = loads.get(locale);
  if (!load) {
    const headFile = json<SearchIndexFile>(indexUrl(locale), fetcher);
    const head = headFile.then((file) => new SearchEngine(file.docs, file.locale));
    // The body is requested once the head has arrived, so it never delays the first results.
    const full = headFile.then(async (file) => {
      const body = await json<SearchBodyFile>(indexUrl(locale, 'body'), fetcher);
      checkParts(file, body);
      // Indexed in slices, so typing stays responsive while the full text is prepared.
      return SearchEngine.build(file.docs, file.locale, body.bodies);
    });
    load = { head, full };
    loads.set(locale, load);
    // A failed load may be retried on the next start.
    Promise.all([head, full]).catch(() => loads.delete(locale));
  }
  return load;
}
