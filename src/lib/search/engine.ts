/**
 * Search engine shared by the build (index creation), the browser island and the benchmark: Fuse.js over
 * folded fields, with the original text kept for display and highlighting.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js/basic';
import { fold } from './normalize';
import { SEARCH_KEYS, type SearchDocument, type SearchKind } from './documents';

function getFn(doc: SearchDocument, path: string | string[]): string | string[] {
  const key = (Array.isArray(path) ? path[0] : path) as keyof SearchDocument;
  const value = doc[key];
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(fold) : fold(String(value));
}

export const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  getFn,
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  // Titles differ in length for reasons that say nothing about relevance ("Was ist Social Media? …").
  ignoreFieldNorm: true,
};

interface IndexJson {
  keys: unknown[];
  records: Array<{
    i: number;
    $: Record<string, { v?: string; n: number } | Array<{ v?: string; i: number; n: number }>>;
  }>;
}

/**
 * Fuse's prebuilt index, made lean: each record keeps its field norms but drops the folded text (`v`),
 * which `restoreIndex` recomputes from the documents with the same `getFn`. That halves what the browser
 * downloads (the documents already carry the text) while keeping Fuse's norms and structure prebuilt.
 */
export function createSearchIndex(docs: readonly SearchDocument[]): IndexJson {
  const json = Fuse.createIndex(FUSE_OPTIONS.keys!, [...docs], { getFn }).toJSON() as unknown as IndexJson;
  for (const record of json.records) {
    for (const field of Object.values(record.$)) {
      if (Array.isArray(field)) for (const item of field) delete item.v;
      else delete field.v;
    }
  }
  return json;
}

export function restoreIndex(json: IndexJson, docs: readonly SearchDocument[]): IndexJson {
  const keyNames = SEARCH_KEYS.map((k) => k.name);
  const records = json.records.map((record) => {
    const doc = docs[record.i];
    if (!doc) throw new Error(`Search index record ${record.i} has no document`);
    const fields: IndexJson['records'][number]['$'] = {};
    for (const [k, field] of Object.entries(record.$)) {
      const value = getFn(doc, keyNames[Number(k)]!);
      fields[k] = Array.isArray(field)
        ? field.map((item) => ({ ...item, v: (value as string[])[item.i] ?? '' }))
        : { ...field, v: value as string };
    }
    return { i: record.i, $: fields };
  });
  return { keys: json.keys, records };
}

export interface SearchHit {
  doc: SearchDocument;
  score: number;
  /** Match ranges per field name, in folded text. */
  matches: Partial<Record<'title' | 'text' | 'aliases', Array<[number, number]>>>;
}

export class SearchEngine {
  private readonly fuse: Fuse<SearchDocument>;

  constructor(docs: readonly SearchDocument[], index?: unknown) {
    const parsed = index
      ? (Fuse.parseIndex<SearchDocument>(
          restoreIndex(index as IndexJson, docs) as Parameters<typeof Fuse.parseIndex>[0],
          {
            getFn,
          },
        ) as FuseIndex<SearchDocument>)
      : undefined;
    this.fuse = new Fuse([...docs], FUSE_OPTIONS, parsed);
  }

  /**
   * Multi-word queries: each word must match somewhere in the document; the document's score is the mean
   * of its per-word scores, so a guide matching every word well ranks above one matching one word exactly.
   */
  search(query: string, limit = 20): SearchHit[] {
    const words = fold(query)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 2)
      .slice(0, 6);
    if (words.length === 0) return [];
    const perWord = words.map((w) => this.fuse.search(w.slice(0, 32)));
    const combined = new Map<
      number,
      { score: number; count: number; results: FuseResult<SearchDocument>[] }
    >();
    for (const results of perWord) {
      for (const r of results) {
        const entry = combined.get(r.refIndex) ?? { score: 0, count: 0, results: [] };
        entry.score += r.score ?? 1;
        entry.count += 1;
        entry.results.push(r);
        combined.set(r.refIndex, entry);
      }
    }
    const hits: SearchHit[] = [];
    for (const entry of combined.values()) {
      if (entry.count < words.length) continue;
      const matches: SearchHit['matches'] = {};
      for (const r of entry.results) {
        for (const m of r.matches ?? []) {
          const key = m.key as keyof SearchHit['matches'];
          if (key === 'aliases') continue;
          (matches[key] ??= []).push(...m.indices.map(([a, b]) => [a, b] as [number, number]));
        }
      }
      const doc = entry.results[0]!.item;
      // A title that contains the whole query as a phrase ranks first ("Social Media" → the guide on it).
      const phrase = words.join(' ');
      const phraseInTitle = words.length > 1 && spaced(doc.title).includes(` ${phrase} `);
      // A query that is a glossary term or one of its aliases finds that term first.
      const exactTerm =
        doc.kind === 'term' && [doc.title, ...(doc.aliases ?? [])].some((t) => spaced(t).trim() === phrase);
      // Fuse scores run from 0 (exact) to the threshold; these small offsets only reorder near-equal matches.
      const adjust = (phraseInTitle ? -0.02 : 0) + (exactTerm ? -0.2 : 0) + KIND_PENALTY[doc.kind];
      hits.push({ doc, score: entry.score / entry.count + adjust, matches });
    }
    return hits
      .sort((a, b) => a.score - b.score || KIND_ORDER[a.doc.kind] - KIND_ORDER[b.doc.kind])
      .slice(0, limit);
  }
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
