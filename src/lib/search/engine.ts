/**
 * Search engine shared by the build (index creation), the browser island and the benchmark.
 *
 * Fuse.js does the fuzzy matching, but over the vocabulary (every distinct folded word of the documents)
 * rather than over whole documents: a query word is matched against a few thousand short words, and a
 * posting list maps each matching word to the documents and fields that contain it. Query time then grows
 * with the vocabulary, not with the number of documents (see docs/benchmarks.md: whole-document Fuse took
 * 261 ms per query at 10,000 documents).
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js/basic';
import { fold } from './normalize';
import { SEARCH_KEYS, type SearchDocument, type SearchKind } from './documents';

type Field = (typeof SEARCH_KEYS)[number]['name'];
const FIELDS: readonly Field[] = SEARCH_KEYS.map((k) => k.name);

// A match in a lower-weighted field costs a little more (weights: title 3, aliases 2, text 1).
const FIELD_PENALTY: Record<Field, number> = Object.fromEntries(
  SEARCH_KEYS.map((k) => [k.name, (3 - k.weight) * 0.04]),
) as Record<Field, number>;

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of a text with their start offsets in the folded text. */
function words(folded: string): Array<{ word: string; start: number }> {
  const out: Array<{ word: string; start: number }> = [];
  for (const m of folded.matchAll(WORD)) if (m[0].length >= 2) out.push({ word: m[0], start: m.index });
  return out;
}

