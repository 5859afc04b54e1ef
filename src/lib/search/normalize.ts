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
