/**
 * German-aware folding for search. Both the indexed text and the query go through `fold`, so
 * "Übersicht", "Uebersicht" and "ubersicht" meet in the middle ("uebersicht" / a one-letter typo away),
 * and "Straße" and "Strasse" become the same "strasse".
 */
const SPECIAL: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

/** Folds one character (already lower-cased) to ASCII-ish search form. */
function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  // Strip accents: é → e, ç → c. Umlauts were mapped above, before they could lose their e.
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function fold(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (const ch of lower) out += ch < '\u0080' ? ch : foldChar(ch);
  return out;
}

/**
 * Folds text and remembers, for every folded character, the index of the original character it came
 * from, so match positions found in folded text can be highlighted in the original (the job-ad check).
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const ch of text) {
    const piece = foldChar(ch.toLowerCase());
    folded += piece;
    for (let i = 0; i < piece.length; i++) map.push(index);
    index += ch.length;
  }
  return { folded, map };
}