function fieldTexts(doc: SearchDocument, field: Field): string[] {
  const value = doc[field];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The sorted vocabulary of a corpus; build and browser derive the same list from the same documents. */
export function vocabulary(docs: readonly SearchDocument[]): string[] {
  const set = new Set<string>();
  for (const doc of docs) {
    for (const field of FIELDS)
      for (const text of fieldTexts(doc, field)) for (const w of words(fold(text))) set.add(w.word);
  }
  return [...set].sort();
}

export const VOCABULARY_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

interface IndexJson {
  keys: unknown[];
  records: Array<{ i: number; v: string; n: number }>;
}

/** What is shipped: Fuse's index over the vocabulary with everything the documents already carry removed. */
export interface LeanIndex {
  keys: unknown[];
  /** Number of vocabulary records; record i is word i of `vocabulary(docs)`. */
  size: number;
}

/**
 * Fuse's prebuilt index over the vocabulary (`Fuse.createIndex(...).toJSON()`), made lean: each record is
 * just word i of the sorted vocabulary with norm 1 (ignoreFieldNorm), and the browser re-derives the
 * vocabulary from the documents, so only the key list and the record count travel.
 */
export function createSearchIndex(docs: readonly SearchDocument[]): LeanIndex {
  const json = Fuse.createIndex([], vocabulary(docs)).toJSON() as unknown as IndexJson;
  return { keys: json.keys, size: json.records.length };
}

export function restoreIndex(lean: LeanIndex, vocab: readonly string[]): IndexJson {
  if (lean.size !== vocab.length) {
    throw new Error(`Search index has ${lean.size} words, the documents ${vocab.length}; rebuild the site`);
  }
  return { keys: lean.keys, records: vocab.map((v, i) => ({ i, v, n: 1 })) };
}

export interface SearchHit {
  doc: SearchDocument;
  score: number;
  /** Match ranges per field, in folded text. */
  matches: Partial<Record<'title' | 'text', Array<[number, number]>>>;
}

interface Posting {
  doc: number;
  field: Field;
}

export class SearchEngine {
  private readonly docs: readonly SearchDocument[];
  private readonly vocab: string[];
  private readonly fuse: Fuse<string>;
  private readonly postings = new Map<string, Posting[]>();
  private readonly spacedTitles: string[] = [];

  private spacedTitle(i: number): string {
    return (this.spacedTitles[i] ??= spaced(this.docs[i]!.title));
  }

  constructor(docs: readonly SearchDocument[], index?: unknown) {
    this.docs = docs;
    this.vocab = vocabulary(docs);
    const parsed = index
      ? (Fuse.parseIndex<string>(
          restoreIndex(index as LeanIndex, this.vocab) as unknown as Parameters<typeof Fuse.parseIndex>[0],
        ) as FuseIndex<string>)
      : undefined;
    this.fuse = new Fuse(this.vocab, VOCABULARY_OPTIONS, parsed);
    docs.forEach((doc, i) => {
      for (const field of FIELDS) {
        const seen = new Set<string>();
        for (const text of fieldTexts(doc, field)) {
          for (const { word } of words(fold(text))) {
            if (seen.has(word)) continue;
            seen.add(word);
            const list = this.postings.get(word);
            if (list) list.push({ doc: i, field });
            else this.postings.set(word, [{ doc: i, field }]);
          }
        }
      }
    });
  }

  /**
   * Every query word must match (fuzzily) a word of the document; a document's score is the mean of its
   * best per-word scores, where a word found in the title counts more than one found in the text.
   */
  search(query: string, limit = 20): SearchHit[] {
    const queryWords = words(fold(query))
      .map((w) => w.word.slice(0, 32))
      .slice(0, 6);
    if (queryWords.length === 0) return [];

    const best = new Map<number, number[]>(); // doc → best score per query word
    const matchedWords = new Set<string>();
    queryWords.forEach((qw, q) => {
      for (const hit of this.fuse.search(qw, { limit: 64 })) {
        matchedWords.add(hit.item);
        for (const posting of this.postings.get(hit.item) ?? []) {
          const score = (hit.score ?? 1) + FIELD_PENALTY[posting.field];
          const scores = best.get(posting.doc) ?? Array<number>(queryWords.length).fill(Infinity);
          if (score < scores[q]!) scores[q] = score;
          best.set(posting.doc, scores);
        }
      }
    });

    // Rank by word scores first; the phrase and exact-term checks below only reorder the leaders.
    const candidates: Array<{ i: number; score: number }> = [];
    for (const [i, scores] of best) {
      if (scores.some((s) => s === Infinity)) continue;
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      candidates.push({ i, score: mean + KIND_PENALTY[this.docs[i]!.kind] });
    }
    candidates.sort((a, b) => a.score - b.score);
    const phrase = queryWords.join(' ');
    const hits: SearchHit[] = candidates.slice(0, limit * 3).map(({ i, score }) => {
      const doc = this.docs[i]!;
      // A title that contains the whole query as a phrase, or a term named exactly so, ranks first.
      const phraseInTitle = queryWords.length > 1 && this.spacedTitle(i).includes(` ${phrase} `);
      const exactTerm =
        doc.kind === 'term' && [doc.title, ...(doc.aliases ?? [])].some((t) => spaced(t).trim() === phrase);
      return { doc, score: score + (phraseInTitle ? -0.02 : 0) + (exactTerm ? -0.2 : 0), matches: {} };
    });
    hits.sort((a, b) => a.score - b.score || KIND_ORDER[a.doc.kind] - KIND_ORDER[b.doc.kind]);
    const top = hits.slice(0, limit);
    for (const hit of top) {
      hit.matches = { title: ranges(hit.doc.title, matchedWords), text: ranges(hit.doc.text, matchedWords) };
    }
    return top;
  }
}

/** Ranges (in folded text) of the words of `text` that matched a query word. */
function ranges(text: string, matched: ReadonlySet<string>): Array<[number, number]> {
  return words(fold(text))
    .filter((w) => matched.has(w.word))
    .map((w) => [w.start, w.start + w.word.length - 1]);
}

function spaced(text: string): string {
  return ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `.replace(/\s+/g, ' ');
}

const KIND_ORDER: Record<SearchKind, number> = { guide: 0, term: 1, task: 2 };
// Tasks repeat what their guide explains, so on equal matches the guide or term comes first.
const KIND_PENALTY: Record<SearchKind, number> = { guide: 0, term: 0, task: 0.03 };

/**
 * Groups hits by kind (guides, glossary, tasks), keeping the rank order inside a group; the group holding
 * the best hit comes first, so the best match is always the first option.
 */
export function groupHits(hits: readonly SearchHit[]): Array<{ kind: SearchKind; hits: SearchHit[] }> {
  const groups: Array<{ kind: SearchKind; hits: SearchHit[] }> = [];
  for (const kind of ['guide', 'term', 'task'] as const) {
    const inKind = hits.filter((h) => h.doc.kind === kind);
    if (inKind.length) groups.push({ kind, hits: inKind });
  }
  return groups.sort(
    (a, b) => a.hits[0]!.score - b.hits[0]!.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}
