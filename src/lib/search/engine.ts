/**
 * Full-text search shared by the browser island, the quality test and the benchmark.
 *
 * Every document (a page's top or one of its sections) is split into words; posting lists map each word to
 * the documents and fields that hold it. A query word is matched against the vocabulary in classes, exact
 * first: the same word, an inflection of it, a word it starts, a compound it ends (German), and only when
 * none of those exists, a fuzzy match found by fuse.js. Documents are scored per query word with field
 * weights (title > heading > body, the body part BM25), pages add up their best section per word, and every
 * query word must match somewhere in the page.
 */
import Fuse from 'fuse.js/basic';
import { queryWords, stem, tokenize } from './text';
import { pageKey, SEARCH_KINDS, type SearchDocument, type SearchKind } from './documents';

// Field weights. A title word adds TITLE (plus up to TITLE_COVERAGE when the title is short, so the term
// "Troll" beats a long title that mentions trolls), a heading word HEADING; the body adds BM25's saturating
// term frequency, at most K1 + 1 = 2.2, so a title or heading match always outweighs body mentions alone.
const TITLE = 4;
const TITLE_COVERAGE = 0.8;
const HEADING = 2.5;
const NAME_BONUS = 20;
const K1 = 1.2;
const B = 0.75;

// How well a vocabulary word matches a query word: exact > inflection > prefix > compound part > fuzzy.
const EXACT = 1;
const INFLECTED = 0.9;
const PREFIX = 0.7;
const COMPOUND = 0.6;
const FUZZY = 0.5;
const MAX_EXPANSIONS = 100;
const EXCERPT_LENGTH = 170;

export interface Marked {
  text: string;
  /** Matched ranges in `text`, [start, end). */
  ranges: Array<[number, number]>;
}

export interface SearchHit {
  kind: SearchKind;
  /** Where the hit leads: the best-matching section of the page (or the page itself). */
  url: string;
  title: Marked;
  /** The best-matching section's heading, when that is not the top of the page. */
  heading?: Marked;
  excerpt: Marked;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many pages match, in all and per kind. */
  total: number;
  counts: Record<SearchKind, number>;
}

interface Postings {
  docs: number[];
  /** Field scores per posting: title weight (0 if absent), heading weight, body term frequency. */
  title: number[];
  heading: number[];
  tf: number[];
}

const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  minMatchCharLength: 3,
};

/** Sorted strings: the index range of those starting with `prefix`. */
function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++;
  return [lo, end];
}

const reverse = (s: string) => [...s].reverse().join('');

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.max(a.length, b.length);
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const row = rows[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

function pairs(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) out.push(word.slice(i, i + 2));
  return out;
}

export class SearchEngine {
  readonly docs: readonly SearchDocument[];
  private readonly locale: string;
  private readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly postings: Postings[] = [];
  private readonly lengths: number[] = [];
  private avgLength = 1;
  private readonly bodies: readonly string[];
  private readonly stems = new Map<string, number[]>();
  // Filled by finish(), once every document is indexed.
  private sorted: string[] = [];
  private sortedIds: number[] = [];
  private reversedStems: string[] = [];
  private reversedStemIds: number[] = [];
  /** Vocabulary words by the letter pairs they contain, for finding typo candidates. */
  private readonly bigrams = new Map<string, number[]>();
  /** Pages by their exact name (title, the title before a colon or bracket, aliases), words stemmed. */
  private readonly names = new Map<string, number[]>();

  /**
   * `bodies` (the full text per document) may be left out: then titles, headings and summaries are searched.
   * `deferred` leaves the indexing to `build`.
   */
  constructor(docs: readonly SearchDocument[], locale: string, bodies?: readonly string[], deferred = false) {
    if (bodies && bodies.length !== docs.length) {
      throw new Error(
        `Search index has ${docs.length} documents but ${bodies.length} bodies; rebuild the site`,
      );
    }
    this.docs = docs;
    this.locale = locale;
    this.bodies = bodies ?? docs.map((d) => d.summary);
    if (deferred) return;
    docs.forEach((doc, d) => this.indexDocument(doc, d));
    this.finish();
  }

