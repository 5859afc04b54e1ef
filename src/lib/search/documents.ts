/** The shape of the search index shipped to the browser, one per language. */
export type SearchKind = 'guide' | 'term' | 'task';

export interface SearchDocument {
  kind: SearchKind;
  /** Guide title (for a guide's opening), section heading, glossary term or task title. */
  title: string;
  /** Shown, not searched: the guide a section belongs to, or the role a task belongs to. */
  context?: string;
  /** Other names (glossary aliases). */
  aliases?: string[];
  /** A short excerpt shown under the title. */
  text: string;
  url: string;
}

export interface SearchIndexFile {
  version: 1;
  locale: string;
  docs: SearchDocument[];
  /** `Fuse.createIndex(...).toJSON()` over the folded fields. */
  index: unknown;
}

/** The keys Fuse searches, with weights; shared by build and browser so the prebuilt index fits. */
export const SEARCH_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'aliases', weight: 2 },
  { name: 'text', weight: 1 },
] as const;

/** Excerpts are cut to this many characters at a word boundary to keep the index small. */
export const EXCERPT_LENGTH = 120;

export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > length * 0.6 ? lastSpace : length).trimEnd()} …`;
}
