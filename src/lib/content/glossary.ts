/** The A–Z letter a glossary term is filed under: umlauts under their base letter, digits and symbols under "#". */
export function glossaryLetter(term: string): string {
  const first = term
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
