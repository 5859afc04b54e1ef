/**
 * Phrase matching for the job-ad check. Text and phrases are folded the way search folds them (ä → ae,
 * ß → ss, lower case), then reduced to letters and digits, so "Social-Media-Strategie", "Social Media
 * Strategie" and "Socialmediastrategie" meet. Word boundaries are kept beside the compact text: a phrase
 * matches only at a word start and end unless a `*` opens that side (syntax: `taskVocabulary` in
 * src/build/content/schemas.ts).
 */
import { foldWithMap } from '../search/normalize';

/** Letters and digits of any script count as word characters. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A text prepared for matching: its compact folded form and, per compact character, where it came from. */
export interface TextIndex {
  text: string;
  compact: string;
  /** Index in `text` of the character each compact character came from. */
  origin: number[];
  /** Whether a compact character starts / ends a word. */
  wordStart: boolean[];
  wordEnd: boolean[];
}

export function indexText(text: string): TextIndex {
  const { folded, map } = foldWithMap(text);
  let compact = '';
  const origin: number[] = [];
  const wordStart: boolean[] = [];
  const wordEnd: boolean[] = [];
  let previousWord = false;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    const isWord = WORD_CHAR.test(ch);
    if (isWord) {
      compact += ch;
      origin.push(map[i]!);
      wordStart.push(!previousWord);
      wordEnd.push(false);
    } else if (previousWord) wordEnd[wordEnd.length - 1] = true;
    previousWord = isWord;
  }
  if (previousWord) wordEnd[wordEnd.length - 1] = true;
  return { text, compact, origin, wordStart, wordEnd };
}

export interface Term {
  compact: string;
  openStart: boolean;
  openEnd: boolean;
}

/** `"*moderation"` → `{ compact: 'moderation', openStart: true, openEnd: false }` */
export function compileTerm(term: string): Term {
  const trimmed = term.trim();
  const openStart = trimmed.startsWith('*');
  const openEnd = trimmed.endsWith('*');
  return { compact: indexText(trimmed.replace(/\*/g, '')).compact, openStart, openEnd };
}

/** A phrase: terms that must all occur (" + " in the data). */
export function compileTerms(phrase: string): Term[] {
  return phrase.split(' + ').map(compileTerm);
}

/** A found span in the original text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);

/** The first occurrence of the term, widened to whole words in the original text (for highlighting). */
export function findTerm(index: TextIndex, term: Term): Span | null {
  const { compact, origin, wordStart, wordEnd, text } = index;
  if (!term.compact) return null;
  let from = 0;
  for (;;) {
    const at = compact.indexOf(term.compact, from);
    if (at < 0) return null;
    const last = at + term.compact.length - 1;
    if ((term.openStart || wordStart[at]) && (term.openEnd || wordEnd[last])) {
      let start = origin[at]!;
      let end = origin[last]! + 1;
      while (isWordAt(text, start - 1)) start--;
      while (isWordAt(text, end)) end++;
      return { start, end };
    }
    from = at + 1;
  }
}

/** Spans of every term, or null when one of them is missing. */
export function findAll(index: TextIndex, terms: readonly Term[]): Span[] | null {
  const spans: Span[] = [];
  for (const term of terms) {
    const span = findTerm(index, term);
    if (!span) return null;
    spans.push(span);
  }
  return spans;
}