  /**
   * The same engine, indexed in slices with a pause between them, so a visitor typing while the full text
   * is indexed never waits behind one long task.
   */
  static async build(
    docs: readonly SearchDocument[],
    locale: string,
    bodies?: readonly string[],
    pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  ): Promise<SearchEngine> {
    const engine = new SearchEngine(docs, locale, bodies, true);
    const SLICE = 24;
    for (let d = 0; d < docs.length; d++) {
      engine.indexDocument(docs[d]!, d);
      if (d % SLICE === SLICE - 1) await pause();
    }
    engine.finish();
    return engine;
  }

  /** Lookup tables over the finished vocabulary: sorted words, stems, reversed stems, letter pairs. */
  private finish() {
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length) || 1;
    const order = this.words.map((_, i) => i).sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : 1));
    this.sorted = order.map((i) => this.words[i]!);
    this.sortedIds = order;
    const reversed: Array<[string, number]> = [];
    this.words.forEach((word, id) => {
      const s = stem(word, this.locale);
      const list = this.stems.get(s);
      if (list) list.push(id);
      else this.stems.set(s, [id]);
      reversed.push([reverse(s), id]);
      for (const pair of new Set(pairs(word))) {
        const pairList = this.bigrams.get(pair);
        if (pairList) pairList.push(id);
        else this.bigrams.set(pair, [id]);
      }
    });
    reversed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.reversedStems = reversed.map((r) => r[0]);
    this.reversedStemIds = reversed.map((r) => r[1]);
  }

  private wordId(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
      this.postings.push({ docs: [], title: [], heading: [], tf: [] });
    }
    return id;
  }

  private indexDocument(doc: SearchDocument, d: number) {
    const fields = new Map<number, { title: number; heading: number; tf: number }>();
    const entry = (word: string) => {
      const id = this.wordId(word);
      let f = fields.get(id);
      if (!f) fields.set(id, (f = { title: 0, heading: 0, tf: 0 }));
      return f;
    };
    // The page's title and other names belong to its top document only, so a title match leads to the top.
    if (doc.heading === undefined) {
      for (const name of [doc.page, ...(doc.aliases ?? [])]) {
        const tokens = tokenize(name);
        // Short names get more: count the parts of hyphenated compounds ("Social-Media-Kampagne" has three).
        const parts = tokens.reduce((n, t) => n + (t.forms.length > 1 ? t.forms.length - 1 : 1), 0);
        const weight = TITLE + TITLE_COVERAGE / Math.max(1, parts);
        for (const key of nameKeys(name, this.locale)) {
          const list = this.names.get(key);
          if (list) list.push(d);
          else this.names.set(key, [d]);
        }
        for (const token of tokens)
          for (const form of token.forms) {
            const f = entry(form);
            f.title = Math.max(f.title, weight);
          }
      }
    } else {
      for (const token of tokenize(doc.heading))
        for (const form of token.forms) entry(form).heading = HEADING;
    }
    const body = tokenize(this.bodies[d]!);
    for (const token of body) for (const form of token.forms) entry(form).tf++;
    this.lengths[d] = body.length;
    for (const [id, f] of fields) {
      const p = this.postings[id]!;
      p.docs.push(d);
      p.title.push(f.title);
      p.heading.push(f.heading);
      p.tf.push(f.tf);
    }
  }

  /** Vocabulary words matching one query word, each with how well it matches (see the classes above). */
  private candidates(q: string): Map<number, number> {
    const out = new Map<number, number>();
    const add = (id: number, weight: number) => {
      if ((out.get(id) ?? 0) < weight) out.set(id, weight);
    };
    const exact = this.ids.get(q);
    if (exact !== undefined) add(exact, EXACT);
    const s = stem(q, this.locale);
    for (const id of this.stems.get(s) ?? []) add(id, INFLECTED);
    if (q.length >= 3) {
      const [from, to] = prefixRange(this.sorted, q);
      for (let i = from; i < Math.min(to, from + MAX_EXPANSIONS); i++) {
        add(this.sortedIds[i]!, PREFIX * (0.9 + (0.1 * q.length) / this.sorted[i]!.length));
      }
    }
    // German compounds end in their head word: "Regeln" finds "Moderationsregeln".
    if (this.locale === 'de' && s.length >= 4) {
      const [from, to] = prefixRange(this.reversedStems, reverse(s));
      for (let i = from; i < Math.min(to, from + MAX_EXPANSIONS); i++) {
        if (this.reversedStems[i]!.length - s.length >= 3) add(this.reversedStemIds[i]!, COMPOUND);
      }
    }
    // Typos: only when the word itself is not in the text, so "Uebersicht" finds "Übersicht" and nothing else.
    if (out.size === 0 && q.length >= 4) {
      const similar = this.similarWords(q);
      const fuse = new Fuse(
        similar.map((id) => this.words[id]!),
        FUSE_OPTIONS,
      );
      for (const hit of fuse.search(q, { limit: 40 })) {
        // Fuse finds near matches anywhere inside a word; the edit distance to the whole word ranks them, so
        // "meda" means "media" rather than "Bedarf".
        const id = similar[hit.refIndex]!;
        const similarity = 1 - editDistance(q, this.words[id]!) / q.length;
        if (similarity >= 0.5) add(id, FUZZY * similarity);
      }
    }
    return out;
  }

  /**
   * Words sharing enough letter pairs with `q` to be a typo of it (a typo breaks at most about three pairs);
   * Fuse then scores only these few hundred words instead of the whole vocabulary.
   */
  private similarWords(q: string): number[] {
    const own = new Set(pairs(q));
    const shared = new Map<number, number>();
    for (const pair of own)
      for (const id of this.bigrams.get(pair) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const needed = Math.max(2, own.size - 3);
    return [...shared]
      .filter(([id, count]) => count >= needed && this.words[id]!.length >= q.length - 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 300)
      .map(([id]) => id);
  }

  /** The best `limit` hits, with excerpts, and how many pages match in all. */
  search(query: string, limit = 50): SearchResult {
    const qs = queryWords(query);
    if (qs.length === 0 || qs.every((q) => q.length < 2))
      return { hits: [], total: 0, counts: { guide: 0, term: 0, tool: 0 } };
    const n = this.docs.length;
    const scores = new Map<number, Float64Array>(); // document → best score per query word
    const matched = new Set<string>();
    qs.forEach((q, qi) => {
      for (const [id, weight] of this.candidates(q)) {
        matched.add(this.words[id]!);
        const p = this.postings[id]!;
        const df = p.docs.length;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let k = 0; k < df; k++) {
          const d = p.docs[k]!;
          const tf = p.tf[k]!;
          const body = tf
            ? (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[d]!) / this.avgLength))
            : 0;
          const score = weight * idf * (p.title[k]! + p.heading[k]! + body);
          let row = scores.get(d);
          if (!row) scores.set(d, (row = new Float64Array(qs.length)));
          if (score > row[qi]!) row[qi] = score;
        }
      }
    });

    // Pages: the best section per query word counts; every word must be found somewhere in the page.
    const pages = new Map<string, { perWord: Float64Array; best: number; bestScore: number }>();
    for (const [d, row] of scores) {
      const key = pageKey(this.docs[d]!);
      let page = pages.get(key);
      if (!page) pages.set(key, (page = { perWord: new Float64Array(qs.length), best: d, bestScore: -1 }));
      let sum = 0;
      let words = 0;
      for (let qi = 0; qi < qs.length; qi++) {
        if (row[qi]! > page.perWord[qi]!) page.perWord[qi] = row[qi]!;
        sum += row[qi]!;
        if (row[qi]! > 0) words++;
      }
      // The section that holds most of the query words, then the highest score; ties keep the earlier one.
      const sectionScore = words * 1000 + sum;
      if (sectionScore > page.bestScore || (sectionScore === page.bestScore && d < page.best)) {
        page.best = d;
        page.bestScore = sectionScore;
      }
    }
    // A query that is exactly a page's name ("Selbsttest", "Engagement-Rate") puts that page first.
    const named = new Set(
      (this.names.get(qs.map((q) => stem(q, this.locale)).join(' ')) ?? []).map((d) =>
        pageKey(this.docs[d]!),
      ),
    );
    const ranked: Array<{ d: number; score: number }> = [];
    for (const [key, page] of pages) {
      if (page.perWord.some((s) => s === 0)) continue;
      ranked.push({
        d: page.best,
        score: page.perWord.reduce((a, b) => a + b, 0) + (named.has(key) ? NAME_BONUS : 0),
      });
    }
    ranked.sort(
      (a, b) =>
        b.score - a.score || KIND_ORDER[this.docs[a.d]!.kind] - KIND_ORDER[this.docs[b.d]!.kind] || a.d - b.d,
    );
    const hits = ranked.slice(0, limit).map(({ d, score }): SearchHit => {
      const doc = this.docs[d]!;
      // Before the full text has loaded a section has no text; the page's summary stands in.
      const text =
        this.bodies[d] ||
        this.docs.find((other) => pageKey(other) === pageKey(doc) && other.heading === undefined)?.summary ||
        '';
      return {
        kind: doc.kind,
        url: doc.url,
        title: mark(doc.page, matched),
        ...(doc.heading !== undefined ? { heading: mark(doc.heading, matched) } : {}),
        excerpt: excerpt(text, matched),
        score,
      };
    });
    const counts = { guide: 0, term: 0, tool: 0 };
    for (const { d } of ranked) counts[this.docs[d]!.kind]++;
    return { hits, total: ranked.length, counts };
  }
}

