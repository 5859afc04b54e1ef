/**
 * Words for search: tokens of a text with their positions in the original (so matches can be highlighted
 * there), the folded forms each token is indexed under, and a light stemmer for plurals and inflections.
 */
import { fold } from './normalize';

export interface Token {
  /** Start and end (exclusive) in the original text. */
  start: number;
  end: number;
  /** Folded forms: each part of a hyphenated compound, and the whole compound joined. */
  forms: string[];
}

// A word, its hyphenated parts, and the colon or star of inclusive German ("Manager:innen", "Nutzer*in").
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:[:*](?:innen|in)(?![\p{L}\p{N}]))?/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const forms = formsOf(m[0]);
    if (forms.length) out.push({ start: m.index, end: m.index + m[0].length, forms });
  }
  return out;
}

// Texts repeat their words, so each distinct spelling is folded once.
const FORMS = new Map<string, string[]>();

function formsOf(raw: string): string[] {
  let forms = FORMS.get(raw);
  if (!forms) {
    const parts = fold(raw)
      .replace(/[:*]/g, '')
      .split('-')
      .filter((p) => p.length >= 2);
    forms = parts.length > 1 ? [...parts, parts.join('')] : parts;
    if (FORMS.size < 50_000) FORMS.set(raw, forms);
  }
  return forms;
}

/** The folded words of a query, each hyphenated compound split into its parts (all must match). */
export function queryWords(query: string, max = 6): string[] {
  const out: string[] = [];
  for (const token of tokenize(query)) {
    const parts = token.forms.length > 1 ? token.forms.slice(0, -1) : token.forms;
    for (const part of parts) if (!out.includes(part)) out.push(part.slice(0, 40));
  }
  return out.slice(0, max);
}

// Endings stripped to find the shared stem of inflected forms, longest first. German: plurals, cases and
// the inclusive forms ("Managerin", "Managerinnen", "Manager"); English: plurals and verb endings.
const ENDINGS: Record<string, readonly string[]> = {
  de: ['erinnen', 'innen', 'erin', 'ern', 'en', 'er', 'es', 'in', 'e', 'n', 's'],
  en: ['ing', 'ed', 'es', 'e', 's'],
};
const MIN_STEM: Record<string, number> = { de: 4, en: 3 };

/** A crude stem: "Trolle", "Trolls" → "troll"; "Kampagnen", "Kampagne" → "kampagn"; "communities" → "community". */
export function stem(word: string, locale: string): string {
  const endings = ENDINGS[locale] ?? ENDINGS['en']!;
  const min = MIN_STEM[locale] ?? 3;
  let w = word;
  if (locale === 'en' && w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  if (w.endsWith('ss')) return w;
  for (const ending of endings) {
    if (w.endsWith(ending) && w.length - ending.length >= min) return w.slice(0, -ending.length);
  }
  return w;
}
