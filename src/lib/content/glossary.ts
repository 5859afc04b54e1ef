import { fold } from '../search/normalize';

/** The A–Z letter a glossary term is filed under: umlauts under their base letter, digits and symbols under "#". */
export function glossaryLetter(term: string): string {
  const first = fold(term.trim()).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** The fragment id of a letter group; "#" (terms starting with a digit or sign) is not allowed in a URL fragment. */
export function glossaryLetterId(letter: string): string {
  return `letter-${letter === '#' ? '0-9' : letter.toLowerCase()}`;
}
