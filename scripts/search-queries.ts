/** The queries both search benchmarks time: exact words, typos, umlaut spellings and multi-word queries. */
export const BENCH_QUERIES = [
  'social media',
  'Socail Meda',
  'community',
  'Moderation',
  'Uebersicht',
  'Trolle',
  'Redaktionsplan',
  'KPI',
  'Gehalt',
  'Strategie entwickeln',
  'engagement rate',
  'Kundenbindung',
];