/** A name's lookup keys: its stemmed words, also of the part before a colon or bracket ("KPI (Leistungskennzahl)"). */
function nameKeys(name: string, locale: string): string[] {
  const variants = new Set([name, name.split(/[:(]/)[0]!]);
  return [...variants]
    .map((v) =>
      queryWords(v, 12)
        .map((w) => stem(w, locale))
        .join(' '),
    )
    .filter(Boolean);
}

const KIND_ORDER: Record<SearchKind, number> = { guide: 0, term: 1, tool: 2 };

function matchedRanges(text: string, matched: ReadonlySet<string>): Array<[number, number]> {
  return tokenize(text)
    .filter((t) => t.forms.some((f) => matched.has(f)))
    .map((t) => [t.start, t.end]);
}

export function mark(text: string, matched: ReadonlySet<string>): Marked {
  return { text, ranges: matchedRanges(text, matched) };
}

/**
 * A window of the text around its densest cluster of matches, cut at word boundaries and marked with "…"
 * where it was cut; the whole text when it is short.
 */
export function excerpt(text: string, matched: ReadonlySet<string>, length = EXCERPT_LENGTH): Marked {
  const ranges = matchedRanges(text, matched);
  if (text.length <= length) return { text, ranges };
  let bestStart = 0;
  let bestCount = -1;
  for (const [start] of ranges) {
    const from = Math.max(0, start - 40);
    const count = ranges.filter(([s, e]) => s >= from && e <= from + length).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = from;
    }
  }
  let from = bestStart === 0 ? 0 : text.indexOf(' ', bestStart) + 1;
  if (from <= 0 || from > (ranges[0]?.[0] ?? 0) + length) from = bestStart;
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  const prefix = from > 0 ? '… ' : '';
  const suffix = to < text.length ? ' …' : '';
  const shift = prefix.length - from;
  return {
    text: `${prefix}${text.slice(from, to).trimEnd()}${suffix}`,
    ranges: ranges.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s + shift, e + shift]),
  };
}

/**
 * Groups hits by kind (guides, glossary, tools), keeping the rank order inside a group; the group holding the
 * best hit comes first, so the best match is always the first result.
 */
export function groupHits(hits: readonly SearchHit[]): Array<{ kind: SearchKind; hits: SearchHit[] }> {
  return SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) }))
    .filter((g) => g.hits.length > 0)
    .sort((a, b) => b.hits[0]!.score - a.hits[0]!.score);
}
