/**
 * The sources behind the pay-range explanation (EU Pay Transparency Directive (EU) 2023/970, Article 5:
 * applicants are told the starting pay or its range, in the vacancy notice or otherwise before the
 * interview; member states had to transpose it by 7 June 2026). Osborne Clarke gives the rule and the
 * deadline; CASTEGNARO the publication (17 May 2023) and the vacancy notice as one way to inform.
 */
import type { Source } from '../../build/content/schemas';

export const PAY_TRANSPARENCY_SOURCES: readonly Source[] = [
  {
    publisher: 'Osborne Clarke (Arbeitsrecht)',
    title: 'Pay transparency in the recruitment process: what employers should prepare now',
    year: null,
    url: 'https://www.osborneclarke-arbeitsrecht.de/article/pay-transparency-in-the-recruitment-process-what-employers-should-prepare-now',
  },
  {
    publisher: 'CASTEGNARO',
    // The page's title as its address gives it.
    title:
      'Nouvelle directive européenne visant à renforcer l’égalité des rémunérations entre les femmes et les hommes pour un même travail ou un travail de même valeur',
    year: 2023,
    url: 'https://castegnaro.lu/en/nouvelle-directive-europeenne-visant-a-renforcer-legalite-des-remunerations-entre-les-femmes-et-les-hommes-pour-un-meme-travail-ou-un-travail-de-meme-valeur',
  },
];
