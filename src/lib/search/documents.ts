/**
 * The search index shipped to the browser, per language, in two files: the head (every page and section
 * with its title, heading and a short summary) opens the search; the bodies (the full text of every section)
 * follow right after it, so the first results never wait for the full text.
 */
export type SearchKind = 'guide' | 'term' | 'tool';

export const SEARCH_KINDS: readonly SearchKind[] = ['guide', 'term', 'tool'];

export interface SearchDocument {
  kind: SearchKind;
  /** The page's title: the guide, glossary term or tool. Searched only on the page's top document. */
  page: string;
  /** The section heading; absent on the top of a page. */
  heading?: string;
  /** Other names of the page (glossary aliases, a tool's menu name), searched like the title. */
  aliases?: string[];
  /** Shown (and searched) until the full text has loaded: the page description or the term's definition. */
  summary: string;
  url: string;
}

export interface SearchIndexFile {
  version: 2;
  locale: string;
  /** Identifies the documents, so a body file from another build is refused rather than misapplied. */
  key: string;
  docs: SearchDocument[];
}

export interface SearchBodyFile {
  version: 2;
  locale: string;
  key: string;
  /** The full text of each document, in the order of the head's `docs`. */
  bodies: string[];
}

/** A short fingerprint of the documents' addresses (FNV-1a), shared by head and body file. */
export function documentsKey(docs: readonly SearchDocument[]): string {
  let hash = 0x811c9dc5;
  for (const doc of docs) {
    for (let i = 0; i < doc.url.length; i++) hash = Math.imul(hash ^ doc.url.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return `${docs.length}-${(hash >>> 0).toString(36)}`;
}

/** The page a document belongs to: a guide's sections share the guide, each glossary term is its own page. */
export function pageKey(doc: SearchDocument): string {
  return doc.kind === 'term' ? doc.url : doc.url.split('#')[0]!;
}
