/**
 * Which language an ad is written in, from its most frequent short words. The check reads German and
 * English; a text in another language is named as such instead of being misread.
 */
import type { Locale } from '../content/ids';

export type DetectedLanguage = Locale | 'other' | 'unknown';

const STOPWORDS: Record<'de' | 'en' | 'other', ReadonlySet<string>> = {
  de: new Set(
    'der die das und ist wir du sie mit für von zu auf nicht ein eine einen den dem des bei als auch wie unsere unser deine dein ihre ihr im in oder uns dich dir sowie bist hast wird werden sind'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and is we you with for of to on not a an at as also our your will are be in or us this that from by have has who'.split(
      ' ',
    ),
  ),
  // French, Spanish, Italian, Dutch, Portuguese, Polish: words that German and English do not use.
  other: new Set(
    'le la les et est nous vous pour avec une des du sur dans el los las y es para con una por del il di che è per gli het een en van ik je wij voor met zijn niet os não em uma na się nie jest oraz dla'.split(
      ' ',
    ),
  ),
};

/** Counts per language and the verdict; fewer than `minHits` known words is `unknown`. */
export function detectLanguage(
  text: string,
  minHits = 3,
): { language: DetectedLanguage; counts: Record<string, number> } {
  const counts = { de: 0, en: 0, other: 0 };
  for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    if (STOPWORDS.de.has(word)) counts.de++;
    if (STOPWORDS.en.has(word)) counts.en++;
    if (STOPWORDS.other.has(word)) counts.other++;
  }
  const best = Math.max(counts.de, counts.en, counts.other);
  if (best < minHits) return { language: 'unknown', counts };
  if (counts.other === best && counts.other > counts.de && counts.other > counts.en)
    return { language: 'other', counts };
  return { language: counts.de >= counts.en ? 'de' : 'en', counts };
}
